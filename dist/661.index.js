export const id = 661;
export const ids = [661,592];
export const modules = {

/***/ 1970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ explainError)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/** Turns any failure into the one line the user sees. Pure. */

function explainError(error) {
    if (!(error instanceof Error))
        return String(error);
    // Errors that are already the one line: bad input or environment, and deploy failures explained where they happen.
    if (error.name === 'InputError' || error.name === 'EnvironmentError' || error.name === 'DeployError')
        return error.message;
    const aws = error;
    const name = aws.name ?? 'Error';
    const message = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(aws.message ?? '', 300);
    if (name === 'AccessDeniedException' || name === 'AccessDenied' || /not authorized to perform/i.test(message)) {
        const action = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1] ?? aws.iamAction ?? 'the Glue action';
        return `Access denied: the AWS role needs ${action} (see the README's "IAM permissions" for the policy per mode). AWS said: ${message}`;
    }
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return 'No AWS credentials: add a step with aws-actions/configure-aws-credentials (OIDC role) before this action';
    }
    if (name === 'ThrottlingException') {
        return `AWS Glue kept throttling (${aws.iamAction ?? 'call'}) after every retry: ${message}. Try again later or lower the call rate`;
    }
    return aws.iamAction ? `${aws.iamAction} failed: ${name}: ${message}` : `${name}: ${message}`;
}


/***/ }),

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

/***/ 6661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _start_post_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7048);
/**
 * The post step's entry point (runs.post: dist/post/index.js). Like src/main.ts it exports run(), so that
 * `npx @github/local-action run . src/main.ts .env --post src/post.ts` can import it and call run() itself; the step
 * runs by itself only when this file is the process's entry point (`node dist/post/index.js`, as the runner starts it).
 */



async function run() {
    await (0,_start_post_js__WEBPACK_IMPORTED_MODULE_2__/* .runPost */ .a)();
}
function isEntryPoint() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(entry) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isEntryPoint())
    await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _inertCore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5592);
/* harmony import */ var _aws_explainError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1970);
/* harmony import */ var _stop_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2910);
/* harmony import */ var _stepState_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6551);
/**
 * The post step: stops a run that the main step started but did not see end (the main step was killed, e.g. by the
 * runner after a cancellation). It acts only on the state the main step saved: the run id, or, when the main step
 * ended before StartWorkflowRun answered, the start token that the run carries. A run that already ended is left alone.
 */




async function runPost(gateway) {
    const savedRunId = _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.runId);
    const token = _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.startToken);
    if (!savedRunId && !token)
        return;
    if (_inertCore_js__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.stopInPost) !== 'true') {
        _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(`Run ${savedRunId || 'of this step'}: the main step took care of it; nothing to clean up`);
        return;
    }
    const workflowName = _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.workflowName);
    const region = _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.region);
    let runId = savedRunId;
    try {
        // The AWS SDK is loaded only when there is a run to look at: most post steps end above, in a few milliseconds.
        const glue = gateway ?? new (await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(59)]).then(__webpack_require__.bind(__webpack_require__, 9059))).GlueGateway({ region });
        if (!runId) {
            // The main step ended before StartWorkflowRun answered: the run Glue may have started carries the start token.
            const found = await glue.findRunByToken(workflowName, token);
            if (!found) {
                _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.notice(`Workflow ${workflowName} no longer exists (deleted meanwhile): nothing to stop`);
                return;
            }
            if (!found.run?.WorkflowRunId) {
                _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(`No run of workflow ${workflowName} carries this step's start token: no run was started`);
                return;
            }
            runId = found.run.WorkflowRunId;
            _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(`Found run ${runId}, started by this step (its start token) before the main step could see its id`);
        }
        const run = await glue.getWorkflowRun(workflowName, runId, true);
        if (!run) {
            _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.notice(`Run ${runId} of workflow ${workflowName} no longer exists (deleted meanwhile): nothing to stop`);
            return;
        }
        if (run.Status !== 'RUNNING') {
            _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(`Run ${runId} of workflow ${workflowName} is ${run.Status}: nothing to stop`);
            return;
        }
        _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(`The main step did not see run ${runId} end (it was cancelled or killed): stopping it`);
        const outcome = await (0,_stop_js__WEBPACK_IMPORTED_MODULE_1__/* .stopRun */ .KV)(glue, workflowName, runId, run);
        _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.info(outcome === 'stopped'
            ? `Stopped run ${runId} of workflow ${workflowName}`
            : outcome === 'already-ended'
                ? `Run ${runId} ended meanwhile: nothing to stop`
                : `Glue refused to stop run ${runId}; stopped its running job runs instead`);
    }
    catch (error) {
        const which = runId ? `Glue run ${runId}` : 'the Glue run started by this step';
        _inertCore_js__WEBPACK_IMPORTED_MODULE_0__.setFailed(`Could not stop ${which} of workflow ${workflowName}: ${(0,_aws_explainError_js__WEBPACK_IMPORTED_MODULE_3__/* .explainError */ .U)(error)}`);
    }
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


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   JY: () => (/* binding */ textWithin),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   MS: () => (/* binding */ errorExcerpt),
/* harmony export */   OL: () => (/* binding */ ganttText),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   kj: () => (/* binding */ jsonListWithin),
/* harmony export */   lw: () => (/* binding */ ERROR_EXCERPT_CHARS),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   pm: () => (/* binding */ clock),
/* harmony export */   tW: () => (/* binding */ mermaidBlock)
/* harmony export */ });
/* unused harmony export OUTPUT_MAX_BYTES */
/**
 * One home for every rule about text the action prints: one-line shortening, Markdown and Mermaid escaping, times
 * and durations. Glue-sourced text (names, errors, tags) passes through these before it reaches a log, an output or
 * the job summary. Pure.
 */
