export const id = 927;
export const ids = [927,59];
export const modules = {

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GlueGateway: () => (/* binding */ GlueGateway),
  START_TOKEN_PROPERTY: () => (/* binding */ START_TOKEN_PROPERTY)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/aws/callLog.ts

/** The `$metadata` the SDK attaches to every output and to every service error (absent on a network error). */
function metadataOf(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const metadata = value.$metadata;
    return typeof metadata === 'object' && metadata !== null ? metadata : undefined;
}
/**
 * `glue:GetWorkflowRun 42 ms · request 9f0c… · 1 attempt`, or for a failure
 * `glue:StartWorkflowRun failed after 3.2 s: ThrottlingException (HTTP 400) · request … · 8 attempts, 2.9 s of backoff`.
 */
function callLogLine(operation, ms, metadata, error) {
    const took = ms < 1000 ? `${Math.round(ms)} ms` : (0,src_text/* duration */.p0)(ms / 1000);
    const status = metadata?.httpStatusCode;
    const head = error === undefined
        ? `${operation} ${took}`
        : `${operation} failed after ${took}: ${errorName(error)}${status ? ` (HTTP ${status})` : ' (no HTTP answer)'}`;
    const attempts = metadata?.attempts ?? 1;
    const backoff = metadata?.totalRetryDelay ? `, ${(0,src_text/* duration */.p0)(metadata.totalRetryDelay / 1000)} of backoff` : '';
    const parts = [
        head,
        ...(metadata?.requestId ? [`request ${metadata.requestId}`] : []),
        `${attempts} attempt${attempts === 1 ? '' : 's'}${backoff}`
    ];
    return (0,src_text/* inertLine */.Fq)(parts.join(' · '), 400);
}
function errorName(error) {
    const name = typeof error === 'object' && error !== null ? error.name : undefined;
    return typeof name === 'string' && name !== '' ? name : 'Error';
}

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
/**
 * Redacts every string inside an answer or an error, in place: an endpoint chooses every field it sends (an error's
 * type becomes the error's `name`, its stack repeats it), so each one is cleaned before anything can print, save or
 * output it. Walks plain objects, arrays and errors; leaves dates and other class instances (streams, responses) alone.
 */
function redactDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    return redactValue(value, secrets, new Set());
}
function redactValue(value, secrets, seen) {
    if (typeof value === 'string')
        return redactSecrets(value, secrets);
    if (typeof value !== 'object' || value === null || seen.has(value))
        return value;
    seen.add(value);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = redactValue(value[i], secrets, seen);
        return value;
    }
    const proto = Object.getPrototypeOf(value);
    if (!(value instanceof Error) && proto !== Object.prototype && proto !== null)
        return value;
    for (const key of Object.getOwnPropertyNames(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (!descriptor)
            continue;
        const record = value;
        if ('value' in descriptor) {
            if (descriptor.writable)
                record[key] = redactValue(descriptor.value, secrets, seen);
        }
        else if (descriptor.get && descriptor.set) {
            // Node 24 makes an error's `stack` an own accessor: read it and write it back redacted.
            record[key] = redactValue(record[key], secrets, seen);
        }
    }
    // An error's name may live on its prototype chain only when a class set it there: give the instance a clean one.
    if (value instanceof Error && value.name.length > 0) {
        const clean = redactSecrets(value.name, secrets);
        if (clean !== value.name)
            Object.defineProperty(value, 'name', { value: clean, writable: true, configurable: true });
    }
    return value;
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






/**
 * `::debug::` lines are hidden by the runner unless step debug logging is on (it then sets RUNNER_DEBUG=1): only then
 * are they written, and only then is @actions/core loaded for them (start-up stays as lean without).
 */
function runnerDebug(line) {
    if (process.env.RUNNER_DEBUG !== '1')
        return;
    void Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 5592)).then((core) => core.debug(line));
}
function isNamed(error, name) {
    return typeof error === 'object' && error !== null && error.name === name;
}
/**
 * Records which IAM action a failed call needed (read by explainError), and takes the credentials out of every field
 * of the error (its name, message, stack, code...): an endpoint or proxy that quotes the request (Authorization,
 * X-Amz-Security-Token), even in the error's type, must not put them in a log.
 */
