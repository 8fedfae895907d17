export const id = 365;
export const ids = [365,592];
export const modules = {

/***/ 1570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ GOING_RUN_STATUSES),
/* harmony export */   Y8: () => (/* binding */ FINAL_CRAWL_STATES),
/* harmony export */   Yy: () => (/* binding */ isRunEnded),
/* harmony export */   _S: () => (/* binding */ ACTIVE_JOB_RUN_STATES),
/* harmony export */   il: () => (/* binding */ GOING_ATTEMPT_STATES),
/* harmony export */   rT: () => (/* binding */ TRANSIENT_TRIGGER_STATES),
/* harmony export */   u4: () => (/* binding */ FINAL_JOB_RUN_STATES)
/* harmony export */ });
/* unused harmony export ENDED_RUN_STATUSES */
/**
 * Glue's state vocabularies, in one place: which workflow-run, job-run, crawl and trigger states are final, which
 * are still going. From the Glue model (WorkflowRunStatus, JobRunState, CrawlState, TriggerState); EXPIRED is in the
 * newer job-run model. Pure.
 */
/** Workflow run statuses after which the run changes no more. */
const ENDED_RUN_STATUSES = new Set(['COMPLETED', 'STOPPED', 'ERROR']);
/** Workflow run statuses of a run that has not ended. */
const GOING_RUN_STATUSES = new Set(['RUNNING', 'STOPPING']);
/** Job run states after which the attempt changes no more. */
const FINAL_JOB_RUN_STATES = new Set([
    'STOPPED',
    'SUCCEEDED',
    'FAILED',
    'TIMEOUT',
    'ERROR',
    'EXPIRED'
]);
/** Job run states that still use (or wait for) capacity: what a stop must end. */
const ACTIVE_JOB_RUN_STATES = new Set(['STARTING', 'RUNNING', 'WAITING']);
/** Crawl states after which the crawl changes no more. */
const FINAL_CRAWL_STATES = new Set(['CANCELLED', 'SUCCEEDED', 'FAILED', 'ERROR']);
/** Job run or crawl states of an attempt that has not ended yet. */
const GOING_ATTEMPT_STATES = new Set([
    'STARTING',
    'RUNNING',
    'STOPPING',
    'WAITING',
    'CANCELLING'
]);
/** Trigger states Glue is still working on (a write was accepted, the trigger is not there yet). */
const TRANSIENT_TRIGGER_STATES = new Set([
    'CREATING',
    'ACTIVATING',
    'DEACTIVATING',
    'UPDATING',
    'DELETING'
]);
function isRunEnded(status) {
    return ENDED_RUN_STATUSES.has(status ?? '');
}


/***/ }),

/***/ 9821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ isTransientError),
/* harmony export */   z: () => (/* binding */ isAbortError)
/* harmony export */ });
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
/** Whether a call ended because its abort signal fired (a deadline or a budget of the action's own), not by AWS. */
function isAbortError(error) {
    return typeof error === 'object' && error !== null && error.name === 'AbortError';
}


/***/ }),

/***/ 8140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ followDeps)
/* harmony export */ });
/* harmony import */ var _inertCore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5592);
/**
 * What following a run needs from the shell (start follows the run it started, verify the one it waits for): reads of
 * the run, bounded by the time left, the clock, and the step's log.
 */

function followDeps(session, runId, includeGraph = true) {
    return {
        getRun: async (timeLeftMs) => {
            const run = await session.gateway.getWorkflowRun(session.workflowName, runId, includeGraph, {
                abortSignal: AbortSignal.timeout(timeLeftMs)
            });
            if (!run)
                throw new Error(`Run ${runId} of workflow ${session.workflowName} no longer exists (workflow deleted?)`);
            return run;
        },
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: () => Math.random(),
        log: (line) => _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(line),
        warn: (line) => _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.warning(line)
    };
}


