import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { checkRun } from '../../src/verify/checkRun.js'
import { expectedFromPipeline } from '../../src/run/expectedGraph.js'
import type { Attempt, StageRun } from '../../src/run/types.js'

const T0 = Date.UTC(2026, 0, 1)
const at = (seconds: number): Date => new Date(T0 + seconds * 1000)

/** [state, start, end?, trigger?, attempt number?] with times in seconds after T0. */
type A = [state: string, start: number, end?: number, trigger?: string, attempt?: number]

/** A StageRun literal, as readStages would give it (built by hand: the judge is tested on its own). */
function ran(stage: string, trigger: string | undefined, attempts: A[], kind: 'job' | 'crawler' = 'job'): StageRun {
  const list: Attempt[] = attempts.map(([state, start, end, t, n], i) => ({
    attempt: n ?? i,
    state,
    startedOn: at(start),
    ...(end !== undefined ? { completedOn: at(end) } : {}),
    ...((t ?? trigger) ? { triggerName: t ?? trigger } : {}),
    ...(state === 'SUCCEEDED' ? {} : { errorMessage: `${stage} broke` })
  }))
  const last = list[list.length - 1]
  return {
    stage,
    kind,
    target: `${stage}-job`,
    attempts: list,
    finalState: last?.state,
    startedOn: list[0]?.startedOn,
    completedOn: last?.completedOn,
    startedBy: list[0]?.triggerName
  }
}
const notRun = (stage: string): StageRun => ({ stage, kind: 'job', target: `${stage}-job`, attempts: [] })

const CHAIN = 'bronze: bronze-job\nsilver: silver-job\ngold: gold-job'
const FAN_IN = (when: string) =>
  [
    'a: {job: a-job, after: []}',
    'b: {job: b-job, after: []}',
    `report: {job: report-job, after: [a, b], when: ${when}}`
  ].join('\n')
const CRAWLER = 'raw: {crawler: raw-job}\nclean: clean-job'

const goodChain = [
  ran('bronze', 'wf-start', [['SUCCEEDED', 3, 98]]),
  ran('silver', 'wf-run-silver', [['SUCCEEDED', 112, 242]]),
  ran('gold', 'wf-run-gold', [['SUCCEEDED', 260, 340]])
]

interface Case {
  name: string
  jobs: string
  status?: string
  errorMessage?: string
  stages: StageRun[]
  unexpected?: StageRun[]
  /** `stage rule` per finding, in order. */
  want: string[]
  /** Substrings of the messages, in order (optional). */
  messages?: string[]
}

