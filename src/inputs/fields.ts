/** Pure parsers for single action inputs. Each throws InputError naming the input. */
import { parseDocument } from 'yaml'
import { oneLine } from '../text.js'
import { type InputName, INPUT_DEFAULTS } from './defaults.js'
import { InputError } from './errors.js'

/** Reads a raw input by its action.yml name ('' when unset). Injected so parsing stays pure and testable. */
export type InputReader = (name: string) => string

/**
 * The reader with action.yml's defaults for empty inputs: on GitHub the runner passes them already, elsewhere (local
 * runs, tests) this does, so there is one set of defaults. Idempotent.
 */
export function withDefaults(read: InputReader): InputReader {
  return (name) => {
    const raw = read(name)
    return raw.trim() === '' ? defaultOf(name) || raw : raw
  }
}

/** action.yml's default of an input ('' for one without). */
export function defaultOf(name: string): string {
  return name in INPUT_DEFAULTS ? INPUT_DEFAULTS[name as InputName] : ''
}

export function parseBoolean(input: string, raw: string): boolean {
  const value = raw.trim().toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(input, `expected true or false, got '${oneLine(raw)}'`)
}

export interface NumberBounds {
  min: number
  max: number
  integer?: boolean
}

export function parseNumber(input: string, raw: string, bounds: NumberBounds): number | undefined {
  const value = raw.trim()
  if (value === '') return undefined
  const n = Number(value)
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) || !Number.isFinite(n)) {
    throw new InputError(input, `expected a number, got '${oneLine(raw)}'`)
  }
  if (bounds.integer && !Number.isInteger(n)) throw new InputError(input, `expected a whole number, got ${value}`)
  if (n < bounds.min || n > bounds.max) {
    throw new InputError(input, `must be between ${bounds.min} and ${bounds.max}, got ${value}`)
  }
  return n
}

/** A number input that has a default (so it is never empty after {@link withDefaults}). */
export function parseDefaultedNumber(input: string, raw: string, bounds: NumberBounds): number {
  const n = parseNumber(input, raw, bounds)
  if (n === undefined) throw new InputError(input, 'is empty: give a number or leave the input out')
  return n
}

/** Parses a YAML document, refusing aliases (no alias bombs) and reporting the first syntax error on one line. */
export function parseYaml(input: string, raw: string): unknown {
  const doc = parseDocument(raw, { uniqueKeys: true, prettyErrors: false })
  const problem = doc.errors[0]
  if (problem?.code === 'DUPLICATE_KEY') {
    throw new InputError(input, `has a key written twice (${oneLine(problem.message.split('\n')[0] ?? '')})`)
  }
  if (problem) throw new InputError(input, `is not valid YAML: ${oneLine(problem.message)}`)
  try {
    return doc.toJS({ maxAliasCount: 0 })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/alias/i.test(message)) throw new InputError(input, 'uses YAML aliases (*name), which are not supported here')
    throw new InputError(input, `is not valid YAML: ${oneLine(message)}`)
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** A YAML mapping of string keys to scalar values, returned as strings. Empty input is an empty map. */
export function parseStringMap(input: string, raw: string): Record<string, string> {
  if (raw.trim() === '') return {}
  const value = parseYaml(input, raw)
  if (value === null || value === undefined) return {}
  if (!isPlainObject(value)) throw new InputError(input, 'must be a YAML mapping of key: value')
  const out: Record<string, string> = {}
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v
    else if (typeof v === 'number' || typeof v === 'boolean') out[key] = String(v)
    else throw new InputError(input, `value of '${key}' must be a string, number or boolean, not ${describeType(v)}`)
  }
  return out
}

export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (isPlainObject(value)) return 'a mapping'
  return `a ${typeof value}`
}

/** A key Glue stores as a single-line string of 1-255 characters (run properties, job arguments). */
export function checkGlueKey(input: string, what: string, key: string): void {
  if (key.length === 0 || key.length > 255 || /[\r\n]/.test(key)) {
    throw new InputError(input, `${what} '${oneLine(key, 40)}' must be a single line of 1 to 255 characters`)
  }
}

/** Glue's NameString: 1-255 characters, single line. */
export function checkGlueName(input: string, what: string, name: string): void {
  if (name.length < 1 || name.length > 255) {
    throw new InputError(input, `${what} '${oneLine(name, 40)}' must be 1 to 255 characters (got ${name.length})`)
  }
  if (/[\r\n]/.test(name) || !/^[\u0020-\uD7FF\uE000-\uFFFD\t\u{10000}-\u{10FFFF}]*$/u.test(name)) {
    throw new InputError(input, `${what} '${oneLine(name, 40)}' must be a single line of printable characters`)
  }
}
