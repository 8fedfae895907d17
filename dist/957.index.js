export const id = 957;
export const ids = [957,160,592,927];
export const modules = {

/***/ 7160:
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
        if (!descriptor || !('value' in descriptor) || !descriptor.writable)
            continue;
        value[key] = redactValue(descriptor.value, secrets, seen);
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
    constructor(options) {
        this.region = options.region;
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
        try {
            const out = (await client.send(command, options));
            // Every string of the answer is the endpoint's to choose: none carries a credential into the action.
            return redactDeep(out, credentialsFromEnv(process.env));
        }
        catch (error) {
            throw tagOperation(error, `glue:${command.constructor.name.replace(/Command$/, '')}`);
        }
    }
    async getAccountId() {
        let identity;
        try {
            identity = redactDeep(await this.sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})), credentialsFromEnv(process.env));
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

/***/ 957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./src/inertCore.ts
var inertCore = __webpack_require__(5592);
;// CONCATENATED MODULE: ./src/aws/arn.ts
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function glueArn(region, accountId, kind, name) {
    return `arn:${partitionOf(region)}:glue:${region}:${accountId}:${kind}/${name}`;
}

;// CONCATENATED MODULE: ./src/aws/glueConstraints.ts
/** The input shape of each Glue operation deploy writes with. */
const DEPLOY_OPERATION_INPUTS = {
    CreateWorkflow: 'CreateWorkflowRequest',
    UpdateWorkflow: 'UpdateWorkflowRequest',
    CreateTrigger: 'CreateTriggerRequest',
    UpdateTrigger: 'UpdateTriggerRequest',
    StartTrigger: 'StartTriggerRequest',
    DeleteTrigger: 'DeleteTriggerRequest',
    TagResource: 'TagResourceRequest',
    UntagResource: 'UntagResourceRequest'
};
/** Every shape those inputs reach, with its constraints only. */
const GLUE_SHAPES = {
    CreateWorkflowRequest: {
        type: 'structure',
        required: ['Name'],
        members: {
            Name: 'NameString',
            Description: 'GenericString',
            DefaultRunProperties: 'WorkflowRunProperties',
            Tags: 'TagsMap',
            MaxConcurrentRuns: 'NullableInteger'
        }
    },
    NameString: {
        type: 'string',
        min: 1,
        max: 255,
        pattern: '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*'
    },
    GenericString: {
        type: 'string'
    },
    WorkflowRunProperties: {
        type: 'map',
        key: 'IdString',
        value: 'GenericString'
    },
    IdString: {
        type: 'string',
        min: 1,
        max: 255,
        pattern: '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*'
    },
    TagsMap: {
        type: 'map',
        min: 0,
        max: 50,
        key: 'TagKey',
        value: 'TagValue'
    },
    TagKey: {
        type: 'string',
        min: 1,
        max: 128
    },
    TagValue: {
        type: 'string',
        min: 0,
        max: 256
    },
    NullableInteger: {
        type: 'integer'
    },
    UpdateWorkflowRequest: {
        type: 'structure',
        required: ['Name'],
        members: {
            Name: 'NameString',
            Description: 'GenericString',
            DefaultRunProperties: 'WorkflowRunProperties',
            MaxConcurrentRuns: 'NullableInteger'
        }
    },
    CreateTriggerRequest: {
        type: 'structure',
        required: ['Name', 'Type', 'Actions'],
        members: {
            Name: 'NameString',
            WorkflowName: 'NameString',
            Type: 'TriggerType',
            Schedule: 'GenericString',
            Predicate: 'Predicate',
            Actions: 'ActionList',
            Description: 'DescriptionString',
            StartOnCreation: 'BooleanValue',
            Tags: 'TagsMap',
            EventBatchingCondition: 'EventBatchingCondition'
        }
    },
    TriggerType: {
        type: 'string',
        enum: ['SCHEDULED', 'CONDITIONAL', 'ON_DEMAND', 'EVENT']
    },
    Predicate: {
        type: 'structure',
        members: {
            Logical: 'Logical',
            Conditions: 'ConditionList'
        }
    },
    Logical: {
        type: 'string',
        enum: ['AND', 'ANY']
    },
    ConditionList: {
        type: 'list',
        member: 'Condition'
    },
    Condition: {
        type: 'structure',
        members: {
            LogicalOperator: 'LogicalOperator',
            JobName: 'NameString',
            State: 'JobRunState',
            CrawlerName: 'NameString',
            CrawlState: 'CrawlState'
        }
    },
    LogicalOperator: {
        type: 'string',
        enum: ['EQUALS']
    },
    JobRunState: {
        type: 'string',
        enum: ['STARTING', 'RUNNING', 'STOPPING', 'STOPPED', 'SUCCEEDED', 'FAILED', 'TIMEOUT', 'ERROR', 'WAITING']
    },
    CrawlState: {
        type: 'string',
        enum: ['RUNNING', 'CANCELLING', 'CANCELLED', 'SUCCEEDED', 'FAILED', 'ERROR']
    },
    ActionList: {
        type: 'list',
        member: 'Action'
    },
    Action: {
        type: 'structure',
        members: {
            JobName: 'NameString',
            Arguments: 'GenericMap',
            Timeout: 'Timeout',
            SecurityConfiguration: 'NameString',
            NotificationProperty: 'NotificationProperty',
            CrawlerName: 'NameString'
        }
    },
    GenericMap: {
        type: 'map',
        key: 'GenericString',
        value: 'GenericString'
    },
    Timeout: {
        type: 'integer',
        min: 1
    },
    NotificationProperty: {
        type: 'structure',
        members: {
            NotifyDelayAfter: 'NotifyDelayAfter'
        }
    },
    NotifyDelayAfter: {
        type: 'integer',
        min: 1
    },
    DescriptionString: {
        type: 'string',
        min: 0,
        max: 2048,
        pattern: '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*'
    },
    BooleanValue: {
        type: 'boolean'
    },
    EventBatchingCondition: {
        type: 'structure',
        required: ['BatchSize'],
        members: {
            BatchSize: 'BatchSize',
            BatchWindow: 'BatchWindow'
        }
    },
    BatchSize: {
        type: 'integer',
        min: 1,
        max: 100
    },
    BatchWindow: {
        type: 'integer',
        min: 1,
        max: 900
    },
    UpdateTriggerRequest: {
        type: 'structure',
        required: ['Name', 'TriggerUpdate'],
        members: {
            Name: 'NameString',
            TriggerUpdate: 'TriggerUpdate'
        }
    },
    TriggerUpdate: {
        type: 'structure',
        members: {
            Name: 'NameString',
            Description: 'DescriptionString',
            Schedule: 'GenericString',
            Actions: 'ActionList',
            Predicate: 'Predicate',
            EventBatchingCondition: 'EventBatchingCondition'
        }
    },
    StartTriggerRequest: {
        type: 'structure',
        required: ['Name'],
        members: {
            Name: 'NameString'
        }
    },
    DeleteTriggerRequest: {
        type: 'structure',
        required: ['Name'],
        members: {
            Name: 'NameString'
        }
    },
    TagResourceRequest: {
        type: 'structure',
        required: ['ResourceArn', 'TagsToAdd'],
        members: {
            ResourceArn: 'GlueResourceArn',
            TagsToAdd: 'TagsMap'
        }
    },
    GlueResourceArn: {
        type: 'string',
        min: 1,
        max: 10240,
        pattern: 'arn:(aws|aws-us-gov|aws-cn):glue:.*'
    },
    UntagResourceRequest: {
        type: 'structure',
        required: ['ResourceArn', 'TagsToRemove'],
        members: {
            ResourceArn: 'GlueResourceArn',
            TagsToRemove: 'TagKeysList'
        }
    },
    TagKeysList: {
        type: 'list',
        min: 0,
        max: 50,
        member: 'TagKey'
    }
};

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/aws/requestLimits.ts
/**
 * Checks a request against the constraints of Glue's API model (lengths, patterns, list and map sizes, enums,
 * required members) before it is sent, so that a plan Glue would refuse half-way is refused before its first write.
 * The constraints are a table generated from the model (glueConstraints.ts). Pure.
 */


