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

/**
 * if-running: fail is checked before StartWorkflowRun, so starts that race all pass the check. After starting, each
 * looks again: the RUNNING run that started before its own (by StartedOn, then run id), if any. Every racing start
 * sees the same order, so exactly the first one goes on and each later one stops its own run.
 */
export function earlierRunningRun(runs: WorkflowRun[], ownRunId: string): WorkflowRun | undefined {
  const key = (r: WorkflowRun | undefined): [number, string] => [
    r?.StartedOn?.getTime() ?? Number.POSITIVE_INFINITY,
    r?.WorkflowRunId ?? ''
  ]
  const before = (a: [number, string], b: [number, string]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])
  const own: [number, string] = [key(runs.find((r) => r.WorkflowRunId === ownRunId))[0], ownRunId]
  return runs
    .filter((r) => r.Status === 'RUNNING' && r.WorkflowRunId && r.WorkflowRunId !== ownRunId && before(key(r), own))
    .sort((a, b) => (before(key(a), key(b)) ? -1 : 1))[0]
}
