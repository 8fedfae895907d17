export const id = 517;
export const ids = [517];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Session: () => (/* binding */ Session)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
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
    constructor(maxAttempts) {
        super(maxAttempts);
    }
    refreshRetryTokenForRetry(token, errorInfo) {
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
/** Records which IAM action a failed call needed (read by explainError). */
function tagOperation(error, action) {
    if (typeof error === 'object' && error !== null)
        Object.assign(error, { iamAction: action });
    return error;
}
class GlueGateway {
    glue;
    sts;
    region;
    constructor(options) {
        this.region = options.region;
        const retryStrategy = new GlueRetryStrategy(options.maxAttempts ?? MAX_ATTEMPTS);
        this.glue = new dist_cjs/* GlueClient */.lPz({ region: options.region, retryStrategy });
        this.sts = new client_sts_dist_cjs/* STSClient */.iM({ region: options.region, retryStrategy });
    }
    /** Sends one command; a failure is tagged with the Glue operation name, so errors can name the IAM action. */
    async send(command) {
        try {
            return (await this.glue.send(command));
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
        try {
            const out = await this.send(new dist_cjs/* GetWorkflowCommand */.RZ7({ Name: name, IncludeGraph: includeGraph }));
            return out.Workflow;
        }
        catch (error) {
            if (isNamed(error, 'EntityNotFoundException'))
                return undefined;
            throw error;
        }
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
    async getTags(arn) {
        const out = await this.send(new dist_cjs/* GetTagsCommand */.$kx({ ResourceArn: arn }));
        return out.Tags ?? {};
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
    async startWorkflowRun(name, runProperties) {
        const hasProperties = Object.keys(runProperties).length > 0;
        const out = await this.send(new dist_cjs/* StartWorkflowRunCommand */._O8({ Name: name, ...(hasProperties ? { RunProperties: runProperties } : {}) }));
        if (!out.RunId)
            throw new Error('StartWorkflowRun returned no RunId');
        return out.RunId;
    }
    async getWorkflowRun(name, runId, includeGraph = true) {
        const out = await this.send(new dist_cjs/* GetWorkflowRunCommand */.sVQ({ Name: name, RunId: runId, IncludeGraph: includeGraph }));
        if (!out.Run)
            throw new Error(`GetWorkflowRun returned no run for ${runId}`);
        return out.Run;
    }
    /** The most recent runs of a workflow (first page only), without graphs. */
    async getRecentWorkflowRuns(name, maxResults = 25) {
        const out = await this.send(new dist_cjs/* GetWorkflowRunsCommand */.dcM({ Name: name, IncludeGraph: false, MaxResults: maxResults }));
        return out.Runs ?? [];
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

;// CONCATENATED MODULE: ./src/modes/session.ts

class Session {
    workflowName;
    region;
    gatewayInstance;
    /** Set by `start`: the run it started or attached to, for `verify` in the same step. */
    startedRunId;
    /** Set by `start` when it followed the run to its end (with graph), so `verify` need not read it again. */
    finishedRun;
    constructor(workflowName, region) {
        this.workflowName = workflowName;
        this.region = region;
    }
    get gateway() {
        this.gatewayInstance ??= new GlueGateway({ region: this.region });
        return this.gatewayInstance;
    }
}


/***/ })

};

//# sourceMappingURL=517.index.js.map