const patterns = new Map();
function patternOf(source) {
    let regex = patterns.get(source);
    if (!regex) {
        // The model writes characters beyond U+FFFF as surrogate pairs: with the `u` flag they read as code points.
        regex = new RegExp(`^(?:${source})$`, 'u');
        patterns.set(source, regex);
    }
    return regex;
}
/** Glue counts characters (code points), not UTF-16 units. */
function lengthOf(text) {
    return [...text].length;
}
function check(value, shapeName, path, out) {
    const shape = GLUE_SHAPES[shapeName];
    if (value === undefined || value === null || !shape)
        return;
    const fail = (what) => {
        out.push(`${path} ${what}`);
    };
    switch (shape.type) {
        case 'string': {
            if (typeof value !== 'string')
                return fail('must be a string');
            const length = lengthOf(value);
            if (shape.min !== undefined && length < shape.min)
                fail(`must have at least ${shape.min} characters`);
            if (shape.max !== undefined && length > shape.max)
                fail(`must have at most ${shape.max} characters (has ${length})`);
            if (shape.enum && !shape.enum.includes(value))
                fail(`must be one of ${shape.enum.join(', ')}`);
            if (shape.pattern && !patternOf(shape.pattern).test(value))
                fail('has a character Glue does not allow here');
            return;
        }
        case 'integer':
        case 'long': {
            if (typeof value !== 'number')
                return fail('must be a number');
            if (shape.min !== undefined && value < shape.min)
                fail(`must be at least ${shape.min}`);
            if (shape.max !== undefined && value > shape.max)
                fail(`must be at most ${shape.max}`);
            return;
        }
        case 'list': {
            if (!Array.isArray(value))
                return fail('must be a list');
            if (shape.min !== undefined && value.length < shape.min)
                fail(`must have at least ${shape.min} entries`);
            if (shape.max !== undefined && value.length > shape.max)
                fail(`must have at most ${shape.max} entries`);
            value.forEach((item, i) => check(item, shape.member, `${path}[${i}]`, out));
            return;
        }
        case 'map': {
            if (typeof value !== 'object')
                return fail('must be a map');
            const entries = Object.entries(value);
            if (shape.min !== undefined && entries.length < shape.min)
                fail(`must have at least ${shape.min} entries`);
            if (shape.max !== undefined && entries.length > shape.max)
                fail(`must have at most ${shape.max} entries`);
            for (const [key, item] of entries) {
                check(key, shape.key, `${path} key '${(0,src_text/* oneLine */.TN)(key, 40)}'`, out);
                check(item, shape.value, `${path}['${(0,src_text/* oneLine */.TN)(key, 40)}']`, out);
            }
            return;
        }
        case 'structure': {
            if (typeof value !== 'object')
                return fail('must be a structure');
            const record = value;
            for (const required of shape.required ?? []) {
                if (record[required] === undefined)
                    out.push(`${path ? `${path}.` : ''}${required} is required`);
            }
            for (const [member, memberShape] of Object.entries(shape.members ?? {})) {
                check(record[member], memberShape, path ? `${path}.${member}` : member, out);
            }
            return;
        }
        default:
            return;
    }
}
/** What Glue would refuse in this request of `operation`, one phrase each ([] when it fits the model). */
function requestViolations(operation, request) {
    const input = DEPLOY_OPERATION_INPUTS[operation];
    if (!input)
        throw new Error(`No constraints for Glue operation ${operation}`);
    const out = [];
    check(request, input, '', out);
    return out;
}
/** Glue's limit on a description (workflow and trigger): generated descriptions are shortened to it. */
const DESCRIPTION_MAX = GLUE_SHAPES.DescriptionString?.max ?? 2048;

