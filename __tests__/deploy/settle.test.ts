/** When Glue is done with a workflow's triggers (settle.ts), the phases of a plan, and the bounded wait. */
import { describe, expect, it } from '@jest/globals'
import type { Trigger } from '@aws-sdk/client-glue'
import type { Write } from '../../src/deploy/diff.js'
import { goalAfterWrites, phasesOf } from '../../src/deploy/phases.js'
import { describeWrite } from '../../src/deploy/report.js'
import type { DesiredState } from '../../src/deploy/plan.js'
import {
  AT_REST,
  VISIBILITY_GRACE_MS,
  describeBusy,
  judgeSettle,
  settleDelayMs,
  type SettleGoal
} from '../../src/deploy/settle.js'
import { waitForGlue, type Reading } from '../../src/deploy/waitForGlue.js'

const t = (Name: string, State: string): Trigger => ({ Name, State: State as Trigger['State'] })
const AFTER: SettleGoal = {
  expect: [
    { name: 'wf-start', state: 'CREATED' },
    { name: 'wf-run-silver', state: 'ACTIVATED' },
    { name: 'wf-run-gold', state: 'ACTIVATED' }
  ],
  written: ['wf-start', 'wf-run-silver', 'wf-run-gold'],
  gone: [],
  free: []
}
const CHAIN_DONE = [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATED'), t('wf-run-gold', 'ACTIVATED')]

describe('judgeSettle', () => {
  it.each<[string, SettleGoal, Reading, string | undefined]>([
    ['a workflow at rest, before writing', AT_REST, { triggers: CHAIN_DONE }, undefined],
    ['a workflow with no trigger', AT_REST, { triggers: [] }, undefined],
    [
      'a trigger still activating, before writing',
      AT_REST,
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATING')] },
      'waiting for Glue: 1 trigger ACTIVATING (wf-run-silver)'
    ],
    ['every trigger as planned', AFTER, { triggers: CHAIN_DONE }, undefined],
    [
      'two triggers ACTIVATING after a first deploy',
      AFTER,
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATING'), t('wf-run-gold', 'ACTIVATING')] },
      'waiting for Glue: 2 triggers ACTIVATING (wf-run-silver, wf-run-gold)'
    ],
    [
      'all three CREATING right after the writes',
      AFTER,
      { triggers: [t('wf-start', 'CREATING'), t('wf-run-silver', 'CREATING'), t('wf-run-gold', 'CREATING')] },
      'waiting for Glue: 3 triggers CREATING (wf-start, wf-run-silver, wf-run-gold)'
    ],
    [
      'a created trigger the graph does not show yet (read-after-write lag)',
      AFTER,
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATED')] },
      'waiting for Glue: 1 trigger not in the workflow yet (wf-run-gold)'
    ],
    [
      'a trigger written this round, resting in CREATED, planned ACTIVATED',
      AFTER,
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'CREATED'), t('wf-run-gold', 'ACTIVATED')] },
      'waiting for Glue: 1 trigger CREATED, not yet ACTIVATED (wf-run-silver)'
    ],
    [
      'a trigger not written this round in another state: the next plan decides',
      { ...AFTER, written: [] },
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'DEACTIVATED'), t('wf-run-gold', 'ACTIVATED')] },
      undefined
    ],
    [
      'a stray trigger still DELETING',
      { ...AFTER, gone: ['wf-run-old'] },
      { triggers: [...CHAIN_DONE, t('wf-run-old', 'DELETING')] },
      'waiting for Glue: 1 trigger DELETING (wf-run-old)'
    ],
    [
      'a deleted trigger the graph still shows as it was',
      { ...AFTER, gone: ['wf-run-old'] },
      { triggers: [...CHAIN_DONE, t('wf-run-old', 'ACTIVATED')] },
      'waiting for Glue: 1 trigger ACTIVATED, not yet deleted (wf-run-old)'
    ],
    [
      'a name to free, gone from the graph but still held in Glue',
      { ...AT_REST, free: ['wf-start'], scope: ['wf-start'] },
      { triggers: [t('wf-run-silver', 'ACTIVATING')], holding: [t('wf-start', 'DELETING')] },
      'waiting for Glue: 1 trigger DELETING, not yet deleted (wf-start)'
    ],
    [
      'a name to free, free at last (other triggers busy do not matter in this scope)',
      { ...AT_REST, free: ['wf-start'], scope: ['wf-start'] },
      { triggers: [t('wf-run-silver', 'ACTIVATING')], holding: [] },
      undefined
    ],
    [
      'mixed work, grouped by what Glue is doing',
      { ...AFTER, gone: ['x'] },
      {
        triggers: [
          t('wf-start', 'UPDATING'),
          t('wf-run-silver', 'ACTIVATING'),
          t('wf-run-gold', 'ACTIVATING'),
          t('x', 'DELETING')
        ]
      },
      'waiting for Glue: 1 trigger UPDATING (wf-start), 2 triggers ACTIVATING (wf-run-silver, wf-run-gold), 1 trigger DELETING (x)'
    ]
  ])('%s', (_name, goal, reading, message) => {
    const judgement = judgeSettle(goal, reading)
    expect(judgement.done ? undefined : judgement.message).toEqual(message)
  })

  it.each<[string, SettleGoal, Reading, string | undefined]>([
    [
      'a created trigger still unseen after the grace: Glue answered, the next plan decides',
      AFTER,
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATED')] },
      undefined
    ],
    [
      'a written trigger resting in another state after the grace',
      AFTER,
      { triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'CREATED'), t('wf-run-gold', 'ACTIVATED')] },
      undefined
    ],
    [
      'a deleted trigger made again by another writer, after the grace',
      { ...AFTER, gone: ['wf-run-old'] },
      { triggers: [...CHAIN_DONE, t('wf-run-old', 'ACTIVATED')] },
      undefined
    ],
    [
      'a transient state is waited for whatever the time',
      { ...AFTER, gone: ['wf-run-old'] },
      { triggers: [...CHAIN_DONE, t('wf-run-old', 'DELETING')] },
      'waiting for Glue: 1 trigger DELETING (wf-run-old)'
    ]
  ])('%s', (_name, goal, reading, message) => {
    const judgement = judgeSettle(goal, reading, VISIBILITY_GRACE_MS)
    expect(judgement.done ? undefined : judgement.message).toEqual(message)
  })

  it('a written trigger of another type than planned is another writer at work, not Glue still working', () => {
    const goal: SettleGoal = { ...AFTER, expect: [{ name: 'wf-start', state: 'ACTIVATED', type: 'SCHEDULED' }] }
    const reading = { triggers: [{ ...t('wf-start', 'CREATED'), Type: 'ON_DEMAND' as const }] }
    expect(judgeSettle(goal, reading).done).toBe(true)
  })

  it('names at most five triggers per state', () => {
    const busy = Array.from({ length: 8 }, (_, i) => ({ name: `t${i}`, doing: 'ACTIVATING' }))
    expect(describeBusy(busy)).toBe('8 triggers ACTIVATING (t0, t1, t2, t3, t4, … 3 more)')
  })
})

