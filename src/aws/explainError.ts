/** Turns any failure into the one line the user sees. Pure. */
import { oneLine } from '../text.js'

interface AwsLikeError {
  name?: string
  message?: string
  iamAction?: string
}

export function explainError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // Errors that are already the one line: bad input or environment, and deploy failures explained where they happen.
  if (error.name === 'InputError' || error.name === 'EnvironmentError' || error.name === 'DeployError')
    return error.message
  const aws = error as AwsLikeError
  const name = aws.name ?? 'Error'
  const message = oneLine(aws.message ?? '', 300)
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || /not authorized to perform/i.test(message)) {
    const action = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1] ?? aws.iamAction ?? 'the Glue action'
    return `Access denied: the AWS role needs ${action} (see the README's "IAM permissions" for the policy per mode). AWS said: ${message}`
  }
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return 'No AWS credentials: add a step with aws-actions/configure-aws-credentials (OIDC role) before this action'
  }
  if (name === 'ThrottlingException') {
    return `AWS Glue kept throttling (${aws.iamAction ?? 'call'}) after every retry: ${message}. Try again later or lower the call rate`
  }
  return aws.iamAction ? `${aws.iamAction} failed: ${name}: ${message}` : `${name}: ${message}`
}