/***/ }),

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ExitCode: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.yU),
/* harmony export */   addPath: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.fM),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   endGroup: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.N4),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   exportVariable: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.dN),
/* harmony export */   getBooleanInput: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Vt),
/* harmony export */   getIDToken: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.V9),
/* harmony export */   getInput: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.V4),
/* harmony export */   getMultilineInput: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.q3),
/* harmony export */   getState: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Gu),
/* harmony export */   group: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Os),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   isDebug: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__._o),
/* harmony export */   markdownSummary: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.yo),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   platform: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.iD),
/* harmony export */   saveState: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.LZ),
/* harmony export */   setCommandEcho: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.NI),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Pq),
/* harmony export */   startGroup: () => (/* binding */ startGroup),
/* harmony export */   summary: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.z),
/* harmony export */   toPlatformPath: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.Om),
/* harmony export */   toPosixPath: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.kb),
/* harmony export */   toWin32Path: () => (/* reexport safe */ _actions_core__WEBPACK_IMPORTED_MODULE_0__.eG),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/**
 * @actions/core, with every line it logs made inert: Glue-sourced text (names, tag keys, error messages, run ids) is
 * printed in log lines and annotations, and a newline in it followed by `::stop-commands::` or `::error::` would be a
 * workflow command to the runner. Every message and annotation title passes through text.ts inertLine, the one rule;
 * every output is capped well under GitHub's 1 MB. The modes import this module instead of @actions/core.
 */



/** Annotations carry Glue's error messages: a longer line than the plain log, still one line. */
const ANNOTATION_MAX = 4000;
function inertProperties(properties) {
    if (!properties?.title)
        return properties;
    return { ...properties, title: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(properties.title, 200) };
}
function annotationText(message) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message instanceof Error ? message.toString() : message, ANNOTATION_MAX);
}
function info(message) {
    // Leading spaces (a plan's field lines are indented) are kept: a line that starts with one is never a command.
    const indent = /^ {0,8}/.exec(message)?.[0] ?? '';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(indent + (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message));
}
function debug(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message));
}
function notice(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(annotationText(message), inertProperties(properties));
}
function warning(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(annotationText(message), inertProperties(properties));
}
function error(message, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(annotationText(message), inertProperties(properties));
}
function setFailed(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(annotationText(message));
}
/** Every output stays well under GitHub's 1 MB (the JSON lists are capped whole before they get here). */
function setOutput(name, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .textWithin */ .JY)(typeof value === 'string' ? value : JSON.stringify(value)));
}
function startGroup(name) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(name, 500));
}


/***/ }),

/***/ 5268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ startTriggerName),
/* harmony export */   i: () => (/* binding */ stageTriggerName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Deterministic names of the Glue triggers this action manages. Pure. */

const GLUE_NAME_MAX = 255;
/** Fits `prefix + suffix` in Glue's 255-character limit, shortening the prefix and adding a hash when needed. */
function fitName(prefix, suffix) {
    const name = `${prefix}${suffix}`;
    if (name.length <= GLUE_NAME_MAX)
        return name;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 8);
    return `${prefix.slice(0, GLUE_NAME_MAX - suffix.length - hash.length - 1)}~${hash}${suffix}`;
}
/** The trigger that starts the workflow's root stages (on demand, on a schedule or on an event). */
function startTriggerName(workflowName) {
    return fitName(workflowName, '-start');
}
/** The conditional trigger that starts `stage` once the stages it waits for have succeeded. */
function stageTriggerName(workflowName, stage) {
    return fitName(workflowName, `-run-${stage}`);
}


/***/ }),

/***/ 9586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ isConcurrentRunsMessage),
/* harmony export */   WG: () => (/* binding */ isConcurrentRunsError),
/* harmony export */   ph: () => (/* binding */ explainConcurrentRuns)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
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
    const said = glueMessage ? ` (Glue: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(glueMessage, 160)})` : '';
    return (`Glue refused the run: ${workflowName ? `workflow ${workflowName}` : 'the workflow'} already runs as many times as its max-concurrent-runs allows${said}. ` +
        `Wait for the running run, raise max-concurrent-runs, or use if-running: wait`);
}


/***/ }),

/***/ 9825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ expectedFromPipeline),
/* harmony export */   s: () => (/* binding */ expectedFromRunGraph)
/* harmony export */ });
/* harmony import */ var _pipeline_triggerNames_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5268);
/* harmony import */ var _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6178);
/* harmony import */ var _graphTriggers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9708);