const cases: Case[] = [
  { name: 'all good', jobs: CHAIN, stages: goodChain, want: [] },
  {
    name: 'a stage failed (run still COMPLETED) and the next never ran',
    jobs: CHAIN,
    stages: [goodChain[0], ran('silver', 'wf-run-silver', [['FAILED', 112, 150]]), notRun('gold')],
    want: ['silver not-succeeded', 'gold never-ran'],
    messages: [
      'silver ended FAILED: silver broke',
      "gold (job 'gold-job') never ran: it waits for silver, which did not succeed"
    ]
  },
  {
    name: 'a stage never ran although its upstream succeeded',
    jobs: CHAIN,
    stages: [goodChain[0], goodChain[1], notRun('gold')],
    want: ['gold never-ran'],
    messages: ["gold (job 'gold-job') never ran"]
  },
  {
    name: 'a stage started before its upstream finished',
    jobs: CHAIN,
    stages: [goodChain[0], goodChain[1], ran('gold', 'wf-run-gold', [['SUCCEEDED', 230, 300]])],
    want: ['gold order'],
    messages: ['gold started at 00:03:50Z, 12 s before silver succeeded (00:04:02Z)']
  },
  {
    name: 'a stage that started exactly when its upstream ended is in order',
    jobs: CHAIN,
    stages: [goodChain[0], goodChain[1], ran('gold', 'wf-run-gold', [['SUCCEEDED', 242, 300]])],
    want: []
  },
  {
    name: 'retries that succeeded are fine; the downstream waits for the final success',
    jobs: CHAIN,
    stages: [
      goodChain[0],
      ran('silver', 'wf-run-silver', [
        ['FAILED', 112, 150],
        ['FAILED', 151, 190],
        ['SUCCEEDED', 191, 242]
      ]),
      goodChain[2]
    ],
    want: []
  },
  {
    name: 'a downstream that started after a failed attempt but before the retry succeeded',
    jobs: CHAIN,
    stages: [
      goodChain[0],
      ran('silver', 'wf-run-silver', [
        ['FAILED', 112, 150],
        ['SUCCEEDED', 151, 242]
      ]),
      ran('gold', 'wf-run-gold', [['SUCCEEDED', 160, 300]])
    ],
    want: ['gold order']
  },
  {
    name: 'a downstream whose first attempt started too early is out of order, even if its retry started in time',
    jobs: CHAIN,
    stages: [
      goodChain[0],
      goodChain[1],
      ran('gold', 'wf-run-gold', [
        ['FAILED', 200, 210],
        ['SUCCEEDED', 250, 330]
      ])
    ],
    want: ['gold order'],
    messages: ['gold started at 00:03:20Z, 42 s before silver succeeded (00:04:02Z)']
  },
  {
    name: 'retries that all failed',
    jobs: CHAIN,
    stages: [
      goodChain[0],
      ran('silver', 'wf-run-silver', [
        ['FAILED', 112, 150],
        ['FAILED', 151, 190]
      ]),
      notRun('gold')
    ],
    want: ['silver not-succeeded', 'gold never-ran'],
    messages: ['silver ended FAILED after 2 attempts: silver broke']
  },
  {
    name: 'any fan-in: starting after the first upstream succeeded is enough',
    jobs: FAN_IN('any'),
    stages: [
      ran('a', 'wf-start', [['SUCCEEDED', 0, 10]]),
      ran('b', 'wf-start', [['SUCCEEDED', 0, 50]]),
      ran('report', 'wf-run-report', [['SUCCEEDED', 20, 30]])
    ],
    want: []
  },
  {
    name: 'any fan-in: one upstream failed, the other succeeded in time',
    jobs: FAN_IN('any'),
    stages: [
      ran('a', 'wf-start', [['FAILED', 0, 10]]),
      ran('b', 'wf-start', [['SUCCEEDED', 0, 50]]),
      ran('report', 'wf-run-report', [['SUCCEEDED', 51, 60]])
    ],
    want: ['a not-succeeded']
  },
  {
    name: 'any fan-in: started before any upstream succeeded',
    jobs: FAN_IN('any'),
    stages: [
      ran('a', 'wf-start', [['SUCCEEDED', 0, 10]]),
      ran('b', 'wf-start', [['SUCCEEDED', 0, 50]]),
      ran('report', 'wf-run-report', [['SUCCEEDED', 5, 30]])
    ],
    want: ['report order'],
    messages: ['report started at 00:00:05Z before any of a and b had succeeded']
  },
  {
    name: 'all fan-in: started before the slower upstream succeeded',
    jobs: FAN_IN('all'),
    stages: [
      ran('a', 'wf-start', [['SUCCEEDED', 0, 10]]),
      ran('b', 'wf-start', [['SUCCEEDED', 0, 50]]),
      ran('report', 'wf-run-report', [['SUCCEEDED', 20, 30]])
    ],
    want: ['report order'],
    messages: ['report started at 00:00:20Z, 30 s before b succeeded (00:00:50Z)']
  },
  {
    name: 'all fan-in: ran although an upstream failed',
    jobs: FAN_IN('all'),
    stages: [
      ran('a', 'wf-start', [['SUCCEEDED', 0, 10]]),
      ran('b', 'wf-start', [['FAILED', 0, 50]]),
      ran('report', 'wf-run-report', [['SUCCEEDED', 60, 70]])
    ],
    want: ['b not-succeeded', 'report order'],
    messages: ['b ended FAILED', 'report ran although b never succeeded in this run']
  },
  {
    name: 'a crawler stage (crawls carry no TriggerName) followed by a job',
    jobs: CRAWLER,
    stages: [
      ran('raw', undefined, [['SUCCEEDED', 0, 60]], 'crawler'),
      ran('clean', 'wf-run-clean', [['SUCCEEDED', 61, 90]])
    ],
    want: []
  },
  {
    name: 'a crawler that failed, and a crawler that was started twice',
    jobs: CRAWLER,
    stages: [
      ran(
        'raw',
        undefined,
        [
          ['SUCCEEDED', 0, 60],
          ['FAILED', 61, 70]
        ],
        'crawler'
      ),
      notRun('clean')
    ],
    want: ['raw not-succeeded', 'raw ran-twice', 'clean never-ran']
  },
  {
    name: 'a run STOPPED while silver ran',
    jobs: CHAIN,
    status: 'STOPPED',
    stages: [goodChain[0], ran('silver', 'wf-run-silver', [['STOPPED', 112, 130]]), notRun('gold')],
    want: ['(run) run-status', 'silver not-succeeded', 'gold never-ran'],
    messages: [
      'the run was stopped (STOPPED)',
      'silver ended STOPPED',
      "gold (job 'gold-job') never ran (the run ended STOPPED)"
    ]
  },
  {
    name: 'a run in ERROR (concurrent runs exceeded): nothing ran',
    jobs: CHAIN,
    status: 'ERROR',
    errorMessage: 'Concurrent runs exceeded for workflow: wf',
    stages: [notRun('bronze'), notRun('silver'), notRun('gold')],
    want: ['(run) run-status', 'bronze never-ran', 'silver never-ran', 'gold never-ran'],
    messages: [
      'Glue refused the run: the workflow already runs as many times as its max-concurrent-runs allows (Glue: Concurrent runs exceeded for workflow: wf)'
    ]
  },
  {
    name: 'a run still RUNNING',
    jobs: CHAIN,
    status: 'RUNNING',
    stages: [goodChain[0], ran('silver', 'wf-run-silver', [['RUNNING', 112]]), notRun('gold')],
    want: ['(run) run-status', 'silver not-succeeded', 'gold never-ran'],
    messages: ['the run is still RUNNING', 'silver is still RUNNING', 'never ran (yet: the run is still RUNNING)']
  },
  {
    name: 'a stage started by another trigger',
    jobs: CHAIN,
    stages: [goodChain[0], goodChain[1], ran('gold', 'wf-start', [['SUCCEEDED', 260, 340]])],
    want: ['gold started-by'],
    messages: ["gold was started by trigger 'wf-start'; expected 'wf-run-gold'"]
  },
  {
    name: 'a job started twice in one run (two attempt-0 job runs)',
    jobs: CHAIN,
    stages: [
      goodChain[0],
      goodChain[1],
      ran('gold', 'wf-run-gold', [
        ['SUCCEEDED', 260, 340, undefined, 0],
        ['SUCCEEDED', 350, 400, undefined, 0]
      ])
    ],
    want: ['gold ran-twice']
  },
  {
    name: 'something ran that the graph did not call for',
    jobs: CHAIN,
    stages: goodChain,
    unexpected: [ran('audit', 'wf-run-audit', [['SUCCEEDED', 100, 110]])],
    want: ['audit unexpected-run'],
    messages: ["job 'audit-job' ran in this run (1 attempt, SUCCEEDED) but is not a stage of the expected graph"]
  }
]

