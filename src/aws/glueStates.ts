/**
 * Glue's state vocabularies, in one place: which workflow-run, job-run, crawl and trigger states are final, which
 * are still going. From the Glue model (WorkflowRunStatus, JobRunState, CrawlState, TriggerState); EXPIRED is in the
 * newer job-run model. Pure.
 */

/** Workflow run statuses after which the run changes no more. */
export const ENDED_RUN_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'STOPPED', 'ERROR'])

/** Workflow run statuses of a run that has not ended. */
export const GOING_RUN_STATUSES: ReadonlySet<string> = new Set(['RUNNING', 'STOPPING'])

/** Job run states after which the attempt changes no more. */
export const FINAL_JOB_RUN_STATES: ReadonlySet<string> = new Set([
  'STOPPED',
  'SUCCEEDED',
  'FAILED',
  'TIMEOUT',
  'ERROR',
  'EXPIRED'
])

/** Job run states that still use (or wait for) capacity: what a stop must end. */
export const ACTIVE_JOB_RUN_STATES: ReadonlySet<string> = new Set(['STARTING', 'RUNNING', 'WAITING'])

/** Crawl states after which the crawl changes no more. */
export const FINAL_CRAWL_STATES: ReadonlySet<string> = new Set(['CANCELLED', 'SUCCEEDED', 'FAILED', 'ERROR'])

/** Job run or crawl states of an attempt that has not ended yet. */
export const GOING_ATTEMPT_STATES: ReadonlySet<string> = new Set([
  'STARTING',
  'RUNNING',
  'STOPPING',
  'WAITING',
  'CANCELLING'
])

/** Trigger states Glue is still working on (a write was accepted, the trigger is not there yet). */
export const TRANSIENT_TRIGGER_STATES: ReadonlySet<string> = new Set([
  'CREATING',
  'ACTIVATING',
  'DEACTIVATING',
  'UPDATING',
  'DELETING'
])

export function isRunEnded(status: string | undefined): boolean {
  return ENDED_RUN_STATUSES.has(status ?? '')
}
