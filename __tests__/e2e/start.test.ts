/** mode: start, end to end: the built action against the local Glue endpoint, run as GitHub runs it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CANARY, errorLines, runMainStep } from '../../testkit/actionStep.js'
import { createMedallion, getRun, glueClient, listRuns, startGlueLocal, type GlueLocal } from './startSetup.js'

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

interface StageOutput {
  stage: string
  job: string
  state: string
  attempts: number
  error: string | null
}

interface StageRunOutput {
  attempt: number
  jobRunId: string | null
  state: string
  consoleUrl: string
  logs: { error?: string; output?: string; continuous?: string }
}

describe('mode: start', () => {
  it('starts a run, follows it stage by stage and succeeds only when every stage succeeded', async () => {
    const medallion = await createMedallion(glue)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: {
        mode: 'start',
        'workflow-name': medallion.workflow,
        jobs: medallion.jobsInput,
        'poll-interval-seconds': '1'
      }
    })
    expect(step.code).toBe(0)
    const runId = step.outputs['run-id']
    expect(runId).toMatch(/^wr_[0-9a-f]{64}$/)
    expect(step.state).toMatchObject({
      'run-id': runId,
      'workflow-name': medallion.workflow,
      region: 'us-east-1',
      'stop-in-post': 'false'
    })
    expect(step.outputs['run-status']).toBe('COMPLETED')
    expect(Number(step.outputs['duration-seconds'])).toBeGreaterThan(0.8)
    expect(JSON.parse(step.outputs.statistics)).toMatchObject({ SucceededActions: 3, FailedActions: 0 })
    const stages = JSON.parse(step.outputs.stages) as StageOutput[]
    expect(stages.map((s) => [s.stage, s.job, s.state, s.attempts])).toEqual([
      ['bronze', medallion.jobs.bronze, 'SUCCEEDED', 1],
      ['silver', medallion.jobs.silver, 'SUCCEEDED', 1],
      ['gold', medallion.jobs.gold, 'SUCCEEDED', 1]
    ])
    // The console link, then each transition once, in order.
    expect(step.stdout).toContain(
      `https://us-east-1.console.aws.amazon.com/glue/home?region=us-east-1#/v2/etl-configuration/workflows/run/${medallion.workflow}?runId=${runId}`
    )
    const transitions = step.stdout.split('\n').filter((l) => / \((job|crawler) .*\) attempt \d+ /.test(l))
    expect(new Set(transitions).size).toBe(transitions.length)
    expect(transitions[0]).toMatch(
      new RegExp(`^\\d\\d:\\d\\d:\\d\\dZ bronze \\(job ${medallion.jobs.bronze}\\) attempt 1 RUNNING$`)
    )
    expect(transitions.filter((l) => l.includes(' SUCCEEDED after ')).map((l) => l.split(' ')[1])).toEqual([
      'bronze',
      'silver',
      'gold'
    ])
    expect(step.summary).toContain('✅ all 3 stages succeeded')
    expect(step.summary).toContain(`| gold | ${medallion.jobs.gold.replace(/_/g, '\\_')} | ✅ SUCCEEDED | 1 |`)
    for (const secret of Object.values(CANARY)) expect(JSON.stringify(step)).not.toContain(secret)
  })

  it('fails when Silver fails, naming Silver and its error, and reports Gold as not run', async () => {
    const medallion = await createMedallion(glue)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: {
        mode: 'start',
        'workflow-name': medallion.workflow,
        jobs: medallion.jobsInput,
        'poll-interval-seconds': '1',
        'run-properties': [
          `glue-local:${medallion.jobs.silver}:outcome: FAILED`,
          `"glue-local:${medallion.jobs.silver}:error-message": "AnalysisException: Table or view not found: bronze_cars"`
        ].join('\n')
      }
    })
    expect(step.code).toBe(1)
    expect(step.outputs['run-status']).toBe('COMPLETED')
    const stages = JSON.parse(step.outputs.stages) as StageOutput[]
    expect(stages.map((s) => [s.stage, s.state, s.error])).toEqual([
      ['bronze', 'SUCCEEDED', null],
      ['silver', 'FAILED', 'AnalysisException: Table or view not found: bronze_cars'],
      ['gold', 'NOT_RUN', null]
    ])
    // Silver's annotation carries Glue's error and the link to the error logs of its job run; the step's failure
    // line names the stages without repeating the error, which the log prints once.
    const runId = step.outputs['run-id']
    const [silver] = stages.filter((s) => s.stage === 'silver') as (StageOutput & { runs: StageRunOutput[] })[]
    const errors = errorLines(step)
    expect(errors).toEqual([
      `silver ended FAILED: AnalysisException: Table or view not found: bronze_cars · Logs: ${silver.runs[0].logs.error}`,
      `Glue run ${runId.slice(0, 11)}… of ${medallion.workflow} did not succeed: silver FAILED; gold did not run`
    ])
    expect(step.stdout.split('Table or view not found')).toHaveLength(2)
    expect(step.stdout.split(runId)).toHaveLength(2)
    expect(step.stdout).toContain(
      `::warning title=Stage gold%3A did not run::gold (job ${medallion.jobs.gold}) did not run`
    )
    expect(step.summary).toContain(
      '❌ silver FAILED: AnalysisException: Table or view not found: bronze\\_cars; gold did not run'
    )
    expect(step.summary).toContain('⏭️ not run')
  })

  it('without jobs, expects the stages of the run graph (named after their jobs)', async () => {
    const medallion = await createMedallion(glue)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': medallion.workflow, 'poll-interval-seconds': '1' }
    })
    expect(step.code).toBe(0)
    const stages = JSON.parse(step.outputs.stages) as StageOutput[]
    expect(stages.map((s) => [s.stage, s.state])).toEqual([
      [medallion.jobs.bronze, 'SUCCEEDED'],
      [medallion.jobs.silver, 'SUCCEEDED'],
      [medallion.jobs.gold, 'SUCCEEDED']
    ])
  })

  it('with wait: false, returns right after the start and leaves the run to Glue', async () => {
    const medallion = await createMedallion(glue, { durationMs: 3000 })
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': medallion.workflow, wait: 'false' }
    })
    expect(step.code).toBe(0)
    expect(step.state).toMatchObject({ 'run-id': step.outputs['run-id'], 'stop-in-post': 'false' })
    expect(step.outputs['run-status']).toBeUndefined()
    expect((await getRun(glue, medallion.workflow, step.outputs['run-id'])).Status).toBe('RUNNING')
  })

  it('keeps following through a high rate of throttling of GetWorkflowRun', async () => {
    // Stages of 4 s give a dozen polls or more, so that several of them are throttled whatever the machine's load.
    const medallion = await createMedallion(glue, { durationMs: 4000 })
    local.setFaults({ throttleRate: 0.5, operations: ['GetWorkflowRun'], seed: 7 })
    try {
      local.reset('calls')
      const step = await runMainStep({
        endpoint: local.url,
        inputs: {
          mode: 'start',
          'workflow-name': medallion.workflow,
          jobs: medallion.jobsInput,
          'poll-interval-seconds': '1'
        }
      })
      expect(step.code).toBe(0)
      expect(step.outputs['run-status']).toBe('COMPLETED')
      expect((JSON.parse(step.outputs.stages) as StageOutput[]).map((s) => s.state)).toEqual([
        'SUCCEEDED',
        'SUCCEEDED',
        'SUCCEEDED'
      ])
      // The endpoint did throttle: every fault it counted is a ThrottlingException answer to a poll, and there were
      // several (the SDK retries each one; the step still followed the run to its end).
      const calls = local.calls()
      const throttledPolls = calls.calls.filter(
        (c) => c.operation === 'GetWorkflowRun' && c.fault === 'throttle' && c.error === 'ThrottlingException'
      )
      expect(calls.faults).toBeGreaterThanOrEqual(3)
      expect(throttledPolls.length).toBe(calls.faults)
    } finally {
      local.setFaults({ throttleRate: 0, operations: [] })
    }
  }, 100_000)

  it('stops the run when timeout-minutes is reached (stop-on-timeout)', async () => {
    const medallion = await createMedallion(glue, { durationMs: 600_000 })
    const step = await runMainStep({
      endpoint: local.url,
      inputs: {
        mode: 'start',
        'workflow-name': medallion.workflow,
        'timeout-minutes': '1',
        'max-poll-interval-seconds': '5'
      },
      killAfterMs: 100_000
    })
    expect(step.code).toBe(1)
    const runId = step.outputs['run-id']
    expect(errorLines(step).at(-1)).toMatch(
      new RegExp(
        `^Run ${runId.slice(0, 11)}… of ${medallion.workflow} did not end within 1 min \\(timeout-minutes\\): ` +
          `status RUNNING \\(${medallion.jobs.bronze} RUNNING\\); stopped it \\(stop-on-timeout\\): STOPPED after [\\d.]+ s$`
      )
    )
    expect(step.state['stop-in-post']).toBe('false')
    // The outputs show the run as Glue has it after the stop, read from Glue (not the RUNNING of the last poll): the
    // step waited for Glue to say STOPPED, and its message says so.
    expect(step.outputs['run-status']).toBe('STOPPED')
    const run = await getRun(glue, medallion.workflow, runId)
    expect(run.Status).toBe('STOPPED')
    expect((await listRuns(glue, medallion.workflow)).length).toBe(1)
  }, 110_000)
})
