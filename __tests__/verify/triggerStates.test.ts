/** verify and triggers Glue is still working on: a notice, and the reason a stage never ran; never "miswired". */
import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { expectedFromPipeline } from '../../src/run/expectedGraph.js'
import { readTriggers } from '../../src/run/graphTriggers.js'
import { triggerStateNotices, triggerStateProblem } from '../../src/verify/triggerStates.js'
import { verifyRun } from '../../src/verify/verifyRun.js'
import { buildRun, T0, type TriggerSpec } from './runBuilder.js'

describe('triggerStateProblem', () => {
  it.each([
    ['ON_DEMAND', 'CREATED', undefined],
    ['CONDITIONAL', 'ACTIVATED', undefined],
    ['SCHEDULED', 'ACTIVATED', undefined],
    ['EVENT', 'CREATED', undefined],
    ['CONDITIONAL', 'ACTIVATING', "trigger 't' is ACTIVATING: Glue is still working on it (a deploy in progress?)"],
    ['ON_DEMAND', 'CREATING', "trigger 't' is CREATING: Glue is still working on it (a deploy in progress?)"],
    ['CONDITIONAL', 'UPDATING', "trigger 't' is UPDATING: Glue is still working on it (a deploy in progress?)"],
    ['CONDITIONAL', 'DELETING', "trigger 't' is DELETING: Glue is still working on it (a deploy in progress?)"],
    ['CONDITIONAL', 'DEACTIVATED', "trigger 't' is DEACTIVATED: a CONDITIONAL trigger fires only when ACTIVATED"],
    ['SCHEDULED', 'CREATED', "trigger 't' is CREATED: a SCHEDULED trigger fires only when ACTIVATED"]
  ])('%s %s', (type, state, problem) => {
    expect(triggerStateProblem({ name: 't', type, state })).toEqual(problem)
  })
})

const chain = (states: Record<string, string>): TriggerSpec[] => [
  { name: 'wf-start', starts: ['bronze'], state: states.start },
  { name: 'wf-run-silver', waitsFor: ['bronze'], starts: ['silver'], state: states.silver },
  { name: 'wf-run-gold', waitsFor: ['silver'], starts: ['gold'], state: states.gold }
]
const expected = expectedFromPipeline('wf', parseJobs('bronze: bronze\nsilver: silver\ngold: gold'))
const now = new Date((T0 + 3600) * 1000)

describe('verify with a trigger Glue is still working on', () => {
  it('a successful run whose trigger is UPDATING now: verified, with a notice, not a wiring finding', () => {
    const run = buildRun({
      triggers: chain({ gold: 'UPDATING' }),
      runs: [
        { target: 'bronze', attempts: [{ state: 'SUCCEEDED', start: 0, end: 10, trigger: 'wf-start' }] },
        { target: 'silver', attempts: [{ state: 'SUCCEEDED', start: 11, end: 20, trigger: 'wf-run-silver' }] },
        { target: 'gold', attempts: [{ state: 'SUCCEEDED', start: 21, end: 30, trigger: 'wf-run-gold' }] }
      ]
    })
    const v = verifyRun({ run, expected, wiring: readTriggers(run.Graph), now })
    expect(v.findings).toEqual([])
    expect(v.notices).toEqual([
      "trigger 'wf-run-gold' is UPDATING: Glue is still working on it (a deploy in progress?)"
    ])
  })

  it('a stage that never ran because its trigger was still ACTIVATING says so', () => {
    const run = buildRun({
      triggers: chain({ silver: 'ACTIVATING', gold: 'ACTIVATING' }),
      runs: [{ target: 'bronze', attempts: [{ state: 'SUCCEEDED', start: 0, end: 10, trigger: 'wf-start' }] }]
    })
    const v = verifyRun({ run, expected, wiring: readTriggers(run.Graph), now })
    expect(v.findings.map((f) => `${f.stage} ${f.rule}: ${f.message}`)).toEqual([
      "silver never-ran: silver (job 'silver') never ran: its trigger 'wf-run-silver' is ACTIVATING: Glue is still working on it (a deploy in progress?)",
      "gold never-ran: gold (job 'gold') never ran: it waits for silver, which did not succeed"
    ])
    expect(v.notices).toHaveLength(2)
  })

  it('a start trigger still CREATING when the run started: the first stage never ran, and why', () => {
    const run = buildRun({ triggers: chain({ start: 'CREATING' }), completedAfter: 0 })
    const [bronze] = verifyRun({ run, expected, now }).findings
    expect(bronze.message).toBe(
      "bronze (job 'bronze') never ran: its trigger 'wf-start' is CREATING: Glue is still working on it (a deploy in progress?)"
    )
  })

  it('one notice per trigger, in graph order', () => {
    const triggers = readTriggers(buildRun({ triggers: chain({ start: 'CREATING', gold: 'ACTIVATING' }) }).Graph)
    expect(triggerStateNotices([...triggers, ...triggers])).toHaveLength(2)
  })
})