/** The expected graph of a pipeline deployed by this action (trigger names from src/pipeline/triggerNames.ts). */
function expectedFromPipeline(workflowName, pipeline) {
    const start = (0,_pipeline_triggerNames_js__WEBPACK_IMPORTED_MODULE_0__/* .startTriggerName */ .G)(workflowName);
    const stages = pipeline.stages.map((stage) => ({
        ...stage,
        after: [...stage.after],
        arguments: { ...stage.arguments },
        trigger: stage.after.length === 0 ? start : (0,_pipeline_triggerNames_js__WEBPACK_IMPORTED_MODULE_0__/* .stageTriggerName */ .i)(workflowName, stage.name)
    }));
    return { stages: inDependencyOrder(stages), source: 'jobs-input', startTrigger: start };
}
/**
 * The expected graph read from a run's graph: the start trigger's actions are the root stages; each conditional
 * trigger's actions are stages that wait for the jobs/crawlers of its predicate (Logical AND = all, ANY = any; one
 * condition = all). Stage names are the job/crawler names (a crawler that shares its name with a job gets a
 * `crawler:` prefix). A job started by several triggers keeps the first one (the structure check reports the others).
 */
function expectedFromRunGraph(run) {
    const triggers = (0,_graphTriggers_js__WEBPACK_IMPORTED_MODULE_1__/* .readTriggers */ .k)(run.Graph);
    const names = stageNames(triggers);
    const stages = new Map();
    const ordered = [...triggers.filter((t) => !t.conditional), ...triggers.filter((t) => t.conditional)];
    for (const trigger of ordered) {
        const after = trigger.conditional ? trigger.conditions.map((c) => names.get((0,_graphTriggers_js__WEBPACK_IMPORTED_MODULE_1__/* .targetKey */ .h)(c)) ?? c.target) : [];
        for (const action of trigger.actions) {
            const key = (0,_graphTriggers_js__WEBPACK_IMPORTED_MODULE_1__/* .targetKey */ .h)(action);
            if (stages.has(key))
                continue;
            stages.set(key, {
                name: names.get(key) ?? action.target,
                kind: action.kind,
                target: action.target,
                after: [...new Set(after)],
                when: trigger.logic === 'ANY' && after.length > 1 ? 'any' : 'all',
                arguments: { ...action.arguments },
                ...(action.timeoutMinutes !== undefined ? { timeoutMinutes: action.timeoutMinutes } : {}),
                trigger: trigger.name
            });
        }
    }
    const start = triggers.find((t) => !t.conditional);
    return {
        stages: inDependencyOrder([...stages.values()]),
        source: 'run-graph',
        ...(start ? { startTrigger: start.name } : {})
    };
}
/** Stage name per job/crawler: its own name, unless a job and a crawler share it. */
function stageNames(triggers) {
    const targets = triggers.flatMap((t) => [...t.actions, ...t.conditions]);
    const jobNames = new Set(targets.filter((t) => t.kind === 'job').map((t) => t.target));
    return new Map(targets.map((t) => [
        (0,_graphTriggers_js__WEBPACK_IMPORTED_MODULE_1__/* .targetKey */ .h)(t),
        t.kind === 'crawler' && jobNames.has(t.target) ? `crawler:${t.target}` : t.target
    ]));
}
/** Dependency order, keeping the given order among equals; the given order when the graph has a cycle. */
function inDependencyOrder(stages) {
    const sorted = (0,_pipeline_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .topologicalOrder */ ._o)(stages);
    return 'order' in sorted ? sorted.order : stages;
}


/***/ }),

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ followRun)
});

// UNUSED EXPORTS: hasEnded

// EXTERNAL MODULE: ./src/aws/glueStates.ts
var glueStates = __webpack_require__(1570);
// EXTERNAL MODULE: ./src/aws/transientError.ts
var transientError = __webpack_require__(9821);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/run/pollSchedule.ts
var pollSchedule = __webpack_require__(2153);
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
            .map((attempt) => {
            const event = toEvent(stage, attempt, seenAt);
            const index = stage.attempts.indexOf(attempt);
            const before = index > 0 ? stage.attempts[index - 1] : undefined;
            const isNew = !previous.some((p) => sameAttempt(p, attempt));
            if (!before || !isNew)
                return event;
            return {
                ...event,
                retryOf: {
                    attempt: before.attempt,
                    state: before.state,
                    ...(before.errorMessage ? { errorMessage: before.errorMessage } : {})
                }
            };
        });
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
/**
 * "12:00:05Z silver (job mc-silver) attempt 1 FAILED after 4.1 s", one line. Glue's error of a failed attempt is not
 * repeated here: it is printed once, in the stage's annotation at the end, or, when Glue retries the stage, on the
 * retry's line ("attempt 2 RUNNING (retry after attempt 1 FAILED: error)"), the first moment it is known not to be
 * the stage's last word.
 */
