/** Stops a workflow run, and its running job runs when Glue would not stop the run itself. Idempotent. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import type { CallOptions, GlueGateway } from '../aws/glue.js'
import { ACTIVE_JOB_RUN_STATES, isRunEnded } from '../aws/glueStates.js'

export type StopOutcome = 'stopped' | 'already-ended' | 'job-runs-stopped'

/** Job runs of the run's graph that are still going, grouped by job (BatchStopJobRun takes one job name). */
export function activeJobRuns(run: WorkflowRun | undefined): { jobName: string; runIds: string[] }[] {
  return (run?.Graph?.Nodes ?? [])
    .filter((n) => n.Type === 'JOB' && n.Name)
    .map((n) => ({
      jobName: n.Name!,
      runIds: (n.JobDetails?.JobRuns ?? [])
        .filter((r) => r.Id && ACTIVE_JOB_RUN_STATES.has(r.JobRunState ?? ''))
        .map((r) => r.Id!)
    }))
    .filter((j) => j.runIds.length > 0)
}

/**
 * StopWorkflowRun: Glue moves the run to STOPPING and terminates its running jobs and crawlers; a run that already
 * ended is left alone. Only when Glue fails the stop are the job runs last seen running stopped one job at a time
 * (BatchStopJobRun), so that nothing keeps burning DPUs; without such job runs the error is rethrown.
 */
export async function stopRun(
  gateway: Pick<GlueGateway, 'stopWorkflowRun' | 'batchStopJobRuns'>,
  workflowName: string,
  runId: string,
  lastSeen?: WorkflowRun,
  options: CallOptions = {}
): Promise<StopOutcome> {
  try {
    return (await gateway.stopWorkflowRun(workflowName, runId, options)) ? 'stopped' : 'already-ended'
  } catch (error) {
    const jobs = activeJobRuns(lastSeen)
    if (jobs.length === 0 || options.abortSignal?.aborted) throw error
    await Promise.all(jobs.map((j) => gateway.batchStopJobRuns(j.jobName, j.runIds, options)))
    return 'job-runs-stopped'
  }
}

/** Resolves to the promise's value, or to 'timed-out' after `ms` (the promise is left to settle on its own). */
export function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** What waiting for a stopped run to end saw: whether it ended, its last status and run, and how long it took. */
export interface WaitedEnd<Run> {
  ended: boolean
  status?: string
  /** The last run read (undefined when no read answered). */
  run?: Run
  ms: number
}

/**
 * Reads a run until it has ended (STOPPED, COMPLETED, ERROR) or `budgetMs` has passed. Each read gets the budget
 * left (to end its own retries by), so a throttled endpoint cannot stretch the wait. Time is injected for tests.
 */
export async function waitUntilEnded<Run extends { Status?: string }>(
  read: (budgetLeftMs: number) => Promise<Run | undefined>,
  budgetMs: number,
  clock: { now(): number; sleep(ms: number): Promise<void> } = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  },
  intervalMs = 250
): Promise<WaitedEnd<Run>> {
  const started = clock.now()
  let last: Run | undefined
  for (;;) {
    const left = budgetMs - (clock.now() - started)
    const seen = left > 0 ? await read(left).catch(() => undefined) : undefined
    if (seen) last = seen
    const ms = clock.now() - started
    const status = last?.Status
    const base = { ...(status ? { status } : {}), ...(last ? { run: last } : {}), ms }
    if (seen?.Status !== undefined && isRunEnded(seen.Status)) return { ended: true, ...base }
    if (ms + intervalMs > budgetMs) return { ended: false, ...base }
    await clock.sleep(intervalMs)
  }
}
