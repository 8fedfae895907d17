/** mode: deploy end to end: the built action against the local Glue endpoint, as a GitHub runner runs it. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  GetTagsCommand,
  GetWorkflowCommand,
  GetWorkflowRunCommand,
  GetWorkflowRunsCommand,
  StartWorkflowRunCommand
} from '@aws-sdk/client-glue'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { errorLines, runMainStep, type StepResult } from '../../testkit/actionStep.js'
import { createCrawlers, createJobs, glueClient } from '../../testkit/glue.js'

let glue: GlueLocal
const CHAIN = 'bronze: mc-bronze\nsilver: mc-silver\ngold: mc-gold'

beforeAll(async () => {
  glue = await startGlueLocal({ port: 0 })
})
afterAll(async () => {
  await glue.close()
})
beforeEach(async () => {
  glue.reset('all')
  await createJobs(glue.url, ['mc-bronze', 'mc-silver', 'mc-gold', 'mc-gold-v2'], 100)
  await createCrawlers(glue.url, ['mc-catalog'])
  glue.reset('calls')
})

function deploy(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<StepResult> {
  return runMainStep({
    endpoint: glue.url,
    inputs: { mode: 'deploy', 'workflow-name': 'medallion', jobs: CHAIN, tags: 'team: data', ...inputs },
    env
  })
}

/** The workflow's provenance tag `glue-workflow-action:commit`, read back from Glue. */
async function commitTag(): Promise<string | undefined> {
  const client = glueClient(glue.url)
  const { Tags } = await client.send(
    new GetTagsCommand({ ResourceArn: 'arn:aws:glue:us-east-1:123456789012:workflow/medallion' })
  )
  client.destroy()
  return Tags?.['glue-workflow-action:commit']
}

const glueCalls = () => glue.calls().calls.filter((c) => c.service === 'glue')
const writes = () => glueCalls().filter((c) => c.write)

