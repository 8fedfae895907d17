/** `mode: start` when the job is cancelled: stop the run this step started, within the runner's grace time. */
import * as core from '@actions/core'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { explainError } from '../aws/explainError.js'
import type { StartInputs } from '../inputs/startInputs.js'
import { STOP_BUDGET_MS, type CancelSignal } from './signals.js'
import { STATE } from './stepState.js'
import { stopRun, waitUntilEnded, withinMs } from './stop.js'
import { cancelledLine, type CancelResult } from './cancelReport.js'
import type { Session } from '../session.js'

/** What the cancel handler needs to know about the run, updated as the step goes. */
export interface Tracker {
  runId?: string
  pendingStart?: Promise<string>
  startedHere: boolean
  /** Following a run that someone else started (if-running: attach): never stopped by this step. */
  attached: boolean
  ended: boolean
  lastSeen?: WorkflowRun
}

/**
 * The job was cancelled: stop the run this step started (unless stop-on-cancel is false) within the runner's grace
 * time, tell the post step it has nothing left to do, and end the step.
 */
export async function onCancel(
  session: Session,
  inputs: StartInputs,
  tracker: Tracker,
  signal: CancelSignal
): Promise<void> {
  const started = Date.now()
  core.info(`Received ${signal}: the job is being cancelled`)
  const result = await stopOnCancel(session, inputs, tracker, started)
  core.setFailed(cancelledLine(signal, result))
  process.exit(1)
}

/** Stops the run this step started (when it should), then waits for Glue to report it STOPPED, within the budget. */
async function stopOnCancel(
  session: Session,
  inputs: StartInputs,
  tracker: Tracker,
  started: number
): Promise<CancelResult> {
  let runId: string | undefined
  try {
    runId = tracker.runId ?? (tracker.pendingStart ? await settledRunId(tracker.pendingStart) : undefined)
    if (runId === undefined || tracker.ended) return { kind: 'no-run' }
    if (tracker.attached) return { kind: 'attached', runId }
    if (!inputs.stopOnCancel) return { kind: 'left', runId }
    const left = () => Math.max(500, STOP_BUDGET_MS - (Date.now() - started))
    const budgetMs = left()
    const outcome = await withinMs(stopRun(session.gateway, session.workflowName, runId, tracker.lastSeen), budgetMs)
    if (outcome === 'timed-out') return { kind: 'unconfirmed', runId, budgetMs }
    core.saveState(STATE.stopInPost, 'false')
    if (outcome !== 'stopped') return { kind: outcome, runId }
    const id = runId
    const end = await waitUntilEnded(
      () => session.gateway.getWorkflowRun(session.workflowName, id, false).then((run) => run?.Status),
      left()
    )
    return { kind: 'stopped', runId, ...end }
  } catch (error) {
    return { kind: 'failed', ...(runId ? { runId } : {}), reason: explainError(error) }
  }
}

/** The id of a run whose StartWorkflowRun call is still in flight, if it answers within a second or two. */
async function settledRunId(pending: Promise<string>): Promise<string | undefined> {
  const id = await withinMs(
    pending.catch(() => undefined),
    2000
  )
  return id === 'timed-out' ? undefined : id
}
