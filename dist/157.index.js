export const id = 157;
export const ids = [157];
export const modules = {

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStart: () => (/* binding */ runStart)
});

// EXTERNAL MODULE: ./src/inertCore.ts
var inertCore = __webpack_require__(5592);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/run/concurrentRuns.ts
var concurrentRuns = __webpack_require__(9586);
// EXTERNAL MODULE: ./src/run/consoleLink.ts
var consoleLink = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/run/expectedGraph.ts
var expectedGraph = __webpack_require__(9825);
// EXTERNAL MODULE: ./src/run/follow.ts + 1 modules
var follow = __webpack_require__(8145);
// EXTERNAL MODULE: ./src/followDeps.ts
var followDeps = __webpack_require__(8140);
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
/**
 * if-running: fail is checked before StartWorkflowRun, so starts that race all pass the check. After starting, each
 * looks again: the RUNNING run that started before its own (by StartedOn, then run id), if any. Every racing start
 * sees the same order, so exactly the first one goes on and each later one stops its own run.
 */
function earlierRunningRun(runs, ownRunId) {
    const key = (r) => [
        r?.StartedOn?.getTime() ?? Number.POSITIVE_INFINITY,
        r?.WorkflowRunId ?? ''
    ];
    const before = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    const own = [key(runs.find((r) => r.WorkflowRunId === ownRunId))[0], ownRunId];
    return runs
        .filter((r) => r.Status === 'RUNNING' && r.WorkflowRunId && r.WorkflowRunId !== ownRunId && before(key(r), own))
        .sort((a, b) => (before(key(a), key(b)) ? -1 : 1))[0];
}

// EXTERNAL MODULE: ./src/run/jobLogs.ts
var jobLogs = __webpack_require__(4973);
// EXTERNAL MODULE: ./src/run/judgeRun.ts
var judgeRun = __webpack_require__(5349);
// EXTERNAL MODULE: ./src/run/pollSchedule.ts
var pollSchedule = __webpack_require__(2153);
// EXTERNAL MODULE: ./src/run/stages.ts
var stages = __webpack_require__(5194);
// EXTERNAL MODULE: ./src/start/stepState.ts
var stepState = __webpack_require__(6551);
// EXTERNAL MODULE: ./src/aws/explainError.ts
var explainError = __webpack_require__(1970);
// EXTERNAL MODULE: ./src/aws/transientError.ts
var transientError = __webpack_require__(9821);
// EXTERNAL MODULE: ./src/start/stop.ts
var stop = __webpack_require__(2910);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/session.ts
var src_session = __webpack_require__(2927);
;// CONCATENATED MODULE: ./src/start/cancelReport.ts

/** `Cancelled by SIGINT: Glue run wr_7443a480… stopped, STOPPED after 4 s`. */
function cancelledLine(signal, result) {
    return `Cancelled by ${signal}: ${what(result)}`;
}
function what(result) {
    const run = 'runId' in result && result.runId ? `Glue run ${(0,src_text/* shortId */.m_)(result.runId)}` : 'the Glue run';
    switch (result.kind) {
        case 'no-run':
            return 'no Glue run of this step was running, nothing to stop';
        case 'unanswered':
            return "StartWorkflowRun has not answered and no run carries this step's start token yet: the post step will look for it again and stop it";
        case 'attached':
            return `${run} left running (this step attached to it, it did not start it)`;
        case 'left':
            return `${run} left running (stop-on-cancel: false)`;
        case 'already-ended':
            return `${run} had already ended, nothing to stop`;
        case 'stopped':
            return result.ended
                ? `${run} stopped, ${result.status} after ${(0,src_text/* duration */.p0)(result.ms / 1000)}`
                : `${run} asked to stop, still ${result.status ?? 'STOPPING'} after ${(0,src_text/* duration */.p0)(result.ms / 1000)}`;
        case 'job-runs-stopped':
            return `Glue refused to stop ${run.replace('Glue run', 'run')}; stopped its running job runs instead`;
        case 'unconfirmed':
            return `Glue did not confirm the stop of ${run.replace('Glue run', 'run')} within ${(0,src_text/* duration */.p0)(result.budgetMs / 1000)}; the post step will try again`;
        case 'failed':
            return `could not stop ${run}: ${result.reason}; the post step will try again`;
    }
}