/** Bidirectional overrides and isolates: they make a line read differently from what it holds (Trojan Source). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0/C1 control characters other than whitespace (which is folded into single spaces). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Shortens any text to one printable line (whitespace folded, controls removed, `…` where cut). */
function oneLine(text, max = 120) {
    const flat = text.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/**
 * Text for a log line: one line (see {@link oneLine}), and never a runner workflow command: a line that would start
 * with `::` gets a leading space.
 */
function inertLine(text, max = 2000) {
    const line = oneLine(text, max);
    return line.startsWith('::') ? ` ${line}` : line;
}
/** Text for Markdown (a table cell or a list item): no HTML, no table breaks, no emphasis, one line. */
function markdownText(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, (m) => `\\${m}`);
}
/**
 * Text for a double-quoted Mermaid label: Mermaid entity codes for everything that could end the label, open HTML,
 * or close the Markdown code fence (a backtick); one line.
 */
function mermaidLabel(text) {
    return oneLine(text, 300)
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/&/g, '#amp;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/`/g, '#96;');
}
/**
 * Text for a Gantt task or section name, which has no quoting: `:` starts the task data, `;` and `#` end or comment
 * the line, `<` `>` could read as HTML; these become look-alike characters, and the text stays on one line.
 */
function ganttText(text) {
    return oneLine(text, 300)
        .replace(/:/g, '꞉')
        .replace(/;/g, ',')
        .replace(/#/g, '＃')
        .replace(/%/g, '％')
        .replace(/`/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
}
/** A fenced Mermaid block (GitHub renders it as a diagram in job summaries). */
function mermaidBlock(lines) {
    return ['```mermaid', ...lines, '```', ''].join('\n');
}
/** `00:05:12Z`: the UTC time of day, for log lines and messages (evidence carries the full timestamp). */
function clock(date) {
    return `${date.toISOString().slice(11, 19)}Z`;
}
/** ISO-8601 UTC with milliseconds, or null when unknown. */
function iso(date) {
    return date ? date.toISOString() : null;
}
/** A duration for people: `0.3 s`, `59.4 s`, `1 min 1 s`, `2 h 3 min`. */
function duration(seconds) {
    const abs = Math.abs(seconds);
    if (abs < 60)
        return `${Math.round(abs * 10) / 10} s`;
    const whole = Math.round(abs);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`;
}
/**
 * `wr_7443a480…`, `jr_0a1b2c3d…`: enough of a 64-character Glue id to tell runs apart in a line that mentions it
 * again (the first mention, the links and the outputs carry it whole).
 */
function shortId(id) {
    return id.length > 14 ? `${id.slice(0, 11)}…` : id;
}
/** `a`, `a and b`, `a, b and c`. */
function listing(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/**
 * GitHub refuses a step output over 1 MB, and a job's outputs together over 1 MB: each output of the action stays
 * well under, so that four large ones in one step still fit.
 */
const OUTPUT_MAX_BYTES = 200 * 1024;
/** Glue error messages are often long stack traces: findings and outputs keep the first part, on one line. */
const ERROR_EXCERPT_CHARS = 1000;
function errorExcerpt(text) {
    return oneLine(text, ERROR_EXCERPT_CHARS);
}
/**
 * A JSON array of as many leading items as fit in `maxBytes`; when some are left out, a last entry says how many:
 * `{"truncated": "… 12 more entries left out (output capped at 200 KB)"}`.
 */
function jsonListWithin(items, maxBytes = OUTPUT_MAX_BYTES) {
    const whole = JSON.stringify(items);
    if (Buffer.byteLength(whole) <= maxBytes)
        return whole;
    const parts = items.map((item) => JSON.stringify(item));
    const marker = (left) => JSON.stringify({
        truncated: `… ${left} more entries left out (output capped at ${Math.round(maxBytes / 1024)} KB)`
    });
    let bytes = 2 + Buffer.byteLength(marker(items.length));
    let kept = 0;
    while (kept < parts.length && bytes + Buffer.byteLength(parts[kept]) + 1 <= maxBytes) {
        bytes += Buffer.byteLength(parts[kept]) + 1;
        kept++;
    }
    return `[${[...parts.slice(0, kept), marker(items.length - kept)].join(',')}]`;
}
/** Text cut to at most `maxBytes` of UTF-8, with `…` where cut. */
function textWithin(text, maxBytes = OUTPUT_MAX_BYTES) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    let chars = Math.min(text.length, maxBytes);
    while (chars > 0 && Buffer.byteLength(text.slice(0, chars)) + 3 > maxBytes)
        chars = Math.floor(chars * 0.9);
    return `${text.slice(0, chars)}…`;
}


/***/ })

};

//# sourceMappingURL=661.index.js.map