describe('settleDelayMs', () => {
  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [4, 4000],
    [5, 8000],
    [6, 10_000],
    [20, 10_000]
  ])('reading %i: %i ms', (reading, ms) => {
    expect(settleDelayMs(reading)).toBe(ms)
  })
})

const trigger = (name: string, activated: boolean) => ({
  name,
  type: activated ? ('CONDITIONAL' as const) : ('ON_DEMAND' as const),
  description: '',
  actions: [],
  activated
})
const DESIRED: DesiredState = {
  workflow: { name: 'wf', description: '', defaultRunProperties: {} },
  triggers: [trigger('wf-start', false), trigger('wf-run-silver', true)]
}
const create = (name: string): Write => ({
  op: 'CreateTrigger',
  request: { Name: name, Type: 'ON_DEMAND', Actions: [] }
})
const op = (o: 'DeleteTrigger' | 'StartTrigger' | 'UpdateTrigger', name: string): Write =>
  o === 'UpdateTrigger' ? { op: o, name, update: {} } : { op: o, name }
const show = (w: Write) => describeWrite(w)

describe('phasesOf', () => {
  it.each<[string, Write[], string[]]>([
    ['no writes', [], []],
    [
      'a first deploy: one phase',
      [{ op: 'CreateWorkflow', request: { Name: 'wf' } }, create('wf-start'), create('wf-run-silver')],
      ['CreateWorkflow wf, CreateTrigger wf-start, CreateTrigger wf-run-silver']
    ],
    [
      'a type change: delete, wait until the name is free, create',
      [op('DeleteTrigger', 'wf-start'), create('wf-start'), op('UpdateTrigger', 'wf-run-silver')],
      ['DeleteTrigger wf-start', 'wait free wf-start | CreateTrigger wf-start, UpdateTrigger wf-run-silver']
    ],
    [
      'an update then an activation of one trigger: wait until it rests',
      [op('UpdateTrigger', 'wf-run-silver'), op('StartTrigger', 'wf-run-silver'), op('UpdateTrigger', 'wf-start')],
      ['UpdateTrigger wf-run-silver', 'wait rest wf-run-silver | StartTrigger wf-run-silver, UpdateTrigger wf-start']
    ],
    [
      'tags of a trigger just created need no wait',
      [create('wf-start'), { op: 'TagResource', arn: 'arn:aws:glue:r:1:trigger/wf-start', tags: { a: 'b' } }],
      ['CreateTrigger wf-start, TagResource trigger/wf-start']
    ]
  ])('%s', (_name, writes, expected) => {
    const shown = phasesOf(writes).map((phase) => {
      const wait = phase.waitFor
        ? `wait ${phase.waitFor.free.length ? `free ${phase.waitFor.free.join(',')}` : `rest ${phase.waitFor.scope?.join(',')}`} | `
        : ''
      return `${wait}${phase.writes.map((w) => show(w)).join(', ')}`
    })
    expect(shown).toEqual(expected)
  })
})

