/**
 * `mode: start`: start a workflow run (or attach to the RUNNING one), publish its id at once, follow it stage by stage
 * to the end, judge it, and never leave an orphan run: a cancelled job stops the run it started (signals here, the
 * post step as the fallback when this process is killed).
 */
import * as core from '../inertCore.js'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { randomUUID } from 'node:crypto'
import type { StartInputs } from '../inputs/startInputs.js'
import { onCancelSignal } from './signals.js'
import { explainConcurrentRuns, isConcurrentRunsError } from '../run/concurrentRuns.js'
import { runConsoleUrl } from '../run/consoleLink.js'
import { expectedFromPipeline, expectedFromRunGraph } from '../run/expectedGraph.js'
import { followRun, type FollowDeps } from './follow.js'
import { earlierRunningRun, planStart } from './ifRunning.js'
import { judgeRun, type RunJudgement } from '../run/judgeRun.js'
import { pollSchedule } from './pollSchedule.js'
import { readStages } from '../run/stages.js'
import { STATE } from './stepState.js'
import { explainError } from '../aws/explainError.js'
import { isAbortError, isTransientError } from '../aws/transientError.js'
import { stopRun } from './stop.js'
import type { ExpectedGraph, StageRun } from '../run/types.js'
import { failed, SUCCEEDED, type ModeOutcome, type Session } from '../session.js'
import { onCancel, type Tracker } from './cancel.js'
import { setRunOutputs, writeSummary } from './report.js'
import { clock } from '../text.js'

