export const id = 96;
export const ids = [96];
export const modules = {

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

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ runConsoleUrl)
/* harmony export */ });
/** Links to the AWS Glue console. Pure. */
/** The console host of the region's partition: China and GovCloud regions have their own. */
function consoleHost(region) {
    if (region.startsWith('cn-'))
        return 'console.amazonaws.cn';
    if (region.startsWith('us-gov-'))
        return 'console.amazonaws-us-gov.com';
    return `${region}.console.aws.amazon.com`;
}
/** encodeURIComponent, plus the parentheses it leaves alone (they would end a Markdown link). */
function encode(text) {
    return encodeURIComponent(text).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
/** The page of one workflow run (its graph and job runs) in the AWS Glue console. */
function runConsoleUrl(region, workflowName, runId) {
    const page = `/v2/etl-configuration/workflows/run/${encode(workflowName)}?runId=${encode(runId)}`;
    return `https://${consoleHost(region)}/glue/home?region=${region}#${page}`;
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

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ runDurationSeconds),
/* harmony export */   MR: () => (/* binding */ runOutputs)
/* harmony export */ });
/* unused harmony export stageOutputs */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);

function runDurationSeconds(run, now) {
    if (!run.StartedOn)
        return undefined;
    const end = run.CompletedOn ?? now;
    return Math.max(0, Math.round((end.getTime() - run.StartedOn.getTime()) / 100) / 10);
}
function stageOutputs(stages) {
    return stages.map((s) => ({
        stage: s.stage,
        ...(s.kind === 'job' ? { job: s.target } : { crawler: s.target }),
        state: s.finalState ?? 'NOT_RUN',
        attempts: s.attempts.length,
        startedOn: s.startedOn?.toISOString() ?? null,
        completedOn: s.completedOn?.toISOString() ?? null,
        durationSeconds: s.durationSeconds ?? null,
        startedBy: s.startedBy ?? null,
        error: s.errorMessage === undefined ? null : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .errorExcerpt */ .MS)(s.errorMessage)
    }));
}
function runOutputs(run, stages, now) {
    const duration = runDurationSeconds(run, now);
    return {
        'run-status': run.Status ?? 'UNKNOWN',
        statistics: JSON.stringify(run.Statistics ?? {}),
        stages: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonListWithin */ .kj)(stageOutputs(stages)),
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
/** Columns: stage, job, final state, attempts, started, finished, duration, started by. */
function renderStageTable(stages) {
    const rows = stages.map((s) => [
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s.stage),
        `${s.kind === 'crawler' ? 'crawler ' : ''}${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s.target)}`,
        s.finalState ? stateLabel(s.finalState) : '⏭️ not run',
        s.attempts.length === 0 ? '–' : String(s.attempts.length),
        s.startedOn ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clock */ .pm)(s.startedOn) : '–',
        s.completedOn ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clock */ .pm)(s.completedOn) : '–',
        s.durationSeconds === undefined ? '–' : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(s.durationSeconds),
        s.startedBy ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s.startedBy) : '–'
    ].join(' | '));
    return [
        '| Stage | Job | Final state | Attempts | Started | Finished | Duration | Started by |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${r} |`),
        ''
    ].join('\n');
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
        errorMessage: jobRun.ErrorMessage
    });
}
function fromCrawl(crawl, index) {
    return withoutUndefined({
        attempt: index,
        state: crawl.State ?? 'UNKNOWN',
        startedOn: crawl.StartedOn,
        completedOn: crawl.CompletedOn,
        errorMessage: crawl.ErrorMessage
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


/***/ }),

/***/ 8096:
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
/** Whether a call ended because its abort signal fired (a deadline or a budget of the action's own), not by AWS. */
function isAbortError(error) {
    return typeof error === 'object' && error !== null && error.name === 'AbortError';
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
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
        const polled = await pollOnce(deps, options.deadline - deps.now());
        if ('error' in polled) {
            // A poll cut off by the deadline is not a failure: the deadline check below ends the wait.
            if (!failing && !isAbortError(polled.error))
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
/**
 * One GetWorkflowRun, bounded by the time left; transient failures (after the SDK's own retries) and a poll cut off
 * by the deadline are returned, not thrown.
 */
async function pollOnce(deps, timeLeftMs) {
    try {
        return { run: await deps.getRun(Math.max(1, timeLeftMs)) };
    }
    catch (error) {
        if (isTransientError(error) || isAbortError(error))
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

// EXTERNAL MODULE: ./src/run/judgeRun.ts
var judgeRun = __webpack_require__(5349);
// EXTERNAL MODULE: ./src/start/stepState.ts
var stepState = __webpack_require__(6551);
// EXTERNAL MODULE: ./src/aws/explainError.ts
var explainError = __webpack_require__(1970);
// EXTERNAL MODULE: ./src/start/stop.ts
var stop = __webpack_require__(2910);
// EXTERNAL MODULE: ./src/session.ts
var src_session = __webpack_require__(2927);
// EXTERNAL MODULE: ./src/run/runOutputs.ts
var runOutputs = __webpack_require__(408);
// EXTERNAL MODULE: ./src/run/runSummary.ts
var runSummary = __webpack_require__(8998);
;// CONCATENATED MODULE: ./src/start/report.ts
/** What `mode: start` reports when a run ends or times out: the run outputs and the job summary. */






function setRunOutputs(run, stages) {
    const outputs = (0,runOutputs/* runOutputs */.MR)(run, stages, new Date());
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
        consoleUrl: (0,consoleLink/* runConsoleUrl */.y)(session.region, session.workflowName, facts.runId),
        verdict: facts.verdict
    });
    const table = facts.stages.length > 0 ? (0,runSummary/* renderStageTable */.n)(facts.stages) : '';
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
    try {
        const started = tracker.runId ? { runId: tracker.runId } : await startedRun(session, tracker, left);
        const runId = 'runId' in started ? started.runId : undefined;
        if (runId === undefined) {
            if ('unknown' in started) {
                inertCore.warning("StartWorkflowRun has not answered and no run carries this step's start token yet: " +
                    'the post step will look for it again and stop it');
            }
            else {
                inertCore.info('No Glue run of this step is running: nothing to stop');
            }
        }
        else if (tracker.ended) {
            inertCore.info('No Glue run of this step is running: nothing to stop');
        }
        else if (tracker.attached) {
            inertCore.info(`Leaving run ${runId} running: this step attached to it, it did not start it`);
        }
        else if (!inputs.stopOnCancel) {
            inertCore.info(`Leaving run ${runId} running (stop-on-cancel: false)`);
        }
        else {
            const budget = Math.max(500, left());
            const outcome = await (0,stop/* withinMs */.SV)((0,stop/* stopRun */.KV)(session.gateway, session.workflowName, runId, tracker.lastSeen), budget);
            if (outcome === 'timed-out') {
                inertCore.warning(`Run ${runId}: Glue did not confirm the stop within ${budget} ms; the post step will try again`);
            }
            else {
                inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
                inertCore.info(outcome === 'already-ended'
                    ? `Run ${runId} had already ended: nothing to stop`
                    : outcome === 'stopped'
                        ? `Stopped run ${runId} of workflow ${session.workflowName} (stop-on-cancel)`
                        : `Glue refused to stop run ${runId}; stopped its running job runs instead`);
                await outputsAfterStop(session, tracker, runId, left());
            }
        }
    }
    catch (error) {
        inertCore.warning(`Could not stop the Glue run: ${(0,explainError/* explainError */.U)(error)}; the post step will try again`);
    }
    inertCore.setFailed(`Cancelled by ${signal}`);
    process.exit(1);
}
/** The run outputs as Glue has the run after the stop (STOPPING, STOPPED), if Glue answers within the budget left. */
async function outputsAfterStop(session, tracker, runId, budgetMs) {
    if (budgetMs < 200)
        return;
    const run = await (0,stop/* withinMs */.SV)(session.gateway.getWorkflowRun(session.workflowName, runId, true).catch(() => undefined), budgetMs);
    if (run === 'timed-out' || run === undefined)
        return;
    inertCore.info(`Run ${runId} is ${run.Status ?? 'UNKNOWN'} after the stop`);
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
        const result = await followRun(followDeps(session, runId), {
            schedule: pollSchedule(inputs.pollIntervalSeconds, inputs.maxPollIntervalSeconds),
            deadline,
            readStages: tracker.readStages,
            onPoll: (run) => (tracker.lastSeen = run),
            label: `Run ${runId}`
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
        inertCore.info(`Workflow ${workflowName} already has a RUNNING run: following it instead of starting another (if-running: attach)`);
        inertCore.info(`Glue console: ${(0,consoleLink/* runConsoleUrl */.y)(session.region, workflowName, plan.runId)}`);
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
    inertCore.info(`Started run ${runId} of workflow ${workflowName}`);
    inertCore.info(`Glue console: ${(0,consoleLink/* runConsoleUrl */.y)(session.region, workflowName, runId)}`);
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
        if (!isTransientError(error) && !isAbortError(error))
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
        `this step's run ${runId} (if-running: fail)`;
    try {
        const outcome = await (0,stop/* stopRun */.KV)(gateway, workflowName, runId, undefined, {
            abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
        });
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
        message +=
            outcome === 'already-ended'
                ? `: run ${runId}, the later one, has ended already`
                : `: stopped run ${runId}, the later one`;
    }
    catch (error) {
        const why = isAbortError(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : (0,explainError/* explainError */.U)(error);
        message += `: could not stop run ${runId}, the later one (${why}); the post step will try again`;
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
        log: (line) => inertCore.info(line),
        warn: (line) => inertCore.warning(line)
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
    let stopped = false;
    let message = `Run ${runId} of ${session.workflowName} did not end within ${inputs.timeoutMinutes} min (timeout-minutes): ` +
        `status ${status}${running.length > 0 ? ` (${running.join(', ')})` : ''}`;
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
    const run = (stopped ? await readAfterStop(session, runId) : undefined) ?? tracker.lastSeen;
    const finalStages = run && run !== tracker.lastSeen && tracker.readStages ? tracker.readStages(run) : stages;
    if (run)
        setRunOutputs(run, finalStages);
    const finalStatus = run?.Status ?? status;
    await writeSummary(session, { runId, status: finalStatus, verdict: `⌛ ${message}`, stages: finalStages, run });
    return (0,src_session/* failed */.g)(message);
}
/** The stop after a timeout has a short budget of its own: the step must end soon after its deadline. */
const STOP_AFTER_TIMEOUT_MS = 10_000;
/** Stops the run after the timeout, within its budget; the part of the timeout message that says how it went. */
async function stopAfterTimeout(session, runId, lastSeen) {
    try {
        const outcome = await (0,stop/* stopRun */.KV)(session.gateway, session.workflowName, runId, lastSeen, {
            abortSignal: AbortSignal.timeout(STOP_AFTER_TIMEOUT_MS)
        });
        inertCore.saveState(stepState/* STATE */.c.stopInPost, 'false');
        return {
            text: outcome === 'already-ended' ? '; it ended just now' : '; stopped it (stop-on-timeout)',
            stopped: true
        };
    }
    catch (error) {
        // The post step (stop-in-post is still true) tries again.
        const why = isAbortError(error) ? `no answer within ${STOP_AFTER_TIMEOUT_MS / 1000} s` : (0,explainError/* explainError */.U)(error);
        return { text: `; could not stop it (${why}): the post step will try again`, stopped: false };
    }
}
/** How long the read after a timeout's stop may take, retries included. */
const READ_AFTER_STOP_MS = 5_000;
/** The run read from Glue right after a stop; undefined (with a warning) when it cannot be read. */
async function readAfterStop(session, runId) {
    try {
        // Past the deadline: one short read, its retries bounded like the stop's.
        const run = await session.gateway.getWorkflowRun(session.workflowName, runId, true, {
            abortSignal: AbortSignal.timeout(READ_AFTER_STOP_MS)
        });
        if (run)
            inertCore.info(`Run ${runId} is ${run.Status ?? 'UNKNOWN'} after the stop`);
        return run;
    }
    catch (error) {
        inertCore.warning(`Could not read run ${runId} after stopping it: ${(0,explainError/* explainError */.U)(error)}`);
        return undefined;
    }
}
async function finished(session, inputs, run, stages, judgement) {
    const runId = run.WorkflowRunId ?? session.startedRunId ?? '';
    setRunOutputs(run, stages);
    inertCore.info(`Run ${runId} ended ${run.Status}: ${judgement.verdict}`);
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
                inertCore.warning(problem.message, { title: `Stage ${problem.stage}: did not run` });
            else
                inertCore.error(problem.message, { title: `Stage ${problem.stage}` });
        }
    }
    if (judgement.succeeded)
        return src_session/* SUCCEEDED */.Q;
    const reasons = [...(judgement.runProblem ? [judgement.runProblem] : []), ...judgement.problems.map((p) => p.message)];
    return (0,src_session/* failed */.g)(`Glue run ${runId} of ${session.workflowName} did not succeed: ${reasons.join('; ')}`);
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
/* harmony export */   SV: () => (/* binding */ withinMs)
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


/***/ })

};

//# sourceMappingURL=96.index.js.map