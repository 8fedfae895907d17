export const id = 805;
export const ids = [805];
export const modules = {

/***/ 7805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStart: () => (/* binding */ runStart)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
;// CONCATENATED MODULE: ./src/start/signals.ts
/**
 * Cancellation of the GitHub job: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process tree
 * 2.5 s after that; some runners send SIGHUP instead (actions/runner #1309). The handler runs once, on the first of
 * these; later signals are swallowed so that they cannot cut the stop short.
 */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Time the handler gives the Glue calls before the step exits: well inside the 7.5 s before SIGTERM. */
const STOP_BUDGET_MS = 6000;
/** Installs the handler on every cancel signal; returns a function that removes it. */
function onCancelSignal(handler, target = process) {
    let handled = false;
    const listener = (signal) => {
        if (handled)
            return;
        handled = true;
        handler(signal);
    };
    for (const signal of CANCEL_SIGNALS)
        target.on(signal, listener);
    return () => {
        for (const signal of CANCEL_SIGNALS)
            target.off(signal, listener);
    };
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/run/concurrentRuns.ts
/** The one-line explanation of Glue's "Concurrent runs exceeded", thrown or recorded as an ERROR run. Pure. */

const CONCURRENT_RUNS = /concurrent runs exceeded/i;
function isConcurrentRunsError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { name, message } = error;
    return name === 'ConcurrentRunsExceededException' || CONCURRENT_RUNS.test(message ?? '');
}
function isConcurrentRunsMessage(message) {
    return CONCURRENT_RUNS.test(message ?? '');
}
/** What happened and what to do, on one line. */
function explainConcurrentRuns(workflowName, glueMessage) {
    const said = glueMessage ? ` (Glue: ${(0,src_text/* oneLine */.TN)(glueMessage, 160)})` : '';
    return (`Glue refused the run: workflow ${workflowName} already runs as many times as its max-concurrent-runs allows${said}. ` +
        `Wait for the running run, raise max-concurrent-runs, or use if-running: wait`);
}

// EXTERNAL MODULE: ./src/run/consoleLink.ts
var consoleLink = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/run/expectedGraph.ts
var expectedGraph = __webpack_require__(9825);
// EXTERNAL MODULE: ./src/aws/glueStates.ts
var glueStates = __webpack_require__(1570);
;// CONCATENATED MODULE: ./src/aws/transientError.ts
/** Whether a failed AWS call is worth trying again later (throttling, 5xx, timeouts, dropped connections). Pure. */
const TRANSIENT_NAMES = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'InternalServiceException',
    'InternalFailure',
    'ServiceUnavailable',
    'OperationTimeoutException',
    'ConcurrentModificationException',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException'
]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED']);
function isTransientError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const e = error;
    if (e.name && TRANSIENT_NAMES.has(e.name))
        return true;
    if (e.code && NETWORK_CODES.has(e.code))
        return true;
    if (e.$retryable)
        return true;
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && (status === 429 || status >= 500))
        return true;
    return /socket hang up|rate exceeded/i.test(e.message ?? '');
}

;// CONCATENATED MODULE: ./src/start/pollSchedule.ts
/**
 * When to poll a run next. Polling starts at the fast interval and backs off in proportion to how long the run has
 * been quiet (nothing changed), up to the longest interval; any change resets it to the fast interval. Jitter keeps
 * many parallel CI jobs from polling Glue in lockstep. Pure: time and randomness come in as arguments.
 *
 * Why proportional: the next poll comes after about 30% of the quiet time, so a run that ends is noticed within a
 * small fraction of how long it had been quiet — about a second for runs of ten seconds — while a long quiet stage
 * settles at the longest interval (2 calls per minute at 30 s).
 */
const GROWTH = 0.3;
const JITTER = 0.2;
function pollSchedule(pollIntervalSeconds, maxPollIntervalSeconds) {
    return { minMs: pollIntervalSeconds * 1000, maxMs: maxPollIntervalSeconds * 1000, growth: GROWTH, jitter: JITTER };
}
/**
 * Milliseconds to wait before the next poll.
 * @param quietMs how long nothing has changed in the run (0 right after a change or at the start)
 * @param remainingMs time left until the deadline: the wait never goes past it
 * @param random a number in [0, 1)
 */
