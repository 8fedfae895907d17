/**
 * See it and act on it, end to end on the built action: every stage leads to its logs (outputs, summary,
 * annotation), the log says each Glue error and the run id once, the summary draws the stage graph once, a dry run's
 * note says once that nothing was written, and a nightly verify waits for a run that is still RUNNING.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateJobCommand } from '@aws-sdk/client-glue'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { errorLines, runMainStep, type StepResult } from '../../testkit/actionStep.js'
import { createCrawlers, createJob } from '../../testkit/glue.js'
import { glueClient, startRun } from './startSetup.js'
import { createPipeline, type FindingOutput } from './verifySetup.js'

let local: GlueLocal
let glue: ReturnType<typeof glueClient>

beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
  glue = glueClient(local.url)
})
afterAll(async () => {
  glue.destroy()
  await local.close()
})

interface AttemptOutput {
  attempt: number
  jobRunId: string | null
  state: string
  consoleUrl: string
  logs: Partial<Record<'output' | 'error' | 'continuous' | 'crawl', string>>
}
interface StageOutput {
  stage: string
  state: string
  attempts: number
  runs: AttemptOutput[]
}

const SPARK_ERROR =
  'AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `lake`.`bronze_orders` cannot be found.'
const CONSOLE = 'https://us-east-1.console.aws.amazon.com'
/** The CloudWatch console's escaping of a log group in its URL: `/` is `$252F`. */
const group = (name: string) => name.replace(/\//g, '$252F')
const streamsOf = (logGroup: string, jobRunId: string) =>
  `${CONSOLE}/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/${group(logGroup)}$3FlogStreamNameFilter$3D${jobRunId}`
const stagesOf = (step: StepResult) => JSON.parse(step.outputs.stages) as StageOutput[]
const count = (text: string, part: string) => text.split(part).length - 1

let workflows = 0
/** Jobs for a fresh workflow; Silver logs continuously (a job argument deploy reads with BatchGetJobs). */
async function medallionJobs(prefix: string): Promise<{ workflow: string; jobsInput: string; silver: string }> {
  const workflow = `${prefix}-${process.pid}-${++workflows}`
  await createJob(glue, `${workflow}-bronze`, 200)
  await createJob(glue, `${workflow}-silver`, 200, { '--enable-continuous-cloudwatch-log': 'true' })
  await createJob(glue, `${workflow}-gold`, 200)
  const jobsInput = `bronze: ${workflow}-bronze\nsilver: ${workflow}-silver\ngold: ${workflow}-gold\n`
  return { workflow, jobsInput, silver: `${workflow}-silver` }
}

describe('a failing Silver, with mode: deploy start verify', () => {
  let step: StepResult
  let workflow: string
  let silverJob: string

  beforeAll(async () => {
    const m = await medallionJobs('see')
    workflow = m.workflow
    silverJob = m.silver
    step = await runMainStep({
      endpoint: local.url,
      inputs: {
        mode: 'deploy start verify',
        'workflow-name': workflow,
        jobs: m.jobsInput,
        'poll-interval-seconds': '1',
        'run-properties': `"glue-local:${silverJob}:outcome": FAILED\n"glue-local:${silverJob}:error-message": "${SPARK_ERROR.replace(/`/g, '`')}"`
      }
    })
  })

  it('gives every attempt its job run id, its page in the Glue console and its CloudWatch logs', () => {
    expect(step.code).toBe(1)
    const [bronze, silver, gold] = stagesOf(step)
    const silverRun = silver.runs[0]
    expect(silverRun.jobRunId).toMatch(/^jr_[0-9a-f]{64}$/)
    const id = silverRun.jobRunId!
    expect(silver.runs).toEqual([
      {
        attempt: 1,
        jobRunId: id,
        state: 'FAILED',
        consoleUrl: `${CONSOLE}/gluestudio/home?region=us-east-1#/job/${silverJob}/run/${id}`,
        logs: {
          error: streamsOf('/aws-glue/jobs/error', id),
          output: streamsOf('/aws-glue/jobs/output', id),
          // Silver's job logs continuously: deploy read that from its arguments (no extra call).
          continuous: streamsOf('/aws-glue/jobs/logs-v2', id)
        }
      }
    ])
    expect(Object.keys(bronze.runs[0].logs)).toEqual(['error', 'output'])
    expect(gold).toMatchObject({ state: 'NOT_RUN', runs: [] })
  })

  it("annotates the failed stage with Glue's error and the link to its error logs", () => {
    const silver = stagesOf(step)[1].runs[0]
    expect(errorLines(step)[0]).toBe(`silver ended FAILED: ${SPARK_ERROR} · Logs: ${silver.logs.error}`)
  })

  it('puts the links in the summary table, and draws the stage graph once', () => {
    const silver = stagesOf(step)[1].runs[0]
    expect(step.summary).toContain('| Job run and logs |')
    expect(step.summary).toContain(
      `| [${silver.jobRunId!.slice(0, 11).replace('_', '\\_')}…](${silver.consoleUrl}) · [error](${silver.logs.error}) · ` +
        `[output](${silver.logs.output}) · [continuous](${silver.logs.continuous}) |`
    )
    expect(count(step.summary, '```mermaid\nflowchart')).toBe(1)
  })

  it('prints the Spark error once and the run id in full once', () => {
    const runId = step.outputs['run-id']
    expect(count(step.stdout, SPARK_ERROR)).toBe(1)
    expect(count(step.stdout, runId)).toBe(1)
    expect(step.stdout).toContain(`Verifying run ${runId.slice(0, 11)}… of ${workflow} (the run followed by start`)
  })
})

