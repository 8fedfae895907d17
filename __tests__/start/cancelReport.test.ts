/** A cancelled step ends with one line saying what happened to the Glue run; a stopped run is followed to STOPPED. */
import { describe, expect, it } from '@jest/globals'
import { cancelledLine, type CancelResult } from '../../src/start/cancelReport.js'
import { waitUntilEnded } from '../../src/start/stop.js'

const RUN = `wr_7443a480${'0'.repeat(56)}`

describe('cancelledLine', () => {
  it.each<[CancelResult, string]>([
    [
      { kind: 'stopped', runId: RUN, status: 'STOPPED', ms: 4100, ended: true },
      'Glue run wr_7443a480… stopped, STOPPED after 4.1 s'
    ],
    [
      { kind: 'stopped', runId: RUN, status: 'STOPPING', ms: 5600, ended: false },
      'Glue run wr_7443a480… asked to stop, still STOPPING after 5.6 s'
    ],
    [{ kind: 'no-run' }, 'no Glue run of this step was running, nothing to stop'],
    [
      { kind: 'attached', runId: RUN },
      'Glue run wr_7443a480… left running (this step attached to it, it did not start it)'
    ],
    [{ kind: 'left', runId: RUN }, 'Glue run wr_7443a480… left running (stop-on-cancel: false)'],
    [{ kind: 'already-ended', runId: RUN }, 'Glue run wr_7443a480… had already ended, nothing to stop'],
    [
      { kind: 'job-runs-stopped', runId: RUN },
      'Glue refused to stop run wr_7443a480…; stopped its running job runs instead'
    ],
    [
      { kind: 'unconfirmed', runId: RUN, budgetMs: 5500 },
      'Glue did not confirm the stop of run wr_7443a480… within 5.5 s; the post step will try again'
    ],
    [
      { kind: 'failed', runId: RUN, reason: 'glue:StopWorkflowRun failed: AccessDeniedException: no' },
      'could not stop Glue run wr_7443a480…: glue:StopWorkflowRun failed: AccessDeniedException: no; the post step will try again'
    ]
  ])('%j', (result, what) => {
    expect(cancelledLine('SIGINT', result)).toBe(`Cancelled by SIGINT: ${what}`)
  })
})

describe('waitUntilEnded', () => {
  /** A fake clock and a run that reports `statuses` one read after another; the budgets each read was given. */
  function fake(statuses: (string | Error)[]) {
    let now = 0
    const budgets: number[] = []
    return {
      read: (budgetLeftMs: number) => {
        const next = statuses[Math.min(budgets.length, statuses.length - 1)]
        budgets.push(budgetLeftMs)
        return next instanceof Error ? Promise.reject(next) : Promise.resolve({ Status: next })
      },
      clock: { now: () => now, sleep: (ms: number) => Promise.resolve(void (now += ms)) },
      budgets
    }
  }

  it('reads until the run has ended, giving each read the budget left, and says how long it took', async () => {
    const run = fake(['STOPPING', new Error('throttled'), 'STOPPING', 'STOPPED'])
    expect(await waitUntilEnded(run.read, 6000, run.clock)).toEqual({
      ended: true,
      status: 'STOPPED',
      run: { Status: 'STOPPED' },
      ms: 750
    })
    expect(run.budgets).toEqual([6000, 5750, 5500, 5250])
  })

  it('gives up within its budget, with the last run read', async () => {
    const run = fake(['STOPPING', new Error('throttled')])
    expect(await waitUntilEnded(run.read, 1000, run.clock)).toEqual({
      ended: false,
      status: 'STOPPING',
      run: { Status: 'STOPPING' },
      ms: 1000
    })
    expect(run.budgets).toHaveLength(4)
  })
})