function formatStageEvent(event) {
    const took = event.startedOn && (0,stages/* isTerminalAttempt */.e)(event.kind, event.state)
        ? ` after ${(0,src_text/* duration */.p0)(Math.max(0, event.at.getTime() - event.startedOn.getTime()) / 1000)}`
        : '';
    const retry = event.retryOf
        ? ` (retry after attempt ${event.retryOf.attempt + 1} ${event.retryOf.state}${event.retryOf.errorMessage ? `: ${(0,src_text/* oneLine */.TN)(event.retryOf.errorMessage, 300)}` : ''})`
        : '';
    return `${(0,src_text/* clock */.pm)(event.at)} ${event.stage} (${event.kind} ${event.target}) attempt ${event.attempt + 1} ${event.state}${took}${retry}`;
}

;// CONCATENATED MODULE: ./src/run/follow.ts





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
        const polled = await pollOnce(deps, options.deadline - deps.now());
        if ('error' in polled) {
            // A poll cut off by the deadline is not a failure: the deadline check below ends the wait.
            if (!failing && !(0,transientError/* isAbortError */.z)(polled.error))
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
        await deps.sleep((0,pollSchedule/* nextPollDelay */.qC)(options.schedule, now - lastChangeAt, remaining, deps.random()));
    }
}
/**
 * One GetWorkflowRun, bounded by the time left; transient failures (after the SDK's own retries) and a poll cut off
 * by the deadline are returned, not thrown.
 */
async function pollOnce(deps, timeLeftMs) {
    try {
        return { run: await deps.getRun(Math.max(1, timeLeftMs)) };
    }
    catch (error) {
        if ((0,transientError/* isTransientError */.b)(error) || (0,transientError/* isAbortError */.z)(error))
            return { error };
        throw error;
    }
}
function describeError(error) {
    if (!(error instanceof Error))
        return (0,src_text/* oneLine */.TN)(String(error));
    return `${error.name}: ${(0,src_text/* oneLine */.TN)(error.message, 200)}`;
}


/***/ }),

/***/ 9708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ targetKey),
/* harmony export */   k: () => (/* binding */ readTriggers)
/* harmony export */ });
/** `job:name` or `crawler:name`: a job and a crawler may share a name. */
function targetKey(t) {
    return `${t.kind}:${t.target}`;
}
/** The trigger nodes of a graph, in node order. */
function readTriggers(graph) {
    const triggers = [];
    for (const node of graph?.Nodes ?? []) {
        const trigger = node.TriggerDetails?.Trigger;
        if (node.Type !== 'TRIGGER' || !trigger)
            continue;
        const predicate = trigger.Predicate;
        const conditions = (predicate?.Conditions ?? []).flatMap((c) => {
            if (c.JobName)
                return [{ kind: 'job', target: c.JobName, state: c.State ?? '' }];
            if (c.CrawlerName)
                return [{ kind: 'crawler', target: c.CrawlerName, state: c.CrawlState ?? '' }];
            return [];
        });
        const actions = (trigger.Actions ?? []).flatMap((a) => {
            const extra = a.Timeout !== undefined ? { timeoutMinutes: a.Timeout } : {};
            if (a.JobName)
                return [{ kind: 'job', target: a.JobName, arguments: { ...(a.Arguments ?? {}) }, ...extra }];
            if (a.CrawlerName)
                return [{ kind: 'crawler', target: a.CrawlerName, arguments: {} }];
            return [];
        });
        const type = trigger.Type ?? '';
        triggers.push({
            name: trigger.Name ?? node.Name ?? '',
            type,
            state: trigger.State ?? '',
            conditional: type === 'CONDITIONAL' || conditions.length > 0,
            logic: predicate?.Logical ?? '',
            conditions,
            actions
        });
    }
    return triggers;
}


