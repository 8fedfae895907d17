import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  BatchGetJobsCommand,
  BatchGetTriggersCommand,
  GetTagsCommand,
  GetWorkflowCommand,
  StartWorkflowRunCommand,
  type GlueClient,
  type Trigger
} from '@aws-sdk/client-glue'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  glueArn,
  manualClock,
  startGlueLocal,
  validateOperationOutput,
  type GlueLocal,
  type ManualClock
} from '../../glue-local/index.js'
import { capturingGlueClient, TEST_REGION, type CapturedResponse } from './helpers/glue-clients.js'
import { finishRun, jobRunsOf } from './helpers/medallion.js'

/** What the Terraform module creates, as a glue-local state file (for tests of adopting a Terraform-made workflow). */
const FIXTURE = path.resolve('glue-local/fixtures/terraform-module-state.json')
const WORKFLOW = 'metriccare_etl_workflow'
const JOBS = ['metriccare_bronze_job', 'metriccare_silver_job', 'metriccare_gold_job']
const TRIGGERS = {
  start: `${WORKFLOW}_start_trigger`,
  silver: `${WORKFLOW}_silver_trigger`,
  gold: `${WORKFLOW}_gold_trigger`
}
const MODULE_TAGS = { Environment: 'prod', Project: 'metriccare' }

let dir: string
let glue: GlueLocal
let client: GlueClient
let captured: CapturedResponse[]
let clock: ManualClock
let fixtureText: string

beforeAll(async () => {
  fixtureText = fs.readFileSync(FIXTURE, 'utf8')
  // --state writes back after every change: load a copy, never the fixture itself.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glue-local-terraform-'))
  const stateFile = path.join(dir, 'state.json')
  fs.copyFileSync(FIXTURE, stateFile)
  clock = manualClock({ start: Date.parse('2026-01-16T02:00:00Z') })
  glue = await startGlueLocal({ stateFile, clock })
  ;({ client, captured } = capturingGlueClient(glue.url))
})

afterAll(async () => {
  client.destroy()
  await glue.close()
  fs.rmSync(dir, { recursive: true })
})

describe('glue-local/fixtures/terraform-module-state.json', () => {
  it('loads the Terraform module: workflow, three jobs, a start trigger and two ACTIVATED conditional triggers', async () => {
    const { Workflow } = await client.send(new GetWorkflowCommand({ Name: WORKFLOW, IncludeGraph: true }))
    expect(Workflow?.Description).toMatch(/managed by Terraform/)
    expect(Workflow?.LastRun).toBeUndefined()
    expect(Workflow?.Graph?.Nodes?.map((n) => [n.Type, n.Name])).toEqual([
      ['TRIGGER', TRIGGERS.start],
      ['JOB', JOBS[0]],
      ['TRIGGER', TRIGGERS.silver],
      ['JOB', JOBS[1]],
      ['TRIGGER', TRIGGERS.gold],
      ['JOB', JOBS[2]]
    ])
    expect(Workflow?.Graph?.Edges).toHaveLength(5)

    const { Jobs, JobsNotFound } = await client.send(new BatchGetJobsCommand({ JobNames: JOBS }))
    expect(JobsNotFound).toEqual([])
    expect(Jobs?.map((job) => [job.Name, job.GlueVersion, job.Command?.Name])).toEqual(
      JOBS.map((name) => [name, '4.0', 'glueetl'])
    )

    const { Triggers } = await client.send(new BatchGetTriggersCommand({ TriggerNames: Object.values(TRIGGERS) }))
    const byName: Record<string, Trigger> = Object.fromEntries((Triggers ?? []).map((t) => [t.Name!, t]))
    // ON_DEMAND triggers never become ACTIVATED in Glue: Terraform's enabled start trigger rests in CREATED.
    expect(byName[TRIGGERS.start]).toMatchObject({ Type: 'ON_DEMAND', State: 'CREATED' })
    expect(byName[TRIGGERS.silver]).toMatchObject({
      Type: 'CONDITIONAL',
      State: 'ACTIVATED',
      Actions: [{ JobName: 'metriccare_silver_job' }],
      Predicate: {
        Logical: 'AND',
        Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'metriccare_bronze_job', State: 'SUCCEEDED' }]
      }
    })
    expect(byName[TRIGGERS.gold]).toMatchObject({
      Type: 'CONDITIONAL',
      State: 'ACTIVATED',
      Actions: [{ JobName: 'metriccare_gold_job' }],
      Predicate: { Conditions: [{ JobName: 'metriccare_silver_job', State: 'SUCCEEDED' }] }
    })
  })

  it('carries the module tags and no ownership tag of the action', async () => {
    const arns = [
      glueArn(TEST_REGION, glue.accountId, 'workflow', WORKFLOW),
      ...Object.values(TRIGGERS).map((name) => glueArn(TEST_REGION, glue.accountId, 'trigger', name))
    ]
    for (const arn of arns) {
      const { Tags } = await client.send(new GetTagsCommand({ ResourceArn: arn }))
      expect({ arn, Tags }).toEqual({ arn, Tags: MODULE_TAGS })
    }
  })

  it('runs through: bronze, then silver, then gold, each started by its trigger', async () => {
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: WORKFLOW }))
    const run = await finishRun(client, clock, WORKFLOW, RunId!)
    expect(run.Status).toBe('COMPLETED')
    expect(run.Statistics).toMatchObject({ TotalActions: 3, SucceededActions: 3, FailedActions: 0 })
    const [bronze, silver, gold] = JOBS.map((job) => jobRunsOf(run, job))
    expect([bronze, silver, gold].map((runs) => runs.map((r) => [r.JobRunState, r.TriggerName]))).toEqual([
      [['SUCCEEDED', TRIGGERS.start]],
      [['SUCCEEDED', TRIGGERS.silver]],
      [['SUCCEEDED', TRIGGERS.gold]]
    ])
    expect(silver[0].StartedOn!.getTime()).toBeGreaterThanOrEqual(bronze[0].CompletedOn!.getTime())
    expect(gold[0].StartedOn!.getTime()).toBeGreaterThanOrEqual(silver[0].CompletedOn!.getTime())
  })

  it('answers model-valid responses for everything in it', () => {
    const ok = captured.filter((response) => response.status === 200)
    expect(ok.length).toBeGreaterThan(5)
    for (const response of ok) {
      expect({
        op: response.operation,
        violations: validateOperationOutput(response.operation, response.body)
      }).toEqual({ op: response.operation, violations: [] })
    }
  })

  it('is a glue-local state file, left unchanged (the test ran on a copy)', () => {
    expect(fs.readFileSync(FIXTURE, 'utf8')).toBe(fixtureText)
    const fixture = JSON.parse(fixtureText) as { format: string; state: object }
    expect(fixture.format).toBe('glue-local-state/1')
    expect(Object.keys(fixture.state).sort()).toEqual(
      ['crawlers', 'crawls', 'jobRuns', 'jobs', 'tags', 'triggers', 'workflowRuns', 'workflows'].sort()
    )
    expect(JSON.stringify(fixture)).not.toContain('glue-workflow-action')
  })
})