describe('links without deploy in the step', () => {
  it('start reads the jobs once for continuous logging, and links a crawler to its crawl log', async () => {
    const m = await medallionJobs('links')
    await createCrawlers(local.url, [`${m.workflow}-catalog`])
    const jobs = `${m.jobsInput}catalog: { crawler: ${m.workflow}-catalog, after: gold }\n`
    expect(
      (await runMainStep({ endpoint: local.url, inputs: { mode: 'deploy', 'workflow-name': m.workflow, jobs } })).code
    ).toBe(0)
    local.reset('calls')
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': m.workflow, jobs, 'poll-interval-seconds': '1' }
    })
    expect(step.code).toBe(0)
    expect(local.calls().byOperation.BatchGetJobs).toBe(1)
    const stages = stagesOf(step)
    expect(stages[1].runs[0].logs.continuous).toBe(streamsOf('/aws-glue/jobs/logs-v2', stages[1].runs[0].jobRunId!))
    expect(stages[3].runs).toEqual([
      {
        attempt: 1,
        jobRunId: null,
        state: 'SUCCEEDED',
        consoleUrl: `${CONSOLE}/glue/home?region=us-east-1#/v2/data-catalog/crawlers/view/${m.workflow}-catalog`,
        logs: {
          crawl: `${CONSOLE}/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/${group('/aws-glue/crawlers')}/log-events/${m.workflow}-catalog`
        }
      }
    ])
    expect(step.summary).toContain(
      `[crawler](${stages[3].runs[0].consoleUrl}) · [crawl log](${stages[3].runs[0].logs.crawl})`
    )
  })

  it("prints a retried attempt's error once, on its retry's line", async () => {
    const m = await medallionJobs('retry')
    await glue.send(
      new CreateJobCommand({
        Name: `${m.workflow}-flaky`,
        Role: 'arn:aws:iam::123456789012:role/glue',
        Command: { Name: 'glueetl', ScriptLocation: 's3://scripts/flaky.py' },
        MaxRetries: 1,
        DefaultArguments: {
          '--simulate-duration-ms': '200',
          '--simulate-fail-attempts': '1',
          '--simulate-error-message': 'ExecutorLostFailure: executor 3 exited (OOM)'
        }
      })
    )
    const jobs = `flaky: ${m.workflow}-flaky\n`
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'deploy start', 'workflow-name': m.workflow, jobs, 'poll-interval-seconds': '1' }
    })
    expect(step.code).toBe(0)
    expect(count(step.stdout, 'ExecutorLostFailure')).toBe(1)
    expect(step.stdout).toMatch(
      /flaky \(job [^)]+\) attempt 2 (STARTING|RUNNING|SUCCEEDED)[^\n]*\(retry after attempt 1 FAILED: ExecutorLostFailure: executor 3 exited \(OOM\)\)/
    )
    expect(stagesOf(step)[0].runs.map((r) => [r.attempt, r.state])).toEqual([
      [1, 'FAILED'],
      [2, 'SUCCEEDED']
    ])
  })
})

describe('a dry run', () => {
  it('says once that nothing was written, in the log and in the summary', async () => {
    const m = await medallionJobs('dry')
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'deploy', 'dry-run': 'true', 'workflow-name': m.workflow, jobs: m.jobsInput }
    })
    expect(step.code).toBe(0)
    expect(count(step.stdout, 'nothing written')).toBe(1)
    expect(count(step.summary, 'nothing was written')).toBe(1)
    expect(step.summary).toContain(
      '> **Dry run: nothing was written to AWS Glue.** It would make 4 writes: 4 to create.'
    )
  })
})

describe('a nightly verify of a run that is still RUNNING', () => {
  it('fails at once with wait-minutes: 0, and waits for the run with wait-minutes', async () => {
    const p = await createPipeline(glue, { durations: { bronze: 1500, silver: 1500, gold: 1500 } })
    const runId = await startRun(glue, p.workflow)
    const verify = (wait: string) =>
      runMainStep({
        endpoint: local.url,
        inputs: {
          mode: 'verify',
          'workflow-name': p.workflow,
          jobs: p.jobsInput,
          'wait-minutes': wait,
          'poll-interval-seconds': '1'
        }
      })

    const now = await verify('0')
    expect(now.code).toBe(1)
    const findings = JSON.parse(now.outputs.findings) as FindingOutput[]
    expect(findings[0]).toMatchObject({ rule: 'run-status', evidence: { status: 'RUNNING' } })
    expect(now.stdout).toContain(
      `Run ${runId.slice(0, 11)}… is still RUNNING: judged as it is (wait-minutes: 0; set it to wait for the run to end)`
    )

    const waited = await verify('1')
    expect([waited.code, errorLines(waited)]).toEqual([0, []])
    expect(waited.outputs.verified).toBe('true')
    expect(waited.stdout).toContain(
      `Run ${runId.slice(0, 11)}… is still RUNNING: following it for at most 1 min (wait-minutes)`
    )
    expect(waited.stdout).toMatch(/ gold \(job [^)]+\) attempt 1 SUCCEEDED after /)
    expect(waited.stdout).toContain(`Run ${runId.slice(0, 11)}… is COMPLETED`)
    expect(waited.summary).toContain('✅ Verified: all 3 stages ran in dependency order and succeeded')
  })
})
