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
import { followRun } from '../run/follow.js'
import { followDeps } from '../followDeps.js'
import { earlierRunningRun, planStart } from './ifRunning.js'
import { failureLogUrl, type LinkContext } from '../run/jobLogs.js'
import { judgeRun, stageProblemLine, type RunJudgement, type StageProblem } from '../run/judgeRun.js'
import { pollSchedule } from '../run/pollSchedule.js'
import { readStages } from '../run/stages.js'
import { STATE } from './stepState.js'
import { explainError } from '../aws/explainError.js'
import { isAbortError, isTransientError } from '../aws/transientError.js'
import { stopRun, waitUntilEnded } from './stop.js'
import { clock, duration, shortId } from '../text.js'
import type { ExpectedGraph, StageRun } from '../run/types.js'
import { failed, SUCCEEDED, type ModeOutcome, type Session } from '../session.js'
import { onCancel, type Tracker } from './cancel.js'
import { setRunOutputs, writeSummary } from './report.js'

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
      label: `Run ${shortId(runId)}`
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
      `Workflow ${workflowName} already has a RUNNING run ${shortId(plan.runId)}: following it instead of starting ` +
        `another (if-running: attach): ${runConsoleUrl(session.region, workflowName, plan.runId)}`
    )
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
  // The run id in full once, in its console link; later lines give it short.
  core.info(
    `Started run ${shortId(runId)} of workflow ${workflowName}: ${runConsoleUrl(session.region, workflowName, runId)}`
  )
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
    `this step's run ${shortId(runId)} (if-running: fail)`
  try {
    const outcome = await stopRun(gateway, workflowName, runId, undefined, {
      abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
    })
    core.saveState(STATE.stopInPost, 'false')
    message +=
      outcome === 'already-ended'
        ? `: run ${shortId(runId)}, the later one, has ended already`
        : `: stopped run ${shortId(runId)}, the later one`
  } catch (error) {
    const why = isAbortError(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : explainError(error)
    message += `: could not stop run ${shortId(runId)}, the later one (${why}); the post step will try again`
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
      label: `Run ${shortId(runId)}`
    })
    if (!result.ended) return runId
  }
  return undefined
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
  /** The run as read after the step stopped it. */
  let stopped: WorkflowRun | undefined
  let message =
    `Run ${shortId(runId)} of ${session.workflowName} did not end within ${inputs.timeoutMinutes} min ` +
    `(timeout-minutes): status ${status}${running.length > 0 ? ` (${running.join(', ')})` : ''}`
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
  const run = stopped ?? tracker.lastSeen
  const finalStages = run && run !== tracker.lastSeen && tracker.readStages ? tracker.readStages(run) : stages
  const links = await session.linkContext(jobsThatRan(finalStages))
  // Stages that had failed before the timeout (as last polled: not those the stop ended) get their annotation
  // (Glue's error, once, with the logs) as in a run that ended; with verify in this step, verify gives them.
  if (!inputs.verifyFollows) {
    for (const stage of stages.filter((s) => s.completedOn && s.finalState !== 'SUCCEEDED')) {
      const url = failureLogUrl(stage, links)
      core.error(`${stageProblemLine(stage)}${url ? ` · Logs: ${url}` : ''}`, { title: `Stage ${stage.stage}` })
    }
  }
  if (run) setRunOutputs(run, finalStages, links)
  const finalStatus = run?.Status ?? status
  await writeSummary(session, {
    runId,
    status: finalStatus,
    verdict: `⌛ ${message}`,
    stages: finalStages,
    run,
    links
  })
  return failed(message)
}

/** Jobs whose runs the links lead to (crawlers need no job definition). */
function jobsThatRan(stages: StageRun[]): string[] {
  return stages.filter((s) => s.kind === 'job' && s.attempts.length > 0).map((s) => s.target)
}

/** The stop after a timeout has a short budget of its own: the step must end soon after its deadline. */
const STOP_AFTER_TIMEOUT_MS = 10_000
/**
 * Then Glue gets this long, reads included, to report the run STOPPED (for the message to say so); the reads give the
 * outputs too, so that the step still ends soon after its deadline.
 */
const STOPPED_WAIT_MS = 5_000

