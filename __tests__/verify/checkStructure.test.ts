import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { checkStructure } from '../../src/verify/checkStructure.js'
import { expectedFromPipeline } from '../../src/run/expectedGraph.js'
import { readTriggers } from '../../src/run/graphTriggers.js'
import { buildRun, type TriggerSpec } from './runBuilder.js'
import { loadWorkflowFixture } from './runFixtures.js'

const CHAIN = 'bronze: bronze-job\nsilver: silver-job\ngold: gold-job'
/** What deploy creates for CHAIN (trigger names from src/pipeline/triggerNames.ts). */
const DEPLOYED_CHAIN: TriggerSpec[] = [
  { name: 'wf-start', starts: ['bronze-job'] },
  { name: 'wf-run-silver', logic: 'AND', waitsFor: ['bronze-job'], starts: ['silver-job'] },
  { name: 'wf-run-gold', logic: 'AND', waitsFor: ['silver-job'], starts: ['gold-job'] }
]
const FAN_IN =
  'a: {job: a-job, after: []}\nraw: {crawler: raw-crawler, after: []}\nreport: {job: report-job, after: [a, raw], when: any}'
const DEPLOYED_FAN_IN: TriggerSpec[] = [
  { name: 'wf-start', starts: ['a-job', { crawler: 'raw-crawler' }] },
  { name: 'wf-run-report', logic: 'ANY', waitsFor: ['a-job', { crawler: 'raw-crawler' }], starts: ['report-job'] }
]

function replace(triggers: TriggerSpec[], name: string, change: Partial<TriggerSpec> | undefined): TriggerSpec[] {
  return triggers.flatMap((t) => (t.name !== name ? [t] : change ? [{ ...t, ...change }] : []))
}

interface Case {
  name: string
  jobs: string
  triggers: TriggerSpec[]
  want: string[]
  messages?: string[]
}

