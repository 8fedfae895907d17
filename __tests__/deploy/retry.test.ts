import { describe, expect, it } from '@jest/globals'
import type { SdkError } from '@smithy/types'
import { GlueRetryStrategy } from '../../src/aws/retry.js'
import { explainError } from '../../src/aws/explainError.js'

const named = (name: string) => Object.assign(new Error(name), { name, $metadata: {}, $fault: 'client' as const })

/** How many times the strategy lets one call be retried for this error, with its delays. */
async function retriesFor(
  name: string,
  errorType: 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR',
  attempts = 3
) {
  const strategy = new GlueRetryStrategy(attempts)
  let token = await strategy.acquireInitialRetryToken('glue')
  const delays: number[] = []
  for (;;) {
    try {
      token = await strategy.refreshRetryTokenForRetry(token, { error: named(name) as SdkError, errorType })
      delays.push(token.getRetryDelay())
    } catch {
      return delays
    }
  }
}

describe('GlueRetryStrategy (the SDK standard strategy, plus Glue CME)', () => {
  it.each([
    ['ThrottlingException', 'THROTTLING' as const, 2],
    ['InternalServiceException', 'TRANSIENT' as const, 2],
    ['ConcurrentModificationException', 'CLIENT_ERROR' as const, 2],
    ['OperationTimeoutException', 'CLIENT_ERROR' as const, 2],
    ['EntityNotFoundException', 'CLIENT_ERROR' as const, 0],
    ['AccessDeniedException', 'CLIENT_ERROR' as const, 0],
    ['InvalidInputException', 'CLIENT_ERROR' as const, 0]
  ])('%s (%s) is retried %i times (of 2 allowed with 3 attempts)', async (name, type, retries) => {
    const delays = await retriesFor(name, type)
    expect(delays).toHaveLength(retries)
    expect(delays.every((d) => d >= 0 && d <= 20_000)).toBe(true)
  })
})

describe('explainError', () => {
  it.each([
    [
      Object.assign(named('AccessDeniedException'), {
        message: 'User: arn:x is not authorized to perform: glue:CreateTrigger on resource: y'
      }),
      'the AWS role needs glue:CreateTrigger'
    ],
    [
      Object.assign(named('AccessDeniedException'), { message: 'denied', iamAction: 'glue:GetWorkflow' }),
      'the AWS role needs glue:GetWorkflow'
    ],
    [
      Object.assign(named('CredentialsProviderError'), { message: 'Could not load credentials from any providers' }),
      'No AWS credentials: add a step with aws-actions/configure-aws-credentials'
    ],
    [
      Object.assign(named('ThrottlingException'), { message: 'Rate exceeded', iamAction: 'glue:GetWorkflowRun' }),
      'AWS Glue kept throttling (glue:GetWorkflowRun) after every retry'
    ]
  ])('%#: %s', (error, text) => {
    const line = explainError(error)
    expect(line).toContain(text)
    expect(line).not.toContain('\n')
  })
})