/**
 * Stops the run after the timeout, within its budget, and reads it until Glue reports it ended; the part of the
 * timeout message that says how it went (`; stopped it (stop-on-timeout): STOPPED after 0.3 s`), and the run as last
 * read after the stop.
 */
async function stopAfterTimeout(
  session: Session,
  runId: string,
  lastSeen: WorkflowRun | undefined
): Promise<{ text: string; stopped?: WorkflowRun }> {
  let outcome
  try {
    outcome = await stopRun(session.gateway, session.workflowName, runId, lastSeen, {
      abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
    })
  } catch (error) {
    // The post step (stop-in-post is still true) tries again.
    const why = isAbortError(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : explainError(error)
    return { text: `; could not stop it (${why}): the post step will try again` }
  }
  core.saveState(STATE.stopInPost, 'false')
  const end = await waitUntilEnded(
    (ms) => session.gateway.getWorkflowRun(session.workflowName, runId, true, { abortSignal: AbortSignal.timeout(ms) }),
    STOPPED_WAIT_MS
  )
  if (!end.run)
    core.warning(`Could not read run ${shortId(runId)} after stopping it within ${STOPPED_WAIT_MS / 1000} s`)
  const after = duration(end.ms / 1000)
  const text =
    outcome === 'already-ended'
      ? '; it ended just now'
      : outcome === 'job-runs-stopped'
        ? '; Glue refused to stop it: stopped its running job runs (stop-on-timeout)'
        : end.ended
          ? `; stopped it (stop-on-timeout): ${end.status} after ${after}`
          : `; asked Glue to stop it (stop-on-timeout): still ${end.status ?? 'STOPPING'} after ${after}`
  return { text, ...(end.run ? { stopped: end.run } : {}) }
}

async function finished(
  session: Session,
  inputs: StartInputs,
  run: WorkflowRun,
  stages: StageRun[],
  judgement: RunJudgement
): Promise<ModeOutcome> {
  const runId = run.WorkflowRunId ?? session.startedRunId ?? ''
  const links = await session.linkContext(jobsThatRan(stages))
  setRunOutputs(run, stages, links)
  if (judgement.succeeded) core.info(`Run ${shortId(runId)} ended ${run.Status}: ${judgement.verdict}`)
  // With verify in this step, verify reports the run: its summary, one annotation per finding, the step's failure.
  if (inputs.verifyFollows) return judgement.succeeded ? SUCCEEDED : failed()
  await writeSummary(session, {
    runId,
    status: run.Status ?? 'UNKNOWN',
    verdict: judgement.verdict,
    stages,
    run,
    judgement,
    links
  })
  // Each stage's Glue error is printed once: in its annotation, with the link to its logs.
  for (const problem of judgement.problems) {
    if (problem.blockedBy) core.warning(problem.message, { title: `Stage ${problem.stage}: did not run` })
    else core.error(withLogLink(problem, stages, links), { title: `Stage ${problem.stage}` })
  }
  if (judgement.succeeded) return SUCCEEDED
  const reasons = [
    ...(judgement.runProblem ? [judgement.runProblem] : []),
    ...judgement.problems.map((p) => briefProblem(p, stages))
  ]
  return failed(`Glue run ${shortId(runId)} of ${session.workflowName} did not succeed: ${reasons.join('; ')}`)
}

/** A failed stage's annotation: Glue's error, then the link to the logs of its last attempt. */
function withLogLink(problem: StageProblem, stages: StageRun[], links: LinkContext): string {
  const stage = stages.find((s) => s.stage === problem.stage)
  const url = stage ? failureLogUrl(stage, links) : undefined
  return url ? `${problem.message} · Logs: ${url}` : problem.message
}

/** A problem without Glue's error text (its annotation carries that): `silver FAILED`, `gold did not run`. */
function briefProblem(problem: StageProblem, stages: StageRun[]): string {
  const stage = stages.find((s) => s.stage === problem.stage)
  if (problem.problem === 'not-run' || !stage) return `${problem.stage} did not run`
  return `${stage.stage} ${problem.problem === 'failed' ? '' : 'still '}${stage.finalState ?? 'UNKNOWN'}`
}