function triggersInGlue() {
  const state = glue.state()
  return Object.values(state.triggers)
    .filter((t) => t.WorkflowName === 'medallion')
    .map((t) => ({ name: t.Name, type: t.Type, state: t.State }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

describe('mode: deploy against the local Glue endpoint', () => {
  it('creates the workflow and its triggers in at most 10 calls with the wait for Glue, without starting a run; a redeploy of another commit makes zero writes', async () => {
    const first = await deploy()
    expect([first.code, errorLines(first)]).toEqual([0, []])
    // BatchGetJobs, GetWorkflow, BatchGetTriggers, CreateWorkflow, 3 CreateTrigger, GetWorkflow (1 or 2), GetTags.
    expect(glueCalls().map((c) => c.operation)).toEqual(
      expect.arrayContaining(['BatchGetTriggers', 'CreateWorkflow', 'GetTags'])
    )
    expect(glueCalls().length).toBeLessThanOrEqual(10)
    expect(triggersInGlue()).toEqual([
      { name: 'medallion-run-gold', type: 'CONDITIONAL', state: 'ACTIVATED' },
      { name: 'medallion-run-silver', type: 'CONDITIONAL', state: 'ACTIVATED' },
      { name: 'medallion-start', type: 'ON_DEMAND', state: 'CREATED' }
    ])
    expect(first.outputs).toMatchObject({
      'workflow-name': 'medallion',
      'workflow-arn': 'arn:aws:glue:us-east-1:123456789012:workflow/medallion',
      changed: 'true'
    })
    const runs = await glueClient(glue.url).send(new GetWorkflowRunsCommand({ Name: 'medallion' }))
    expect(runs.Runs ?? []).toEqual([])
    expect(first.summary).toContain('| trigger `medallion-run-silver` | + create |')

    const firstCommit = await commitTag()
    expect(firstCommit).toBe('0123456789abcdef0123456789abcdef01234567')

    // The next push: same inputs, another commit and workflow run. A new commit alone is not a change.
    glue.reset('calls')
    const again = await deploy({}, { GITHUB_SHA: 'fedcba9876543210fedcba9876543210fedcba98', GITHUB_RUN_ID: '4343' })
    expect(again.code).toBe(0)
    expect(writes()).toEqual([])
    expect(glueCalls().length).toBeLessThanOrEqual(3)
    expect(again.outputs.changed).toBe('false')
    expect(again.stdout).toContain('No changes')
    // The provenance tags still name the deploy that last changed the workflow.
    expect(await commitTag()).toBe(firstCommit)
  })

  it('the deployed triggers run Bronze, then Silver, then Gold when the workflow starts', async () => {
    expect((await deploy()).code).toBe(0)
    const client = glueClient(glue.url)
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: 'medallion' }))
    let run
    for (let i = 0; i < 100; i++) {
      run = (await client.send(new GetWorkflowRunCommand({ Name: 'medallion', RunId, IncludeGraph: true }))).Run
      if (run?.Status !== 'RUNNING') break
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(run?.Status).toBe('COMPLETED')
    const jobRuns = (run?.Graph?.Nodes ?? [])
      .filter((n) => n.Type === 'JOB')
      .map((n) => n.JobDetails!.JobRuns![0])
      .sort((a, b) => a.StartedOn!.getTime() - b.StartedOn!.getTime())
    expect(jobRuns.map((r) => [r.JobName, r.JobRunState, r.TriggerName])).toEqual([
      ['mc-bronze', 'SUCCEEDED', 'medallion-start'],
      ['mc-silver', 'SUCCEEDED', 'medallion-run-silver'],
      ['mc-gold', 'SUCCEEDED', 'medallion-run-gold']
    ])
    client.destroy()
  })

  it('a changed graph (fan-in with a crawler, schedule) converges and then redeploys as a no-op', async () => {
    expect((await deploy()).code).toBe(0)
    const changed = {
      jobs: 'bronze: mc-bronze\nsilver: mc-silver\ngold: {job: mc-gold-v2, after: [bronze, silver], when: any}\ncatalog: {crawler: mc-catalog, after: gold}',
      'start-on': 'cron(0 2 * * ? *)'
    }
    glue.reset('calls')
    const result = await deploy(changed)
    expect([result.code, errorLines(result)]).toEqual([0, []])
    expect(writes().map((c) => c.operation)).toEqual([
      'DeleteTrigger',
      'CreateTrigger',
      'UpdateTrigger',
      'CreateTrigger'
    ])
    expect(triggersInGlue()).toEqual([
      { name: 'medallion-run-catalog', type: 'CONDITIONAL', state: 'ACTIVATED' },
      { name: 'medallion-run-gold', type: 'CONDITIONAL', state: 'ACTIVATED' },
      { name: 'medallion-run-silver', type: 'CONDITIONAL', state: 'ACTIVATED' },
      { name: 'medallion-start', type: 'SCHEDULED', state: 'ACTIVATED' }
    ])
    const gold = glue.state().triggers['medallion-run-gold']
    expect(gold.Predicate?.Logical).toBe('ANY')
    glue.reset('calls')
    expect((await deploy(changed)).outputs.changed).toBe('false')
    expect(writes()).toEqual([])
  })

  it('a removed stage deletes the trigger this action made, and nothing else', async () => {
    expect((await deploy()).code).toBe(0)
    glue.reset('calls')
    const result = await deploy({ jobs: 'bronze: mc-bronze\nsilver: mc-silver' })
    expect(result.code).toBe(0)
    expect(writes().map((c) => c.operation)).toEqual(['DeleteTrigger'])
    expect(triggersInGlue().map((t) => t.name)).toEqual(['medallion-run-silver', 'medallion-start'])
  })

  it('a 250-character workflow name deploys, with trigger names shortened to 255 by a hash, and redeploys as a no-op', async () => {
    const name = `lakehouse-${'x'.repeat(240)}`
    const first = await deploy({ 'workflow-name': name })
    expect([first.code, errorLines(first)]).toEqual([0, []])
    const triggers = Object.values(glue.state().triggers)
      .filter((t) => t.WorkflowName === name)
      .map((t) => t.Name)
    expect(triggers).toHaveLength(3)
    for (const suffix of ['-start', '-run-silver', '-run-gold']) {
      const trigger = triggers.find((t) => t.endsWith(suffix)) ?? `(no trigger ending ${suffix})`
      expect(trigger).toMatch(new RegExp(`^lakehouse-x+~[0-9a-f]{8}${suffix}$`))
      expect(trigger.length).toBeLessThanOrEqual(255)
    }
    glue.reset('calls')
    const again = await deploy({ 'workflow-name': name })
    expect([again.code, again.outputs.changed, writes()]).toEqual([0, 'false', []])
  })

  it('dry-run shows the plan and writes nothing', async () => {
    const result = await deploy({ 'dry-run': 'true' })
    expect(result.code).toBe(0)
    expect(writes()).toEqual([])
    expect(result.summary).toContain('Dry run: nothing was written to AWS Glue.')
    const get = glueClient(glue.url).send(new GetWorkflowCommand({ Name: 'medallion' }))
    await expect(get).rejects.toMatchObject({ name: 'EntityNotFoundException' })
  })

  it('a missing job fails the step with one line and no write', async () => {
    const result = await deploy({ jobs: 'bronze: mc-bronze\nsilver: mc-silverr' })
    expect(result.code).not.toBe(0)
    expect(errorLines(result)).toEqual([
      "Input 'jobs': job 'mc-silverr' not found in AWS Glue (create them first, or fix the names)"
    ])
    expect(writes()).toEqual([])
  })

  it('converges under 30% throttling and 10% internal errors', async () => {
    glue.setFaults({ throttleRate: 0.3, internalErrorRate: 0.1 })
    const result = await deploy()
    glue.setFaults({ throttleRate: 0, internalErrorRate: 0 })
    expect([result.code, errorLines(result)]).toEqual([0, []])
    expect(glue.calls().faults).toBeGreaterThan(0)
    expect(triggersInGlue().map((t) => `${t.name}:${t.state}`)).toEqual([
      'medallion-run-gold:ACTIVATED',
      'medallion-run-silver:ACTIVATED',
      'medallion-start:CREATED'
    ])
  })
})
