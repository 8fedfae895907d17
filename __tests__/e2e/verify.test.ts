/** mode: verify, end to end: the built action against the local Glue endpoint, run as GitHub runs it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CANARY, errorLines, runMainStep, type StepResult } from '../../testkit/actionStep.js'
import { glueClient, sleep, startGlueLocal, type GlueLocal } from './startSetup.js'
import { createPipeline, runToEnd, type FindingOutput } from './verifySetup.js'

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

function verify(inputs: Record<string, string>): Promise<StepResult> {
  return runMainStep({ endpoint: local.url, inputs: { mode: 'verify', ...inputs } })
}

function findingsOf(step: StepResult): string[] {
  return (JSON.parse(step.outputs.findings) as FindingOutput[]).map((f) => `${f.stage} ${f.rule}`)
}

describe('mode: verify', () => {
  it('verifies a good run (the most recent one), wiring included, and draws it', async () => {
    const p = await createPipeline(glue)
    const runId = await runToEnd(glue, p.workflow)
    const step = await verify({ 'workflow-name': p.workflow, jobs: p.jobsInput, 'max-age-hours': '1' })

    expect(step.code).toBe(0)
    expect(step.outputs.verified).toBe('true')
    expect(JSON.parse(step.outputs.findings)).toEqual([])
    expect(errorLines(step)).toEqual([])
    // The run id in full once: in the console link of the line that names the run.
    expect(step.stdout).toContain(`Verifying run ${runId.slice(0, 11)}… of ${p.workflow} (the most recent run`)
    expect(step.stdout.split(runId)).toHaveLength(2)
    expect(step.stdout).toContain(
      `status COMPLETED: https://us-east-1.console.aws.amazon.com/glue/home?region=us-east-1#`
    )
    expect(step.summary).toContain('✅ Verified: all 3 stages ran in dependency order and succeeded')
    expect(step.summary).toContain("wiring checked against the run's graph snapshot")
    expect(step.summary).toMatch(/```mermaid\nflowchart LR\n/)
    expect(step.summary).toMatch(/```mermaid\ngantt\n/)
    expect(step.summary).toContain('Findings (0)')
    for (const secret of Object.values(CANARY)) expect(JSON.stringify(step)).not.toContain(secret)
  })

  it('start then verify in one step checks the run start followed', async () => {
    const p = await createPipeline(glue)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start verify', 'workflow-name': p.workflow, jobs: p.jobsInput, 'poll-interval-seconds': '1' }
    })
    expect(step.code).toBe(0)
    expect(step.outputs.verified).toBe('true')
    const runId = step.outputs['run-id']
    expect(step.stdout).toContain(`Verifying run ${runId.slice(0, 11)}… of ${p.workflow} (the run followed by start`)
    expect(step.stdout.split(runId)).toHaveLength(2)
    // One summary: verify's (start leaves it to verify).
    expect(step.summary.match(/### Glue workflow run/g)).toHaveLength(1)
  })

  it('rejects a miswired workflow (Gold waits for Bronze) on structure and on run order', async () => {
    // Silver takes longer than Gold, so Gold, started by Bronze's success, runs while Silver is still running.
    const p = await createPipeline(glue, { goldWaitsFor: 'bronze', durations: { silver: 1200, gold: 200 } })
    const runId = await runToEnd(glue, p.workflow)
    const step = await verify({ 'workflow-name': p.workflow, jobs: p.jobsInput, 'run-id': runId })

    expect(step.code).toBe(1)
    expect(step.outputs.verified).toBe('false')
    expect(findingsOf(step)).toEqual(['gold waits-for', 'gold order'])
    const [wiring, order] = JSON.parse(step.outputs.findings) as FindingOutput[]
    expect(wiring.message).toBe(`gold waits for bronze (trigger '${p.workflow}-run-gold'); expected silver`)
    expect(order.message).toMatch(
      /^gold started at \d\d:\d\d:\d\dZ, [\d.]+ s before silver succeeded \(\d\d:\d\d:\d\dZ\)$/
    )
    expect(order.evidence).toMatchObject({ upstream: 'silver', upstreamState: 'SUCCEEDED' })
    expect(errorLines(step)).toEqual([wiring.message, order.message])
    expect(step.stdout).toContain('::error title=gold::gold waits for bronze')
    expect(step.summary).toContain('❌ Not verified: 2 findings')
    expect(step.summary).toContain('== "wired, not expected" ==>')
    expect(step.summary).toContain('-. "expected, not wired" .->')
  })

  it("without jobs, the run's own graph is the expectation: the same miswired run passes", async () => {
    const p = await createPipeline(glue, { goldWaitsFor: 'bronze', durations: { silver: 600 } })
    await runToEnd(glue, p.workflow)
    const step = await verify({ 'workflow-name': p.workflow })
    expect(step.outputs.verified).toBe('true')
    expect(step.summary).toContain('wiring not checked (no `jobs` input)')
  })

  it('reports a failed stage and the stage it blocked, one annotation each', async () => {
    const p = await createPipeline(glue)
    await runToEnd(glue, p.workflow, {
      [`glue-local:${p.jobs.silver}:outcome`]: 'FAILED',
      [`glue-local:${p.jobs.silver}:error-message`]: 'AnalysisException: Table or view not found: bronze_cars'
    })
    const step = await verify({ 'workflow-name': p.workflow, jobs: p.jobsInput })
    expect(step.code).toBe(1)
    expect(findingsOf(step)).toEqual(['silver not-succeeded', 'gold never-ran'])
    const [silver, gold] = errorLines(step)
    // The failed stage's annotation leads to its error logs: the job run's streams in /aws-glue/jobs/error.
    const stages = JSON.parse(step.outputs.findings) as FindingOutput[]
    expect(stages[0].message).toBe('silver ended FAILED: AnalysisException: Table or view not found: bronze_cars')
    expect(silver).toMatch(
      /^silver ended FAILED: AnalysisException: Table or view not found: bronze_cars · Logs: https:\/\/us-east-1\.console\.aws\.amazon\.com\/cloudwatch\/home\?region=us-east-1#logsV2:log-groups\/log-group\/\$252Faws-glue\$252Fjobs\$252Ferror\$3FlogStreamNameFilter\$3Djr_[0-9a-f]{64}$/
    )
    expect(gold).toBe(`gold (job '${p.jobs.gold}') never ran: it waits for silver, which did not succeed`)
    // Glue's error once in the log: in the annotation (no other line repeats it).
    expect(step.stdout.split('Table or view not found')).toHaveLength(2)
  })

  it('max-age-hours: fails on a run older than that, and when there is no run at all', async () => {
    const p = await createPipeline(glue)
    await runToEnd(glue, p.workflow)
    await sleep(1000)
    const old = await verify({ 'workflow-name': p.workflow, 'max-age-hours': '0.0001' })
    expect(old.code).toBe(1)
    expect(findingsOf(old)).toEqual(['(run) run-too-old'])
    expect(errorLines(old)[0]).toMatch(/^the run started \d s ago \(.*\), more than max-age-hours 0\.0001$/)

    const empty = await createPipeline(glue)
    const none = await verify({ 'workflow-name': empty.workflow, 'max-age-hours': '26' })
    expect(none.code).toBe(1)
    expect(none.outputs.verified).toBe('false')
    expect(errorLines(none)).toEqual([
      `workflow '${empty.workflow}' has no run to verify (expected one within the last 26 hours)`
    ])
  })

  it('a run-id that does not exist fails with one clear line', async () => {
    const p = await createPipeline(glue)
    const missing = `wr_${'0'.repeat(64)}`
    const step = await verify({ 'workflow-name': p.workflow, 'run-id': missing })
    expect(step.code).toBe(1)
    const lines = errorLines(step)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^Input 'run-id': workflow '${p.workflow}' has no run '${missing}' in us-east-1; check run-id, workflow-name and region$`
      )
    )
  })

  it('bad inputs fail before any AWS call, naming the input', async () => {
    local.reset('calls')
    const step = await verify({ 'workflow-name': 'wf', 'max-age-hours': 'yesterday' })
    expect(step.code).toBe(1)
    expect(errorLines(step)).toEqual(["Input 'max-age-hours': expected a number, got 'yesterday'"])
    expect(local.calls().total).toBe(0)
  })
})
