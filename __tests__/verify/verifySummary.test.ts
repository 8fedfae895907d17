import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { expectedFromPipeline, expectedFromRunGraph } from '../../src/run/expectedGraph.js'
import { readTriggers } from '../../src/run/graphTriggers.js'
import { renderVerifySummary } from '../../src/verify/render/verifySummary.js'
import { noRunFinding } from '../../src/verify/runAge.js'
import { verifyRun } from '../../src/verify/verifyRun.js'
import { buildRun, T0, type RunSpec } from './runBuilder.js'
import { hundredStages } from './hundredStages.js'

const CHAIN = 'bronze: bronze-job\nsilver: silver-job\ngold: gold-job'
const now = new Date((T0 + 600) * 1000)

function summaryOf(spec: RunSpec, jobs?: string): string {
  const run = buildRun(spec)
  const expected = jobs ? expectedFromPipeline('wf', parseJobs(jobs)) : expectedFromRunGraph(run)
  const wiring = jobs ? readTriggers(run.Graph) : undefined
  const v = verifyRun({ run, expected, wiring, now })
  return renderVerifySummary({
    workflowName: 'wf',
    findings: v.findings,
    run: {
      runId: run.WorkflowRunId!,
      status: run.Status!,
      durationSeconds: 341,
      consoleUrl:
        'https://us-east-1.console.aws.amazon.com/glue/home?region=us-east-1#/v2/etl-configuration/workflows/run/wf?runId=wr_test',
      expected,
      stages: v.stages,
      unexpected: v.unexpected,
      ...(wiring ? { wiring: { triggers: wiring, source: "the run's graph snapshot" } } : {}),
      now
    }
  })
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1])
}

const chainTriggers = (goldWaitsFor = 'silver-job'): RunSpec['triggers'] => [
  { name: 'wf-start', starts: ['bronze-job'] },
  { name: 'wf-run-silver', waitsFor: ['bronze-job'], starts: ['silver-job'] },
  { name: 'wf-run-gold', waitsFor: [goldWaitsFor], starts: ['gold-job'] }
]
const good: RunSpec = {
  triggers: chainTriggers(),
  runs: [
    { target: 'bronze-job', attempts: [{ state: 'SUCCEEDED', start: 3, end: 98, trigger: 'wf-start' }] },
    {
      target: 'silver-job',
      attempts: [
        { state: 'FAILED', start: 112, end: 150, trigger: 'wf-run-silver', error: 'OOM' },
        { state: 'SUCCEEDED', start: 152, end: 242, trigger: 'wf-run-silver' }
      ]
    },
    { target: 'gold-job', attempts: [{ state: 'SUCCEEDED', start: 260, end: 340, trigger: 'wf-run-gold' }] }
  ]
}

