import { describe, expect, it } from '@jest/globals'
import { readStages } from '../../src/run/stages.js'
import { formatStageEvent, stageTransitions } from '../../src/run/transitions.js'
import { duration as formatSeconds } from '../../src/text.js'
import { at, chain, jobNode, workflowRun } from './runs.js'

const expected = chain('bronze', 'silver')
const seenAt = at(500)
const stagesOf = (...nodes: Parameters<typeof workflowRun>[1]) => readStages(workflowRun('RUNNING', nodes), expected)

describe('stageTransitions', () => {
  it.each([
    ['nothing ran yet', undefined, stagesOf(), []],
    ['bronze started', undefined, stagesOf(jobNode('bronze', [{ state: 'RUNNING', start: 2 }])), ['bronze 0 RUNNING']],
    [
      'nothing changed between two polls',
      stagesOf(jobNode('bronze', [{ state: 'RUNNING', start: 2 }])),
      stagesOf(jobNode('bronze', [{ state: 'RUNNING', start: 2 }])),
      []
    ],
    [
      'bronze succeeded and silver started between two polls',
      stagesOf(jobNode('bronze', [{ state: 'RUNNING', start: 2 }])),
      stagesOf(
        jobNode('bronze', [{ state: 'SUCCEEDED', start: 2, end: 9 }]),
        jobNode('silver', [{ state: 'STARTING', start: 10 }])
      ),
      ['bronze 0 SUCCEEDED', 'silver 0 STARTING']
    ],
    [
      'a retry appeared after a failure',
      stagesOf(jobNode('bronze', [{ state: 'FAILED', start: 2, end: 9, error: 'OOM' }])),
      stagesOf(
        jobNode('bronze', [
          { state: 'FAILED', start: 2, end: 9, error: 'OOM' },
          { state: 'RUNNING', start: 11 }
        ])
      ),
      ['bronze 1 RUNNING']
    ]
  ])('%s', (_case, before, after, events) => {
    expect(stageTransitions(before, after, seenAt).map((e) => `${e.stage} ${e.attempt} ${e.state}`)).toEqual(events)
  })

  it('dates an event by Glue: the end for a final state, the start otherwise, else when it was seen', () => {
    const events = stageTransitions(
      undefined,
      stagesOf(
        jobNode('bronze', [{ state: 'SUCCEEDED', start: 2, end: 9 }]),
        jobNode('silver', [{ state: 'STARTING' }])
      ),
      seenAt
    )
    expect(events.map((e) => e.at)).toEqual([at(9), seenAt])
  })
})

describe('formatStageEvent', () => {
  it.each([
    [jobNode('bronze', [{ state: 'RUNNING', start: 2 }]), '00:00:02Z bronze (job bronze) attempt 1 RUNNING'],
    [
      jobNode('bronze', [{ state: 'SUCCEEDED', start: 2, end: 97 }]),
      '00:01:37Z bronze (job bronze) attempt 1 SUCCEEDED after 1 min 35 s'
    ],
    [
      jobNode('bronze', [{ state: 'FAILED', start: 0, end: 4.5, error: 'AnalysisException:\n  Table not found' }]),
      // Glue's error is printed once per step: in the stage's annotation at the end, not here.
      '00:00:04Z bronze (job bronze) attempt 1 FAILED after 4.5 s'
    ]
  ])('prints one line with time, stage, job, attempt and state', (node, line) => {
    const [event] = stageTransitions(undefined, stagesOf(node), seenAt)
    expect(formatStageEvent(event)).toBe(line)
  })

  it("prints a failed attempt's error on the line of its retry, the first time it is known not to be final", () => {
    const failedOnce = jobNode('bronze', [{ state: 'FAILED', start: 2, end: 9, error: 'OOM:\n  executor lost' }])
    const retried = jobNode('bronze', [
      { state: 'FAILED', start: 2, end: 9, error: 'OOM:\n  executor lost' },
      { state: 'RUNNING', start: 11 }
    ])
    const lines = (before: ReturnType<typeof stagesOf> | undefined, after: ReturnType<typeof stagesOf>) =>
      stageTransitions(before, after, seenAt).map(formatStageEvent)
    expect(lines(undefined, stagesOf(failedOnce))).toEqual(['00:00:09Z bronze (job bronze) attempt 1 FAILED after 7 s'])
    expect(lines(stagesOf(failedOnce), stagesOf(retried))).toEqual([
      '00:00:11Z bronze (job bronze) attempt 2 RUNNING (retry after attempt 1 FAILED: OOM: executor lost)'
    ])
    // Both seen in one poll: each line once, the error on the retry's.
    expect(lines(undefined, stagesOf(retried))).toEqual([
      '00:00:09Z bronze (job bronze) attempt 1 FAILED after 7 s',
      '00:00:11Z bronze (job bronze) attempt 2 RUNNING (retry after attempt 1 FAILED: OOM: executor lost)'
    ])
  })
})

describe('formatSeconds', () => {
  it.each([
    [0.26, '0.3 s'],
    [59.4, '59.4 s'],
    [61, '1 min 1 s'],
    [3599.6, '1 h 0 min'],
    [7384, '2 h 3 min']
  ])('%d s reads as %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text)
  })
})