/***/ }),

/***/ 5349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ runStatusProblem),
/* harmony export */   Zy: () => (/* binding */ judgeRun),
/* harmony export */   mP: () => (/* binding */ stageProblemLine)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/* harmony import */ var _concurrentRuns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9586);
/* harmony import */ var _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1570);



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
    return (runStatusProblem(run) ?? (stages.length === 0 ? 'the run has no job or crawler stage, so nothing ran' : undefined));
}
/**
 * Why a run's status is not a success, in the words both start and verify use; undefined for COMPLETED (which
 * Glue reports even when stages failed: see {@link stageProblemLine}).
 */
function runStatusProblem(run) {
    const status = run.Status ?? 'UNKNOWN';
    const error = run.ErrorMessage ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(run.ErrorMessage, 200) : undefined;
    if (status === 'COMPLETED')
        return undefined;
    if (status === 'ERROR') {
        return (0,_concurrentRuns_js__WEBPACK_IMPORTED_MODULE_2__/* .isConcurrentRunsMessage */ .LN)(run.ErrorMessage)
            ? (0,_concurrentRuns_js__WEBPACK_IMPORTED_MODULE_2__/* .explainConcurrentRuns */ .ph)(run.Name, run.ErrorMessage)
            : `the run ended in ERROR: ${error ?? 'Glue gave no error message'}`;
    }
    if (status === 'STOPPED' || status === 'STOPPING')
        return `the run was stopped (${status}) before every stage succeeded${error ? `: ${error}` : ''}`;
    if (_aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__/* .GOING_RUN_STATUSES */ .EC.has(status))
        return `the run is still ${status}: it has not ended`;
    return `the run ended ${status}${error ? `: ${error}` : ''}; expected COMPLETED`;
}
/**
 * One line for a stage whose final attempt did not succeed: `silver ended FAILED after 2 attempts: <Glue's error>`,
 * or `silver is still RUNNING` for an attempt that has not ended. Errors are cut to `maxError` characters.
 */
function stageProblemLine(stage, maxError = 300) {
    const state = stage.finalState ?? 'UNKNOWN';
    const tries = stage.attempts.length > 1 ? ` after ${stage.attempts.length} attempts` : '';
    const error = stage.errorMessage ? `: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(stage.errorMessage, maxError)}` : '';
    const going = _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__/* .GOING_ATTEMPT_STATES */ .il.has(state);
    return `${stage.stage} ${going ? 'is still' : 'ended'} ${state}${tries}${error}`;
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
    const finished = stage.completedOn !== undefined;
    return { stage: stage.stage, problem: finished ? 'failed' : 'unfinished', message: stageProblemLine(stage) };
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
    const error = stage.errorMessage ? `: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(stage.errorMessage, 120)}` : '';
    return problem.problem === 'failed'
        ? `${stage.stage} ${stage.finalState}${error}`
        : `${stage.stage} still ${stage.finalState}`;
}


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ latestFirst)
/* harmony export */ });
function latestFirst(runs) {
    return runs
        .filter((r) => r.WorkflowRunId)
        .sort((a, b) => (b.StartedOn?.getTime() ?? 0) - (a.StartedOn?.getTime() ?? 0));
}


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dI: () => (/* binding */ pollSchedule),
/* harmony export */   qC: () => (/* binding */ nextPollDelay)
/* harmony export */ });
/* unused harmony exports GROWTH, JITTER */
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


/***/ }),

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ runDurationSeconds),
/* harmony export */   MR: () => (/* binding */ runOutputs)
/* harmony export */ });
/* unused harmony export stageOutputs */
/* harmony import */ var _jobLogs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4973);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);


