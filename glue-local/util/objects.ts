/** Returns a copy without the keys whose value is undefined (so JSON output leaves unset members out). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

export function clone<T>(value: T): T {
  return structuredClone(value)
}

/** Copies the listed keys of `source` that are set. */
export function pick<T extends object>(source: Record<string, unknown>, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {}
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) out[key] = clone(source[key])
  return out as Partial<T>
}
