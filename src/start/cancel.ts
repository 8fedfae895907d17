/** `mode: start` when the job is cancelled: stop the run this step started, within the runner's grace time. */
import * as core from '../inertCore.js'
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
  /** The StartWorkflowRun call in flight, and the start token it carries (saved in the step state before it). */
  pendingStart?: Promise<string>
  startToken?: string
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
  const signalledAt = Date.now()
  const left = () => STOP_BUDGET_MS - (Date.now() - signalledAt)
  core.info(`Received ${signal}: the job is being cancelled`)
  try {
    const started = tracker.runId ? { runId: tracker.runId } : await startedRun(session, tracker, left)
    const runId = 'runId' in started ? started.runId : undefined
    if (runId === undefined) {
      if ('unknown' in started) {
        core.warning(
          "StartWorkflowRun has not answered and no run carries this step's start token yet: " +
            'the post step will look for it again and stop it'
        )
      } else {
        core.info('No Glue run of this step is running: nothing to stop')
      }
    } else if (tracker.ended) {
      core.info('No Glue run of this step is running: nothing to stop')
    } else if (tracker.attached) {
      core.info(`Leaving run ${runId} running: this step attached to it, it did not start it`)
    } else if (!inputs.stopOnCancel) {
      core.info(`Leaving run ${runId} running (stop-on-cancel: false)`)
    } else {
      const budget = Math.max(500, left())
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
        await outputsAfterStop(session, tracker, runId, left())
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

/** Of the cancel budget, the part spent waiting for an in-flight StartWorkflowRun to answer. */
const ANSWER_WAIT_MS = 3000
/** Of the cancel budget, the most spent looking the run up by its start token. */
const LOOKUP_MS = 1500

/** What became of this step's StartWorkflowRun call, as far as the cancel handler can tell within its budget. */
type StartedRun = { runId: string } | { none: true } | { unknown: true }

/**
 * The run whose StartWorkflowRun call is still in flight: its answer, if it comes within a few seconds, else the run
 * that carries the call's start token (Glue may have started it while the answer is still on its way).
 */
async function startedRun(session: Session, tracker: Tracker, left: () => number): Promise<StartedRun> {
  if (!tracker.pendingStart) return { none: true }
  const answered = await withinMs(
    tracker.pendingStart.then(
      (runId) => ({ runId }),
      () => ({ none: true as const })
    ),
    Math.min(ANSWER_WAIT_MS, left() - LOOKUP_MS - 1000)
  )
  if (answered !== 'timed-out') return answered
  if (!tracker.startToken) return { unknown: true }
  const found = await withinMs(
    session.gateway.findRunByToken(session.workflowName, tracker.startToken),
    Math.min(LOOKUP_MS, left() - 1000)
  )
  const runId = found === 'timed-out' ? undefined : found?.run?.WorkflowRunId
  return runId ? { runId } : { unknown: true }
}
