/** The debug line of one AWS call: operation, time, request id, attempts; never a parameter. */
import { describe, expect, it } from '@jest/globals'
import { callLogLine, metadataOf } from '../../src/aws/callLog.js'

describe('callLogLine', () => {
  it.each([
    [
      'a call answered at once',
      callLogLine('glue:GetWorkflow', 41.6, { httpStatusCode: 200, requestId: 'req-1', attempts: 1 }),
      'glue:GetWorkflow 42 ms · request req-1 · 1 attempt'
    ],
    [
      'a call retried after throttling',
      callLogLine('glue:GetWorkflowRun', 2310, { requestId: 'req-2', attempts: 3, totalRetryDelay: 1900 }),
      'glue:GetWorkflowRun 2.3 s · request req-2 · 3 attempts, 1.9 s of backoff'
    ],
    [
      'a call Glue refused',
      callLogLine(
        'glue:StartWorkflowRun',
        120,
        { httpStatusCode: 400, requestId: 'req-3', attempts: 8, totalRetryDelay: 12_400 },
        Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
      ),
      'glue:StartWorkflowRun failed after 120 ms: ThrottlingException (HTTP 400) · request req-3 · 8 attempts, 12.4 s of backoff'
    ],
    [
      'a dropped connection (no metadata)',
      callLogLine('sts:GetCallerIdentity', 5, undefined, new Error('socket hang up')),
      'sts:GetCallerIdentity failed after 5 ms: Error (no HTTP answer) · 1 attempt'
    ],
    [
      'a request id that tries to be a workflow command',
      callLogLine('glue:GetTags', 3, { requestId: '::stop-commands::x\n::error::boom', attempts: 1 }),
      'glue:GetTags 3 ms · request ::stop-commands::x ::error::boom · 1 attempt'
    ]
  ])('%s', (_, line, expected) => {
    expect(line).toBe(expected)
  })

  it('never carries the error message (it may quote the request)', () => {
    const error = Object.assign(new Error('Credential=AKIAEXAMPLE signature mismatch'), { name: 'InvalidSignature' })
    expect(callLogLine('glue:GetWorkflow', 1, metadataOf(error), error)).not.toContain('AKIA')
  })

  it('reads $metadata from outputs and errors, and nothing from anything else', () => {
    expect(metadataOf({ $metadata: { attempts: 2 } })).toEqual({ attempts: 2 })
    expect(metadataOf(new Error('x'))).toBeUndefined()
    expect(metadataOf(undefined)).toBeUndefined()
    expect(metadataOf({ $metadata: 'x' })).toBeUndefined()
  })
})