;// CONCATENATED MODULE: ./src/deploy/applyPlan.ts


/**
 * A write failed because Glue changed under us (another deploy created, deleted or modified the same resource):
 * the caller should read Glue again and re-plan instead of failing.
 */
class ConflictError extends Error {
    write;
    constructor(write, cause) {
        super(`${write.op} conflicted with a concurrent change: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.write = write;
        this.name = 'ConflictError';
    }
}
const CONFLICTS = new Set([
    'AlreadyExistsException',
    'EntityNotFoundException',
    'ConcurrentModificationException',
    'IdempotentParameterMismatchException'
]);
/** The request a write sends, as Glue's model names its members (for the constraint check). */
function requestOf(write) {
    switch (write.op) {
        case 'CreateWorkflow':
        case 'UpdateWorkflow':
        case 'CreateTrigger':
            return write.request;
        case 'UpdateTrigger':
            return { Name: write.name, TriggerUpdate: write.update };
        case 'StartTrigger':
        case 'DeleteTrigger':
            return { Name: write.name };
        case 'TagResource':
            return { ResourceArn: write.arn, TagsToAdd: write.tags };
        case 'UntagResource':
            return { ResourceArn: write.arn, TagsToRemove: write.keys };
    }
}
/**
 * Every request of the plan checked against Glue's model before the first one is sent: a plan Glue would refuse
 * half-way (after some writes) is refused whole, with nothing written. Throws one line naming each problem.
 */
function checkWrites(writes) {
    const problems = writes.flatMap((write) => requestViolations(write.op, requestOf(write)).map((v) => `${write.op} ${v}`));
    if (problems.length === 0)
        return;
    const shown = problems.slice(0, 3);
    const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
    throw new Error(`Glue would refuse this deploy's requests, so nothing of it was written: ${(0,src_text/* listing */.RR)(shown)}${more}. ` +
        'Shorten the names or values concerned');
}
async function applyWrites(gateway, writes, onWrite = () => { }) {
    checkWrites(writes);
    for (const write of writes) {
        try {
            await applyWrite(gateway, write);
        }
        catch (error) {
            const name = error.name ?? '';
            if (CONFLICTS.has(name))
                throw new ConflictError(write, error);
            throw error;
        }
        onWrite(write);
    }
}
function applyWrite(gateway, write) {
    switch (write.op) {
        case 'CreateWorkflow':
            return gateway.createWorkflow(write.request);
        case 'UpdateWorkflow':
            return gateway.updateWorkflow(write.request);
        case 'CreateTrigger':
            return gateway.createTrigger(write.request);
        case 'UpdateTrigger':
            return gateway.updateTrigger(write.name, write.update);
        case 'StartTrigger':
            return gateway.startTrigger(write.name);
        case 'DeleteTrigger':
            return gateway.deleteTrigger(write.name);
        case 'TagResource':
            return gateway.tagResource(write.arn, write.tags);
        case 'UntagResource':
            return gateway.untagResource(write.arn, write.keys);
    }
}

;// CONCATENATED MODULE: ./src/deploy/converge.ts
/**
 * Applies a plan, then re-reads Glue and re-plans until Glue matches the inputs. When Glue changed under the deploy
 * (another deploy of the same workflow writing at the same time), it backs off for a jittered, growing time before
 * reading again, so that one of the two finishes whole and the other then applies its own inputs over it, whole,
 * instead of both interleaving writes until they give up and leave a mix. Time and randomness are injected.
 */

/** Plan-apply rounds before giving up on a workflow that keeps changing under us. */
const MAX_ROUNDS = 6;
/** Wait before re-reading after round `round` found Glue changed: 0.5-1.5 × 0.5 s, 1 s, 2 s, ... up to 8 s. */
function convergeBackoffMs(round, random) {
    const base = Math.min(500 * 2 ** (round - 1), 8000);
    return Math.round(base * (0.5 + random));
}
/** Returns the number of writes made; throws when Glue still changed under the deploy after MAX_ROUNDS rounds. */
async function converge(workflowName, first, deps) {
    let plan = first;
    let writes = 0;
    for (let round = 1;; round++) {
        try {
            await deps.apply(plan.writes, () => writes++);
        }
        catch (error) {
            if (!(error instanceof ConflictError))
                throw error;
            deps.warn(`${error.message}; reading Glue again and re-planning`);
        }
        plan = await deps.replan();
        if (plan.writes.length === 0)
            return writes;
        if (round === MAX_ROUNDS)
            break;
        const waitMs = convergeBackoffMs(round, deps.random());
        deps.info(`Glue changed while deploying (${plan.writes.length} writes left; another deploy running?): ` +
            `reading again in ${(waitMs / 1000).toFixed(1)} s (round ${round + 1})`);
        await deps.sleep(waitMs);
        plan = await deps.replan();
        if (plan.writes.length === 0)
            return writes;
    }
    throw new Error(`workflow ${workflowName} kept changing during the deploy (another deploy running at the same time?); ` +
        'run the deploy again once the other one has finished');
}

// EXTERNAL MODULE: ./src/pipeline/graph.ts
var graph = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/pipeline/triggerNames.ts
var triggerNames = __webpack_require__(5268);
;// CONCATENATED MODULE: ./src/deploy/plan.ts




const MANAGED = '(managed by glue-workflow-action)';
function planResources(spec) {
    const stages = spec.pipeline.stages;
    const byName = new Map(stages.map((s) => [s.name, s]));
    const sorted = (0,graph/* topologicalOrder */._o)(stages);
    const ordered = 'order' in sorted ? sorted.order : stages;
    return {
        workflow: {
            name: spec.workflowName,
            description: spec.description,
            defaultRunProperties: spec.defaultRunProperties,
            ...(spec.maxConcurrentRuns === undefined ? {} : { maxConcurrentRuns: spec.maxConcurrentRuns })
        },
        triggers: [
            planStartTrigger(spec),
            ...ordered.filter((s) => s.after.length > 0).map((s) => planStageTrigger(spec.workflowName, s, byName))
        ]
    };
}
function planStartTrigger(spec) {
    const roots = (0,graph/* rootStages */.UO)(spec.pipeline);
    const base = {
        name: (0,triggerNames/* startTriggerName */.G)(spec.workflowName),
        description: triggerDescription(`Starts ${roots.map((s) => s.name).join(', ')}`),
        actions: roots.map(actionOf)
    };
    const startOn = spec.startOn;
    if (startOn.type === 'schedule')
        return { ...base, type: 'SCHEDULED', schedule: startOn.cron, activated: true };
    if (startOn.type === 'event') {
        const eventBatchingCondition = { BatchSize: startOn.batchSize };
        if (startOn.batchWindowSeconds !== undefined)
            eventBatchingCondition.BatchWindow = startOn.batchWindowSeconds;
        return { ...base, type: 'EVENT', eventBatchingCondition, activated: false };
    }
    return { ...base, type: 'ON_DEMAND', activated: false };
}
function planStageTrigger(workflowName, stage, byName) {
    const conditions = stage.after.map((name) => {
        const upstream = byName.get(name);
        return upstream.kind === 'job'
            ? { LogicalOperator: 'EQUALS', JobName: upstream.target, State: 'SUCCEEDED' }
            : { LogicalOperator: 'EQUALS', CrawlerName: upstream.target, CrawlState: 'SUCCEEDED' };
    });
    const logic = stage.when === 'any' ? 'any' : 'all';
    return {
        name: (0,triggerNames/* stageTriggerName */.i)(workflowName, stage.name),
        type: 'CONDITIONAL',
        stage: stage.name,
        description: triggerDescription(`Starts ${stage.name} when ${logic} of ${stage.after.join(', ')} succeeded`),
        predicate: { Logical: stage.when === 'any' ? 'ANY' : 'AND', Conditions: conditions },
        actions: [actionOf(stage)],
        activated: true
    };
}
/**
 * A trigger's description, within Glue's 2,048 characters: a wide fan-in of long stage names is cut (`…`) before the
 * ownership note, which always ends it. The same stages always give the same text, so a redeploy writes nothing.
 */
function triggerDescription(what) {
    return `${(0,src_text/* oneLine */.TN)(what, DESCRIPTION_MAX - MANAGED.length - 1)} ${MANAGED}`;
}
function actionOf(stage) {
    if (stage.kind === 'crawler')
        return { CrawlerName: stage.target };
    const action = { JobName: stage.target };
    if (Object.keys(stage.arguments).length > 0)
        action.Arguments = stage.arguments;
    if (stage.timeoutMinutes !== undefined)
        action.Timeout = stage.timeoutMinutes;
    return action;
}

;// CONCATENATED MODULE: ./src/deploy/existing.ts
/** Every trigger of the workflow, from its static graph. */
function triggersOf(workflow) {
    const nodes = workflow?.Graph?.Nodes ?? [];
    return nodes.filter((n) => n.Type === 'TRIGGER' && n.TriggerDetails?.Trigger).map((n) => n.TriggerDetails.Trigger);
}
/** Triggers in the workflow that the desired state does not have: candidates for deletion, if this action owns them. */
function strayTriggers(desired, workflow) {
    const wanted = new Set(desired.triggers.map((t) => t.name));
    return triggersOf(workflow)
        .map((t) => t.Name)
        .filter((name) => !wanted.has(name));
}

// EXTERNAL MODULE: ./src/pipeline/reservedTags.ts
var reservedTags = __webpack_require__(4245);
;// CONCATENATED MODULE: ./src/deploy/tags.ts
/** The tags deploy writes (user tags + the reserved ones) and what must change on a resource. Pure. */

/** Tags written on create/change: user tags, the ownership tag and provenance. */
function managedTags(userTags, provenance) {
    const [repository, commit, runUrl] = reservedTags/* PROVENANCE_TAGS */.CJ;
    const tags = { ...userTags, [reservedTags/* OWNER_TAG */.FX]: reservedTags/* OWNER_VALUE */.se };
    if (provenance.repository)
        tags[repository] = provenance.repository.slice(0, 256);
    if (provenance.commit)
        tags[commit] = provenance.commit.slice(0, 256);
    if (provenance.runUrl)
        tags[runUrl] = provenance.runUrl.slice(0, 256);
    return tags;
}
/**
 * What must change so that `existing` carries the user tags and the ownership tag. Provenance tags only say which
 * deploy last changed the resource, so a different commit alone is not a change (a redeploy stays write-free).
 */
function diffTags(desired, existing) {
    const provenance = new Set(reservedTags/* PROVENANCE_TAGS */.CJ);
    const add = {};
    for (const [key, value] of Object.entries(desired)) {
        if (provenance.has(key))
            continue;
        if (existing[key] !== value)
            add[key] = value;
    }
    const remove = Object.keys(existing).filter((key) => !(key in desired) && !provenance.has(key));
    if (Object.keys(add).length > 0) {
        for (const key of reservedTags/* PROVENANCE_TAGS */.CJ)
            if (key in desired)
                add[key] = desired[key];
    }
    return { add, remove };
}

;// CONCATENATED MODULE: ./src/deploy/diff.ts


const GLUE_DEFAULT_TIMEOUT = 2880;
function diffResources(desired, existing, ctx) {
    const entries = [];
    const writes = [];
    const tagChange = diffTags(ctx.tags, existing.workflowTags);
    const tagPhrases = describeTagChange(tagChange);
    const tagWrites = (arn) => [
        ...(Object.keys(tagChange.add).length > 0 ? [{ op: 'TagResource', arn, tags: tagChange.add }] : []),
        ...(tagChange.remove.length > 0 ? [{ op: 'UntagResource', arn, keys: tagChange.remove }] : [])
    ];
    // 1. The workflow.
    if (!existing.workflow) {
        entries.push({ resource: 'workflow', name: desired.workflow.name, action: 'create', changes: [] });
        writes.push({ op: 'CreateWorkflow', request: createWorkflowRequest(desired.workflow, ctx.tags) });
    }
    else {
        const changes = workflowChanges(desired.workflow, existing.workflow);
        if (changes.length > 0)
            writes.push({ op: 'UpdateWorkflow', request: updateWorkflowRequest(desired.workflow) });
        const all = [...changes, ...tagPhrases];
        entries.push({
            resource: 'workflow',
            name: desired.workflow.name,
            action: all.length ? 'update' : 'unchanged',
            changes: all
        });
    }
    // 2. Deletions first: triggers this action owns that the inputs no longer have, and triggers whose type changed.
    const current = new Map(triggersOf(existing.workflow).map((t) => [t.Name, t]));
    for (const [name, owned] of existing.strayOwnership) {
        if (owned) {
            entries.push({ resource: 'trigger', name, action: 'delete', changes: ['no longer in the inputs'] });
            writes.push({ op: 'DeleteTrigger', name });
        }
        else {
            entries.push({ resource: 'trigger', name, action: 'keep', changes: ['not managed by this action: left alone'] });
        }
    }
    const replaced = desired.triggers.filter((t) => {
        const found = current.get(t.name);
        return found !== undefined && found.Type !== t.type;
    });
    for (const t of replaced)
        writes.push({ op: 'DeleteTrigger', name: t.name });
    // 3. Triggers in dependency order: start trigger, then each stage after the stages it waits for.
    for (const want of desired.triggers) {
        const found = current.get(want.name);
        if (!found || found.Type !== want.type) {
            const action = found ? 'replace' : 'create';
            const changes = found ? [`type ${found.Type} → ${want.type} (Glue cannot change a trigger's type)`] : [];
            entries.push({ resource: 'trigger', name: want.name, action, changes });
            writes.push({ op: 'CreateTrigger', request: createTriggerRequest(desired.workflow.name, want, ctx.tags) });
            continue;
        }
        const changes = triggerChanges(want, found);
        if (changes.length > 0)
            writes.push({ op: 'UpdateTrigger', name: want.name, update: triggerUpdate(want) });
        const needsActivation = want.activated && found.State !== 'ACTIVATED' && found.State !== 'ACTIVATING';
        if (needsActivation) {
            changes.push(`activate (${found.State ?? 'no state'} → ACTIVATED)`);
            writes.push({ op: 'StartTrigger', name: want.name });
        }
        writes.push(...tagWrites(ctx.arnOf('trigger', want.name)));
        const all = [...changes, ...tagPhrases];
        entries.push({ resource: 'trigger', name: want.name, action: all.length ? 'update' : 'unchanged', changes: all });
    }
    // 4. The workflow's own tags last: they mark the tag change as done. Trigger tags are not read (that would cost a
    // call per trigger on every deploy); they are planned from the workflow's tags instead. So if a deploy stops before
    // this point (killed, or failed), the workflow still shows the old tags and the next deploy tags every trigger again.
    if (existing.workflow)
        writes.push(...tagWrites(ctx.arnOf('workflow', desired.workflow.name)));
    return { entries, writes };
}
function createWorkflowRequest(w, tags) {
    return {
        Name: w.name,
        ...(w.description ? { Description: w.description } : {}),
        ...(Object.keys(w.defaultRunProperties).length ? { DefaultRunProperties: w.defaultRunProperties } : {}),
        ...(w.maxConcurrentRuns === undefined ? {} : { MaxConcurrentRuns: w.maxConcurrentRuns }),
        Tags: tags
    };
}
function updateWorkflowRequest(w) {
    return {
        Name: w.name,
        Description: w.description,
        DefaultRunProperties: w.defaultRunProperties,
        ...(w.maxConcurrentRuns === undefined ? {} : { MaxConcurrentRuns: w.maxConcurrentRuns })
    };
}
function workflowChanges(want, found) {
    const changes = [];
    if (want.description !== (found.Description ?? ''))
        changes.push('description');
    if (!sameMap(want.defaultRunProperties, found.DefaultRunProperties ?? {}))
        changes.push('default run properties');
    if (want.maxConcurrentRuns !== undefined && want.maxConcurrentRuns !== found.MaxConcurrentRuns) {
        changes.push(`max concurrent runs ${found.MaxConcurrentRuns ?? 'unlimited'} → ${want.maxConcurrentRuns}`);
    }
    return changes;
}
function createTriggerRequest(workflowName, t, tags) {
    return {
        Name: t.name,
        WorkflowName: workflowName,
        Type: t.type,
        Description: t.description,
        ...(t.schedule ? { Schedule: t.schedule } : {}),
        ...(t.predicate ? { Predicate: t.predicate } : {}),
        Actions: t.actions,
        ...(t.eventBatchingCondition ? { EventBatchingCondition: t.eventBatchingCondition } : {}),
        // Activates SCHEDULED and CONDITIONAL triggers; never set for ON_DEMAND (Glue refuses) or EVENT.
        ...(t.activated ? { StartOnCreation: true } : {}),
        Tags: tags
    };
}
/** UpdateTrigger replaces the whole definition, so it always carries every field. */
function triggerUpdate(t) {
    return {
        Description: t.description,
        Actions: t.actions,
        ...(t.schedule ? { Schedule: t.schedule } : {}),
        ...(t.predicate ? { Predicate: t.predicate } : {}),
        ...(t.eventBatchingCondition ? { EventBatchingCondition: t.eventBatchingCondition } : {})
    };
}
function triggerChanges(want, found) {
    const changes = [];
    if (want.description !== (found.Description ?? ''))
        changes.push('description');
    if ((want.schedule ?? '') !== (found.Schedule ?? ''))
        changes.push(`schedule ${found.Schedule ?? 'none'} → ${want.schedule}`);
    const wantWaits = describePredicate(want.predicate);
    const foundWaits = describePredicate(found.Predicate);
    if (wantWaits !== foundWaits)
        changes.push(`waits for ${foundWaits || 'nothing'} → ${wantWaits || 'nothing'}`);
    const wantActions = describeActions(want.actions);
    if (wantActions !== describeActions(found.Actions ?? [], want.actions))
        changes.push(`starts ${wantActions}`);
    const wantBatch = JSON.stringify(want.eventBatchingCondition ?? null);
    const foundBatch = JSON.stringify(found.EventBatchingCondition ?? null);
    if (want.type === 'EVENT' && wantBatch !== foundBatch)
        changes.push('event batching');
    return changes;
}
/** A canonical text of a predicate: logic and sorted conditions, e.g. "all of job:a=SUCCEEDED, job:b=SUCCEEDED". */
function describePredicate(p) {
    const conditions = (p?.Conditions ?? [])
        .map((c) => (c.CrawlerName ? `crawler:${c.CrawlerName}=${c.CrawlState}` : `job:${c.JobName}=${c.State}`))
        .sort();
    if (conditions.length === 0)
        return '';
    return `${p?.Logical === 'ANY' ? 'any' : 'all'} of ${conditions.join(', ')}`;
}
/**
 * A canonical text of actions. When `reference` (the desired actions) sets no timeout for a job, a found timeout equal
 * to Glue's default counts as unset, since Glue may report its default.
 */
function describeActions(actions, reference) {
    return actions
        .map((a) => {
        const ref = reference?.find((r) => r.JobName === a.JobName && r.CrawlerName === a.CrawlerName);
        const timeout = a.Timeout === GLUE_DEFAULT_TIMEOUT && ref && ref.Timeout === undefined ? undefined : a.Timeout;
        const args = Object.entries(a.Arguments ?? {}).sort(([x], [y]) => x.localeCompare(y));
        const target = a.CrawlerName ? `crawler:${a.CrawlerName}` : `job:${a.JobName}`;
        return `${target}${args.length ? ` ${JSON.stringify(args)}` : ''}${timeout ? ` timeout ${timeout}m` : ''}`;
    })
        .sort()
        .join(', ');
}
function describeTagChange(change) {
    const hidden = (k) => k.startsWith('glue-workflow-action:') && k !== 'glue-workflow-action:managed-by';
    const added = Object.keys(change.add).filter((k) => !hidden(k));
    const phrases = [];
    if (added.length)
        phrases.push(`tags set: ${added.join(', ')}`);
    if (change.remove.length)
        phrases.push(`tags removed: ${change.remove.join(', ')}`);
    return phrases;
}
function sameMap(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

// EXTERNAL MODULE: ./src/deploy/firstReads.ts + 1 modules
var firstReads = __webpack_require__(7698);
;// CONCATENATED MODULE: ./src/deploy/stageFlowchart.ts

function startLabel(startOn) {
    if (startOn.type === 'schedule')
        return startOn.cron;
    if (startOn.type === 'event')
        return 'EventBridge event';
    return 'on demand';
}
function stageFlowchart(pipeline, startOn) {
    // Node ids come from positions, never from names: `silver-x` and `silver_x` are two nodes.
    const ids = new Map(pipeline.stages.map((s, i) => [s.name, `s${i}`]));
    const mermaidId = (stage) => ids.get(stage) ?? 's_unknown';
    const lines = ['flowchart LR', `  start(["start: ${(0,src_text/* mermaidLabel */._b)(startLabel(startOn))}"])`];
    for (const s of pipeline.stages) {
        const kind = s.kind === 'crawler' ? 'crawler' : 'job';
        lines.push(`  ${mermaidId(s.name)}["${(0,src_text/* mermaidLabel */._b)(s.name)}<br/><small>${kind}: ${(0,src_text/* mermaidLabel */._b)(s.target)}</small>"]`);
    }
    for (const s of pipeline.stages) {
        if (s.after.length === 0)
            lines.push(`  start --> ${mermaidId(s.name)}`);
        for (const up of s.after) {
            const label = s.when === 'any' && s.after.length > 1 ? '-- any -->' : '-->';
            lines.push(`  ${mermaidId(up)} ${label} ${mermaidId(s.name)}`);
        }
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/report.ts


const SYMBOL = {
    create: '+',
    update: '~',
    replace: '±',
    delete: '-',
    unchanged: '=',
    keep: '!'
};
function planLogLines(plan) {
    return plan.entries.map((e) => `${SYMBOL[e.action]} ${e.action} ${e.resource} ${e.name}${e.changes.length ? `: ${e.changes.join('; ')}` : ''}`);
}
function planHeadline(plan, dryRun) {
    const count = (action) => plan.entries.filter((e) => e.action === action).length;
    const parts = ['create', 'update', 'replace', 'delete']
        .filter((a) => count(a) > 0)
        .map((a) => `${count(a)} to ${a}`);
    if (plan.writes.length === 0)
        return 'No changes: Glue already matches the inputs (0 writes).';
    const verb = dryRun ? 'Dry run, nothing written. Would make' : 'Made';
    return `${verb} ${plan.writes.length} write${plan.writes.length === 1 ? '' : 's'}: ${parts.join(', ') || 'tags'}.`;
}
function planSummaryMarkdown({ workflowName, plan, dryRun, pipeline, startOn }) {
    const rows = plan.entries.map((e) => `| ${e.resource} \`${(0,src_text/* markdownText */.p7)(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${(0,src_text/* markdownText */.p7)(e.changes.join('; '), 1000) || '–'} |`);
    return [
        `## Glue deploy plan: \`${(0,src_text/* markdownText */.p7)(workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
        '',
        dryRun
            ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${planHeadline(plan, true)}`
            : planHeadline(plan, false),
        '',
        '| Resource | Action | What changes |',
        '| --- | --- | --- |',
        ...rows,
        '',
        '### Stage graph',
        '',
        '```mermaid',
        stageFlowchart(pipeline, startOn),
        '```',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/provenance.ts
function provenanceFromContext(env = process.env) {
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = parseInt(env.GITHUB_RUN_ID, 10);
    const sha = env.GITHUB_SHA;
    let repository = '';
    if (env.GITHUB_REPOSITORY) {
        const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
        repository = `${owner}/${repo}`;
    }
    return {
        repository,
        commit: sha,
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''
    };
}

;// CONCATENATED MODULE: ./src/deploy/readExisting.ts


async function readExisting(gateway, desired, options) {
    const workflow = await (options.workflow ?? gateway.getWorkflow(desired.workflow.name, true));
    if (!workflow)
        return { workflowTags: {}, strayOwnership: new Map() };
    const strays = strayTriggers(desired, workflow);
    const [workflowTags, ...strayTags] = await Promise.all([
        gateway.getTags(options.arnOf('workflow', desired.workflow.name)),
        ...strays.map((name) => gateway.getTags(options.arnOf('trigger', name)))
    ]);
    return {
        workflow,
        // A resource deleted between the two reads has no tags (and is not ours).
        workflowTags: workflowTags ?? {},
        strayOwnership: new Map(strays.map((name, i) => [name, (0,reservedTags/* isOwned */.go)(strayTags[i] ?? {})]))
    };
}

// EXTERNAL MODULE: ./src/session.ts
var src_session = __webpack_require__(2927);
;// CONCATENATED MODULE: ./src/deploy/mode.ts
/**
 * mode: deploy — make the Glue workflow and its triggers match the inputs.
 * Plan (pure) against what exists, show the plan, then apply it write by write; re-read and re-plan until Glue
 * matches, so a concurrent or interrupted deploy converges instead of leaving a mix.
 */













async function runDeploy(session, { spec, dryRun }, reads = (0,firstReads/* startFirstReads */.w)(session.gateway, spec)) {
    const gateway = session.gateway;
    const desired = planResources(spec);
    const [accountId] = await Promise.all([reads.accountId, reads.targetsExist]);
    const arnOf = (kind, name) => glueArn(session.region, accountId, kind, name);
    const tags = managedTags(spec.tags, provenanceFromContext());
    inertCore.setOutput('workflow-name', spec.workflowName);
    inertCore.setOutput('workflow-arn', arnOf('workflow', spec.workflowName));
    inertCore.setOutput('trigger-arns', (0,src_text/* jsonListWithin */.kj)(desired.triggers.map((t) => arnOf('trigger', t.name))));
    const existing = await readExisting(gateway, desired, { arnOf, workflow: reads.workflow });
    const plan = diffResources(desired, existing, { arnOf, tags });
    inertCore.startGroup(`Plan for workflow ${spec.workflowName}: ${planHeadline(plan, dryRun)}`);
    for (const line of planLogLines(plan))
        inertCore.info(line);
    inertCore.endGroup();
    inertCore.setOutput('plan', (0,src_text/* jsonListWithin */.kj)(plan.entries));
    inertCore.setOutput('changed', String(plan.writes.length > 0));
    if (!dryRun && plan.writes.length > 0) {
        const writes = await converge(spec.workflowName, plan, {
            apply: (list, onWrite) => applyWrites(gateway, list, onWrite),
            replan: async () => diffResources(desired, await readExisting(gateway, desired, { arnOf }), { arnOf, tags }),
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            random: Math.random,
            info: (message) => inertCore.info(message),
            warn: (message) => inertCore.warning(message)
        });
        inertCore.info(`Deployed workflow ${spec.workflowName} with ${writes} write${writes === 1 ? '' : 's'}.`);
    }
    else {
        inertCore.info(planHeadline(plan, dryRun));
    }
    await writeSummary(planSummaryMarkdown({ ...spec, plan, dryRun }));
    return src_session/* SUCCEEDED */.Q;
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await inertCore.summary.addRaw(markdown, true).write();
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
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(message));
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

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ SUCCEEDED),
/* harmony export */   Session: () => (/* binding */ Session),
/* harmony export */   g: () => (/* binding */ failed)
/* harmony export */ });
/* harmony import */ var _aws_glue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7160);

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
        this.gatewayInstance ??= new _aws_glue_js__WEBPACK_IMPORTED_MODULE_0__.GlueGateway({ region: this.region });
        return this.gatewayInstance;
    }
}
const SUCCEEDED = { status: 'succeeded' };
function failed(error) {
    return error === undefined ? { status: 'failed' } : { status: 'failed', error };
}


/***/ })

};

//# sourceMappingURL=957.index.js.map