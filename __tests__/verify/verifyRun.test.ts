import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { expectedFromPipeline, expectedFromRunGraph } from '../../src/run/expectedGraph.js'
import { readTriggers } from '../../src/run/graphTriggers.js'
import { checkRunAge } from '../../src/verify/runAge.js'
import { verifyRun } from '../../src/verify/verifyRun.js'
import { hundredStages } from './hundredStages.js'
import { buildRun, T0 } from './runBuilder.js'
import { loadRunFixture } from './runFixtures.js'

const now = new Date((T0 + 3600) * 1000)
const MEDALLION_JOBS = 'bronze: bronze\nsilver: silver\ngold: gold'
const rules = (findings: { stage: string; rule: string }[]) => findings.map((f) => `${f.stage} ${f.rule}`)

describe('verifyRun on the example Glue responses', () => {
  it.each([
    {
      name: 'completed run, expectation from its own graph: verified',
      file: 'synthetic-get-workflow-run-completed.json',
      jobs: undefined,
      want: []
    },
    {
      name: 'completed run, all stages in order, but its triggers are not named the way deploy names them',
      file: 'synthetic-get-workflow-run-completed.json',
      jobs: MEDALLION_JOBS,
      want: [
        'bronze trigger-name',
        'silver trigger-name',
        'gold trigger-name',
        'bronze started-by',
        'silver started-by',
        'gold started-by'
      ]
    },
    {
      name: 'COMPLETED with Silver FAILED and Gold never run',
      file: 'synthetic-get-workflow-run-failed-stage.json',
      jobs: undefined,
      want: ['silver not-succeeded', 'gold never-ran']
    }
  ])('$name', ({ file, jobs, want }) => {
    const run = loadRunFixture(file)
    const expected = jobs ? expectedFromPipeline('medallion', parseJobs(jobs)) : expectedFromRunGraph(run)
    const wiring = jobs ? readTriggers(run.Graph) : undefined
    const v = verifyRun({ run, expected, wiring, now: new Date(1767229200000) })
    expect(rules(v.findings)).toEqual(want)
    expect(v.stages.map((s) => s.stage)).toEqual(['bronze', 'silver', 'gold'])
    expect(v.structureChecked).toBe(jobs !== undefined)
  })

  it('keeps the fixture evidence: Silver error message and times', () => {
    const run = loadRunFixture('synthetic-get-workflow-run-failed-stage.json')
    const [silver] = verifyRun({ run, expected: expectedFromRunGraph(run), now }).findings
    expect(silver.message).toBe('silver ended FAILED: AnalysisException: Table or view not found: bronze_cars')
    expect(silver.evidence).toMatchObject({
      finalState: 'FAILED',
      attempts: 1,
      startedOn: expect.stringMatching(/^2026-01-01T/)
    })
  })
})

describe('verifyRun', () => {
  it('reports a job wired in and run that the jobs input does not have, and puts run-level findings first', () => {
    const run = buildRun({
      status: 'STOPPED',
      triggers: [
        { name: 'wf-start', starts: ['a-job'] },
        { name: 'wf-run-b', waitsFor: ['a-job'], starts: ['b-job', 'audit'] }
      ],
      runs: [
        { target: 'a-job', attempts: [{ state: 'SUCCEEDED', start: 0, end: 10, trigger: 'wf-start' }] },
        { target: 'b-job', attempts: [{ state: 'SUCCEEDED', start: 11, end: 20, trigger: 'wf-run-b' }] },
        { target: 'audit', attempts: [{ state: 'STOPPED', start: 11, end: 15, trigger: 'wf-run-b' }] }
      ]
    })
    const expected = expectedFromPipeline('wf', parseJobs('a: a-job\nb: b-job'))
    const v = verifyRun({ run, expected, wiring: readTriggers(run.Graph), now, maxAgeHours: 0.5 })
    expect(rules(v.findings)).toEqual([
      '(run) run-too-old',
      '(run) run-status',
      'audit unexpected-stage',
      'audit unexpected-run'
    ])
    expect(v.unexpected.map((s) => [s.stage, s.finalState])).toEqual([['audit', 'STOPPED']])
  })

  it('judges order by the first attempt of a retried stage, whatever order Glue lists the attempts in', () => {
    const run = buildRun({
      triggers: [
        { name: 'wf-start', starts: ['bronze'] },
        { name: 'wf-run-silver', waitsFor: ['bronze'], starts: ['silver'] },
        { name: 'wf-run-gold', waitsFor: ['silver'], starts: ['gold'] }
      ],
      runs: [
        { target: 'bronze', attempts: [{ state: 'SUCCEEDED', start: 3, end: 98, trigger: 'wf-start' }] },
        { target: 'silver', attempts: [{ state: 'SUCCEEDED', start: 112, end: 242, trigger: 'wf-run-silver' }] },
        {
          target: 'gold',
          attempts: [
            { state: 'FAILED', start: 200, end: 210, trigger: 'wf-run-gold', error: 'too early' },
            { state: 'SUCCEEDED', start: 250, end: 330, trigger: 'wf-run-gold' }
          ]
        }
      ]
    })
    // Newest attempt first, as a Glue response may list them.
    const gold = run.Graph!.Nodes!.find((n) => n.Name === 'gold')!
    gold.JobDetails!.JobRuns!.reverse()
    const expected = expectedFromPipeline('wf', parseJobs(MEDALLION_JOBS))
    const v = verifyRun({ run, expected, wiring: readTriggers(run.Graph), now })
    expect(rules(v.findings)).toEqual(['gold order'])
    expect(v.findings[0].message).toBe('gold started at 00:03:20Z, 42 s before silver succeeded (00:04:02Z)')
  })

  it('judges a 100-stage run fast', () => {
    const { spec, jobs } = hundredStages()
    const run = buildRun(spec)
    const expected = expectedFromPipeline('wf', parseJobs(jobs))
    const wiring = readTriggers(run.Graph)
    expect(verifyRun({ run, expected, wiring, now }).findings).toEqual([])
    const times: number[] = []
    for (let i = 0; i < 30; i++) {
      const started = performance.now()
      verifyRun({ run, expected, wiring, now })
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    console.log(
      `verifyRun, 100 stages / 190 dependencies: median ${median.toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`
    )
    expect(median).toBeLessThan(50)
  })
})

describe('checkRunAge', () => {
  const started = new Date(T0 * 1000)
  it.each([
    { name: 'no limit', hours: undefined, ageSeconds: 999_999, want: '' },
    { name: 'younger than the limit', hours: 26, ageSeconds: 25 * 3600, want: '' },
    { name: 'exactly the limit', hours: 1, ageSeconds: 3600, want: '' },
    {
      name: 'older than the limit',
      hours: 26,
      ageSeconds: 30 * 3600,
      want: 'the run started 30 h ago (2026-01-01T00:00:00.000Z), more than max-age-hours 26'
    },
    { name: 'days old', hours: 26, ageSeconds: 5 * 86400, want: 'the run started 5 days ago' },
    { name: 'seconds old', hours: 0.0001, ageSeconds: 2, want: 'the run started 2 s ago' }
  ])('$name', ({ hours, ageSeconds, want }) => {
    const findings = checkRunAge(started, new Date(started.getTime() + ageSeconds * 1000), hours)
    if (want === '') expect(findings).toEqual([])
    else expect(findings[0].message).toContain(want)
  })
})