// EXTERNAL MODULE: ./src/run/runOutputs.ts
var runOutputs = __webpack_require__(408);
// EXTERNAL MODULE: ./src/run/runSummary.ts
var runSummary = __webpack_require__(8998);
;// CONCATENATED MODULE: ./src/start/report.ts
/** What `mode: start` reports when a run ends or times out: the run outputs and the job summary. */






function setRunOutputs(run, stages, links) {
    const outputs = (0,runOutputs/* runOutputs */.MR)(run, stages, new Date(), links);
    inertCore.setOutput('run-status', outputs['run-status']);
    inertCore.setOutput('statistics', outputs.statistics);
    inertCore.setOutput('stages', outputs.stages);
    inertCore.setOutput('duration-seconds', outputs['duration-seconds']);
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
        consoleUrl: (0,consoleLink/* runConsoleUrl */.y2)(session.region, session.workflowName, facts.runId),
        verdict: facts.verdict
    });
    const table = facts.stages.length > 0 ? (0,runSummary/* renderStageTable */.n)(facts.stages, facts.links) : '';
    const problems = (facts.judgement?.problems ?? []).map((p) => `- ${(0,src_text/* markdownText */.p7)(p.message, 1000)}`).join('\n');
    const markdown = [header, table, problems].filter((part) => part !== '').join('\n');
    try {
        await inertCore.summary.addRaw(`${markdown}\n`).write();
    }
    catch (error) {
        inertCore.warning(`Could not write the job summary: ${(0,explainError/* explainError */.U)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/start/cancel.ts
/** `mode: start` when the job is cancelled: stop the run this step started, within the runner's grace time. */







/**
 * The job was cancelled: stop the run this step started (unless stop-on-cancel is false) within the runner's grace
 * time, tell the post step it has nothing left to do, and end the step.
 */
async function onCancel(session, inputs, tracker, signal) {
    const signalledAt = Date.now();
    const left = () => STOP_BUDGET_MS - (Date.now() - signalledAt);
    inertCore.info(`Received ${signal}: the job is being cancelled`);
    const result = await stopOnCancel(session, inputs, tracker, left);
    inertCore.setFailed(cancelledLine(signal, result));
    process.exit(1);
}
/**
 * Stops the run this step started (when it should), waits for Glue to report it STOPPED and sets the run outputs as
 * Glue then has the run, all within the budget; says what happened, for the step's last line.
 */
async function stopOnCancel(session, inputs, tracker, left) {
    let runId;
    try {
        const started = tracker.runId ? { runId: tracker.runId } : await startedRun(session, tracker, left);
        if ('unknown' in started)
            return { kind: 'unanswered' };
        if (!('runId' in started) || tracker.ended)
            return { kind: 'no-run' };
        runId = started.runId;
        if (tracker.attached)
            return { kind: 'attached', runId };
        if (!inputs.stopOnCancel)
            return { kind: 'left', runId };
        const budgetMs = Math.max(500, left());
        const outcome = await (0,stop/* withinMs */.SV)((0,stop/* stopRun */.KV)(session.gateway, session.workflowName, runId, tracker.lastSeen), budgetMs);
        if (outcome === 'timed-out')
            return { kind: 'unconfirmed', runId, budgetMs };
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
        if (outcome !== 'stopped') {
            await outputsAfterStop(session, tracker, runId, left());
            return { kind: outcome, runId };
        }
        const id = runId;
        // Most of what is left waits for STOPPED; the rest reads the run once more for the outputs.
        // Most of what is left waits for STOPPED; the last read gives the outputs.
        const end = await (0,stop/* waitUntilEnded */.uC)((ms) => session.gateway.getWorkflowRun(session.workflowName, id, true, { abortSignal: AbortSignal.timeout(ms) }), Math.max(0, left() - 500));
        if (end.run)
            setRunOutputs(end.run, tracker.readStages?.(end.run) ?? []);
        return { kind: 'stopped', runId, ended: end.ended, ms: end.ms, ...(end.status ? { status: end.status } : {}) };
    }
    catch (error) {
        return { kind: 'failed', ...(runId ? { runId } : {}), reason: (0,explainError/* explainError */.U)(error) };
    }
}
/** The run outputs as Glue has the run after the stop (STOPPING, STOPPED), if Glue answers within the budget left. */
async function outputsAfterStop(session, tracker, runId, budgetMs) {
    if (budgetMs < 200)
        return;
    const run = await (0,stop/* withinMs */.SV)(session.gateway.getWorkflowRun(session.workflowName, runId, true).catch(() => undefined), budgetMs);
    if (run === 'timed-out' || run === undefined)
        return;
    setRunOutputs(run, tracker.readStages?.(run) ?? []);
}
/** Of the cancel budget, the part spent waiting for an in-flight StartWorkflowRun to answer. */
const ANSWER_WAIT_MS = 3000;
/** Of the cancel budget, the most spent looking the run up by its start token. */
const LOOKUP_MS = 1500;
/**
 * The run whose StartWorkflowRun call is still in flight: its answer, if it comes within a few seconds, else the run
 * that carries the call's start token (Glue may have started it while the answer is still on its way).
 */
async function startedRun(session, tracker, left) {
    if (!tracker.pendingStart)
        return { none: true };
    const answered = await (0,stop/* withinMs */.SV)(tracker.pendingStart.then((runId) => ({ runId }), () => ({ none: true })), Math.min(ANSWER_WAIT_MS, left() - LOOKUP_MS - 1000));
    if (answered !== 'timed-out')
        return answered;
    if (!tracker.startToken)
        return { unknown: true };
    const found = await (0,stop/* withinMs */.SV)(session.gateway.findRunByToken(session.workflowName, tracker.startToken), Math.min(LOOKUP_MS, left() - 1000));
    const runId = found === 'timed-out' ? undefined : found?.run?.WorkflowRunId;
    return runId ? { runId } : { unknown: true };
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
        tracker.readStages = (run) => (0,stages/* readStages */.i)(run, expected(run));
        const result = await (0,follow/* followRun */.R)((0,followDeps/* followDeps */.Y)(session, runId), {
            schedule: (0,pollSchedule/* pollSchedule */.dI)(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
            deadline,
            readStages: tracker.readStages,
            onPoll: (run) => (tracker.lastSeen = run),
            label: `Run ${(0,src_text/* shortId */.m_)(runId)}`
        });
        if (!result.ended)
            return await timedOut(session, inputs, tracker, result.stages);
        tracker.ended = true;
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
        const run = result.run;
        session.finishedRun = run;
        return await finished(session, inputs, run, result.stages, (0,judgeRun/* judgeRun */.Zy)(run, result.stages, expected(run)));
    }
    finally {
        removeHandler();
    }
}
/** Applies `if-running`, then starts a run; returns the id of the run to follow, or why the step failed. */
async function startOrAttach(session, inputs, tracker, deadline) {
    const { workflowName, gateway } = session;
    const runs = await gateway.getRecentWorkflowRuns(workflowName, 25, {
        abortSignal: AbortSignal.timeout(Math.max(1, deadline - Date.now()))
    });
    if (runs === undefined) {
        return (0,src_session/* failed */.g)(`Workflow ${workflowName} does not exist in ${session.region}: deploy it first (mode: deploy start) ` +
            `or check workflow-name and region`);
    }
    const plan = planStart(inputs.ifRunning, workflowName, runs);
    if (plan.action === 'fail')
        return (0,src_session/* failed */.g)(plan.message);
    if (plan.action === 'attach') {
        publishRunId(session, plan.runId, false);
        inertCore.info(`Workflow ${workflowName} already has a RUNNING run ${(0,src_text/* shortId */.m_)(plan.runId)}: following it instead of starting ` +
            `another (if-running: attach): ${(0,consoleLink/* runConsoleUrl */.y2)(session.region, workflowName, plan.runId)}`);
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
    // Saved before the call, with the call's start token: if the step is cancelled or killed before the run id comes
    // back, the cancel handler or the post step finds the run Glue started by its token.
    const token = (0,external_node_crypto_.randomUUID)();
    inertCore.saveState(stepState/* STATE */.c.workflowName, workflowName);
    inertCore.saveState(stepState/* STATE */.c.region, session.region);
    inertCore.saveState(stepState/* STATE */.c.stopInPost, String(inputs.wait && inputs.stopOnCancel));
    inertCore.saveState(stepState/* STATE */.c.startToken, token);
    tracker.startToken = token;
    tracker.pendingStart = gateway.startWorkflowRun(workflowName, inputs.runProperties, token);
    let runId;
    try {
        runId = await tracker.pendingStart;
    }
    catch (error) {
        if (!(0,concurrentRuns/* isConcurrentRunsError */.WG)(error))
            throw error;
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
        return (0,src_session/* failed */.g)((0,concurrentRuns/* explainConcurrentRuns */.ph)(workflowName, error.message));
    }
    tracker.runId = runId;
    tracker.startedHere = true;
    publishRunId(session, runId, true);
    // The run id in full once, in its console link; later lines give it short.
    inertCore.info(`Started run ${(0,src_text/* shortId */.m_)(runId)} of workflow ${workflowName}: ${(0,consoleLink/* runConsoleUrl */.y2)(session.region, workflowName, runId)}`);
    if (inputs.ifRunning === 'fail') {
        const raced = await yieldToEarlierRun(session, tracker, runId, deadline);
        if (raced)
            return raced;
    }
    return runId;
}
/** The look for a racing start has a short budget: on a throttled endpoint the step goes on without it. */
const RACE_CHECK_MS = 10_000;
/**
 * if-running: fail, after the start: when another start of the workflow raced this one and its run started first,
 * this step stops its own run and fails. Returns undefined when this run is the one that goes on.
 */
async function yieldToEarlierRun(session, tracker, runId, deadline) {
    const { workflowName, gateway } = session;
    let runs;
    try {
        runs = await gateway.getRecentWorkflowRuns(workflowName, 25, {
            abortSignal: AbortSignal.timeout(Math.max(1, Math.min(RACE_CHECK_MS, deadline - Date.now())))
        });
    }
    catch (error) {
        if (!(0,transientError/* isTransientError */.b)(error) && !(0,transientError/* isAbortError */.z)(error))
            throw error;
        inertCore.warning(`Could not check whether another start of ${workflowName} raced this one (${(0,explainError/* explainError */.U)(error)}); ` +
            'going on. Only max-concurrent-runs: 1 on the workflow makes Glue itself refuse a second run');
        return undefined;
    }
    const earlier = earlierRunningRun(runs ?? [], runId);
    if (!earlier)
        return undefined;
    tracker.ended = true;
    const started = earlier.StartedOn ? ` at ${(0,src_text/* clock */.pm)(earlier.StartedOn)}` : '';
    let message = `Workflow ${workflowName} got another run, ${earlier.WorkflowRunId}${started}, started at the same time as ` +
        `this step's run ${(0,src_text/* shortId */.m_)(runId)} (if-running: fail)`;
    try {
        const outcome = await (0,stop/* stopRun */.KV)(gateway, workflowName, runId, undefined, {
            abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
        });
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
        message +=
            outcome === 'already-ended'
                ? `: run ${(0,src_text/* shortId */.m_)(runId)}, the later one, has ended already`
                : `: stopped run ${(0,src_text/* shortId */.m_)(runId)}, the later one`;
    }
    catch (error) {
        const why = (0,transientError/* isAbortError */.z)(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : (0,explainError/* explainError */.U)(error);
        message += `: could not stop run ${(0,src_text/* shortId */.m_)(runId)}, the later one (${why}); the post step will try again`;
    }
    return (0,src_session/* failed */.g)(`${message}. Only max-concurrent-runs: 1 on the workflow makes Glue itself refuse a second run`);
}
/** The run id goes out before any waiting: as an output, in the step state (for the post step), in the session. */
function publishRunId(session, runId, startedHere) {
    inertCore.setOutput('run-id', runId);
    inertCore.saveState(stepState/* STATE */.c.runId, runId);
    if (!startedHere) {
        inertCore.saveState(stepState/* STATE */.c.workflowName, session.workflowName);
        inertCore.saveState(stepState/* STATE */.c.region, session.region);
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
    }
    session.startedRunId = runId;
}
/** if-running: wait. Returns the id of a run still RUNNING at the deadline, or undefined once all have ended. */
async function waitForOtherRuns(session, inputs, runIds, deadline) {
    for (const runId of runIds) {
        inertCore.info(`Workflow ${session.workflowName} has a RUNNING run ${runId}: waiting for it to end (if-running: wait)`);
        const result = await (0,follow/* followRun */.R)((0,followDeps/* followDeps */.Y)(session, runId, false), {
            schedule: (0,pollSchedule/* pollSchedule */.dI)(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
            deadline,
            readStages: () => [],
            label: `Run ${(0,src_text/* shortId */.m_)(runId)}`
        });
        if (!result.ended)
            return runId;
    }
    return undefined;
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
    inertCore.info(`Not waiting for run ${runId} (wait: false); it goes on in Glue`);
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
    /** The run as read after the step stopped it. */
    let stopped;
    let message = `Run ${(0,src_text/* shortId */.m_)(runId)} of ${session.workflowName} did not end within ${inputs.timeoutMinutes} min ` +
        `(timeout-minutes): status ${status}${running.length > 0 ? ` (${running.join(', ')})` : ''}`;
    if (!tracker.startedHere) {
        message += '; left it running (this step attached to it, it did not start it)';
    }
    else if (inputs.stopOnTimeout) {
        const stop = await stopAfterTimeout(session, runId, tracker.lastSeen);
        message += stop.text;
        stopped = stop.stopped;
    }
    else {
        message += '; left it running (stop-on-timeout: false)';
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
    }
    // After a stop, the outputs show the run as Glue has it now (STOPPING or STOPPED), not as last polled.
    const run = stopped ?? tracker.lastSeen;
    const finalStages = run && run !== tracker.lastSeen && tracker.readStages ? tracker.readStages(run) : stages;
    const links = await session.linkContext(jobsThatRan(finalStages));
    // Stages that had failed before the timeout (as last polled: not those the stop ended) get their annotation
    // (Glue's error, once, with the logs) as in a run that ended; with verify in this step, verify gives them.
    if (!inputs.verifyFollows) {
        for (const stage of stages.filter((s) => s.completedOn && s.finalState !== 'SUCCEEDED')) {
            const url = (0,jobLogs/* failureLogUrl */.wc)(stage, links);
            inertCore.error(`${(0,judgeRun/* stageProblemLine */.mP)(stage)}${url ? ` · Logs: ${url}` : ''}`, { title: `Stage ${stage.stage}` });
        }
    }
    if (run)
        setRunOutputs(run, finalStages, links);
    const finalStatus = run?.Status ?? status;
    await writeSummary(session, {
        runId,
        status: finalStatus,
        verdict: `⌛ ${message}`,
        stages: finalStages,
        run,
        links
    });
    return (0,src_session/* failed */.g)(message);
}
/** Jobs whose runs the links lead to (crawlers need no job definition). */
function jobsThatRan(stages) {
    return stages.filter((s) => s.kind === 'job' && s.attempts.length > 0).map((s) => s.target);
}
/** The stop after a timeout has a short budget of its own: the step must end soon after its deadline. */
const STOP_AFTER_TIMEOUT_MS = 10_000;
/**
 * Then Glue gets this long, reads included, to report the run STOPPED (for the message to say so); the reads give the
 * outputs too, so that the step still ends soon after its deadline.
 */
const STOPPED_WAIT_MS = 5_000;
/**
 * Stops the run after the timeout, within its budget, and reads it until Glue reports it ended; the part of the
 * timeout message that says how it went (`; stopped it (stop-on-timeout): STOPPED after 0.3 s`), and the run as last
 * read after the stop.
 */
async function stopAfterTimeout(session, runId, lastSeen) {
    let outcome;
    try {
        outcome = await (0,stop/* stopRun */.KV)(session.gateway, session.workflowName, runId, lastSeen, {
            abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
        });
    }
    catch (error) {
        // The post step (stop-in-post is still true) tries again.
        const why = (0,transientError/* isAbortError */.z)(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : (0,explainError/* explainError */.U)(error);
        return { text: `; could not stop it (${why}): the post step will try again` };
    }
    inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
    const end = await (0,stop/* waitUntilEnded */.uC)((ms) => session.gateway.getWorkflowRun(session.workflowName, runId, true, { abortSignal: AbortSignal.timeout(ms) }), STOPPED_WAIT_MS);
    if (!end.run)
        inertCore.warning(`Could not read run ${(0,src_text/* shortId */.m_)(runId)} after stopping it within ${STOPPED_WAIT_MS / 1000} s`);
    const after = (0,src_text/* duration */.p0)(end.ms / 1000);
    const text = outcome === 'already-ended'
        ? '; it ended just now'
        : outcome === 'job-runs-stopped'
            ? '; Glue refused to stop it: stopped its running job runs (stop-on-timeout)'
            : end.ended
                ? `; stopped it (stop-on-timeout): ${end.status} after ${after}`
                : `; asked Glue to stop it (stop-on-timeout): still ${end.status ?? 'STOPPING'} after ${after}`;
    return { text, ...(end.run ? { stopped: end.run } : {}) };
}
async function finished(session, inputs, run, stages, judgement) {
    const runId = run.WorkflowRunId ?? session.startedRunId ?? '';
    const links = await session.linkContext(jobsThatRan(stages));
    setRunOutputs(run, stages, links);
    if (judgement.succeeded)
        inertCore.info(`Run ${(0,src_text/* shortId */.m_)(runId)} ended ${run.Status}: ${judgement.verdict}`);
    // With verify in this step, verify reports the run: its summary, one annotation per finding, the step's failure.
    if (inputs.verifyFollows)
        return judgement.succeeded ? src_session/* SUCCEEDED */.Q : (0,src_session/* failed */.g)();
    await writeSummary(session, {
        runId,
        status: run.Status ?? 'UNKNOWN',
        verdict: judgement.verdict,
        stages,
        run,
        judgement,
        links
    });
    // Each stage's Glue error is printed once: in its annotation, with the link to its logs.
    for (const problem of judgement.problems) {
        if (problem.blockedBy)
            inertCore.warning(problem.message, { title: `Stage ${problem.stage}: did not run` });
        else
            inertCore.error(withLogLink(problem, stages, links), { title: `Stage ${problem.stage}` });
    }
    if (judgement.succeeded)
        return src_session/* SUCCEEDED */.Q;
    const reasons = [
        ...(judgement.runProblem ? [judgement.runProblem] : []),
        ...judgement.problems.map((p) => briefProblem(p, stages))
    ];
    return (0,src_session/* failed */.g)(`Glue run ${(0,src_text/* shortId */.m_)(runId)} of ${session.workflowName} did not succeed: ${reasons.join('; ')}`);
}
/** A failed stage's annotation: Glue's error, then the link to the logs of its last attempt. */
function withLogLink(problem, stages, links) {
    const stage = stages.find((s) => s.stage === problem.stage);
    const url = stage ? (0,jobLogs/* failureLogUrl */.wc)(stage, links) : undefined;
    return url ? `${problem.message} · Logs: ${url}` : problem.message;
}
/** A problem without Glue's error text (its annotation carries that): `silver FAILED`, `gold did not run`. */
function briefProblem(problem, stages) {
    const stage = stages.find((s) => s.stage === problem.stage);
    if (problem.problem === 'not-run' || !stage)
        return `${problem.stage} did not run`;
    return `${stage.stage} ${problem.problem === 'failed' ? '' : 'still '}${stage.finalState ?? 'UNKNOWN'}`;
}


/***/ }),

/***/ 6551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE)
/* harmony export */ });
/** Keys of the step state that the main step saves for the post step (GitHub's STATE_* variables). */
const STATE = {
    runId: 'run-id',
    /** The token of the StartWorkflowRun call, saved before the call: finds the run when its id never came back. */
    startToken: 'start-token',
    workflowName: 'workflow-name',
    region: 'region',
    /** 'true' while the post step must stop the run if the main step dies before seeing it end. */
    stopInPost: 'stop-in-post'
};