function tagOperation(error, action) {
    if (typeof error === 'object' && error !== null)
        Object.assign(error, { iamAction: action });
    return redactDeep(error, credentialsFromEnv(process.env));
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
    region;
    maxAttempts;
    /** Shared by the Glue client and STS (one retry quota), as before the clients were made lazily. */
    retryStrategy;
    startClientInstance;
    stsInstance;
    debug;
    constructor(options) {
        this.region = options.region;
        this.debug = options.debug ?? runnerDebug;
        this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
        this.retryStrategy = new GlueRetryStrategy(this.maxAttempts);
        this.glue = new dist_cjs/* GlueClient */.lPz({ region: options.region, retryStrategy: this.retryStrategy });
    }
    /**
     * For StartWorkflowRun only: retries throttling, never an answer that may have been lost after Glue acted.
     * Made on first use, like STS: a client costs start-up time, and most steps need only one of them.
     */
    get startClient() {
        this.startClientInstance ??= new dist_cjs/* GlueClient */.lPz({
            region: this.region,
            retryStrategy: new GlueRetryStrategy(this.maxAttempts, true)
        });
        return this.startClientInstance;
    }
    /** STS, for the account id (deploy only). */
    get sts() {
        this.stsInstance ??= new client_sts_dist_cjs/* STSClient */.iM({ region: this.region, retryStrategy: this.retryStrategy });
        return this.stsInstance;
    }
    /** Sends one command; a failure is tagged with the Glue operation name, so errors can name the IAM action. */
    async send(command, client = this.glue, options = {}) {
        const operation = `glue:${command.constructor.name.replace(/Command$/, '')}`;
        return this.timed(operation, () => client.send(command, options));
    }
    /**
     * One call, with one debug line (operation, milliseconds, request id, attempts); every string of the answer is the
     * endpoint's to choose, so none carries a credential into the action; a failure is tagged with the operation, so
     * errors can name the IAM action.
     */
    async timed(operation, call) {
        const started = performance.now();
        try {
            const output = await call();
            this.logCall(callLogLine(operation, performance.now() - started, metadataOf(output)));
            return redactDeep(output, credentialsFromEnv(process.env));
        }
        catch (error) {
            this.logCall(callLogLine(operation, performance.now() - started, metadataOf(error), error));
            throw tagOperation(error, operation);
        }
    }
    /** The line carries no parameter; the request id is the endpoint's text, so it is redacted like an error. */
    logCall(line) {
        this.debug(redactSecrets(line, credentialsFromEnv(process.env)));
    }
    async getAccountId() {
        const identity = await this.timed('sts:GetCallerIdentity', () => this.sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})));
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
    /** The jobs' default arguments by name, and the names that are not Glue jobs. One round trip. */
    async getJobs(names) {
        if (names.length === 0)
            return { defaultArguments: new Map(), missing: [] };
        const out = await this.send(new dist_cjs/* BatchGetJobsCommand */.mdl({ JobNames: names }));
        return {
            defaultArguments: new Map((out.Jobs ?? []).map((job) => [job.Name ?? '', job.DefaultArguments ?? {}])),
            missing: out.JobsNotFound ?? []
        };
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
    /**
     * The triggers that hold these names, whatever workflow they belong to (a name missing from the answer is free).
     * One round trip: the model sets no limit on the number of names.
     */
    async getTriggersByName(names) {
        if (names.length === 0)
            return [];
        const out = await this.send(new dist_cjs/* BatchGetTriggersCommand */.rVP({ TriggerNames: names }));
        return out.Triggers ?? [];
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
     * looked up first; only when there is none is the start tried again. Throttling is retried by the SDK. The caller
     * may pass the token (saved beforehand, so that a cancelled step can still find the run; see findRunByToken).
     */
    async startWorkflowRun(name, runProperties, token = (0,external_node_crypto_.randomUUID)()) {
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
                const started = (await this.findRunByToken(name, token))?.run;
                if (started?.WorkflowRunId)
                    return started.WorkflowRunId;
            }
        }
    }
    /**
     * The run that the StartWorkflowRun call with this start token started, among the workflow's latest runs:
     * `{ run }` (run undefined when no run carries the token), or undefined when the workflow does not exist.
     */
    async findRunByToken(name, token, options = {}) {
        const runs = await this.getRecentWorkflowRuns(name, 25, options);
        if (runs === undefined)
            return undefined;
        const run = runs.find((r) => r.WorkflowRunProperties?.[START_TOKEN_PROPERTY] === token);
        return run ? { run } : {};
    }
    /** One run, or undefined when the workflow or the run does not exist. */
    async getWorkflowRun(name, runId, includeGraph = true, options = {}) {
        return orUndefinedWhenMissing(async () => {
            const out = await this.send(new dist_cjs/* GetWorkflowRunCommand */.sVQ({ Name: name, RunId: runId, IncludeGraph: includeGraph }), this.glue, options);
            if (!out.Run)
                throw new Error(`GetWorkflowRun returned no run for ${runId}`);
            return out.Run;
        });
    }
    /** The most recent runs of a workflow (first page only), without graphs; undefined when the workflow does not exist. */
    async getRecentWorkflowRuns(name, maxResults = 25, options = {}) {
        return orUndefinedWhenMissing(async () => {
            const out = await this.send(new dist_cjs/* GetWorkflowRunsCommand */.dcM({ Name: name, IncludeGraph: false, MaxResults: maxResults }), this.glue, options);
            return out.Runs ?? [];
        });
    }
    /** Stops a run; a run that already ended is left alone (returns false). */
    async stopWorkflowRun(name, runId, options = {}) {
        try {
            await this.send(new dist_cjs/* StopWorkflowRunCommand */.OHI({ Name: name, RunId: runId }), this.glue, options);
            return true;
        }
        catch (error) {
            if (isNamed(error, 'IllegalWorkflowStateException'))
                return false;
            throw error;
        }
    }
    async batchStopJobRuns(jobName, jobRunIds, options = {}) {
        for (let i = 0; i < jobRunIds.length; i += 25) {
            await this.send(new dist_cjs/* BatchStopJobRunCommand */.Oib({ JobName: jobName, JobRunIds: jobRunIds.slice(i, i + 25) }), this.glue, options);
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


/***/ }),

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ jobRunConsoleUrl),
/* harmony export */   JY: () => (/* binding */ crawlerConsoleUrl),
/* harmony export */   MK: () => (/* binding */ logStreamUrl),
/* harmony export */   ZF: () => (/* binding */ logStreamsUrl),
/* harmony export */   y2: () => (/* binding */ runConsoleUrl)
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
/** A job run's page in the AWS Glue console (Glue Studio): its details, error and links to its logs. */
function jobRunConsoleUrl(region, jobName, jobRunId) {
    return `https://${consoleHost(region)}/gluestudio/home?region=${region}#/job/${encode(jobName)}/run/${encode(jobRunId)}`;
}
/** A crawler's page in the AWS Glue console (its crawls and their logs). */
function crawlerConsoleUrl(region, crawlerName) {
    return `https://${consoleHost(region)}/glue/home?region=${region}#/v2/data-catalog/crawlers/view/${encode(crawlerName)}`;
}
/** The CloudWatch console's escaping of names in its URL fragment: encoded twice, then `%` written as `$`. */
function cloudWatchName(text) {
    return encode(encode(text)).replace(/%/g, '$');
}
/** One log stream in the CloudWatch console. */
function logStreamUrl(region, group, stream) {
    return `https://${consoleHost(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchName(group)}/log-events/${cloudWatchName(stream)}`;
}
/**
 * A log group in the CloudWatch console, showing the streams whose names start with `streamPrefix` (a job run's
 * streams: named after its id, `<id>-driver`, `<id>-executor…`, whatever the Glue version).
 */
