/** `mode: start` when the job is cancelled: stop the run this step started, within the runner's grace time. */
import * as core from '@actions/core'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { explainError } from '../aws/explainError.js'
import type { StartInputs } from '../inputs/startInputs.js'
import { STOP_BUDGET_MS, type CancelSignal } from './signals.js'
import { STATE } from './stepState.js'
import { stopRun, withinMs } from './stop.js'
import type { Session } from '../session.js'
import type { StageRun } from '../run/types.js'
import { setRunOutputs } from './report.js'

/** What the cancel handler needs to know about the run, updated as the step goes. */
export interface Tracker {
  runId?: string
  pendingStart?: Promise<string>
  startedHere: boolean
  /** Following a run that someone else started (if-running: attach): never stopped by this step. */
  attached: boolean
  ended: boolean
  lastSeen?: WorkflowRun
  /** The stages of a run read from Glue (set once the step follows the run). */
  readStages?: (run: WorkflowRun) => StageRun[]
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
  try {
    const runId = tracker.runId ?? (tracker.pendingStart ? await settledRunId(tracker.pendingStart) : undefined)
    if (runId === undefined || tracker.ended) {
      core.info('No Glue run of this step is running: nothing to stop')
    } else if (tracker.attached) {
      core.info(`Leaving run ${runId} running: this step attached to it, it did not start it`)
    } else if (!inputs.stopOnCancel) {
      core.info(`Leaving run ${runId} running (stop-on-cancel: false)`)
    } else {
      const budget = Math.max(500, STOP_BUDGET_MS - (Date.now() - started))
      const outcome = await withinMs(stopRun(session.gateway, session.workflowName, runId, tracker.lastSeen), budget)
      if (outcome === 'timed-out') {
        core.warning(`Run ${runId}: Glue did not confirm the stop within ${budget} ms; the post step will try again`)
      } else {
        core.saveState(STATE.stopInPost, 'false')
        core.info(
          outcome === 'already-ended'
            ? `Run ${runId} had already ended: nothing to stop`
            : outcome === 'stopped'
              ? `Stopped run ${runId} of workflow ${session.workflowName} (stop-on-cancel)`
              : `Glue refused to stop run ${runId}; stopped its running job runs instead`
        )
        await outputsAfterStop(session, tracker, runId, STOP_BUDGET_MS - (Date.now() - started))
      }
    }
  } catch (error) {
    core.warning(`Could not stop the Glue run: ${explainError(error)}; the post step will try again`)
  }
  core.setFailed(`Cancelled by ${signal}`)
  process.exit(1)
}

/** The run outputs as Glue has the run after the stop (STOPPING, STOPPED), if Glue answers within the budget left. */
async function outputsAfterStop(session: Session, tracker: Tracker, runId: string, budgetMs: number): Promise<void> {
  if (budgetMs < 200) return
  const run = await withinMs(
    session.gateway.getWorkflowRun(session.workflowName, runId, true).catch(() => undefined),
    budgetMs
  )
  if (run === 'timed-out' || run === undefined) return
  core.info(`Run ${runId} is ${run.Status ?? 'UNKNOWN'} after the stop`)
  setRunOutputs(run, tracker.readStages?.(run) ?? [])
}

/** The id of a run whose StartWorkflowRun call is still in flight, if it answers within a second or two. */
async function settledRunId(pending: Promise<string>): Promise<string | undefined> {
  const id = await withinMs(
    pending.catch(() => undefined),
    2000
  )
  return id === 'timed-out' ? undefined : id
}