function nextPollDelay(schedule, quietMs, remainingMs, random) {
    const base = Math.min(schedule.maxMs, Math.max(schedule.minMs, schedule.growth * Math.max(0, quietMs)));
    const jittered = base * (1 - schedule.jitter + 2 * schedule.jitter * random);
    return Math.round(Math.max(0, Math.min(jittered, remainingMs)));
}

// EXTERNAL MODULE: ./src/run/stages.ts
var stages = __webpack_require__(5194);
;// CONCATENATED MODULE: ./src/run/transitions.ts
/** What changed in a run between two polls, one event per stage attempt that changed state. Pure. */


/** Events for attempts that are new or whose state changed since `before` (undefined: nothing seen yet). */
function stageTransitions(before, after, seenAt) {
    return after.flatMap((stage) => {
        const previous = before?.find((s) => s.stage === stage.stage)?.attempts ?? [];
        return stage.attempts
            .filter((attempt) => previous.find((p) => sameAttempt(p, attempt))?.state !== attempt.state)
            .map((attempt) => toEvent(stage, attempt, seenAt));
    });
}
function sameAttempt(a, b) {
    return a.id !== undefined && b.id !== undefined ? a.id === b.id : a.attempt === b.attempt;
}
function toEvent(stage, attempt, seenAt) {
    const final = (0,stages/* isTerminalAttempt */.e)(stage.kind, attempt.state);
    const at = (final ? attempt.completedOn : attempt.startedOn) ?? seenAt;
    return {
        stage: stage.stage,
        kind: stage.kind,
        target: stage.target,
        attempt: attempt.attempt,
        state: attempt.state,
        at,
        ...(attempt.startedOn ? { startedOn: attempt.startedOn } : {}),
        ...(attempt.errorMessage && attempt.state !== 'SUCCEEDED' ? { errorMessage: attempt.errorMessage } : {})
    };
}
/** "12:00:05Z silver (job mc-silver) attempt 1 FAILED after 4.1 s: error", one line. */
function formatStageEvent(event) {
    const took = event.startedOn && (0,stages/* isTerminalAttempt */.e)(event.kind, event.state)
        ? ` after ${(0,src_text/* duration */.p0)(Math.max(0, event.at.getTime() - event.startedOn.getTime()) / 1000)}`
        : '';
    const error = event.errorMessage ? `: ${(0,src_text/* oneLine */.TN)(event.errorMessage, 300)}` : '';
    return `${(0,src_text/* clock */.pm)(event.at)} ${event.stage} (${event.kind} ${event.target}) attempt ${event.attempt + 1} ${event.state}${took}${error}`;
}

;// CONCATENATED MODULE: ./src/start/follow.ts





/** Run statuses after which nothing changes any more. */
function hasEnded(run) {
    return (0,glueStates/* isRunEnded */.Yy)(run?.Status);
}
async function followRun(deps, options) {
    let run;
    let stages;
    let lastChangeAt = deps.now();
    let polls = 0;
    let failing = false;
    for (;;) {
        polls++;
        const polled = await pollOnce(deps);
        if ('error' in polled) {
            if (!failing)
                deps.warn(`${options.label}: polling failed after the SDK's retries (${describeError(polled.error)}); still waiting`);
            failing = true;
        }
        else {
            failing = false;
            const seen = deps.now();
            const current = options.readStages(polled.run);
            const events = stageTransitions(stages, current, new Date(seen));
            for (const event of events)
                deps.log(formatStageEvent(event));
            const statusChanged = polled.run.Status !== run?.Status;
            if (statusChanged)
                deps.log(`${options.label} is ${polled.run.Status ?? 'UNKNOWN'}`);
            if (events.length > 0 || statusChanged)
                lastChangeAt = seen;
            run = polled.run;
            stages = current;
            options.onPoll?.(run, stages);
            if (hasEnded(run))
                return { ended: true, run, stages, polls };
        }
        const now = deps.now();
        const remaining = options.deadline - now;
        if (remaining <= 0)
            return { ended: false, ...(run ? { run } : {}), stages: stages ?? [], polls };
        await deps.sleep(nextPollDelay(options.schedule, now - lastChangeAt, remaining, deps.random()));
    }
}
/** One GetWorkflowRun; transient failures (after the SDK's own retries) are returned, not thrown. */
async function pollOnce(deps) {
    try {
        return { run: await deps.getRun() };
    }
    catch (error) {
        if (isTransientError(error))
            return { error };
        throw error;
    }
}
function describeError(error) {
    if (!(error instanceof Error))
        return (0,src_text/* oneLine */.TN)(String(error));
    return `${error.name}: ${(0,src_text/* oneLine */.TN)(error.message, 200)}`;
}

