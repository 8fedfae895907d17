/**
 * Set-up for the start-mode end-to-end tests: a local Glue endpoint and a Bronze -> Silver -> Gold workflow created
 * through the Glue API (jobs with simulated durations, an on-demand start trigger, two conditional triggers named the
 * way deploy names them).
 */
import type { ChildProcess } from 'node:child_process'
import {
  CreateTriggerCommand,
  CreateWorkflowCommand,
  GetWorkflowRunCommand,
  GetWorkflowRunsCommand,
  GlueClient,
  StartWorkflowRunCommand,
  type WorkflowRun
} from '@aws-sdk/client-glue'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { createJob, glueClient as sharedGlueClient, triggersAtRest } from '../../testkit/glue.js'

export { startGlueLocal, type GlueLocal }

/** A Glue client that does not retry: the tests see every answer of the endpoint as it is. */
export function glueClient(url: string): GlueClient {
  return sharedGlueClient(url, 1)
}

export interface Medallion {
  workflow: string
  jobs: { bronze: string; silver: string; gold: string }
  /** The `jobs` input that describes this workflow. */
  jobsInput: string
}

let counter = 0

/** Creates jobs, workflow and triggers; each job runs `durationMs` unless a run property says otherwise. */
export async function createMedallion(
  glue: GlueClient,
  options: { durationMs?: number; maxConcurrentRuns?: number; silverDurationMs?: number } = {}
): Promise<Medallion> {
  const workflow = `medallion-${process.pid}-${++counter}`
  const jobs = { bronze: `${workflow}-bronze`, silver: `${workflow}-silver`, gold: `${workflow}-gold` }
  for (const [stage, job] of Object.entries(jobs)) {
    const duration =
      stage === 'silver' && options.silverDurationMs !== undefined ? options.silverDurationMs : options.durationMs
    await createJob(glue, job, duration ?? 300, {}, stage)
  }
  await glue.send(
    new CreateWorkflowCommand({
      Name: workflow,
      ...(options.maxConcurrentRuns ? { MaxConcurrentRuns: options.maxConcurrentRuns } : {})
    })
  )
  await glue.send(
    new CreateTriggerCommand({
      Name: `${workflow}-start`,
      WorkflowName: workflow,
      Type: 'ON_DEMAND',
      Actions: [{ JobName: jobs.bronze }]
    })
  )
  for (const [upstream, stage] of [
    ['bronze', 'silver'],
    ['silver', 'gold']
  ] as const) {
    await glue.send(
      new CreateTriggerCommand({
        Name: `${workflow}-run-${stage}`,
        WorkflowName: workflow,
        Type: 'CONDITIONAL',
        StartOnCreation: true,
        Predicate: {
          Logical: 'AND',
          Conditions: [{ LogicalOperator: 'EQUALS', JobName: jobs[upstream], State: 'SUCCEEDED' }]
        },
        Actions: [{ JobName: jobs[stage] }]
      })
    )
  }
  // Glue works on new triggers for a while (CREATING, ACTIVATING): start runs only once they rest.
  await triggersAtRest(glue, workflow)
  const jobsInput = `bronze: ${jobs.bronze}\nsilver: ${jobs.silver}\ngold: ${jobs.gold}\n`
  return { workflow, jobs, jobsInput }
}

export async function startRun(
  glue: GlueClient,
  workflow: string,
  properties: Record<string, string> = {}
): Promise<string> {
  const out = await glue.send(new StartWorkflowRunCommand({ Name: workflow, RunProperties: properties }))
  return out.RunId!
}

export async function getRun(glue: GlueClient, workflow: string, runId: string): Promise<WorkflowRun> {
  const out = await glue.send(new GetWorkflowRunCommand({ Name: workflow, RunId: runId, IncludeGraph: true }))
  return out.Run!
}

export async function listRuns(glue: GlueClient, workflow: string): Promise<WorkflowRun[]> {
  const out = await glue.send(new GetWorkflowRunsCommand({ Name: workflow }))
  return out.Runs ?? []
}

/** Resolves once the child has printed a line matching `pattern` (the harness keeps collecting stdout too). */
export function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      const match = pattern.exec(seen)
      if (match) {
        child.stdout?.off('data', onData)
        resolve(match[0])
      }
    }
    child.stdout?.on('data', onData)
    child.on('close', () => reject(new Error(`the step ended before printing ${String(pattern)}:\n${seen}`)))
  })
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Polls until `check` passes or `ms` elapse. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (check(value) || Date.now() > until) return value
    await sleep(100)
  }
}