function logStreamsUrl(region, group, streamPrefix) {
    return `https://${consoleHost(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchName(group)}$3FlogStreamNameFilter$3D${cloudWatchName(streamPrefix)}`;
}


/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rK: () => (/* binding */ logArguments),
/* harmony export */   wc: () => (/* binding */ failureLogUrl),
/* harmony export */   y$: () => (/* binding */ stageLinks)
/* harmony export */ });
/* unused harmony exports LOG_ARGUMENTS, attemptLinks */
/* harmony import */ var _consoleLink_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6712);
/**
 * Where a stage's logs are, and the links that lead there: per attempt, the job run in the Glue console and its
 * CloudWatch log streams (`/aws-glue/jobs/output` and `/aws-glue/jobs/error`, streams named after the job run id; the
 * continuous-logging group `/aws-glue/jobs/logs-v2` when the job has `--enable-continuous-cloudwatch-log: true`), or,
 * for a crawler, its crawl's log (`/aws-glue/crawlers`, stream = crawler name). Glue's logging arguments that move
 * these (custom groups and stream prefixes) are honoured. Pure.
 */

/** The job arguments that decide where a job run logs; the only ones the action keeps (others may hold secrets). */
const LOG_ARGUMENTS = [
    '--enable-continuous-cloudwatch-log',
    '--continuous-log-logGroup',
    '--continuous-log-logStreamPrefix',
    '--custom-logGroup-prefix',
    '--custom-logStream-prefix'
];
/** Only the logging arguments of a job's (or a job run's) arguments. */
function logArguments(args) {
    return Object.fromEntries(Object.entries(args ?? {}).filter(([key]) => LOG_ARGUMENTS.includes(key)));
}
const DEFAULT_JOB_GROUP = '/aws-glue/jobs';
const CONTINUOUS_GROUP = '/aws-glue/jobs/logs-v2';
const CRAWLER_GROUP = '/aws-glue/crawlers';
function attemptLinks(stage, attempt, ctx) {
    const base = { attempt: attempt.attempt + 1, state: attempt.state };
    if (stage.kind === 'crawler') {
        const group = attempt.logGroup ?? CRAWLER_GROUP;
        return {
            ...base,
            jobRunId: null,
            consoleUrl: (0,_consoleLink_js__WEBPACK_IMPORTED_MODULE_0__/* .crawlerConsoleUrl */ .JY)(ctx.region, stage.target),
            logs: { crawl: (0,_consoleLink_js__WEBPACK_IMPORTED_MODULE_0__/* .logStreamUrl */ .MK)(ctx.region, group, attempt.logStream ?? stage.target) }
        };
    }
    const id = attempt.id;
    if (!id)
        return { ...base, jobRunId: null, consoleUrl: '', logs: {} };
    const args = { ...ctx.jobArguments?.(stage.target), ...attempt.arguments };
    const group = (attempt.logGroupName ?? args['--custom-logGroup-prefix'] ?? DEFAULT_JOB_GROUP).replace(/\/+$/, '');
    const streams = args['--custom-logStream-prefix'] || id;
    const logs = {
        error: (0,_consoleLink_js__WEBPACK_IMPORTED_MODULE_0__/* .logStreamsUrl */ .ZF)(ctx.region, `${group}/error`, streams),
        output: (0,_consoleLink_js__WEBPACK_IMPORTED_MODULE_0__/* .logStreamsUrl */ .ZF)(ctx.region, `${group}/output`, streams)
    };
    if (args['--enable-continuous-cloudwatch-log'] === 'true') {
        const continuous = args['--continuous-log-logGroup'] || CONTINUOUS_GROUP;
        logs.continuous = (0,_consoleLink_js__WEBPACK_IMPORTED_MODULE_0__/* .logStreamsUrl */ .ZF)(ctx.region, continuous, `${args['--continuous-log-logStreamPrefix'] ?? ''}${id}`);
    }
    return { ...base, jobRunId: id, consoleUrl: (0,_consoleLink_js__WEBPACK_IMPORTED_MODULE_0__/* .jobRunConsoleUrl */ .$8)(ctx.region, stage.target, id), logs };
}
/** Links of every attempt of a stage, in order. */
function stageLinks(stage, ctx) {
    return stage.attempts.map((a) => attemptLinks(stage, a, ctx));
}
/** The one link for a stage that did not succeed: its last attempt's error log (a crawler: its crawl's log). */
function failureLogUrl(stage, ctx) {
    const last = stage.attempts.at(-1);
    if (!last)
        return undefined;
    const links = attemptLinks(stage, last, ctx);
    return links.logs.error ?? links.logs.crawl ?? (links.consoleUrl || undefined);
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ SUCCEEDED),
/* harmony export */   Session: () => (/* binding */ Session),
/* harmony export */   g: () => (/* binding */ failed)
/* harmony export */ });
/* harmony import */ var _aws_explainError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1970);
/* harmony import */ var _aws_glue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _run_jobLogs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4973);