// EXTERNAL MODULE: ./src/run/latestFirst.ts
var latestFirst = __webpack_require__(8274);
;// CONCATENATED MODULE: ./src/start/ifRunning.ts

/** RUNNING runs, newest first. */
function runningRuns(runs) {
    return (0,latestFirst/* latestFirst */.y)(runs).filter((r) => r.Status === 'RUNNING');
}
function planStart(ifRunning, workflowName, runs) {
    const running = runningRuns(runs);
    const newest = running[0]?.WorkflowRunId;
    if (!newest)
        return { action: 'start' };
    if (ifRunning === 'attach')
        return { action: 'attach', runId: newest };
    if (ifRunning === 'wait')
        return { action: 'wait', runIds: running.map((r) => r.WorkflowRunId) };
    const others = running.length > 1 ? ` (and ${running.length - 1} more)` : '';
    return {
        action: 'fail',
        message: `Workflow ${workflowName} already has a RUNNING run: ${newest}${others}. ` +
            `Set if-running: wait to start after it ends, or if-running: attach to follow it`
    };
}

;// CONCATENATED MODULE: ./src/run/judgeRun.ts


function judgeRun(run, stages, expected) {
    // A run that Glue refused (ERROR before anything ran) has one problem, not one per stage.
    const refused = run.Status === 'ERROR' && stages.every((s) => s.attempts.length === 0);
    const problems = refused ? [] : stages.flatMap((stage) => stageProblem(stage, stages, expected) ?? []);
    const runProblem = runLevelProblem(run, stages);
    const succeeded = !runProblem && problems.length === 0;
    return {
        succeeded,
        verdict: verdictLine(succeeded, stages, problems, runProblem),
        problems,
        ...(runProblem ? { runProblem } : {})
    };
}
function runLevelProblem(run, stages) {
    const status = run.Status ?? 'UNKNOWN';
    if (status === 'ERROR') {
        return isConcurrentRunsMessage(run.ErrorMessage)
            ? explainConcurrentRuns(run.Name ?? 'the workflow', run.ErrorMessage)
            : `the run ended in ERROR: ${(0,src_text/* oneLine */.TN)(run.ErrorMessage ?? 'Glue gave no error message', 200)}`;
    }
    if (status === 'STOPPED' || status === 'STOPPING')
        return `the run was stopped (${status}) before every stage succeeded`;
    if (status !== 'COMPLETED')
        return `the run has not ended (status ${status})`;
    if (stages.length === 0)
        return 'the run has no job or crawler stage, so nothing ran';
    return undefined;
}
function describe(stage) {
    return `${stage.stage} (${stage.kind} ${stage.target})`;
}
function stageProblem(stage, stages, expected) {
    if (stage.finalState === 'SUCCEEDED')
        return undefined;
    if (stage.attempts.length === 0) {
        const blocking = blockingUpstream(stage, stages, expected);
        return {
            stage: stage.stage,
            problem: 'not-run',
            message: `${describe(stage)} did not run${because(blocking)}`,
            ...(blocking.length > 0 ? { blockedBy: blocking.map((s) => s.stage) } : {})
        };
    }
    const tries = stage.attempts.length > 1 ? ` after ${stage.attempts.length} attempts` : '';
    const error = stage.errorMessage ? `: ${(0,src_text/* oneLine */.TN)(stage.errorMessage, 300)}` : '';
    const finished = stage.completedOn !== undefined;
    return {
        stage: stage.stage,
        problem: finished ? 'failed' : 'unfinished',
        message: finished
            ? `${describe(stage)} ${stage.finalState}${tries}${error}`
            : `${describe(stage)} was still ${stage.finalState} when the run ended${error}`
    };
}
/** Upstream stages (per the expected graph) that did not succeed. */
function blockingUpstream(stage, stages, expected) {
    const after = expected?.stages.find((s) => s.name === stage.stage)?.after ?? [];
    return after
        .map((name) => stages.find((s) => s.stage === name))
        .filter((s) => s !== undefined && s.finalState !== 'SUCCEEDED');
}
/** " (waits for silver, which FAILED)". */
function because(blocking) {
    if (blocking.length === 0)
        return '';
    const states = blocking.map((s) => `${s.stage}, which ${s.attempts.length === 0 ? 'did not run' : s.finalState}`);
    return ` (waits for ${states.join('; ')})`;
}
function verdictLine(succeeded, stages, problems, runProblem) {
    if (succeeded) {
        const retried = stages
            .filter((s) => s.attempts.length > 1)
            .map((s) => `${s.stage} needed ${s.attempts.length} attempts`);
        const count = stages.length === 1 ? 'the only stage' : `all ${stages.length} stages`;
        return `✅ ${count} succeeded${retried.length > 0 ? ` (${retried.join(', ')})` : ''}`;
    }
    const parts = problems.map((p) => shortProblem(p, stages));
    if (runProblem)
        parts.unshift(runProblem);
    return `❌ ${parts.join('; ')}`;
}
function shortProblem(problem, stages) {
    const stage = stages.find((s) => s.stage === problem.stage);
    if (problem.problem === 'not-run' || !stage)
        return `${problem.stage} did not run`;
    const error = stage.errorMessage ? `: ${(0,src_text/* oneLine */.TN)(stage.errorMessage, 120)}` : '';
    return problem.problem === 'failed'
        ? `${stage.stage} ${stage.finalState}${error}`
        : `${stage.stage} still ${stage.finalState}`;
}

