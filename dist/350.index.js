export const id = 350;
export const ids = [350,661];
export const modules = {

/***/ 1570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ FINAL_CRAWL_STATES),
/* harmony export */   Yy: () => (/* binding */ isRunEnded),
/* harmony export */   _S: () => (/* binding */ ACTIVE_JOB_RUN_STATES),
/* harmony export */   il: () => (/* binding */ GOING_ATTEMPT_STATES),
/* harmony export */   u4: () => (/* binding */ FINAL_JOB_RUN_STATES)
/* harmony export */ });
/* unused harmony exports ENDED_RUN_STATUSES, TRANSIENT_TRIGGER_STATES */
/**
 * Glue's state vocabularies, in one place: which workflow-run, job-run, crawl and trigger states are final, which
 * are still going. From the Glue model (WorkflowRunStatus, JobRunState, CrawlState, TriggerState); EXPIRED is in the
 * newer job-run model. Pure.
 */
/** Workflow run statuses after which the run changes no more. */
const ENDED_RUN_STATUSES = new Set(['COMPLETED', 'STOPPED', 'ERROR']);
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



/** The expected graph of a pipeline deployed by this action (trigger names from src/deploy/names.ts). */
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
            conditional: type === 'CONDITIONAL' || conditions.length > 0,
            logic: predicate?.Logical ?? '',
            conditions,
            actions
        });
    }
    return triggers;
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
        error: s.errorMessage ?? null
    }));
}
function runOutputs(run, stages, now) {
    const duration = runDurationSeconds(run, now);
    return {
        'run-status': run.Status ?? 'UNKNOWN',
        statistics: JSON.stringify(run.Statistics ?? {}),
        stages: JSON.stringify(stageOutputs(stages)),
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

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ SUCCEEDED),
  Session: () => (/* binding */ Session),
  g: () => (/* binding */ failed)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/aws/redactSecrets.ts
/** Keeps AWS credentials out of every message the action prints: an error that quotes a request is redacted. Pure. */
/** Credential values shorter than this are not redacted (they would match ordinary words). */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '***';
/** Replaces every occurrence of each secret in `text` with ***. */
function redactSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret && secret.length >= MIN_SECRET_LENGTH)
            out = out.split(secret).join(REDACTED);
    }
    return out;
}
/** The credential values the AWS SDK may sign with, as the runner passes them (aws-actions/configure-aws-credentials). */
function credentialsFromEnv(env) {
    return [env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN].filter((v) => typeof v === 'string' && v !== '');
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/aws/retry.ts

/** Glue errors that mean "try again shortly" but that the SDK does not classify as retryable by itself. */
const GLUE_TRANSIENT = new Set(['ConcurrentModificationException', 'OperationTimeoutException']);
/**
 * The SDK's standard retry strategy (exponential backoff with full jitter, retry quota), extended so that
 * Glue's ConcurrentModificationException and OperationTimeoutException are retried like transient faults.
 * Throttling, 5xx and dropped connections are already retried by the standard strategy.
 */
class GlueRetryStrategy extends retry.StandardRetryStrategy {
    onlyThrottling;
    /**
     * @param onlyThrottling retry only throttling, which Glue answers before doing anything: for calls that are not
     *   idempotent (StartWorkflowRun), where a dropped connection or a 5xx may come after Glue acted.
     */
    constructor(maxAttempts, onlyThrottling = false) {
        super(maxAttempts);
        this.onlyThrottling = onlyThrottling;
    }
    refreshRetryTokenForRetry(token, errorInfo) {
        if (this.onlyThrottling && errorInfo.errorType !== 'THROTTLING') {
            return Promise.reject(errorInfo.error ?? new Error('not retried'));
        }
        const name = errorInfo.error?.name;
        if (name && GLUE_TRANSIENT.has(name) && errorInfo.errorType === 'CLIENT_ERROR') {
            return super.refreshRetryTokenForRetry(token, { ...errorInfo, errorType: 'TRANSIENT' });
        }
        return super.refreshRetryTokenForRetry(token, errorInfo);
    }
}
/** Attempts per call: generous, because a CI job that dies on one "Rate exceeded" is worse than a slow one. */
const MAX_ATTEMPTS = 8;

;// CONCATENATED MODULE: ./src/aws/glue.ts
/**
 * The one module that talks to AWS Glue (and STS for the account id). Everything else decides; this calls.
 * Each method is one Glue API call, named after it, returning plain data.
 */





function isNamed(error, name) {
    return typeof error === 'object' && error !== null && error.name === name;
}
/**
 * Records which IAM action a failed call needed (read by explainError), and takes the credentials out of the error's
 * message: an endpoint or proxy that quotes the request (Authorization, X-Amz-Security-Token) must not put them in a log.
 */
function tagOperation(error, action) {
    if (typeof error === 'object' && error !== null)
        Object.assign(error, { iamAction: action });
    if (error instanceof Error)
        error.message = redactSecrets(error.message, credentialsFromEnv(process.env));
    return error;
}
/** Run property that marks the run one StartWorkflowRun call started (see startWorkflowRun). */
const START_TOKEN_PROPERTY = 'glue-workflow-action:start-token';
/** StartWorkflowRun attempts when the answer is lost (dropped connection, 5xx). */
const START_ATTEMPTS = 4;
/** Whether Glue may have acted although the call failed: no HTTP answer at all, or a server error. */
function mayHaveActed(error) {
    const status = error?.$metadata?.httpStatusCode;
    return status === undefined || status >= 500;
}
class GlueGateway {
    glue;
    /** For StartWorkflowRun only: retries throttling, never an answer that may have been lost after Glue acted. */
    startClient;
    sts;
    region;
    constructor(options) {
        this.region = options.region;
        const retryStrategy = new GlueRetryStrategy(options.maxAttempts ?? MAX_ATTEMPTS);
        this.glue = new dist_cjs/* GlueClient */.lPz({ region: options.region, retryStrategy });
        const startRetryStrategy = new GlueRetryStrategy(options.maxAttempts ?? MAX_ATTEMPTS, true);
        this.startClient = new dist_cjs/* GlueClient */.lPz({ region: options.region, retryStrategy: startRetryStrategy });
        this.sts = new client_sts_dist_cjs/* STSClient */.iM({ region: options.region, retryStrategy });
    }
    /** Sends one command; a failure is tagged with the Glue operation name, so errors can name the IAM action. */
    async send(command, client = this.glue) {
        try {
            return (await client.send(command));
        }
        catch (error) {
            throw tagOperation(error, `glue:${command.constructor.name.replace(/Command$/, '')}`);
        }
    }
    async getAccountId() {
        let identity;
        try {
            identity = await this.sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
        }
        catch (error) {
            throw tagOperation(error, 'sts:GetCallerIdentity');
        }
        if (!identity.Account)
            throw new Error('STS GetCallerIdentity returned no account id');
        return identity.Account;
    }
    /** The workflow with its static graph (every trigger of the workflow), or undefined when it does not exist. */
    async getWorkflow(name, includeGraph = true) {
        return orUndefinedWhenMissing(async () => {
            const out = await this.send(new dist_cjs/* GetWorkflowCommand */.RZ7({ Name: name, IncludeGraph: includeGraph }));
            return out.Workflow;
        });
    }
    /** Names among `names` that are not Glue jobs. One round trip. */
    async findMissingJobs(names) {
        if (names.length === 0)
            return [];
        const out = await this.send(new dist_cjs/* BatchGetJobsCommand */.mdl({ JobNames: names }));
        return out.JobsNotFound ?? [];
    }
    /** Names among `names` that are not Glue crawlers. One round trip per 100 names. */
    async findMissingCrawlers(names) {
        const missing = [];
        for (let i = 0; i < names.length; i += 100) {
            const out = await this.send(new dist_cjs/* BatchGetCrawlersCommand */.ZY8({ CrawlerNames: names.slice(i, i + 100) }));
            missing.push(...(out.CrawlersNotFound ?? []));
        }
        return missing;
    }
    /** The resource's tags, or undefined when the resource does not exist. */
    async getTags(arn) {
        return orUndefinedWhenMissing(async () => {
            const out = await this.send(new dist_cjs/* GetTagsCommand */.$kx({ ResourceArn: arn }));
            return out.Tags ?? {};
        });
    }
    async createWorkflow(request) {
        await this.send(new dist_cjs/* CreateWorkflowCommand */.$jb(request));
    }
    async updateWorkflow(request) {
        await this.send(new dist_cjs/* UpdateWorkflowCommand */.W$v(request));
    }
    async createTrigger(request) {
        await this.send(new dist_cjs/* CreateTriggerCommand */.Ibq(request));
    }
    async updateTrigger(name, update) {
        await this.send(new dist_cjs/* UpdateTriggerCommand */.lC$({ Name: name, TriggerUpdate: update }));
    }
    /** Activates a SCHEDULED or CONDITIONAL trigger. Never called on an ON_DEMAND trigger (that would start a run). */
    async startTrigger(name) {
        await this.send(new dist_cjs/* StartTriggerCommand */.EQN({ Name: name }));
    }
    async deleteTrigger(name) {
        await this.send(new dist_cjs/* DeleteTriggerCommand */.tT$({ Name: name }));
    }
    async tagResource(arn, tags) {
        await this.send(new dist_cjs/* TagResourceCommand */.eqU({ ResourceArn: arn, TagsToAdd: tags }));
    }
    async untagResource(arn, keys) {
        await this.send(new dist_cjs/* UntagResourceCommand */.RP$({ ResourceArn: arn, TagsToRemove: keys }));
    }
    /**
     * Starts one run. StartWorkflowRun is not idempotent, so it is never retried blindly: each call carries a unique
     * token as a run property, and when the answer is lost (dropped connection, 5xx) the run carrying the token is
     * looked up first; only when there is none is the start tried again. Throttling is retried by the SDK.
     */
    async startWorkflowRun(name, runProperties) {
        const token = (0,external_node_crypto_.randomUUID)();
        const request = { Name: name, RunProperties: { ...runProperties, [START_TOKEN_PROPERTY]: token } };
        for (let attempt = 1;; attempt++) {
            try {
                const out = await this.send(new dist_cjs/* StartWorkflowRunCommand */._O8(request), this.startClient);
                if (!out.RunId)
                    throw new Error('StartWorkflowRun returned no RunId');
                return out.RunId;
            }
            catch (error) {
                if (!mayHaveActed(error) || attempt === START_ATTEMPTS)
                    throw error;
                const started = (await this.getRecentWorkflowRuns(name, 10))?.find((run) => run.WorkflowRunProperties?.[START_TOKEN_PROPERTY] === token);
                if (started?.WorkflowRunId)
                    return started.WorkflowRunId;
            }
        }
    }
    /** One run, or undefined when the workflow or the run does not exist. */
    async getWorkflowRun(name, runId, includeGraph = true) {
        return orUndefinedWhenMissing(async () => {
            const out = await this.send(new dist_cjs/* GetWorkflowRunCommand */.sVQ({ Name: name, RunId: runId, IncludeGraph: includeGraph }));
            if (!out.Run)
                throw new Error(`GetWorkflowRun returned no run for ${runId}`);
            return out.Run;
        });
    }
    /** The most recent runs of a workflow (first page only), without graphs; undefined when the workflow does not exist. */
    async getRecentWorkflowRuns(name, maxResults = 25) {
        return orUndefinedWhenMissing(async () => {
            const out = await this.send(new dist_cjs/* GetWorkflowRunsCommand */.dcM({ Name: name, IncludeGraph: false, MaxResults: maxResults }));
            return out.Runs ?? [];
        });
    }
    /** Stops a run; a run that already ended is left alone (returns false). */
    async stopWorkflowRun(name, runId) {
        try {
            await this.send(new dist_cjs/* StopWorkflowRunCommand */.OHI({ Name: name, RunId: runId }));
            return true;
        }
        catch (error) {
            if (isNamed(error, 'IllegalWorkflowStateException'))
                return false;
            throw error;
        }
    }
    async batchStopJobRuns(jobName, jobRunIds) {
        for (let i = 0; i < jobRunIds.length; i += 25) {
            await this.send(new dist_cjs/* BatchStopJobRunCommand */.Oib({ JobName: jobName, JobRunIds: jobRunIds.slice(i, i + 25) }));
        }
    }
}
/** Every read of the gateway says "missing" the same way: undefined, never an EntityNotFoundException. */
async function orUndefinedWhenMissing(read) {
    try {
        return await read();
    }
    catch (error) {
        if (isNamed(error, 'EntityNotFoundException'))
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/session.ts

class Session {
    workflowName;
    region;
    gatewayInstance;
    /** Set by `start`: the run it started or attached to, for `verify` in the same step. */
    startedRunId;
    /** Set by `start` when it followed the run to its end (with graph), so `verify` need not read it again. */
    finishedRun;
    /** Set by `main` when a mode of this step failed: later modes know the step's failure is reported already. */
    failedEarlier = false;
    constructor(workflowName, region) {
        this.workflowName = workflowName;
        this.region = region;
    }
    get gateway() {
        this.gatewayInstance ??= new GlueGateway({ region: this.region });
        return this.gatewayInstance;
    }
}
const SUCCEEDED = { status: 'succeeded' };
function failed(error) {
    return error === undefined ? { status: 'failed' } : { status: 'failed', error };
}


/***/ })

};

//# sourceMappingURL=350.index.js.map