import { describe, expect, it } from '@jest/globals'
import { EventEmitter } from 'node:events'
import { isTransientError } from '../../src/aws/transientError.js'
import { CANCEL_SIGNALS, onCancelSignal } from '../../src/start/signals.js'
import { earlierRunningRun, planStart } from '../../src/start/ifRunning.js'
import { activeJobRuns, stopRun, withinMs } from '../../src/start/stop.js'
import { at, jobNode, workflowRun } from './runs.js'

describe('planStart (if-running)', () => {
  const running = [
    workflowRun('COMPLETED', [], { WorkflowRunId: 'wr_old' }),
    workflowRun('RUNNING', [], { WorkflowRunId: 'wr_a', StartedOn: at(10) }),
    workflowRun('RUNNING', [], { WorkflowRunId: 'wr_b', StartedOn: at(20) })
  ]

  it.each([
    ['fail', [], { action: 'start' }],
    ['attach', [workflowRun('STOPPED', [])], { action: 'start' }],
    ['attach', running, { action: 'attach', runId: 'wr_b' }],
    ['wait', running, { action: 'wait', runIds: ['wr_b', 'wr_a'] }],
    [
      'fail',
      running,
      {
        action: 'fail',
        message:
          'Workflow medallion already has a RUNNING run: wr_b (and 1 more). Set if-running: wait to start after it ends, ' +
          'or if-running: attach to follow it'
      }
    ]
  ] as const)('if-running: %s', (ifRunning, runs, plan) => {
    expect(planStart(ifRunning, 'medallion', [...runs])).toEqual(plan)
  })
})

describe('earlierRunningRun (if-running: fail, after racing starts)', () => {
  const runs = [
    workflowRun('RUNNING', [], { WorkflowRunId: 'wr_c', StartedOn: at(10) }),
    workflowRun('RUNNING', [], { WorkflowRunId: 'wr_b', StartedOn: at(10) }),
    workflowRun('STOPPED', [], { WorkflowRunId: 'wr_a', StartedOn: at(5) }),
    workflowRun('RUNNING', [], { WorkflowRunId: 'wr_d', StartedOn: at(11) })
  ]

  it.each([
    ['wr_b', undefined],
    ['wr_c', 'wr_b'],
    ['wr_d', 'wr_b']
  ])('%s yields to %s', (own, earlier) => {
    expect(earlierRunningRun(runs, own)?.WorkflowRunId).toBe(earlier)
  })

  it('exactly one of the racing runs goes on', () => {
    const goOn = runs.filter((r) => r.Status === 'RUNNING' && !earlierRunningRun(runs, r.WorkflowRunId!))
    expect(goOn.map((r) => r.WorkflowRunId)).toEqual(['wr_b'])
  })
})

describe('stopRun', () => {
  function fakeGateway(stop: () => Promise<boolean>) {
    const calls: string[] = []
    return {
      calls,
      gateway: {
        stopWorkflowRun: (wf: string, runId: string) => {
          calls.push(`StopWorkflowRun ${wf} ${runId}`)
          return stop()
        },
        batchStopJobRuns: (job: string, ids: string[]) => {
          calls.push(`BatchStopJobRun ${job} ${ids.join(',')}`)
          return Promise.resolve()
        }
      }
    }
  }
  const lastSeen = workflowRun('RUNNING', [
    jobNode('bronze', [{ state: 'SUCCEEDED', start: 0, end: 3 }]),
    jobNode('silver', [
      { state: 'FAILED', start: 4, end: 5 },
      { state: 'RUNNING', start: 6 }
    ])
  ])

  it('stops the workflow run with one call', async () => {
    const glue = fakeGateway(() => Promise.resolve(true))
    await expect(stopRun(glue.gateway, 'medallion', 'wr_1', lastSeen)).resolves.toBe('stopped')
    expect(glue.calls).toEqual(['StopWorkflowRun medallion wr_1'])
  })

  it('leaves a run that already ended alone, without error', async () => {
    const glue = fakeGateway(() => Promise.resolve(false))
    await expect(stopRun(glue.gateway, 'medallion', 'wr_1', lastSeen)).resolves.toBe('already-ended')
  })

  it('stops the job runs last seen running when Glue fails the workflow stop', async () => {
    const glue = fakeGateway(() => Promise.reject(new Error('InternalServiceException')))
    await expect(stopRun(glue.gateway, 'medallion', 'wr_1', lastSeen)).resolves.toBe('job-runs-stopped')
    expect(glue.calls).toEqual(['StopWorkflowRun medallion wr_1', 'BatchStopJobRun silver jr_silver_attempt_1'])
  })

  it('rethrows when the stop failed and no job run is known to be running', async () => {
    const glue = fakeGateway(() => Promise.reject(new Error('AccessDeniedException')))
    await expect(stopRun(glue.gateway, 'medallion', 'wr_1')).rejects.toThrow('AccessDeniedException')
  })

  it('finds running, starting and waiting job runs only', () => {
    const run = workflowRun('RUNNING', [
      jobNode('a', [{ state: 'STARTING' }]),
      jobNode('b', [{ state: 'WAITING' }]),
      jobNode('c', [{ state: 'STOPPING' }]),
      jobNode('d', [{ state: 'SUCCEEDED' }])
    ])
    expect(activeJobRuns(run)).toEqual([
      { jobName: 'a', runIds: ['jr_a'] },
      { jobName: 'b', runIds: ['jr_b'] }
    ])
  })

  it('gives up waiting for a slow call after the budget', async () => {
    await expect(withinMs(new Promise(() => undefined), 5)).resolves.toBe('timed-out')
    await expect(withinMs(Promise.resolve('stopped'), 1000)).resolves.toBe('stopped')
  })
})

describe('onCancelSignal', () => {
  it('handles SIGINT, SIGTERM and SIGHUP, once, and swallows the signals that follow', () => {
    for (const first of CANCEL_SIGNALS) {
      const target = new EventEmitter()
      const handled: string[] = []
      onCancelSignal((signal) => handled.push(signal), target as unknown as NodeJS.Process)
      target.emit(first, first)
      target.emit('SIGTERM', 'SIGTERM')
      expect(handled).toEqual([first])
    }
  })

  it('removes its listeners when the step no longer follows a run', () => {
    const target = new EventEmitter()
    const remove = onCancelSignal(() => undefined, target as unknown as NodeJS.Process)
    expect(CANCEL_SIGNALS.map((s) => target.listenerCount(s))).toEqual([1, 1, 1])
    remove()
    expect(CANCEL_SIGNALS.map((s) => target.listenerCount(s))).toEqual([0, 0, 0])
  })
})

describe('isTransientError', () => {
  it.each([
    [{ name: 'ThrottlingException', message: 'Rate exceeded' }, true],
    [{ name: 'InternalServiceException', $metadata: { httpStatusCode: 500 } }, true],
    [{ name: 'GlueServiceException', $metadata: { httpStatusCode: 503 } }, true],
    [{ name: 'Error', code: 'ECONNRESET', message: 'socket hang up' }, true],
    [{ name: 'TimeoutError' }, true],
    [{ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }, false],
    [{ name: 'EntityNotFoundException', $metadata: { httpStatusCode: 400 } }, false],
    [{ name: 'Error', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND glue.example' }, false]
  ])('%j → %s', (error, transient) => {
    expect(isTransientError(error)).toBe(transient)
  })
})
