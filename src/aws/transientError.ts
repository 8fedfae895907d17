/** Whether a failed AWS call is worth trying again later (throttling, 5xx, timeouts, dropped connections). Pure. */

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'InternalServiceException',
  'InternalFailure',
  'ServiceUnavailable',
  'OperationTimeoutException',
  'ConcurrentModificationException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException'
])

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED'])

interface AwsLikeError {
  name?: string
  code?: string
  message?: string
  $retryable?: unknown
  $metadata?: { httpStatusCode?: number }
}

export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const e = error as AwsLikeError
  if (e.name && TRANSIENT_NAMES.has(e.name)) return true
  if (e.code && NETWORK_CODES.has(e.code)) return true
  if (e.$retryable) return true
  const status = e.$metadata?.httpStatusCode
  if (status !== undefined && (status === 429 || status >= 500)) return true
  return /socket hang up|rate exceeded/i.test(e.message ?? '')
}

/** Whether a call ended because its abort signal fired (a deadline or a budget of the action's own), not by AWS. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as AwsLikeError).name === 'AbortError'
}
