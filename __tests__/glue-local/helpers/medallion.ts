import {
  CreateJobCommand,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  GetWorkflowRunCommand,
  type GlueClient,
  type WorkflowRun
} from '@aws-sdk/client-glue'
import type { ManualClock } from '../../../glue-local/index.js'

/** Jobs that finish fast, so that a three-stage run takes a few hundred milliseconds. */
export const FAST_JOB_MS = '60'

export async function createJob(
  client: GlueClient,
  name: string,
  extra: { DefaultArguments?: Record<string, string>; MaxRetries?: number } = {}
): Promise<void> {
  await client.send(
    new CreateJobCommand({
      Name: name,
      Role: 'arn:aws:iam::123456789012:role/glue',
      Command: { Name: 'glueetl', ScriptLocation: `s3://scripts/${name}.py` },
      GlueVersion: '4.0',
      WorkerType: 'G.1X',
      NumberOfWorkers: 2,
      MaxRetries: extra.MaxRetries,
      DefaultArguments: { '--simulate-duration-ms': FAST_JOB_MS, ...extra.DefaultArguments }
    })
  )
}

/**
 * Creates workflow `name` with jobs `<name>-bronze|silver|gold` chained by conditional triggers created with
 * StartOnCreation (CREATING → ACTIVATING → ACTIVATED: they fire once their lifecycle has run).
 */
export async function createMedallion(
  client: GlueClient,
  name: string,
  options: { maxConcurrentRuns?: number; silverRetries?: number } = {}
): Promise<{ bronze: string; silver: string; gold: string }> {
  const jobs = { bronze: `${name}-bronze`, silver: `${name}-silver`, gold: `${name}-gold` }
  await client.send(new CreateWorkflowCommand({ Name: name, MaxConcurrentRuns: options.maxConcurrentRuns }))
  await createJob(client, jobs.bronze)
  await createJob(client, jobs.silver, { MaxRetries: options.silverRetries })
  await createJob(client, jobs.gold)
  await client.send(
    new CreateTriggerCommand({
      Name: `${name}-start`,
      WorkflowName: name,
      Type: 'ON_DEMAND',
      Actions: [{ JobName: jobs.bronze }]
    })
  )
  await conditional(client, name, `${name}-bronze-to-silver`, [jobs.bronze], jobs.silver)
  await conditional(client, name, `${name}-silver-to-gold`, [jobs.silver], jobs.gold)
  return jobs
}

export async function conditional(
  client: GlueClient,
  workflow: string,
  triggerName: string,
  watched: string[],
  jobName: string,
  options: { logical?: 'AND' | 'ANY'; state?: 'SUCCEEDED' | 'FAILED' | 'STOPPED' | 'TIMEOUT'; activate?: boolean } = {}
): Promise<void> {
  await client.send(
    new CreateTriggerCommand({
      Name: triggerName,
      WorkflowName: workflow,
      Type: 'CONDITIONAL',
      StartOnCreation: options.activate ?? true,
      Predicate: {
        Logical: options.logical ?? (watched.length > 1 ? 'AND' : undefined),
        Conditions: watched.map((job) => ({
          LogicalOperator: 'EQUALS',
          JobName: job,
          State: options.state ?? 'SUCCEEDED'
        }))
      },
      Actions: [{ JobName: jobName }]
    })
  )
}

/**
 * With a manual clock: fires every pending timer (the run's job runs, crawls, retries and the triggers they fire,
 * STOPPING), then reads the run, which must be finished.
 */
export async function finishRun(
  client: GlueClient,
  clock: ManualClock,
  name: string,
  runId: string
): Promise<WorkflowRun> {
  clock.runAll()
  const { Run } = await client.send(new GetWorkflowRunCommand({ Name: name, RunId: runId, IncludeGraph: true }))
  if (!Run || Run.Status === 'RUNNING' || Run.Status === 'STOPPING') {
    throw new Error(`run ${runId} still ${Run?.Status} with no timer pending`)
  }
  return Run
}

/** The job runs of one job node of a run graph. */
export function jobRunsOf(run: WorkflowRun, jobName: string) {
  const node = run.Graph?.Nodes?.find((n) => n.Type === 'JOB' && n.Name === jobName)
  return node?.JobDetails?.JobRuns ?? []
}