const cases: Case[] = [
  { name: 'wired exactly as deploy does it', jobs: CHAIN, triggers: DEPLOYED_CHAIN, want: [] },
  { name: 'any fan-in over a job and a crawler, wired exactly', jobs: FAN_IN, triggers: DEPLOYED_FAN_IN, want: [] },
  {
    name: 'gold waits for bronze instead of silver',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', { waitsFor: ['bronze-job'] }),
    want: ['gold waits-for'],
    messages: ["gold waits for bronze (trigger 'wf-run-gold'); expected silver"]
  },
  {
    name: 'gold waits for silver and bronze',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', { waitsFor: ['silver-job', 'bronze-job'] }),
    want: ['gold waits-for']
  },
  {
    name: 'gold waits for a job that is not a stage',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', { waitsFor: ['silver-job', 'audit'] }),
    want: ['gold waits-for'],
    messages: ["gold waits for silver and job 'audit' (trigger 'wf-run-gold'); expected silver"]
  },
  {
    name: "gold's trigger is missing",
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', undefined),
    want: ['gold not-wired'],
    messages: ["no trigger starts job 'gold-job'; expected trigger 'wf-run-gold'"]
  },
  {
    name: 'gold is started by a trigger with another name',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', { name: 'silver-to-gold' }),
    want: ['gold trigger-name']
  },
  {
    name: 'gold is also started by the start trigger',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-start', { starts: ['bronze-job', 'gold-job'] }),
    want: ['gold started-by-several'],
    messages: ["job 'gold-job' is started by 'wf-start' and 'wf-run-gold'; expected only 'wf-run-gold'"]
  },
  {
    name: 'silver starts with the workflow instead of waiting',
    jobs: CHAIN,
    triggers: [{ name: 'wf-start', starts: ['bronze-job', 'silver-job'] }, DEPLOYED_CHAIN[2]],
    want: ['silver trigger-name', 'silver waits-for'],
    messages: ["started by trigger 'wf-start'", "silver starts with the workflow (trigger 'wf-start', ON_DEMAND)"]
  },
  {
    name: 'bronze waits for something although it is a root stage',
    jobs: CHAIN,
    triggers: [
      { name: 'wf-start', starts: ['other'] },
      { name: 'wf-run-bronze', waitsFor: ['other'], starts: ['bronze-job'] },
      ...DEPLOYED_CHAIN.slice(1)
    ],
    want: ['bronze trigger-name', 'bronze waits-for', 'other unexpected-stage'],
    messages: ['', "bronze waits for job 'other' (trigger 'wf-run-bronze'); expected it to start with the workflow"]
  },
  {
    name: 'a condition waits for FAILED instead of SUCCEEDED',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', { waitsFor: [{ job: 'silver-job', state: 'FAILED' }] }),
    want: ['gold wait-state'],
    messages: ["gold waits for silver to be FAILED (trigger 'wf-run-gold'); expected SUCCEEDED"]
  },
  {
    name: 'all expected, any wired',
    jobs: FAN_IN.replace('when: any', 'when: all'),
    triggers: DEPLOYED_FAN_IN,
    want: ['report wait-logic'],
    messages: ["report waits for any of a and raw (trigger 'wf-run-report'); expected all of (AND)"]
  },
  {
    name: 'one upstream stage: AND and ANY mean the same',
    jobs: CHAIN,
    triggers: replace(DEPLOYED_CHAIN, 'wf-run-gold', { logic: 'ANY' }),
    want: []
  },
  {
    name: 'an extra trigger starts a job that is not a stage',
    jobs: CHAIN,
    triggers: [
      ...DEPLOYED_CHAIN,
      { name: 'wf-run-audit', waitsFor: ['gold-job'], starts: ['audit', { crawler: 'c' }] }
    ],
    want: ['audit unexpected-stage', 'c unexpected-stage'],
    messages: ["trigger 'wf-run-audit' starts job 'audit', which is not a stage", "starts crawler 'c'"]
  },
  {
    name: 'a crawler condition on the wrong crawl state',
    jobs: FAN_IN,
    triggers: replace(DEPLOYED_FAN_IN, 'wf-run-report', {
      waitsFor: ['a-job', { crawler: 'raw-crawler', state: 'CANCELLED' }]
    }),
    want: ['report wait-state']
  }
]

describe('checkStructure', () => {
  it.each(cases)('$name', ({ jobs, triggers, want, messages }) => {
    const expected = expectedFromPipeline('wf', parseJobs(jobs))
    const findings = checkStructure(expected, readTriggers(buildRun({ triggers }).Graph))
    expect(findings.map((f) => `${f.stage} ${f.rule}`)).toEqual(want)
    for (const [i, text] of (messages ?? []).entries()) expect(findings[i].message).toContain(text)
  })

  it('names the expected and actual upstream stages in the evidence', () => {
    const expected = expectedFromPipeline('wf', parseJobs(CHAIN))
    const triggers = replace(DEPLOYED_CHAIN, 'wf-run-gold', { waitsFor: ['bronze-job'] })
    const [f] = checkStructure(expected, readTriggers(buildRun({ triggers }).Graph))
    expect(f.evidence).toMatchObject({
      trigger: 'wf-run-gold',
      expectedWaitsFor: 'silver',
      actualWaitsFor: 'bronze',
      missing: 'silver',
      extra: 'bronze'
    })
  })

  it("checks the static graph of GetWorkflow (the fixture's own trigger names differ from deploy's)", () => {
    const expected = expectedFromPipeline('medallion', parseJobs('bronze: bronze\nsilver: silver\ngold: gold'))
    const findings = checkStructure(
      expected,
      readTriggers(loadWorkflowFixture('synthetic-get-workflow-static.json').Graph)
    )
    expect(findings.map((f) => `${f.stage} ${f.rule} ${f.evidence.actualTrigger}`)).toEqual([
      'bronze trigger-name start-bronze',
      'silver trigger-name bronze-to-silver',
      'gold trigger-name silver-to-gold'
    ])
  })
})
