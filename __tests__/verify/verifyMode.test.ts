/** The verify mode's shell with a fake Glue gateway: which run it checks, which calls it makes, what it reports. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { buildRun, T0, type RunSpec } from './runBuilder.js'

const actual = await import('@actions/core')
const outputs: Record<string, string> = {}
const errors: { message: string; title?: string }[] = []
const summaries: string[] = []
const infos: string[] = []
const summary = {
  addRaw: (text: string) => {
    summaries.push(text)
    return summary
  },
  write: () => Promise.resolve(summary)
}
jest.unstable_mockModule('@actions/core', () => ({
  ...actual,
  setOutput: (name: string, value: string) => (outputs[name] = value),
  error: (message: string, properties?: { title?: string }) => errors.push({ message, title: properties?.title }),
  info: (line: string) => void infos.push(line),
  warning: () => undefined,
  summary
}))
const { runVerify } = await import('../../src/verify/mode.js')
const { Session } = await import('../../src/session.js')
const { parseJobs } = await import('../../src/inputs/parseJobs.js')
const { expectedFromRunGraph } = await import('../../src/run/expectedGraph.js')
const { verifyRun } = await import('../../src/verify/verifyRun.js')
const { renderVerifySummary } = await import('../../src/verify/render/verifySummary.js')

const CHAIN = 'bronze: bronze-job\nsilver: silver-job\ngold: gold-job'
const triggers: RunSpec['triggers'] = [
  { name: 'wf-start', starts: ['bronze-job'] },
  { name: 'wf-run-silver', waitsFor: ['bronze-job'], starts: ['silver-job'] },
  { name: 'wf-run-gold', waitsFor: ['silver-job'], starts: ['gold-job'] }
]
const goodRun = (runId: string, startedAt = T0): WorkflowRun =>
  buildRun({
    runId,
    startedAt,
    triggers,
    runs: [
      { target: 'bronze-job', attempts: [{ state: 'SUCCEEDED', start: 1, end: 2, trigger: 'wf-start' }] },
      { target: 'silver-job', attempts: [{ state: 'SUCCEEDED', start: 3, end: 4, trigger: 'wf-run-silver' }] },
      { target: 'gold-job', attempts: [{ state: 'SUCCEEDED', start: 5, end: 6, trigger: 'wf-run-gold' }] }
    ]
  })

class FakeGateway {
  calls: string[] = []
  constructor(
    private readonly runs: WorkflowRun[],
    private readonly workflow?: { Graph?: WorkflowRun['Graph'] }
  ) {}
  getRecentWorkflowRuns(name: string): Promise<WorkflowRun[] | undefined> {
    this.calls.push(`GetWorkflowRuns ${name}`)
    if (name === 'missing') return Promise.resolve(undefined)
    return Promise.resolve(this.runs.map((run) => ({ ...run, Graph: undefined })))
  }
  /** Read once per step for the log links (continuous logging is a job argument). */
  getJobs(names: string[]): Promise<{ defaultArguments: Map<string, Record<string, string>>; missing: string[] }> {
    this.calls.push(`BatchGetJobs ${names.join(',')}`)
    return Promise.resolve({ defaultArguments: new Map(names.map((n) => [n, {}])), missing: [] })
  }
  getWorkflowRun(name: string, runId: string): Promise<WorkflowRun | undefined> {
    this.calls.push(`GetWorkflowRun ${runId}`)
    return Promise.resolve(this.runs.find((r) => r.WorkflowRunId === runId))
  }
  getWorkflow(name: string): Promise<{ Graph?: WorkflowRun['Graph'] } | undefined> {
    this.calls.push(`GetWorkflow ${name}`)
    return Promise.resolve(this.workflow)
  }
}

function sessionWith(gateway: FakeGateway, workflowName = 'wf') {
  const session = new Session(workflowName, 'us-east-1')
  Object.defineProperty(session, 'gateway', { value: gateway })
  return session
}

beforeEach(() => {
  for (const key of Object.keys(outputs)) delete outputs[key]
  errors.length = 0
  summaries.length = 0
  process.env.GITHUB_STEP_SUMMARY = '/dev/null'
  process.exitCode = undefined
})
afterEach(() => {
  delete process.env.GITHUB_STEP_SUMMARY
  process.exitCode = undefined
})