;// CONCATENATED MODULE: ./src/start/stepState.ts
/** Keys of the step state that the main step saves for the post step (GitHub's STATE_* variables). */
const STATE = {
    runId: 'run-id',
    workflowName: 'workflow-name',
    region: 'region',
    /** 'true' while the post step must stop the run if the main step dies before seeing it end. */
    stopInPost: 'stop-in-post'
};

;// CONCATENATED MODULE: ./src/start/stop.ts

/** Job runs of the run's graph that are still going, grouped by job (BatchStopJobRun takes one job name). */
function activeJobRuns(run) {
    return (run?.Graph?.Nodes ?? [])
        .filter((n) => n.Type === 'JOB' && n.Name)
        .map((n) => ({
        jobName: n.Name,
        runIds: (n.JobDetails?.JobRuns ?? [])
            .filter((r) => r.Id && glueStates/* ACTIVE_JOB_RUN_STATES */._S.has(r.JobRunState ?? ''))
            .map((r) => r.Id)
    }))
        .filter((j) => j.runIds.length > 0);
}
/**
 * StopWorkflowRun: Glue moves the run to STOPPING and terminates its running jobs and crawlers; a run that already
 * ended is left alone. Only when Glue fails the stop are the job runs last seen running stopped one job at a time
 * (BatchStopJobRun), so that nothing keeps burning DPUs; without such job runs the error is rethrown.
 */
