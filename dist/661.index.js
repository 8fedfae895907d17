export const id = 661;
export const ids = [661];
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
    if (error.name === 'InputError')
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

/***/ 6661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _start_post_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7048);

await (0,_start_post_js__WEBPACK_IMPORTED_MODULE_0__/* .runPost */ .a)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _aws_explainError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1970);
/* harmony import */ var _stop_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2910);
/* harmony import */ var _stepState_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6551);
/**
 * The post step: stops a run that the main step started but did not see end (the main step was killed, e.g. by the
 * runner after a cancellation). It acts only on the state the main step saved; a run that already ended is left alone.
 */




async function runPost(gateway) {
    const runId = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.runId);
    if (!runId)
        return;
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.stopInPost) !== 'true') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Run ${runId}: the main step took care of it; nothing to clean up`);
        return;
    }
    const workflowName = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.workflowName);
    const region = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(_stepState_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE */ .c.region);
    try {
        // The AWS SDK is loaded only when there is a run to look at: most post steps end above, in a few milliseconds.
        const glue = gateway ?? new (await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 7160))).GlueGateway({ region });
        const run = await glue.getWorkflowRun(workflowName, runId, true);
        if (run.Status !== 'RUNNING') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Run ${runId} of workflow ${workflowName} is ${run.Status}: nothing to stop`);
            return;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`The main step did not see run ${runId} end (it was cancelled or killed): stopping it`);
        const outcome = await (0,_stop_js__WEBPACK_IMPORTED_MODULE_1__/* .stopRun */ .KV)(glue, workflowName, runId, run);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(outcome === 'stopped'
            ? `Stopped run ${runId} of workflow ${workflowName}`
            : outcome === 'already-ended'
                ? `Run ${runId} ended meanwhile: nothing to stop`
                : `Glue refused to stop run ${runId}; stopped its running job runs instead`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`Could not stop Glue run ${runId} of workflow ${workflowName}: ${(0,_aws_explainError_js__WEBPACK_IMPORTED_MODULE_3__/* .explainError */ .U)(error)}`);
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
/* harmony export */   SV: () => (/* binding */ withinMs)
/* harmony export */ });
/* unused harmony export activeJobRuns */
const ACTIVE_JOB_STATES = new Set(['STARTING', 'RUNNING', 'WAITING']);
/** Job runs of the run's graph that are still going, grouped by job (BatchStopJobRun takes one job name). */
function activeJobRuns(run) {
    return (run?.Graph?.Nodes ?? [])
        .filter((n) => n.Type === 'JOB' && n.Name)
        .map((n) => ({
        jobName: n.Name,
        runIds: (n.JobDetails?.JobRuns ?? [])
            .filter((r) => r.Id && ACTIVE_JOB_STATES.has(r.JobRunState ?? ''))
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


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   OL: () => (/* binding */ ganttText),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   pm: () => (/* binding */ clock),
/* harmony export */   tW: () => (/* binding */ mermaidBlock)
/* harmony export */ });
/* unused harmony export inertLine */
/**
 * One home for every rule about text the action prints: one-line shortening, Markdown and Mermaid escaping, times
 * and durations. Glue-sourced text (names, errors, tags) passes through these before it reaches a log, an output or
 * the job summary. Pure.
 */
/** Bidirectional overrides and isolates: they make a line read differently from what it holds (Trojan Source). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0/C1 control characters other than whitespace (which is folded into single spaces). */
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
/** `a`, `a and b`, `a, b and c`. */
function listing(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ })

};

//# sourceMappingURL=661.index.js.map