describe('goalAfterWrites', () => {
  it('expects every desired trigger in its planned state, and the triggers deleted for good gone', () => {
    expect(
      goalAfterWrites(DESIRED, [op('DeleteTrigger', 'wf-run-old'), op('DeleteTrigger', 'wf-start'), create('wf-start')])
    ).toEqual({
      expect: [
        { name: 'wf-start', state: 'CREATED', type: 'ON_DEMAND' },
        { name: 'wf-run-silver', state: 'ACTIVATED', type: 'CONDITIONAL' }
      ],
      written: ['wf-run-old', 'wf-start'],
      gone: ['wf-run-old'],
      free: []
    })
  })
})

describe('waitForGlue', () => {
  /** Readings in turn on a fake clock; records the log and the sleeps. */
  function fake(readings: Reading[]) {
    let now = 0
    const log: string[] = []
    const deps = {
      read: (free: string[]) => {
        log.push(`read${free.length ? ` ${free.join(',')}` : ''}`)
        const next = readings.length > 1 ? readings.shift()! : readings[0]
        return Promise.resolve(next)
      },
      now: () => now,
      sleep: (ms: number) => {
        log.push(`sleep ${ms}`)
        now += ms
        return Promise.resolve()
      },
      info: (m: string) => log.push(m)
    }
    return { deps, log }
  }
  const wf = { Name: 'wf' }
  const activating = { workflow: wf, triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATING')] }
  const done = { workflow: wf, triggers: [t('wf-start', 'CREATED'), t('wf-run-silver', 'ACTIVATED')] }
  const goal = goalAfterWrites(DESIRED, [create('wf-start'), create('wf-run-silver')])

  it('makes no call when the reading it has shows Glue done', async () => {
    const { deps, log } = fake([])
    await expect(waitForGlue(AT_REST, deps, { first: done })).resolves.toEqual({ ...done, seenBusy: [] })
    expect(log).toEqual([])
  })

  it('after writes, gives Glue a moment, then names what it is still doing until it is done', async () => {
    const { deps, log } = fake([activating, activating, done])
    await expect(waitForGlue(goal, deps, { pause: true })).resolves.toEqual({
      ...done,
      seenBusy: [{ name: 'wf-run-silver', state: 'ACTIVATING' }]
    })
    expect(log).toEqual([
      'sleep 500',
      'read',
      'waiting for Glue: 1 trigger ACTIVATING (wf-run-silver)',
      'sleep 1000',
      'read',
      'sleep 2000',
      'read',
      'Glue is done (after 3.5 s)'
    ])
  })

  it('reads the holders of names to free along with the workflow', async () => {
    const { deps, log } = fake([{ workflow: wf, triggers: [t('wf-run-silver', 'ACTIVATED')], holding: [] }])
    await waitForGlue({ ...AT_REST, free: ['wf-start'] }, deps)
    expect(log).toEqual(['read wf-start'])
  })

  it('a workflow that is gone is nothing to wait for', async () => {
    const { deps } = fake([{ triggers: [] }])
    await expect(waitForGlue(goal, deps)).resolves.toEqual({ triggers: [], seenBusy: [] })
  })

  it('gives up at the bound with one line naming what Glue is still doing', async () => {
    const { deps, log } = fake([activating])
    await expect(waitForGlue(goal, deps, { timeoutMs: 60_000 })).rejects.toThrow(
      'Glue did not finish within 1 min: 1 trigger ACTIVATING (wf-run-silver); run the deploy again once Glue is done'
    )
    expect(log.filter((l) => l.startsWith('waiting'))).toHaveLength(1)
    expect(log.filter((l) => l.startsWith('sleep'))).toEqual([
      'sleep 500',
      'sleep 1000',
      'sleep 2000',
      'sleep 4000',
      'sleep 8000',
      'sleep 10000',
      'sleep 10000',
      'sleep 10000',
      'sleep 10000',
      'sleep 4500'
    ])
  })
})