function runDurationSeconds(run, now) {
    if (!run.StartedOn)
        return undefined;
    const end = run.CompletedOn ?? now;
    return Math.max(0, Math.round((end.getTime() - run.StartedOn.getTime()) / 100) / 10);
}
function stageOutputs(stages, links) {
    return stages.map((s) => ({
        stage: s.stage,
        ...(s.kind === 'job' ? { job: s.target } : { crawler: s.target }),
        state: s.finalState ?? 'NOT_RUN',
        attempts: s.attempts.length,
        startedOn: s.startedOn?.toISOString() ?? null,
        completedOn: s.completedOn?.toISOString() ?? null,
        durationSeconds: s.durationSeconds ?? null,
        startedBy: s.startedBy ?? null,
        error: s.errorMessage === undefined ? null : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .errorExcerpt */ .MS)(s.errorMessage),
        ...(links ? { runs: (0,_jobLogs_js__WEBPACK_IMPORTED_MODULE_1__/* .stageLinks */ .y$)(s, links) } : {})
    }));
}
function runOutputs(run, stages, now, links) {
    const duration = runDurationSeconds(run, now);
    return {
        'run-status': run.Status ?? 'UNKNOWN',
        statistics: JSON.stringify(run.Statistics ?? {}),
        stages: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonListWithin */ .kj)(stageOutputs(stages, links)),
        'duration-seconds': duration === undefined ? '' : String(duration)
    };
}


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderRunHeader),
/* harmony export */   n: () => (/* binding */ renderStageTable)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/* harmony import */ var _jobLogs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4973);
/** Markdown for the job summary shared by start and verify: run header and per-stage table. Pure. */


const STATE_ICONS = {
    SUCCEEDED: '✅',
    FAILED: '❌',
    ERROR: '❌',
    TIMEOUT: '⌛',
    STOPPED: '⏹️',
    CANCELLED: '⏹️',
    EXPIRED: '⌛',
    RUNNING: '⏳',
    STARTING: '⏳',
    WAITING: '⏳',
    STOPPING: '⏳',
    CANCELLING: '⏳'
};
function renderRunHeader(header) {
    const took = header.durationSeconds === undefined ? '–' : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(header.durationSeconds);
    return [
        `### Glue workflow run · ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(header.workflowName)}`,
        '',
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(header.verdict),
        '',
        '| Workflow | Run | Status | Duration |',
        '| --- | --- | --- | --- |',
        `| ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(header.workflowName)} | [${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(header.runId)}](${header.consoleUrl}) | ${stateLabel(header.status)} | ${took} |`,
        ''
    ].join('\n');
}
/**
 * Columns: stage, job, final state, attempts, started, finished, duration, started by; with `links`, a last column
 * leads to each attempt's job run (Glue console) and its logs (CloudWatch).
 */
function renderStageTable(stages, links) {
    const rows = stages.map((s) => [
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s.stage),
        `${s.kind === 'crawler' ? 'crawler ' : ''}${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s.target)}`,
        s.finalState ? stateLabel(s.finalState) : '⏭️ not run',
        s.attempts.length === 0 ? '–' : String(s.attempts.length),
        s.startedOn ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clock */ .pm)(s.startedOn) : '–',
        s.completedOn ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clock */ .pm)(s.completedOn) : '–',
        s.durationSeconds === undefined ? '–' : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(s.durationSeconds),
        s.startedBy ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s.startedBy) : '–',
        ...(links ? [logsCell((0,_jobLogs_js__WEBPACK_IMPORTED_MODULE_1__/* .stageLinks */ .y$)(s, links))] : [])
    ].join(' | '));
    const columns = ['Stage', 'Job', 'Final state', 'Attempts', 'Started', 'Finished', 'Duration', 'Started by'];
    if (links)
        columns.push('Job run and logs');
    return [
        `| ${columns.join(' | ')} |`,
        `| ${columns.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r} |`),
        ''
    ].join('\n');
}
/** `[jr_0a1b2c3d…](console) · [error](…) · [output](…)` per attempt, one line each (numbered when several). */
function logsCell(attempts) {
    if (attempts.length === 0)
        return '–';
    return attempts
        .map((a) => {
        const run = a.jobRunId
            ? `[${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(a.jobRunId))}](${a.consoleUrl})`
            : a.consoleUrl
                ? `[crawler](${a.consoleUrl})`
                : '';
        const logs = ['error', 'output', 'continuous', 'crawl']
            .filter((name) => a.logs[name])
            .map((name) => `[${name === 'crawl' ? 'crawl log' : name}](${a.logs[name]})`);
        const line = [run, ...logs].filter((part) => part !== '').join(' · ');
        return attempts.length > 1 ? `${a.attempt}: ${line}` : line;
    })
        .join('<br>');
}
function stateLabel(state) {
    const icon = STATE_ICONS[state] ?? (state === 'COMPLETED' ? '🏁' : state === 'STOPPED' ? '⏹️' : '•');
    return `${icon} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(state)}`;
}


