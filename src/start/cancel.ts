/** `mode: start` when the job is cancelled: stop the run this step started, within the runner's grace time. */
import * as core from '../inertCore.js'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { explainError } from '../aws/explainError.js'
import type { StartInputs } from '../inputs/startInputs.js'
import { STOP_BUDGET_MS, type CancelSignal } from './signals.js'
import { STATE } from './stepState.js'
import { stopRun, waitUntilEnded, withinMs } from './stop.js'
import { cancelledLine, type CancelResult } from './cancelReport.js'
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
  const result = await stopOnCancel(session, inputs, tracker, left)
  core.setFailed(cancelledLine(signal, result))
  process.exit(1)
}

/**
 * Stops the run this step started (when it should), waits for Glue to report it STOPPED and sets the run outputs as
 * Glue then has the run, all within the budget; says what happened, for the step's last line.
 */
async function stopOnCancel(
  session: Session,
  inputs: StartInputs,
  tracker: Tracker,
  left: () => number
): Promise<CancelResult> {
  let runId: string | undefined
  try {
    const started = tracker.runId ? { runId: tracker.runId } : await startedRun(session, tracker, left)
    if ('unknown' in started) return { kind: 'unanswered' }
    if (!('runId' in started) || tracker.ended) return { kind: 'no-run' }
    runId = started.runId
    if (tracker.attached) return { kind: 'attached', runId }
    if (!inputs.stopOnCancel) return { kind: 'left', runId }
    const budgetMs = Math.max(500, left())
    const outcome = await withinMs(stopRun(session.gateway, session.workflowName, runId, tracker.lastSeen), budgetMs)
    if (outcome === 'timed-out') return { kind: 'unconfirmed', runId, budgetMs }
    core.saveState(STATE.stopInPost, 'false')
    if (outcome !== 'stopped') {
      await outputsAfterStop(session, tracker, runId, left())
      return { kind: outcome, runId }
    }
    const id = runId
    // Most of what is left waits for STOPPED; the rest reads the run once more for the outputs.
    // Most of what is left waits for STOPPED; the last read gives the outputs.
    const end = await waitUntilEnded(
      (ms) => session.gateway.getWorkflowRun(session.workflowName, id, true, { abortSignal: AbortSignal.timeout(ms) }),
      Math.max(0, left() - 500)
    )
    if (end.run) setRunOutputs(end.run, tracker.readStages?.(end.run) ?? [])
    return { kind: 'stopped', runId, ended: end.ended, ms: end.ms, ...(end.status ? { status: end.status } : {}) }
  } catch (error) {
    return { kind: 'failed', ...(runId ? { runId } : {}), reason: explainError(error) }
  }
}

/** The run outputs as Glue has the run after the stop (STOPPING, STOPPED), if Glue answers within the budget left. */
async function outputsAfterStop(session: Session, tracker: Tracker, runId: string, budgetMs: number): Promise<void> {
  if (budgetMs < 200) return
  const run = await withinMs(
    session.gateway.getWorkflowRun(session.workflowName, runId, true).catch(() => undefined),
    budgetMs
  )
  if (run === 'timed-out' || run === undefined) return
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