describe('checkRun', () => {
  it.each(cases)('$name', ({ jobs, status, errorMessage, stages, unexpected, want, messages }) => {
    const expected = expectedFromPipeline('wf', parseJobs(jobs))
    const run = { Status: status ?? 'COMPLETED', ErrorMessage: errorMessage, StartedOn: at(0) } as const
    const findings = checkRun(expected, run as never, stages, unexpected ?? [])
    expect(findings.map((f) => `${f.stage} ${f.rule}`)).toEqual(want)
    for (const [i, text] of (messages ?? []).entries()) expect(findings[i].message).toContain(text)
  })

  it('carries the states and timestamps as evidence', () => {
    const expected = expectedFromPipeline('wf', parseJobs(CHAIN))
    const stages = [goodChain[0], goodChain[1], ran('gold', 'wf-run-gold', [['SUCCEEDED', 230, 300]])]
    const [order] = checkRun(expected, { Status: 'COMPLETED' }, stages, [])
    expect(order.evidence).toEqual({
      startedOn: '2026-01-01T00:03:50.000Z',
      when: 'all',
      upstream: 'silver',
      upstreamState: 'SUCCEEDED',
      upstreamSucceededOn: '2026-01-01T00:04:02.000Z'
    })
  })

  it('keeps error messages to one line of at most 1000 characters', () => {
    const expected = expectedFromPipeline('wf', parseJobs(CHAIN))
    const failed = ran('silver', 'wf-run-silver', [['FAILED', 112, 150]])
    failed.attempts[0].errorMessage = `Traceback:\n${'  at frame\n'.repeat(500)}`
    const [finding] = checkRun(expected, { Status: 'COMPLETED' }, [goodChain[0], failed, notRun('gold')], [])
    expect(finding.evidence.errorMessage).toHaveLength(1000)
    expect(finding.message).toMatch(/^silver ended FAILED: Traceback: at frame at frame .*…$/)
  })

  it('reports a run whose graph has no stages', () => {
    const findings = checkRun({ stages: [], source: 'run-graph' }, { Status: 'COMPLETED' }, [], [])
    expect(findings.map((f) => f.rule)).toEqual(['no-stages'])
  })
})
