/** What `if-running` does when the workflow already has RUNNING runs. Pure. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import type { IfRunning } from '../inputs/startInputs.js'
import { latestFirst } from '../run/latestFirst.js'

export type StartPlan =
  | { action: 'start' }
  | { action: 'fail'; message: string }
  | { action: 'attach'; runId: string }
  | { action: 'wait'; runIds: string[] }

/** RUNNING runs, newest first. */
export function runningRuns(runs: WorkflowRun[]): WorkflowRun[] {
  return latestFirst(runs).filter((r) => r.Status === 'RUNNING')
}

export function planStart(ifRunning: IfRunning, workflowName: string, runs: WorkflowRun[]): StartPlan {
  const running = runningRuns(runs)
  const newest = running[0]?.WorkflowRunId
  if (!newest) return { action: 'start' }
  if (ifRunning === 'attach') return { action: 'attach', runId: newest }
  if (ifRunning === 'wait') return { action: 'wait', runIds: running.map((r) => r.WorkflowRunId!) }
  const others = running.length > 1 ? ` (and ${running.length - 1} more)` : ''
  return {
    action: 'fail',
    message:
      `Workflow ${workflowName} already has a RUNNING run: ${newest}${others}. ` +
      `Set if-running: wait to start after it ends, or if-running: attach to follow it`
  }
}