class Session {
    workflowName;
    region;
    gatewayInstance;
    /** Set by `start`: the run it started or attached to, for `verify` in the same step. */
    startedRunId;
    /** Set by `start` when it followed the run to its end (with graph), so `verify` need not read it again. */
    finishedRun;
    /** Set by `main` when a mode of this step failed with an error line: later modes have one annotation less. */
    failedEarlier = false;
    /** The logging arguments of each job read so far (deploy reads every job; start and verify read the rest once). */
    jobLogArguments = new Map();
    constructor(workflowName, region) {
        this.workflowName = workflowName;
        this.region = region;
    }
    get gateway() {
        this.gatewayInstance ??= new _aws_glue_js__WEBPACK_IMPORTED_MODULE_0__.GlueGateway({ region: this.region });
        return this.gatewayInstance;
    }
    /** Keeps the logging arguments of jobs that were read (only those: other default arguments may hold secrets). */
    rememberJobs(defaultArguments) {
        for (const [name, args] of defaultArguments)
            this.jobLogArguments.set(name, (0,_run_jobLogs_js__WEBPACK_IMPORTED_MODULE_1__/* .logArguments */ .rK)(args));
    }
    /**
     * How to link the stages of a run to their logs: the region, and the jobs' logging arguments (continuous logging,
     * custom log groups). Jobs not read yet in this step are read with one BatchGetJobs; when that fails (e.g. a role
     * without glue:BatchGetJobs), the links follow the job runs' own arguments, and a debug line says why.
     */
    async linkContext(jobNames) {
        const unread = [...new Set(jobNames)].filter((name) => !this.jobLogArguments.has(name));
        if (unread.length > 0) {
            try {
                this.rememberJobs((await this.gateway.getJobs(unread)).defaultArguments);
            }
            catch (error) {
                // Loaded here, not with the session: the session is made before the first AWS call, @actions/core after it.
                const core = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 5592));
                core.debug(`Log links without the jobs' own arguments: ${(0,_aws_explainError_js__WEBPACK_IMPORTED_MODULE_2__/* .explainError */ .U)(error)}`);
            }
            for (const name of unread)
                if (!this.jobLogArguments.has(name))
                    this.jobLogArguments.set(name, {});
        }
        return { region: this.region, jobArguments: (name) => this.jobLogArguments.get(name) };
    }
}
const SUCCEEDED = { status: 'succeeded' };
function failed(error) {
    return error === undefined ? { status: 'failed' } : { status: 'failed', error };
}


/***/ })

};

//# sourceMappingURL=927.index.js.map