export const id = 59;
export const ids = [59];
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


/***/ })

};

//# sourceMappingURL=59.index.js.map