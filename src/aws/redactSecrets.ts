/** Keeps AWS credentials out of every message the action prints: an error that quotes a request is redacted. Pure. */

/** Credential values shorter than this are not redacted (they would match ordinary words). */
const MIN_SECRET_LENGTH = 8

export const REDACTED = '***'

/** Replaces every occurrence of each secret in `text` with ***. */
export function redactSecrets(text: string, secrets: (string | undefined)[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED)
  }
  return out
}

/** The credential values the AWS SDK may sign with, as the runner passes them (aws-actions/configure-aws-credentials). */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return [env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN].filter(
    (v): v is string => typeof v === 'string' && v !== ''
  )
}

/**
 * Redacts every string inside an answer or an error, in place: an endpoint chooses every field it sends (an error's
 * type becomes the error's `name`, its stack repeats it), so each one is cleaned before anything can print, save or
 * output it. Walks plain objects, arrays and errors; leaves dates and other class instances (streams, responses) alone.
 */
export function redactDeep<T>(value: T, secrets: string[]): T {
  if (secrets.length === 0) return value
  return redactValue(value, secrets, new Set()) as T
}

function redactValue(value: unknown, secrets: string[], seen: Set<object>): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets)
  if (typeof value !== 'object' || value === null || seen.has(value)) return value
  seen.add(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = redactValue(value[i], secrets, seen)
    return value
  }
  const proto = Object.getPrototypeOf(value) as unknown
  if (!(value instanceof Error) && proto !== Object.prototype && proto !== null) return value
  for (const key of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (!descriptor) continue
    const record = value as Record<string, unknown>
    if ('value' in descriptor) {
      if (descriptor.writable) record[key] = redactValue(descriptor.value, secrets, seen)
    } else if (descriptor.get && descriptor.set) {
      // Node 24 makes an error's `stack` an own accessor: read it and write it back redacted.
      record[key] = redactValue(record[key], secrets, seen)
    }
  }
  // An error's name may live on its prototype chain only when a class set it there: give the instance a clean one.
  if (value instanceof Error && value.name.length > 0) {
    const clean = redactSecrets(value.name, secrets)
    if (clean !== value.name) Object.defineProperty(value, 'name', { value: clean, writable: true, configurable: true })
  }
  return value
}