/***/ }),

/***/ 2910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ stopRun),
/* harmony export */   SV: () => (/* binding */ withinMs),
/* harmony export */   uC: () => (/* binding */ waitUntilEnded)
/* harmony export */ });
/* unused harmony export activeJobRuns */
/* harmony import */ var _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1570);

/** Job runs of the run's graph that are still going, grouped by job (BatchStopJobRun takes one job name). */
function activeJobRuns(run) {
    return (run?.Graph?.Nodes ?? [])
        .filter((n) => n.Type === 'JOB' && n.Name)
        .map((n) => ({
        jobName: n.Name,
        runIds: (n.JobDetails?.JobRuns ?? [])
            .filter((r) => r.Id && _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIVE_JOB_RUN_STATES */ ._S.has(r.JobRunState ?? ''))
            .map((r) => r.Id)
    }))
        .filter((j) => j.runIds.length > 0);
}
/**
 * StopWorkflowRun: Glue moves the run to STOPPING and terminates its running jobs and crawlers; a run that already
 * ended is left alone. Only when Glue fails the stop are the job runs last seen running stopped one job at a time
 * (BatchStopJobRun), so that nothing keeps burning DPUs; without such job runs the error is rethrown.
 */
async function stopRun(gateway, workflowName, runId, lastSeen, options = {}) {
    try {
        return (await gateway.stopWorkflowRun(workflowName, runId, options)) ? 'stopped' : 'already-ended';
    }
    catch (error) {
        const jobs = activeJobRuns(lastSeen);
        if (jobs.length === 0 || options.abortSignal?.aborted)
            throw error;
        await Promise.all(jobs.map((j) => gateway.batchStopJobRuns(j.jobName, j.runIds, options)));
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
/**
 * Reads a run until it has ended (STOPPED, COMPLETED, ERROR) or `budgetMs` has passed. Each read gets the budget
 * left (to end its own retries by), so a throttled endpoint cannot stretch the wait. Time is injected for tests.
 */
async function waitUntilEnded(read, budgetMs, clock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}, intervalMs = 250) {
    const started = clock.now();
    let last;
    for (;;) {
        const left = budgetMs - (clock.now() - started);
        const seen = left > 0 ? await read(left).catch(() => undefined) : undefined;
        if (seen)
            last = seen;
        const ms = clock.now() - started;
        const status = last?.Status;
        const base = { ...(status ? { status } : {}), ...(last ? { run: last } : {}), ms };
        if (seen?.Status !== undefined && (0,_aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__/* .isRunEnded */ .Yy)(seen.Status))
            return { ended: true, ...base };
        if (ms + intervalMs > budgetMs)
            return { ended: false, ...base };
        await clock.sleep(intervalMs);
    }
}


/***/ })

};

//# sourceMappingURL=157.index.js.map