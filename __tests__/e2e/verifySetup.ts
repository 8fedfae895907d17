/** Set-up for the verify end-to-end tests: workflows wired right and wrong, created directly through the Glue API. */
import { CreateTriggerCommand, CreateWorkflowCommand, type GlueClient, type Predicate } from '@aws-sdk/client-glue'
import { createJob, triggersAtRest } from '../../testkit/glue.js'
import { eventually, getRun, startRun } from './startSetup.js'

export interface Pipeline {
  workflow: string
  jobs: { bronze: string; silver: string; gold: string }
  /** The `jobs` input that describes the intended Bronze -> Silver -> Gold chain. */
  jobsInput: string
}

let counter = 0

/**
 * Bronze -> Silver -> Gold with deploy's trigger names; `goldWaitsFor: 'bronze'` miswires Gold to wait for Bronze
 * (the mistake verify must catch). Durations in ms per stage.
 */
export async function createPipeline(
  glue: GlueClient,
  options: {
    goldWaitsFor?: 'silver' | 'bronze'
    durations?: Partial<Record<'bronze' | 'silver' | 'gold', number>>
  } = {}
): Promise<Pipeline> {
  const workflow = `verify-${process.pid}-${++counter}`
  const jobs = { bronze: `${workflow}-bronze`, silver: `${workflow}-silver`, gold: `${workflow}-gold` }
  for (const [stage, job] of Object.entries(jobs) as ['bronze' | 'silver' | 'gold', string][]) {
    await createJob(glue, job, options.durations?.[stage] ?? 200, {}, stage)
  }
  await glue.send(new CreateWorkflowCommand({ Name: workflow }))
  await glue.send(
    new CreateTriggerCommand({
      Name: `${workflow}-start`,
      WorkflowName: workflow,
      Type: 'ON_DEMAND',
      Actions: [{ JobName: jobs.bronze }]
    })
  )
  const waitsFor = (job: string): Predicate => ({
    Logical: 'AND',
    Conditions: [{ LogicalOperator: 'EQUALS', JobName: job, State: 'SUCCEEDED' }]
  })
  for (const [stage, upstream] of [
    ['silver', jobs.bronze],
    ['gold', jobs[options.goldWaitsFor ?? 'silver']]
  ] as const) {
    await glue.send(
      new CreateTriggerCommand({
        Name: `${workflow}-run-${stage}`,
        WorkflowName: workflow,
        Type: 'CONDITIONAL',
        StartOnCreation: true,
        Predicate: waitsFor(upstream),
        Actions: [{ JobName: jobs[stage] }]
      })
    )
  }
  // Glue works on new triggers for a while (CREATING, ACTIVATING): start runs only once they rest.
  await triggersAtRest(glue, workflow)
  return { workflow, jobs, jobsInput: `bronze: ${jobs.bronze}\nsilver: ${jobs.silver}\ngold: ${jobs.gold}\n` }
}

/** Starts a run and waits (up to 20 s) until it has ended; returns its id. */
export async function runToEnd(
  glue: GlueClient,
  workflow: string,
  properties: Record<string, string> = {}
): Promise<string> {
  const runId = await startRun(glue, workflow, properties)
  const run = await eventually(
    () => getRun(glue, workflow, runId),
    (r) => r.Status !== 'RUNNING' && r.Status !== 'STOPPING',
    20_000
  )
  if (run.Status === 'RUNNING') throw new Error(`run ${runId} of ${workflow} did not end within 20 s`)
  return runId
}

export interface FindingOutput {
  stage: string
  rule: string
  message: string
  evidence: Record<string, unknown>
}
