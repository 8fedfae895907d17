/** Runs with an id, the most recently started first (the order of GetWorkflowRuns is not documented). Pure. */
import type { WorkflowRun } from '@aws-sdk/client-glue'

export function latestFirst(runs: WorkflowRun[]): WorkflowRun[] {
  return runs
    .filter((r) => r.WorkflowRunId)
    .sort((a, b) => (b.StartedOn?.getTime() ?? 0) - (a.StartedOn?.getTime() ?? 0))
}