export async function runStart(session: Session, inputs: StartInputs): Promise<ModeOutcome> {
  const deadline = Date.now() + inputs.timeoutMinutes * 60_000
  const tracker: Tracker = { startedHere: false, attached: false, ended: false }
  const removeHandler = onCancelSignal((signal) => void onCancel(session, inputs, tracker, signal))
  try {
    const started = await startOrAttach(session, inputs, tracker, deadline)
    if (typeof started !== 'string') return started
    const runId = started
    if (!inputs.wait) return await notFollowed(session, runId)

    const expected = expectedGraphFor(session, inputs)
    tracker.readStages = (run) => readStages(run, expected(run))
    const result = await followRun(followDeps(session, runId), {
      schedule: pollSchedule(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
      deadline,
      readStages: tracker.readStages,
      onPoll: (run) => (tracker.lastSeen = run),
      label: `Run ${runId}`
    })
    if (!result.ended) return await timedOut(session, inputs, tracker, result.stages)

    tracker.ended = true
    core.saveState(STATE.stopInPost, 'false')
    const run = result.run!
    session.finishedRun = run
    return await finished(session, inputs, run, result.stages, judgeRun(run, result.stages, expected(run)))
  } finally {
    removeHandler()
  }
}

/** Applies `if-running`, then starts a run; returns the id of the run to follow, or why the step failed. */
async function startOrAttach(
  session: Session,
  inputs: StartInputs,
  tracker: Tracker,
  deadline: number
): Promise<string | ModeOutcome> {
  const { workflowName, gateway } = session
  const runs = await gateway.getRecentWorkflowRuns(workflowName, 25, {
    abortSignal: AbortSignal.timeout(Math.max(1, deadline - Date.now()))
  })
  if (runs === undefined) {
    return failed(
      `Workflow ${workflowName} does not exist in ${session.region}: deploy it first (mode: deploy start) ` +
        `or check workflow-name and region`
    )
  }
  const plan = planStart(inputs.ifRunning, workflowName, runs)
  if (plan.action === 'fail') return failed(plan.message)
  if (plan.action === 'attach') {
    publishRunId(session, plan.runId, false)
    core.info(
      `Workflow ${workflowName} already has a RUNNING run: following it instead of starting another (if-running: attach)`
    )
    core.info(`Glue console: ${runConsoleUrl(session.region, workflowName, plan.runId)}`)
    tracker.runId = plan.runId
    tracker.attached = true
    return plan.runId
  }
  if (plan.action === 'wait') {
    const stillRunning = await waitForOtherRuns(session, inputs, plan.runIds, deadline)
    if (stillRunning) {
      return failed(
        `Workflow ${workflowName} still had a RUNNING run (${stillRunning}) after ${inputs.timeoutMinutes} min ` +
          `(timeout-minutes); no run was started`
      )
    }
  }

  // Saved before the call, with the call's start token: if the step is cancelled or killed before the run id comes
  // back, the cancel handler or the post step finds the run Glue started by its token.
  const token = randomUUID()
  core.saveState(STATE.workflowName, workflowName)
  core.saveState(STATE.region, session.region)
  core.saveState(STATE.stopInPost, String(inputs.wait && inputs.stopOnCancel))
  core.saveState(STATE.startToken, token)
  tracker.startToken = token
  tracker.pendingStart = gateway.startWorkflowRun(workflowName, inputs.runProperties, token)
  let runId: string
  try {
    runId = await tracker.pendingStart
  } catch (error) {
    if (!isConcurrentRunsError(error)) throw error
    core.saveState(STATE.stopInPost, 'false')
    return failed(explainConcurrentRuns(workflowName, (error as Error).message))
  }
  tracker.runId = runId
  tracker.startedHere = true
  publishRunId(session, runId, true)
  core.info(`Started run ${runId} of workflow ${workflowName}`)
  core.info(`Glue console: ${runConsoleUrl(session.region, workflowName, runId)}`)
  if (inputs.ifRunning === 'fail') {
    const raced = await yieldToEarlierRun(session, tracker, runId, deadline)
    if (raced) return raced
  }
  return runId
}

/** The look for a racing start has a short budget: on a throttled endpoint the step goes on without it. */
const RACE_CHECK_MS = 10_000

/**
 * if-running: fail, after the start: when another start of the workflow raced this one and its run started first,
 * this step stops its own run and fails. Returns undefined when this run is the one that goes on.
 */
async function yieldToEarlierRun(
  session: Session,
  tracker: Tracker,
  runId: string,
  deadline: number
): Promise<ModeOutcome | undefined> {
  const { workflowName, gateway } = session
  let runs
  try {
    runs = await gateway.getRecentWorkflowRuns(workflowName, 25, {
      abortSignal: AbortSignal.timeout(Math.max(1, Math.min(RACE_CHECK_MS, deadline - Date.now())))
    })
  } catch (error) {
    if (!isTransientError(error) && !isAbortError(error)) throw error
    core.warning(
      `Could not check whether another start of ${workflowName} raced this one (${explainError(error)}); ` +
        'going on. Only max-concurrent-runs: 1 on the workflow makes Glue itself refuse a second run'
    )
    return undefined
  }
  const earlier = earlierRunningRun(runs ?? [], runId)
  if (!earlier) return undefined
  tracker.ended = true
  const started = earlier.StartedOn ? ` at ${clock(earlier.StartedOn)}` : ''
  let message =
    `Workflow ${workflowName} got another run, ${earlier.WorkflowRunId}${started}, started at the same time as ` +
    `this step's run ${runId} (if-running: fail)`
  try {
    const outcome = await stopRun(gateway, workflowName, runId, undefined, {
      abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
    })
    core.saveState(STATE.stopInPost, 'false')
    message +=
      outcome === 'already-ended'
        ? `: run ${runId}, the later one, has ended already`
        : `: stopped run ${runId}, the later one`
  } catch (error) {
    const why = isAbortError(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : explainError(error)
    message += `: could not stop run ${runId}, the later one (${why}); the post step will try again`
  }
  return failed(`${message}. Only max-concurrent-runs: 1 on the workflow makes Glue itself refuse a second run`)
}

/** The run id goes out before any waiting: as an output, in the step state (for the post step), in the session. */
function publishRunId(session: Session, runId: string, startedHere: boolean): void {
  core.setOutput('run-id', runId)
  core.saveState(STATE.runId, runId)
  if (!startedHere) {
    core.saveState(STATE.workflowName, session.workflowName)
    core.saveState(STATE.region, session.region)
    core.saveState(STATE.stopInPost, 'false')
  }
  session.startedRunId = runId
}

/** if-running: wait. Returns the id of a run still RUNNING at the deadline, or undefined once all have ended. */
async function waitForOtherRuns(
  session: Session,
  inputs: StartInputs,
  runIds: string[],
  deadline: number
): Promise<string | undefined> {
  for (const runId of runIds) {
    core.info(`Workflow ${session.workflowName} has a RUNNING run ${runId}: waiting for it to end (if-running: wait)`)
    const result = await followRun(followDeps(session, runId, false), {
      schedule: pollSchedule(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
      deadline,
      readStages: () => [],
      label: `Run ${runId}`
    })
    if (!result.ended) return runId
  }
  return undefined
}

function followDeps(session: Session, runId: string, includeGraph = true): FollowDeps {
  return {
    getRun: async (timeLeftMs) => {
      const run = await session.gateway.getWorkflowRun(session.workflowName, runId, includeGraph, {
        abortSignal: AbortSignal.timeout(timeLeftMs)
      })
      if (!run) throw new Error(`Run ${runId} of workflow ${session.workflowName} no longer exists (workflow deleted?)`)
      return run
    },
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
    log: (line) => core.info(line),
    warn: (line) => core.warning(line)
  }
}

/** Stages expected in the run: the `jobs` input when given, else the run's own graph (read once, it is a snapshot). */
function expectedGraphFor(session: Session, inputs: StartInputs): (run: WorkflowRun) => ExpectedGraph {
  if (inputs.pipeline) {
    const fromJobs = expectedFromPipeline(session.workflowName, inputs.pipeline)
    return () => fromJobs
  }
  let fromRun: ExpectedGraph | undefined
  return (run) => {
    if (!fromRun && run.Graph?.Nodes?.length) fromRun = expectedFromRunGraph(run)
    return fromRun ?? expectedFromRunGraph(run)
  }
}

async function notFollowed(session: Session, runId: string): Promise<ModeOutcome> {
  core.info(`Not waiting for run ${runId} (wait: false); it goes on in Glue`)
  await writeSummary(session, {
    runId,
    status: 'RUNNING',
    verdict: '⏳ started; not followed (wait: false)',
    stages: []
  })
  return SUCCEEDED
}

async function timedOut(
  session: Session,
  inputs: StartInputs,
  tracker: Tracker,
  stages: StageRun[]
): Promise<ModeOutcome> {
  const runId = tracker.runId!
  const running = stages.filter((s) => s.finalState && !s.completedOn).map((s) => `${s.stage} ${s.finalState}`)
  const status = tracker.lastSeen?.Status ?? 'unknown'
  let stopped = false
  let message =
    `Run ${runId} of ${session.workflowName} did not end within ${inputs.timeoutMinutes} min (timeout-minutes): ` +
    `status ${status}${running.length > 0 ? ` (${running.join(', ')})` : ''}`
  if (!tracker.startedHere) {
    message += '; left it running (this step attached to it, it did not start it)'
  } else if (inputs.stopOnTimeout) {
    const stop = await stopAfterTimeout(session, runId, tracker.lastSeen)
    message += stop.text
    stopped = stop.stopped
  } else {
    message += '; left it running (stop-on-timeout: false)'
    core.saveState(STATE.stopInPost, 'false')
  }
  // After a stop, the outputs show the run as Glue has it now (STOPPING or STOPPED), not as last polled.
  const run = (stopped ? await readAfterStop(session, runId) : undefined) ?? tracker.lastSeen
  const finalStages = run && run !== tracker.lastSeen && tracker.readStages ? tracker.readStages(run) : stages
  if (run) setRunOutputs(run, finalStages)
  const finalStatus = run?.Status ?? status
  await writeSummary(session, { runId, status: finalStatus, verdict: `⌛ ${message}`, stages: finalStages, run })
  return failed(message)
}

/** The stop after a timeout has a short budget of its own: the step must end soon after its deadline. */
const STOP_AFTER_TIMEOUT_MS = 10_000

/** Stops the run after the timeout, within its budget; the part of the timeout message that says how it went. */
async function stopAfterTimeout(
  session: Session,
  runId: string,
  lastSeen: WorkflowRun | undefined
): Promise<{ text: string; stopped: boolean }> {
  try {
    const outcome = await stopRun(session.gateway, session.workflowName, runId, lastSeen, {
      abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
    })
    core.saveState(STATE.stopInPost, 'false')
    return {
      text: outcome === 'already-ended' ? '; it ended just now' : '; stopped it (stop-on-timeout)',
      stopped: true
    }
  } catch (error) {
    // The post step (stop-in-post is still true) tries again.
    const why = isAbortError(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : explainError(error)
    return { text: `; could not stop it (${why}): the post step will try again`, stopped: false }
  }
}

/** How long the read after a timeout's stop may take, retries included. */
const READ_AFTER_STOP_MS = 5_000

/** The run read from Glue right after a stop; undefined (with a warning) when it cannot be read. */
async function readAfterStop(session: Session, runId: string): Promise<WorkflowRun | undefined> {
  try {
    // Past the deadline: one short read, its retries bounded like the stop's.
    const run = await session.gateway.getWorkflowRun(session.workflowName, runId, true, {
      abortSignal: AbortSignal.timeout(READ_AFTER_STOP_MS)
    })
    if (run) core.info(`Run ${runId} is ${run.Status ?? 'UNKNOWN'} after the stop`)
    return run
  } catch (error) {
    core.warning(`Could not read run ${runId} after stopping it: ${explainError(error)}`)
    return undefined
  }
}

async function finished(
  session: Session,
  inputs: StartInputs,
  run: WorkflowRun,
  stages: StageRun[],
  judgement: RunJudgement
): Promise<ModeOutcome> {
  const runId = run.WorkflowRunId ?? session.startedRunId ?? ''
  setRunOutputs(run, stages)
  core.info(`Run ${runId} ended ${run.Status}: ${judgement.verdict}`)
  if (!inputs.verifyFollows) {
    await writeSummary(session, {
      runId,
      status: run.Status ?? 'UNKNOWN',
      verdict: judgement.verdict,
      stages,
      run,
      judgement
    })
    for (const problem of judgement.problems) {
      if (problem.blockedBy) core.warning(problem.message, { title: `Stage ${problem.stage}: did not run` })
      else core.error(problem.message, { title: `Stage ${problem.stage}` })
    }
  }
  if (judgement.succeeded) return SUCCEEDED
  const reasons = [...(judgement.runProblem ? [judgement.runProblem] : []), ...judgement.problems.map((p) => p.message)]
  return failed(`Glue run ${runId} of ${session.workflowName} did not succeed: ${reasons.join('; ')}`)
}