/***/ }),

/***/ 5194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isTerminalAttempt),
/* harmony export */   i: () => (/* binding */ readStages)
/* harmony export */ });
/* harmony import */ var _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1570);
/* harmony import */ var _jobLogs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4973);


function isTerminalAttempt(kind, state) {
    return (kind === 'job' ? _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__/* .FINAL_JOB_RUN_STATES */ .u4 : _aws_glueStates_js__WEBPACK_IMPORTED_MODULE_0__/* .FINAL_CRAWL_STATES */ .Y8).has(state);
}
/** One StageRun per expected stage, in the expected order; stages that never ran have no attempts. */
function readStages(run, expected) {
    const nodes = run.Graph?.Nodes ?? [];
    return expected.stages.map((stage) => {
        const node = nodes.find((n) => n.Type === (stage.kind === 'job' ? 'JOB' : 'CRAWLER') && n.Name === stage.target);
        const attempts = node ? readAttempts(stage.kind, node) : [];
        return summarise({ stage: stage.name, kind: stage.kind, target: stage.target, attempts });
    });
}
function readAttempts(kind, node) {
    if (kind === 'job')
        return [...(node.JobDetails?.JobRuns ?? [])].sort(byAttempt).map(fromJobRun);
    return [...(node.CrawlerDetails?.Crawls ?? [])].sort(byStart).map(fromCrawl);
}
function byAttempt(a, b) {
    return (a.Attempt ?? 0) - (b.Attempt ?? 0) || time(a.StartedOn) - time(b.StartedOn);
}
function byStart(a, b) {
    return time(a.StartedOn) - time(b.StartedOn);
}
function time(date) {
    return date ? date.getTime() : Number.MAX_SAFE_INTEGER;
}
function fromJobRun(jobRun, index) {
    return withoutUndefined({
        id: jobRun.Id,
        attempt: jobRun.Attempt ?? index,
        state: jobRun.JobRunState ?? 'UNKNOWN',
        startedOn: jobRun.StartedOn,
        completedOn: jobRun.CompletedOn,
        triggerName: jobRun.TriggerName,
        errorMessage: jobRun.ErrorMessage,
        arguments: Object.keys((0,_jobLogs_js__WEBPACK_IMPORTED_MODULE_1__/* .logArguments */ .rK)(jobRun.Arguments)).length > 0 ? (0,_jobLogs_js__WEBPACK_IMPORTED_MODULE_1__/* .logArguments */ .rK)(jobRun.Arguments) : undefined,
        logGroupName: jobRun.LogGroupName
    });
}
function fromCrawl(crawl, index) {
    return withoutUndefined({
        attempt: index,
        state: crawl.State ?? 'UNKNOWN',
        startedOn: crawl.StartedOn,
        completedOn: crawl.CompletedOn,
        errorMessage: crawl.ErrorMessage,
        logGroup: crawl.LogGroup,
        logStream: crawl.LogStream
    });
}
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** Fills the per-stage summary fields from the attempts. */
function summarise(stage) {
    const first = stage.attempts[0];
    const last = stage.attempts.at(-1);
    if (!first || !last)
        return stage;
    const completedOn = isTerminalAttempt(stage.kind, last.state) ? last.completedOn : undefined;
    const failed = [...stage.attempts].reverse().find((a) => a.errorMessage);
    return withoutUndefined({
        ...stage,
        finalState: last.state,
        startedOn: first.startedOn,
        completedOn,
        durationSeconds: first.startedOn && completedOn
            ? Math.round((completedOn.getTime() - first.startedOn.getTime()) / 100) / 10
            : undefined,
        startedBy: first.triggerName,
        errorMessage: last.state === 'SUCCEEDED' ? undefined : (last.errorMessage ?? failed?.errorMessage)
    });
}


/***/ })

};

//# sourceMappingURL=365.index.js.map