async function stopRun(gateway, workflowName, runId, lastSeen) {
    try {
        return (await gateway.stopWorkflowRun(workflowName, runId)) ? 'stopped' : 'already-ended';
    }
    catch (error) {
        const jobs = activeJobRuns(lastSeen);
        if (jobs.length === 0)
            throw error;
        await Promise.all(jobs.map((j) => gateway.batchStopJobRuns(j.jobName, j.runIds)));
        return 'job-runs-stopped';
    }
}
/** Resolves to the promise's value, or to 'timed-out' after `ms` (the promise is left to settle on its own). */
function withinMs(promise, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timed-out'), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// EXTERNAL MODULE: ./src/session.ts + 3 modules
var src_session = __webpack_require__(2661);
// EXTERNAL MODULE: ./src/aws/explainError.ts
var explainError = __webpack_require__(1970);
;// CONCATENATED MODULE: ./src/start/cancel.ts
/** `mode: start` when the job is cancelled: stop the run this step started, within the runner's grace time. */





/**
 * The job was cancelled: stop the run this step started (unless stop-on-cancel is false) within the runner's grace
 * time, tell the post step it has nothing left to do, and end the step.
 */
async function onCancel(session, inputs, tracker, signal) {
    const started = Date.now();
    core/* info */.pq(`Received ${signal}: the job is being cancelled`);
    try {
        const runId = tracker.runId ?? (tracker.pendingStart ? await settledRunId(tracker.pendingStart) : undefined);
        if (runId === undefined || tracker.ended) {
            core/* info */.pq('No Glue run of this step is running: nothing to stop');
        }
        else if (tracker.attached) {
            core/* info */.pq(`Leaving run ${runId} running: this step attached to it, it did not start it`);
        }
        else if (!inputs.stopOnCancel) {
            core/* info */.pq(`Leaving run ${runId} running (stop-on-cancel: false)`);
        }
        else {
            const budget = Math.max(500, STOP_BUDGET_MS - (Date.now() - started));
            const outcome = await withinMs(stopRun(session.gateway, session.workflowName, runId, tracker.lastSeen), budget);
            if (outcome === 'timed-out') {
                core/* warning */.$e(`Run ${runId}: Glue did not confirm the stop within ${budget} ms; the post step will try again`);
            }
            else {
                core/* saveState */.LZ(STATE.stopInPost, 'false');
                core/* info */.pq(outcome === 'already-ended'
                    ? `Run ${runId} had already ended: nothing to stop`
                    : outcome === 'stopped'
                        ? `Stopped run ${runId} of workflow ${session.workflowName} (stop-on-cancel)`
                        : `Glue refused to stop run ${runId}; stopped its running job runs instead`);
            }
        }
    }
    catch (error) {
        core/* warning */.$e(`Could not stop the Glue run: ${(0,explainError/* explainError */.U)(error)}; the post step will try again`);
    }
    core/* setFailed */.C1(`Cancelled by ${signal}`);
    process.exit(1);
}
/** The id of a run whose StartWorkflowRun call is still in flight, if it answers within a second or two. */
async function settledRunId(pending) {
    const id = await withinMs(pending.catch(() => undefined), 2000);
    return id === 'timed-out' ? undefined : id;
}

// EXTERNAL MODULE: ./src/run/runOutputs.ts
var runOutputs = __webpack_require__(408);
// EXTERNAL MODULE: ./src/run/runSummary.ts
var runSummary = __webpack_require__(8998);
;// CONCATENATED MODULE: ./src/start/report.ts
/** What `mode: start` reports when a run ends or times out: the run outputs and the job summary. */






function setRunOutputs(run, stages) {
    const outputs = (0,runOutputs/* runOutputs */.MR)(run, stages, new Date());
    core/* setOutput */.uH('run-status', outputs['run-status']);
    core/* setOutput */.uH('statistics', outputs.statistics);
    core/* setOutput */.uH('stages', outputs.stages);
    core/* setOutput */.uH('duration-seconds', outputs['duration-seconds']);
}
/** Run header, per-stage table and the problems, when the runner gives a summary file. */
async function writeSummary(session, facts) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const header = (0,runSummary/* renderRunHeader */.b)({
        workflowName: session.workflowName,
        runId: facts.runId,
        status: facts.status,
        ...(facts.run ? { durationSeconds: (0,runOutputs/* runDurationSeconds */.Dc)(facts.run, new Date()) } : {}),
        consoleUrl: (0,consoleLink/* runConsoleUrl */.y)(session.region, session.workflowName, facts.runId),
        verdict: facts.verdict
    });
    const table = facts.stages.length > 0 ? (0,runSummary/* renderStageTable */.n)(facts.stages) : '';
    const problems = (facts.judgement?.problems ?? []).map((p) => `- ${(0,src_text/* markdownText */.p7)(p.message, 1000)}`).join('\n');
    const markdown = [header, table, problems].filter((part) => part !== '').join('\n');
    try {
        await core/* summary */.z.addRaw(`${markdown}\n`).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,explainError/* explainError */.U)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/start/mode.ts
/**
 * `mode: start`: start a workflow run (or attach to the RUNNING one), publish its id at once, follow it stage by stage
 * to the end, judge it, and never leave an orphan run: a cancelled job stops the run it started (signals here, the
 * post step as the fallback when this process is killed).
 */















async function runStart(session, inputs) {
    const deadline = Date.now() + inputs.timeoutMinutes * 60_000;
    const tracker = { startedHere: false, attached: false, ended: false };
    const removeHandler = onCancelSignal((signal) => void onCancel(session, inputs, tracker, signal));
    try {
        const started = await startOrAttach(session, inputs, tracker, deadline);
        if (typeof started !== 'string')
            return started;
        const runId = started;
        if (!inputs.wait)
            return await notFollowed(session, runId);
        const expected = expectedGraphFor(session, inputs);
        const result = await followRun(followDeps(session, runId), {
            schedule: pollSchedule(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
            deadline,
            readStages: (run) => (0,stages/* readStages */.i)(run, expected(run)),
            onPoll: (run) => (tracker.lastSeen = run),
            label: `Run ${runId}`
        });
        if (!result.ended)
            return await timedOut(session, inputs, tracker, result.stages);
        tracker.ended = true;
        core/* saveState */.LZ(STATE.stopInPost, 'false');
        const run = result.run;
        session.finishedRun = run;
        return await finished(session, inputs, run, result.stages, judgeRun(run, result.stages, expected(run)));
    }
    finally {
        removeHandler();
    }
}
/** Applies `if-running`, then starts a run; returns the id of the run to follow, or why the step failed. */
async function startOrAttach(session, inputs, tracker, deadline) {
    const { workflowName, gateway } = session;
    const runs = await gateway.getRecentWorkflowRuns(workflowName);
    if (runs === undefined) {
        return (0,src_session/* failed */.g)(`Workflow ${workflowName} does not exist in ${session.region}: deploy it first (mode: deploy start) ` +
            `or check workflow-name and region`);
    }
    const plan = planStart(inputs.ifRunning, workflowName, runs);
    if (plan.action === 'fail')
        return (0,src_session/* failed */.g)(plan.message);
    if (plan.action === 'attach') {
        publishRunId(session, plan.runId, false);
        core/* info */.pq(`Workflow ${workflowName} already has a RUNNING run: following it instead of starting another (if-running: attach)`);
        core/* info */.pq(`Glue console: ${(0,consoleLink/* runConsoleUrl */.y)(session.region, workflowName, plan.runId)}`);
        tracker.runId = plan.runId;
        tracker.attached = true;
        return plan.runId;
    }
    if (plan.action === 'wait') {
        const stillRunning = await waitForOtherRuns(session, inputs, plan.runIds, deadline);
        if (stillRunning) {
            return (0,src_session/* failed */.g)(`Workflow ${workflowName} still had a RUNNING run (${stillRunning}) after ${inputs.timeoutMinutes} min ` +
                `(timeout-minutes); no run was started`);
        }
    }
    // Saved before the call, so that the post step knows what to do as soon as the run id is saved too.
    core/* saveState */.LZ(STATE.workflowName, workflowName);
    core/* saveState */.LZ(STATE.region, session.region);
    core/* saveState */.LZ(STATE.stopInPost, String(inputs.wait && inputs.stopOnCancel));
    tracker.pendingStart = gateway.startWorkflowRun(workflowName, inputs.runProperties);
    let runId;
    try {
        runId = await tracker.pendingStart;
    }
    catch (error) {
        if (!isConcurrentRunsError(error))
            throw error;
        return (0,src_session/* failed */.g)(explainConcurrentRuns(workflowName, error.message));
    }
    tracker.runId = runId;
    tracker.startedHere = true;
    publishRunId(session, runId, true);
    core/* info */.pq(`Started run ${runId} of workflow ${workflowName}`);
    core/* info */.pq(`Glue console: ${(0,consoleLink/* runConsoleUrl */.y)(session.region, workflowName, runId)}`);
    return runId;
}
/** The run id goes out before any waiting: as an output, in the step state (for the post step), in the session. */
function publishRunId(session, runId, startedHere) {
    core/* setOutput */.uH('run-id', runId);
    core/* saveState */.LZ(STATE.runId, runId);
    if (!startedHere) {
        core/* saveState */.LZ(STATE.workflowName, session.workflowName);
        core/* saveState */.LZ(STATE.region, session.region);
        core/* saveState */.LZ(STATE.stopInPost, 'false');
    }
    session.startedRunId = runId;
}
/** if-running: wait. Returns the id of a run still RUNNING at the deadline, or undefined once all have ended. */
async function waitForOtherRuns(session, inputs, runIds, deadline) {
    for (const runId of runIds) {
        core/* info */.pq(`Workflow ${session.workflowName} has a RUNNING run ${runId}: waiting for it to end (if-running: wait)`);
        const result = await followRun(followDeps(session, runId, false), {
            schedule: pollSchedule(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
            deadline,
            readStages: () => [],
            label: `Run ${runId}`
        });
        if (!result.ended)
            return runId;
    }
    return undefined;
}
function followDeps(session, runId, includeGraph = true) {
    return {
        getRun: async () => {
            const run = await session.gateway.getWorkflowRun(session.workflowName, runId, includeGraph);
            if (!run)
                throw new Error(`Run ${runId} of workflow ${session.workflowName} no longer exists (workflow deleted?)`);
            return run;
        },
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: () => Math.random(),
        log: (line) => core/* info */.pq(line),
        warn: (line) => core/* warning */.$e(line)
    };
}
/** Stages expected in the run: the `jobs` input when given, else the run's own graph (read once, it is a snapshot). */
function expectedGraphFor(session, inputs) {
    if (inputs.pipeline) {
        const fromJobs = (0,expectedGraph/* expectedFromPipeline */.r)(session.workflowName, inputs.pipeline);
        return () => fromJobs;
    }
    let fromRun;
    return (run) => {
        if (!fromRun && run.Graph?.Nodes?.length)
            fromRun = (0,expectedGraph/* expectedFromRunGraph */.s)(run);
        return fromRun ?? (0,expectedGraph/* expectedFromRunGraph */.s)(run);
    };
}
async function notFollowed(session, runId) {
    core/* info */.pq(`Not waiting for run ${runId} (wait: false); it goes on in Glue`);
    await writeSummary(session, {
        runId,
        status: 'RUNNING',
        verdict: '⏳ started; not followed (wait: false)',
        stages: []
    });
    return src_session/* SUCCEEDED */.Q;
}
async function timedOut(session, inputs, tracker, stages) {
    const runId = tracker.runId;
    const running = stages.filter((s) => s.finalState && !s.completedOn).map((s) => `${s.stage} ${s.finalState}`);
    const status = tracker.lastSeen?.Status ?? 'unknown';
    let message = `Run ${runId} of ${session.workflowName} did not end within ${inputs.timeoutMinutes} min (timeout-minutes): ` +
        `status ${status}${running.length > 0 ? ` (${running.join(', ')})` : ''}`;
    if (!tracker.startedHere) {
        message += '; left it running (this step attached to it, it did not start it)';
    }
    else if (inputs.stopOnTimeout) {
        const outcome = await stopRun(session.gateway, session.workflowName, runId, tracker.lastSeen);
        message += outcome === 'already-ended' ? '; it ended just now' : '; stopped it (stop-on-timeout)';
    }
    else {
        message += '; left it running (stop-on-timeout: false)';
    }
    core/* saveState */.LZ(STATE.stopInPost, 'false');
    if (tracker.lastSeen)
        setRunOutputs(tracker.lastSeen, stages);
    await writeSummary(session, { runId, status, verdict: `⌛ ${message}`, stages, run: tracker.lastSeen });
    return (0,src_session/* failed */.g)(message);
}
async function finished(session, inputs, run, stages, judgement) {
    const runId = run.WorkflowRunId ?? session.startedRunId ?? '';
    setRunOutputs(run, stages);
    core/* info */.pq(`Run ${runId} ended ${run.Status}: ${judgement.verdict}`);
    if (!inputs.verifyFollows) {
        await writeSummary(session, {
            runId,
            status: run.Status ?? 'UNKNOWN',
            verdict: judgement.verdict,
            stages,
            run,
            judgement
        });
        for (const problem of judgement.problems) {
            if (problem.blockedBy)
                core/* warning */.$e(problem.message, { title: `Stage ${problem.stage}: did not run` });
            else
                core/* error */.z3(problem.message, { title: `Stage ${problem.stage}` });
        }
    }
    if (judgement.succeeded)
        return src_session/* SUCCEEDED */.Q;
    const reasons = [...(judgement.runProblem ? [judgement.runProblem] : []), ...judgement.problems.map((p) => p.message)];
    return (0,src_session/* failed */.g)(`Glue run ${runId} of ${session.workflowName} did not succeed: ${reasons.join('; ')}`);
}


/***/ })

};

//# sourceMappingURL=805.index.js.map