describe('renderVerifySummary', () => {
  it('a verified run: verdict, header, table, graph coloured by outcome, timeline, retries, no findings', () => {
    const md = summaryOf(good, CHAIN)
    expect(md).toContain('✅ Verified: all 3 stages ran in dependency order and succeeded (silver after retries)')
    expect(md).toContain('[wr\\_test](https://us-east-1.console.aws.amazon.com/glue/home?region=us-east-1#/v2/')
    expect(md).toContain(
      '| silver | silver-job | ✅ SUCCEEDED | 2 | 00:01:52Z | 00:04:02Z | 2 min 10 s | wf-run-silver |'
    )
    const [flowchart, gantt] = mermaidBlocks(md)
    expect(flowchart).toContain('s0["bronze<br/>job bronze-job<br/>✅ SUCCEEDED<br/>1 min 35 s"]:::succeeded')
    expect(flowchart).toContain(
      's1["silver<br/>job silver-job<br/>🔁 SUCCEEDED<br/>2 attempts · 2 min 10 s"]:::retried'
    )
    expect(flowchart).toContain('  start --> s0\n  s0 --> s1\n  s1 --> s2')
    expect(flowchart).not.toContain('linkStyle')
    expect(gantt.split('\n').filter((l) => l.includes(' :'))).toEqual([
      '  SUCCEEDED :done, 2026-01-01 00:00:03.000, 2026-01-01 00:01:38.000',
      '  attempt 1 FAILED :crit, 2026-01-01 00:01:52.000, 2026-01-01 00:02:30.000',
      '  attempt 2 SUCCEEDED :done, 2026-01-01 00:02:32.000, 2026-01-01 00:04:02.000',
      '  SUCCEEDED :done, 2026-01-01 00:04:20.000, 2026-01-01 00:05:40.000'
    ])
    expect(md).toContain('🟩 succeeded · 🟨 succeeded after retries')
    expect(md).toContain('- 🔁 silver succeeded on attempt 2 after FAILED (OOM)')
    expect(md).toContain('#### Findings (0)\n\nNone: every check passed.')
  })

  it('a miswired run: wiring differences in red, the misordered stage flagged, findings with evidence', () => {
    const md = summaryOf(
      {
        triggers: chainTriggers('bronze-job'),
        runs: [
          { target: 'bronze-job', attempts: [{ state: 'SUCCEEDED', start: 3, end: 98, trigger: 'wf-start' }] },
          { target: 'silver-job', attempts: [{ state: 'SUCCEEDED', start: 99, end: 242, trigger: 'wf-run-silver' }] },
          { target: 'gold-job', attempts: [{ state: 'SUCCEEDED', start: 99, end: 200, trigger: 'wf-run-gold' }] }
        ]
      },
      CHAIN
    )
    expect(md).toContain(
      "❌ Not verified: 2 findings; first: gold: gold waits for bronze (trigger 'wf-run-gold'); expected silver"
    )
    const [flowchart, gantt] = mermaidBlocks(md)
    expect(flowchart).toContain('s2["gold<br/>job gold-job<br/>⚠️ SUCCEEDED<br/>1 min 41 s"]:::flagged')
    expect(flowchart).toContain('  s1 -. "expected, not wired" .-> s2')
    expect(flowchart).toContain('  s0 == "wired, not expected" ==> s2')
    expect(flowchart).toContain('  linkStyle 2,3 stroke:#cf222e')
    expect(gantt).toContain('  section gold\n  SUCCEEDED :crit,')
    expect(md).toContain(
      '| gold | `order` | gold started at 00:01:39Z, 2 min 23 s before silver succeeded (00:04:02Z) |'
    )
    expect(md).toContain('expectedWaitsFor: silver<br>actualWaitsFor: bronze')
  })

  it('escapes job names in Mermaid labels, Gantt lines and Markdown so nothing breaks out', () => {
    const nasty = 'x"]:::succeeded\n```\n<script>#1; a:b|`c`'
    const md = summaryOf({
      triggers: [{ name: 'go', starts: [nasty] }],
      runs: [{ target: nasty, attempts: [{ state: 'SUCCEEDED', start: 0, end: 5, trigger: 'go' }] }]
    })
    expect(md.match(/^```/gm)).toHaveLength(4)
    expect(md).not.toContain('<script>')
    const [flowchart, gantt] = mermaidBlocks(md)
    expect(flowchart).toContain('s0["x#quot;]:::succeeded #96;#96;#96; #lt;script#gt;#35;1; a:b|#96;c#96;<br/>')
    expect(gantt).toContain("section x\"]꞉꞉꞉succeeded ''' ‹script›＃1, a꞉b|'c'")
    expect(md).toContain('| x"\\]:::succeeded \\`\\`\\` &lt;script&gt;#1; a:b\\|\\`c\\` |')
  })

  it('a run in ERROR: nothing ran, no timeline, every finding listed', () => {
    const md = summaryOf(
      { status: 'ERROR', errorMessage: 'Concurrent runs exceeded for workflow: wf', triggers: chainTriggers() },
      CHAIN
    )
    expect(md).toContain('_No stage ran: nothing to put on a time axis._')
    expect(md).toContain('#### Findings (4)')
    expect(md).toContain(
      '| (run) | `run-status` | Glue refused the run: workflow wf already runs as many times as its max-concurrent-runs allows (Glue: Concurrent runs exceeded for workflow: wf).'
    )
    expect(mermaidBlocks(md)[0]).toContain('s2["gold<br/>job gold-job<br/>⏭️ not run"]:::notrun')
  })

  it('no run at all: the verdict and the finding', () => {
    const md = renderVerifySummary({ workflowName: 'wf', findings: [noRunFinding('wf', 26)] })
    expect(md).toBe(
      [
        '### Glue workflow verify · wf',
        '',
        "❌ Not verified: 1 finding; first: (run): workflow 'wf' has no run to verify (expected one within the last 26 hours)",
        '',
        '| Stage | Rule | Finding | Evidence |',
        '| --- | --- | --- | --- |',
        "| (run) | `no-run` | workflow 'wf' has no run to verify (expected one within the last 26 hours) | workflowName: wf<br>maxAgeHours: 26 |",
        ''
      ].join('\n')
    )
  })

  it('100 stages with failures and 5 KB error messages stay far below 1 MiB, diagrams below Mermaid limits', () => {
    const { spec, jobs } = hundredStages({ failing: 30, errorBytes: 5000 })
    const md = summaryOf(spec, jobs)
    const bytes = Buffer.byteLength(md)
    console.log(`verify summary, 100 stages, 30 failed with 5 KB errors: ${bytes} bytes`)
    expect(bytes).toBeLessThan(200 * 1024)
    for (const block of mermaidBlocks(md)) expect(block.length).toBeLessThan(40_000)
    expect(md).toContain('<details><summary>100 stages</summary>')
    expect(md).not.toContain('x'.repeat(301))
  })

  it('lists at most 200 findings and points to the findings output for the rest', () => {
    const { spec, jobs } = hundredStages({ failing: 100, errorBytes: 10 })
    const run = buildRun(spec)
    const expected = expectedFromPipeline('wf', parseJobs(jobs))
    const v = verifyRun({ run, expected, wiring: [], now })
    const findings = [...v.findings, ...v.findings, ...v.findings]
    const md = renderVerifySummary({ workflowName: 'wf', findings })
    expect(md).toContain(`_…and ${findings.length - 200} more findings: see the \`findings\` output._`)
  })
})
