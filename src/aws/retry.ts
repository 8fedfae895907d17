import { StandardRetryStrategy } from '@smithy/core/retry'
import type { RetryErrorInfo, StandardRetryToken } from '@smithy/types'

/** Glue errors that mean "try again shortly" but that the SDK does not classify as retryable by itself. */
const GLUE_TRANSIENT = new Set(['ConcurrentModificationException', 'OperationTimeoutException'])

/**
 * The SDK's standard retry strategy (exponential backoff with full jitter, retry quota), extended so that
 * Glue's ConcurrentModificationException and OperationTimeoutException are retried like transient faults.
 * Throttling, 5xx and dropped connections are already retried by the standard strategy.
 */
export class GlueRetryStrategy extends StandardRetryStrategy {
  /**
   * @param onlyThrottling retry only throttling, which Glue answers before doing anything: for calls that are not
   *   idempotent (StartWorkflowRun), where a dropped connection or a 5xx may come after Glue acted.
   */
  constructor(
    maxAttempts: number,
    private readonly onlyThrottling = false
  ) {
    super(maxAttempts)
  }

  override refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo
  ): Promise<StandardRetryToken> {
    if (this.onlyThrottling && errorInfo.errorType !== 'THROTTLING') {
      return Promise.reject(errorInfo.error ?? new Error('not retried'))
    }
    const name = (errorInfo.error as { name?: string } | undefined)?.name
    if (name && GLUE_TRANSIENT.has(name) && errorInfo.errorType === 'CLIENT_ERROR') {
      return super.refreshRetryTokenForRetry(token, { ...errorInfo, errorType: 'TRANSIENT' })
    }
    return super.refreshRetryTokenForRetry(token, errorInfo)
  }
}

/** Attempts per call: generous, because a CI job that dies on one "Rate exceeded" is worse than a slow one. */
export const MAX_ATTEMPTS = 8