describe('runVerify', () => {
  it('wait-minutes: follows a RUNNING run until it ends, then judges it; without it, judges it at once', async () => {
    const running: WorkflowRun = { ...goodRun('wr_now'), Status: 'RUNNING', CompletedOn: undefined }
    const reads: WorkflowRun[] = [running, running, goodRun('wr_now')]
    const gateway = new FakeGateway([running])
    gateway.getWorkflowRun = (_name: string, runId: string) => {
      gateway.calls.push(`GetWorkflowRun ${runId}`)
      return Promise.resolve(reads.shift() ?? goodRun('wr_now'))
    }
    const verify = { followsStart: false, runId: 'wr_now', pipeline: parseJobs(CHAIN) }
    infos.length = 0
    expect(
      await runVerify(sessionWith(gateway), {
        ...verify,
        wait: { minutes: 1, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.01 }
      })
    ).toEqual({ status: 'succeeded' })
    expect(infos).toContain('Run wr_now is still RUNNING: following it for at most 1 min (wait-minutes)')
    expect(infos).toContain('Run wr_now is COMPLETED')
    expect(outputs.verified).toBe('true')

    reads.push(running)
    infos.length = 0
    expect(await runVerify(sessionWith(gateway), verify)).toEqual({ status: 'failed' })
    expect(infos).toContain(
      'Run wr_now is still RUNNING: judged as it is (wait-minutes: 0; set it to wait for the run to end)'
    )
    expect((JSON.parse(outputs.findings) as { rule: string }[])[0]).toMatchObject({ rule: 'run-status' })
  })

  it('checks the run start followed in this step without reading it again', async () => {
    const gateway = new FakeGateway([])
    const session = sessionWith(gateway)
    session.startedRunId = 'wr_started'
    session.finishedRun = goodRun('wr_started')
    // What start read of the jobs, for the log links, is not read again either.
    session.rememberJobs(new Map(['bronze-job', 'silver-job', 'gold-job'].map((name) => [name, {}])))
    expect(await runVerify(session, { followsStart: true, pipeline: parseJobs(CHAIN) })).toEqual({
      status: 'succeeded'
    })
    expect(gateway.calls).toEqual([])
    expect(outputs).toEqual({ verified: 'true', findings: '[]' })
    expect(summaries.join('')).toContain('✅ Verified: all 3 stages')
  })

  it('reads the run start started when start did not follow it to the end', async () => {
    const gateway = new FakeGateway([goodRun('wr_started')])
    const session = sessionWith(gateway)
    session.startedRunId = 'wr_started'
    expect(await runVerify(session, { followsStart: true })).toEqual({ status: 'succeeded' })
    // One BatchGetJobs for the log links (whether the jobs log continuously): none when deploy or start read them.
    expect(gateway.calls).toEqual(['GetWorkflowRun wr_started', 'BatchGetJobs bronze-job,silver-job,gold-job'])
  })

  it('takes the run with the latest start, whatever order GetWorkflowRuns lists them in', async () => {
    const gateway = new FakeGateway([
      goodRun('wr_old', T0),
      goodRun('wr_new', T0 + 86400),
      goodRun('wr_mid', T0 + 3600)
    ])
    expect(await runVerify(sessionWith(gateway), { followsStart: false })).toEqual({ status: 'succeeded' })
    expect(gateway.calls).toEqual([
      'GetWorkflowRuns wf',
      'GetWorkflowRun wr_new',
      'BatchGetJobs bronze-job,silver-job,gold-job'
    ])
  })

  it.each([
    {
      name: 'a workflow that does not exist',
      workflow: 'missing',
      inputs: { followsStart: false },
      message: "workflow 'missing' does not exist in us-east-1"
    },
    {
      name: 'a workflow without runs',
      workflow: 'wf',
      inputs: { followsStart: false, maxAgeHours: 26 },
      message: "workflow 'wf' has no run to verify (expected one within the last 26 hours)"
    },
    {
      name: 'a run-id that does not exist',
      workflow: 'wf',
      inputs: { followsStart: false, runId: 'wr_nope' },
      message: "Input 'run-id': workflow 'wf' has no run 'wr_nope' in us-east-1; check run-id, workflow-name and region"
    },
    {
      name: 'start that started no run',
      workflow: 'wf',
      inputs: { followsStart: true },
      message: 'start did not start or attach to a run in this step: nothing to verify'
    }
  ])('$name: one finding, one annotation, the step fails', async ({ workflow, inputs, message }) => {
    expect(await runVerify(sessionWith(new FakeGateway([]), workflow), inputs)).toEqual({ status: 'failed' })
    expect(errors).toEqual([{ message, title: `workflow ${workflow}` }])
    expect(outputs.verified).toBe('false')
    expect(JSON.parse(outputs.findings)).toMatchObject([{ stage: '(run)', rule: 'no-run', message }])
  })

  it("checks the wiring against the workflow's current triggers when the run has no graph (ERROR run)", async () => {
    const errored: WorkflowRun = {
      ...goodRun('wr_err'),
      Status: 'ERROR',
      ErrorMessage: 'Concurrent runs exceeded for workflow: wf',
      Graph: undefined
    }
    const gateway = new FakeGateway([errored], { Graph: buildRun({ triggers }).Graph })
    expect(
      await runVerify(sessionWith(gateway), { followsStart: false, runId: 'wr_err', pipeline: parseJobs(CHAIN) })
    ).toEqual({ status: 'failed' })
    expect(gateway.calls).toEqual(['GetWorkflowRun wr_err', 'GetWorkflow wf'])
    expect((JSON.parse(outputs.findings) as { rule: string }[]).map((f) => f.rule)).toEqual([
      'run-status',
      'never-ran',
      'never-ran',
      'never-ran'
    ])
    expect(summaries.join('')).toContain(
      "wiring checked against the workflow's current triggers (the run has no graph)"
    )
  })

  it.each([
    {
      name: 'every 5th of 2000 stages failed',
      failEvery: 5,
      verdict: '❌ Not verified: 400 findings; first: ',
      rows: 200,
      more: '_…and 200 more findings: see the `findings` output._'
    },
    {
      name: 'all 2000 stages succeeded',
      failEvery: 0,
      verdict: '✅ Verified: all 2000 stages ran in dependency order and succeeded',
      rows: 0,
      more: undefined
    }
  ])(
    'writes only the verdict and the findings when the full summary would pass 900 KiB: $name',
    async ({ failEvery, verdict, rows, more }) => {
      // 2000 jobs with 250-character names, all started by the start trigger; the failing ones with long errors.
      const fails = (i: number) => failEvery > 0 && i % failEvery === 0
      const jobs = Array.from({ length: 2000 }, (_, i) => `job-${i}-`.padEnd(250, 'x'))
      const big = buildRun({
        runId: 'wr_big',
        triggers: [{ name: 'wf-start', starts: jobs }],
        runs: jobs.map((target, i) => ({
          target,
          attempts: [
            {
              state: fails(i) ? 'FAILED' : 'SUCCEEDED',
              start: i,
              end: i + 5,
              trigger: 'wf-start',
              ...(fails(i) ? { error: 'e'.repeat(900) } : {})
            }
          ]
        }))
      })
      // The summary verify would otherwise write for this run is over the limit.
      const expected = expectedFromRunGraph(big)
      const now = new Date()
      const v = verifyRun({ run: big, expected, now })
      const full = renderVerifySummary({
        workflowName: 'wf',
        findings: v.findings,
        run: {
          runId: 'wr_big',
          status: 'COMPLETED',
          consoleUrl: 'https://console.aws.amazon.com/glue',
          expected,
          stages: v.stages,
          unexpected: v.unexpected,
          now
        }
      })
      expect(Buffer.byteLength(full)).toBeGreaterThan(900 * 1024)

      await runVerify(sessionWith(new FakeGateway([big])), { followsStart: false, runId: 'wr_big' })
      const written = summaries.join('')
      expect(Buffer.byteLength(written)).toBeLessThanOrEqual(900 * 1024)
      expect(written.startsWith(`### Glue workflow verify · wf\n\n${verdict}`)).toBe(true)
      expect(written).toContain('The stage table, stage graph and timeline are left out')
      expect(written.includes('| Stage | Rule | Finding | Evidence |')).toBe(rows > 0)
      expect(written.match(/\| `not-succeeded` \|/g) ?? []).toHaveLength(rows)
      if (more) expect(written).toContain(more)
      expect(written).not.toContain('```mermaid')
      // The output is capped (200 KB): the entries that fit, then one that counts the rest.
      const listed = JSON.parse(outputs.findings) as { truncated?: string }[]
      const cut = listed.at(-1)?.truncated
      const leftOut = cut ? Number(/(\d+) more entries/.exec(cut)?.[1]) : 0
      expect(listed.length - (cut ? 1 : 0) + leftOut).toBe(failEvery > 0 ? 2000 / failEvery : 0)
    }
  )

  it('annotates 9 findings and summarises the rest in the 10th; one fewer when an earlier mode failed', async () => {
    const notRun = buildRun({ triggers, status: 'STOPPED' })
    const jobs = Array.from({ length: 12 }, (_, i) => `s${i}: job-${i}`).join('\n')
    const run = async (failedEarlier = false) =>
      runVerify(Object.assign(sessionWith(new FakeGateway([notRun])), { failedEarlier }), {
        followsStart: false,
        runId: 'wr_test',
        pipeline: parseJobs(jobs)
      })

    expect(await run()).toEqual({ status: 'failed' })
    const findings = JSON.parse(outputs.findings) as unknown[]
    expect(findings.length).toBeGreaterThan(20)
    expect(errors).toHaveLength(10)
    expect(errors[9]).toEqual({
      title: 'verify',
      message: `and ${findings.length - 9} more findings (${findings.length} in all): see the job summary or the findings output`
    })

    errors.length = 0
    await run(true)
    expect(errors).toHaveLength(9)
  })

  it('writes no summary when the runner gives no summary file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const session = sessionWith(new FakeGateway([goodRun('wr_1')]))
    expect(await runVerify(session, { followsStart: false })).toEqual({ status: 'succeeded' })
    expect(summaries).toEqual([])
  })
})
