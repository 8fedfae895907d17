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
