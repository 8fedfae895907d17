export const id = 373;
export const ids = [373,592];
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

/***/ 6373:
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

// EXTERNAL MODULE: ./src/aws/explainError.ts
var explainError = __webpack_require__(1970);
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

;// CONCATENATED MODULE: ./src/deploy/errors.ts
/** A deploy failure whose message is the one line the user sees; `left` is what was still to be written. */
class DeployError extends Error {
    left;
    constructor(message, left = []) {
        super(message);
        this.left = left;
        this.name = 'DeployError';
    }
}
/** A write Glue refused for a reason re-reading will not cure (access, validation, quota). */
class WriteError extends DeployError {
    write;
    cause;
    constructor(write, cause, line, left) {
        super(line, left);
        this.write = write;
        this.cause = cause;
    }
}

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
/** "CreateTrigger wf-run-gold", "TagResource workflow/wf": the call and what it writes to. */
function describeWrite(write) {
    switch (write.op) {
        case 'CreateWorkflow':
        case 'UpdateWorkflow':
        case 'CreateTrigger':
            return `${write.op} ${write.request.Name ?? '?'}`;
        case 'UpdateTrigger':
        case 'StartTrigger':
        case 'DeleteTrigger':
            return `${write.op} ${write.name}`;
        case 'TagResource':
        case 'UntagResource':
            return `${write.op} ${write.arn.split(':').slice(5).join(':')}`;
    }
}
/** Values longer than this are cut in the log, the summary and the pull-request comment (the plan output keeps them). */
const MAX_VALUE_CHARS = 200;
/** Fields listed per resource in the summary table; the rest are counted. */
const MAX_FIELDS_PER_CELL = 30;
/** `+` a field that appears, `-` one that goes, `~` one whose value changes. */
function fieldSymbol(f) {
    return f.before === null ? '+' : f.after === null ? '-' : '~';
}
/** `--quality-checks: lax → strict`, `silver waits for bronze SUCCEEDED`, `tag team: data` (one line, values cut). */
function fieldText(f) {
    const value = (v) => (0,src_text/* oneLine */.TN)(v, MAX_VALUE_CHARS);
    const shown = f.before === null
        ? value(f.after ?? '')
        : f.after === null
            ? value(f.before)
            : `${value(f.before)} → ${value(f.after)}`;
    return `${(0,src_text/* oneLine */.TN)(f.field, MAX_VALUE_CHARS)}${f.field.endsWith(' waits for') ? ' ' : ': '}${shown}`;
}
/**
 * The phrases shown on an entry's own line: why a trigger is replaced, deleted or kept; for other entries only when
 * they carry no field changes (a plan made without planFields).
 */
function entryReasons(e) {
    const fields = e.fields ?? [];
    return fields.length === 0 || e.action === 'replace' || e.action === 'delete' || e.action === 'keep' ? e.changes : [];
}
/** One line per resource, then one indented line per field that changes (terraform plan's layout). */
function planLogLines(plan) {
    return plan.entries.flatMap((e) => {
        const reasons = entryReasons(e);
        const head = `${SYMBOL[e.action]} ${e.action} ${e.resource} ${e.name}${reasons.length ? `: ${reasons.join('; ')}` : ''}`;
        const fields = (e.fields ?? []).map((f) => `    ${fieldSymbol(f)} ${fieldText(f)}`);
        // Field lines start with spaces (never a workflow command) and are one line already (fieldText).
        return [(0,src_text/* inertLine */.Fq)(head), ...fields];
    });
}
/** The number of writes and what they do, e.g. `2 writes: 1 to create, 1 to update` (no trailing period). */
function planWrites(plan) {
    return `${writes(plan.writes.length)}: ${countsOf(plan)}`;
}
function countsOf(plan) {
    const count = (action) => plan.entries.filter((e) => e.action === action).length;
    const parts = ['create', 'update', 'replace', 'delete']
        .filter((a) => count(a) > 0)
        .map((a) => `${count(a)} to ${a}`);
    return parts.join(', ') || 'tags';
}
function writes(n) {
    return `${n} write${n === 1 ? '' : 's'}`;
}
/** What will be, would be, was or was not written: "Will make 4 writes: 1 to create, 3 to update." and the like. */
function planHeadline(plan, outcome) {
    const planned = plan.writes.length;
    if (outcome.kind === 'planned') {
        if (planned === 0)
            return 'No changes: Glue already matches the inputs (0 writes).';
        const verb = outcome.dryRun ? 'Dry run, nothing written. Would make' : 'Will make';
        return `${verb} ${writes(planned)}: ${countsOf(plan)}.`;
    }
    if (outcome.kind === 'deployed') {
        const made = outcome.written.length;
        if (made === 0)
            return 'No changes: Glue already matches the inputs (0 writes).';
        const more = made === planned ? '' : ` (${planned} planned; the rest after reading Glue again)`;
        return `Made ${writes(made)}${more}: ${countsOf(plan)}; Glue is done with them.`;
    }
    const made = outcome.written.length;
    return made === 0
        ? `Deploy failed before any write (${writes(planned)} planned): nothing was written.`
        : `Deploy failed after ${writes(made)} (${planned} planned): ${writes(outcome.left.length)} left.`;
}
/** What a deploy that failed part-way did: written, failed, left. */
function progressMarkdown(outcome) {
    const list = (items) => (items.length ? items.map((w) => `- ${(0,src_text/* markdownText */.p7)(describeWrite(w))}`) : ['- none']);
    return [
        `> [!CAUTION]\n> **Deploy failed:** ${(0,src_text/* markdownText */.p7)(outcome.error, 1000)}`,
        '',
        `**Written** (${outcome.written.length}):`,
        '',
        ...list(outcome.written),
        '',
        ...(outcome.failed ? [`**Failed:** ${(0,src_text/* markdownText */.p7)(describeWrite(outcome.failed))}`, ''] : []),
        `**Left to write** (${outcome.left.length}):`,
        '',
        ...list(outcome.left),
        ''
    ];
}
function planSummaryMarkdown(input) {
    const { workflowName, plan, outcome, pipeline, startOn } = input;
    const dryRun = outcome.kind === 'planned' && outcome.dryRun;
    const rows = plan.entries.map((e) => `| ${e.resource} \`${(0,src_text/* markdownText */.p7)(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${whatChanges(e)} |`);
    // The note's first sentence says that nothing was written: the second does not say it again.
    const headline = dryRun
        ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${dryRunCount(plan)}`
        : planHeadline(plan, outcome);
    return [
        `## Glue deploy plan: \`${(0,src_text/* markdownText */.p7)(workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
        '',
        headline,
        '',
        ...(outcome.kind === 'failed' ? progressMarkdown(outcome) : []),
        '| Resource | Action | What changes |',
        '| --- | --- | --- |',
        ...rows,
        '',
        ...(input.stageGraph === false
            ? []
            : ['### Stage graph', '', '```mermaid', stageFlowchart(pipeline, startOn), '```', ''])
    ].join('\n');
}
/** The dry-run note's second sentence (its first already says that nothing was written). */
function dryRunCount(plan) {
    return plan.writes.length === 0
        ? 'Glue already matches the inputs: no changes.'
        : `It would make ${planWrites(plan)}.`;
}
/** The summary table's cell: the entry's reasons, then each field change, one per line. */
function whatChanges(e) {
    const fields = e.fields ?? [];
    const shown = fields.slice(0, MAX_FIELDS_PER_CELL).map((f) => `${fieldSymbol(f)} ${(0,src_text/* markdownText */.p7)(fieldText(f), 1000)}`);
    if (fields.length > MAX_FIELDS_PER_CELL)
        shown.push(`… and ${fields.length - MAX_FIELDS_PER_CELL} more`);
    const reasons = entryReasons(e);
    const lines = [...(reasons.length ? [(0,src_text/* markdownText */.p7)(reasons.join('; '), 1000)] : []), ...shown];
    return lines.join('<br>') || '–';
}

;// CONCATENATED MODULE: ./src/deploy/applyPlan.ts





/**
 * A write failed because Glue changed under us, or is still working on the resource: the caller should wait, read Glue
 * again and re-plan instead of failing. `evidence` says when the failure itself shows another writer at work.
 */
class ConflictError extends Error {
    write;
    evidence;
    constructor(write, cause, evidence) {
        super(`${describeWrite(write)} conflicted with a change in Glue: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.write = write;
        this.evidence = evidence;
        this.name = 'ConflictError';
    }
}
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
/** Glue refuses a write on a trigger in a transient state with this text (the SDK retries nothing here). */
const TRANSIENT_REFUSAL = /not allowed when trigger is in state:? *([A-Z]+)/;
async function applyWrites(gateway, writes, hooks) {
    checkWrites(writes);
    for (const [index, write] of writes.entries()) {
        try {
            await applyWrite(gateway, write);
        }
        catch (error) {
            const conflict = await asConflict(write, error, hooks);
            if (conflict)
                throw conflict;
            throw new WriteError(write, error, `${describeWrite(write)} failed: ${(0,explainError/* explainError */.U)(error)}`, writes.slice(index));
        }
        hooks.onWrite(write);
    }
}
/** The conflict a failed write is, or undefined when it is a plain failure. */
async function asConflict(write, error, hooks) {
    const name = error.name ?? '';
    const message = error.message ?? '';
    if (name === 'AlreadyExistsException' && write.op === 'CreateTrigger') {
        await hooks.explainTakenName(write.request.Name);
        return new ConflictError(write, error);
    }
    if (name === 'ConcurrentModificationException') {
        return new ConflictError(write, error, {
            text: `Glue answered ConcurrentModificationException to ${describeWrite(write)}`,
            deploy: true
        });
    }
    if (name === 'InvalidInputException') {
        const state = TRANSIENT_REFUSAL.exec(message)?.[1];
        // The deploy waits until Glue rests before it writes: a trigger busy again means someone else wrote to it.
        if (state) {
            return new ConflictError(write, error, {
                text: `${describeWrite(write)} found the trigger ${state}`,
                deploy: false
            });
        }
        return undefined;
    }
    if (['AlreadyExistsException', 'EntityNotFoundException', 'IdempotentParameterMismatchException'].includes(name)) {
        return new ConflictError(write, error);
    }
    return undefined;
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

;// CONCATENATED MODULE: ./src/deploy/phases.ts
/** The trigger a write acts on (tags aside: Glue tags a trigger whatever its state). */
function triggerOf(write) {
    switch (write.op) {
        case 'CreateTrigger':
            return write.request.Name;
        case 'UpdateTrigger':
        case 'StartTrigger':
        case 'DeleteTrigger':
            return write.name;
        default:
            return undefined;
    }
}
function phasesOf(writes) {
    const phases = [{ writes: [] }];
    let touched = new Set();
    for (const write of writes) {
        const name = triggerOf(write);
        if (name !== undefined && touched.has(name)) {
            const free = write.op === 'CreateTrigger' ? [name] : [];
            phases.push({ waitFor: { expect: [], written: [], gone: [], free, scope: [name] }, writes: [] });
            touched = new Set();
        }
        if (name !== undefined)
            touched.add(name);
        phases[phases.length - 1].writes.push(write);
    }
    return phases.filter((p) => p.writes.length > 0);
}
/**
 * Done after these writes: every desired trigger shows in the workflow, resting in its planned state (ACTIVATED for
 * SCHEDULED and CONDITIONAL, CREATED for ON_DEMAND and EVENT); the triggers deleted for good are gone; nothing else
 * of the workflow is in a transient state.
 */
function goalAfterWrites(desired, written) {
    const wanted = new Set(desired.triggers.map((t) => t.name));
    const names = written.map(triggerOf).filter((n) => n !== undefined);
    return {
        expect: desired.triggers.map((t) => ({
            name: t.name,
            state: t.activated ? 'ACTIVATED' : 'CREATED',
            type: t.type
        })),
        written: [...new Set(names)],
        gone: written.filter((w) => w.op === 'DeleteTrigger' && !wanted.has(w.name)).map((w) => triggerOf(w)),
        free: []
    };
}

// EXTERNAL MODULE: ./src/aws/glueStates.ts
var glueStates = __webpack_require__(1570);
;// CONCATENATED MODULE: ./src/deploy/settle.ts


/** How long a deploy waits for Glue at most, in one wait (Terraform's aws_glue_trigger waits 5 minutes too). */
const SETTLE_TIMEOUT_MS = 5 * 60_000;
/**
 * How long a write may take to show: a trigger created but not yet in the graph, or written but resting in another
 * state than planned (Glue may pass through CREATED before ACTIVATED), is waited for this long at most. Past it, what
 * the graph shows is taken as Glue's answer (another writer may have changed the trigger) and the next plan decides.
 */
const VISIBILITY_GRACE_MS = 10_000;
/** A goal that asks only that nothing is in progress (before writing). */
const AT_REST = { expect: [], written: [], gone: [], free: [] };
/** Judges one reading, `elapsedMs` after the wait began (for the visibility grace). */
function judgeSettle(goal, reading, elapsedMs = 0) {
    const inGrace = elapsedMs < VISIBILITY_GRACE_MS;
    const busy = [];
    const seen = new Map(reading.triggers.filter((t) => t.Name).map((t) => [t.Name, t]));
    const written = new Set(goal.written);
    const inScope = (name) => goal.scope === undefined || goal.scope.includes(name);
    for (const trigger of seen.values()) {
        if (glueStates/* TRANSIENT_TRIGGER_STATES */.rT.has(trigger.State ?? '') && inScope(trigger.Name)) {
            busy.push({ name: trigger.Name, doing: trigger.State });
        }
    }
    for (const want of inGrace ? goal.expect : []) {
        const found = seen.get(want.name);
        if (!found) {
            if (written.has(want.name))
                busy.push({ name: want.name, doing: 'not in the workflow yet' });
        }
        else if (written.has(want.name) &&
            !glueStates/* TRANSIENT_TRIGGER_STATES */.rT.has(found.State ?? '') &&
            found.State !== want.state &&
            (want.type === undefined || found.Type === want.type)) {
            busy.push({ name: want.name, doing: `${found.State ?? 'no state'}, not yet ${want.state}` });
        }
    }
    const holding = new Map((reading.holding ?? []).filter((t) => t.Name).map((t) => [t.Name, t]));
    for (const name of new Set([...goal.gone, ...goal.free])) {
        if (busy.some((b) => b.name === name))
            continue;
        const still = seen.get(name) ?? (goal.free.includes(name) ? holding.get(name) : undefined);
        // Being deleted: wait. Resting: the graph may lag behind the delete, or another writer made the trigger again.
        if (still && (glueStates/* TRANSIENT_TRIGGER_STATES */.rT.has(still.State ?? '') || inGrace)) {
            busy.push({ name, doing: `${still.State ?? 'still there'}, not yet deleted` });
        }
    }
    if (busy.length === 0)
        return { done: true };
    return { done: false, busy, message: `waiting for Glue: ${describeBusy(busy)}` };
}
/** "2 triggers ACTIVATING (a, b), 1 trigger DELETING (c)": grouped by what Glue is doing, in order of first sight. */
function describeBusy(busy) {
    const groups = new Map();
    for (const b of busy)
        groups.set(b.doing, [...(groups.get(b.doing) ?? []), b.name]);
    return [...groups]
        .map(([doing, names]) => {
        const shown = names.slice(0, 5).map((n) => (0,src_text/* oneLine */.TN)(n, 80));
        const more = names.length > shown.length ? `, … ${names.length - shown.length} more` : '';
        return `${names.length} trigger${names.length === 1 ? '' : 's'} ${doing} (${shown.join(', ')}${more})`;
    })
        .join(', ');
}
/** Delays between readings: 0.5 s, 1 s, 2 s, 4 s, 8 s, then every 10 s (a trigger takes seconds, a delete minutes). */
function settleDelayMs(reading) {
    return Math.min(500 * 2 ** Math.max(0, reading - 1), 10_000);
}

;// CONCATENATED MODULE: ./src/deploy/converge.ts
/**
 * Applies a plan, waits until Glue is done with it, then reads Glue again and re-plans, until Glue matches the inputs.
 * A round that changes nothing ends the deploy at once: when the plan after a clean apply is the plan before it and
 * Glue reads back exactly as before, Glue accepted writes it did not take, and writing them again would not help.
 * When Glue changed under the deploy (a conflicting write, or values nobody here wrote), it backs off for a jittered,
 * growing time before reading again, so that one of two concurrent deploys finishes whole and the other then applies
 * its own inputs over it, whole, instead of both interleaving writes. "Another deploy" is said only on evidence: a
 * ConcurrentModificationException, a trigger found busy although the deploy waited for Glue to rest, or the
 * provenance tags of another run. Time and randomness are injected.
 */






/** Plan-apply rounds before giving up on a workflow that keeps changing under us. */
const MAX_ROUNDS = 6;
/**
 * Writes Glue could accept and not carry out (an emulator that ignores an empty Description). A trigger created or
 * deleted cannot be "not taken": the same plan after those means another writer undid them.
 */
const MAY_BE_IGNORED = new Set([
    'UpdateWorkflow',
    'UpdateTrigger',
    'StartTrigger',
    'TagResource',
    'UntagResource'
]);
/** Wait before re-reading after round `round` found Glue changed: 0.5-1.5 × 0.5 s, 1 s, 2 s, ... up to 8 s. */
function convergeBackoffMs(round, random) {
    const base = Math.min(500 * 2 ** (round - 1), 8000);
    return Math.round(base * (0.5 + random));
}
async function converge(ctx, first, deps) {
    let current = first;
    const evidence = new Map();
    const note = (e) => evidence.set(e.text, e);
    for (let round = 1;; round++) {
        const written = [];
        let conflict;
        try {
            for (const phase of phasesOf(current.plan.writes)) {
                if (phase.waitFor)
                    await deps.waitForGlue(phase.waitFor, true);
                await deps.apply(phase.writes, (write) => written.push(write));
            }
        }
        catch (error) {
            if (!(error instanceof ConflictError))
                throw error;
            conflict = error;
            if (error.evidence)
                note(error.evidence);
            deps.warn(`${error.message}; reading Glue again and re-planning`);
        }
        const goal = conflict ? AT_REST : goalAfterWrites(ctx.desired, written);
        const settled = await deps.waitForGlue(goal, written.some((w) => triggerOf(w) !== undefined));
        // Glue busy with a trigger this round did not write: another writer at work.
        const mine = new Set(written.map(triggerOf));
        const others = (settled.seenBusy ?? []).filter((b) => !mine.has(b.name));
        for (const b of others) {
            note({
                text: `trigger ${(0,src_text/* oneLine */.TN)(b.name, 100)} was ${b.state} although this deploy did not write it`,
                deploy: false
            });
        }
        const next = await deps.replan(settled);
        if (next.runUrl && next.runUrl !== first.runUrl && next.runUrl !== ctx.ownRunUrl) {
            note({ text: `the workflow's provenance tags name another run (${(0,src_text/* oneLine */.TN)(next.runUrl, 200)})`, deploy: true });
        }
        if (next.plan.writes.length === 0)
            return;
        if (!conflict &&
            others.length === 0 &&
            current.plan.writes.every((w) => MAY_BE_IGNORED.has(w.op)) &&
            sameWrites(next.plan, current.plan) &&
            next.basis === current.basis) {
            throw new DeployError(notTakenMessage(ctx.workflowName, current.plan), next.plan.writes);
        }
        if (round === MAX_ROUNDS) {
            throw new DeployError(keptChangingMessage(ctx.workflowName, next.plan, evidence), next.plan.writes);
        }
        const waitMs = convergeBackoffMs(round, deps.random());
        deps.info(`Glue changed while deploying (${next.plan.writes.length} write${next.plan.writes.length === 1 ? '' : 's'} ` +
            `left${evidence.size > 0 ? `; ${[...evidence.keys()].join('; ')}` : ''}): reading again in ` +
            `${(waitMs / 1000).toFixed(1)} s (round ${round + 1})`);
        await deps.sleep(waitMs);
        current = await deps.replan(await deps.waitForGlue(AT_REST, false));
        if (current.plan.writes.length === 0)
            return;
    }
}
function sameWrites(a, b) {
    return JSON.stringify(a.writes) === JSON.stringify(b.writes);
}
/** Glue accepted the writes and reads back as before: name each resource and the fields it did not take. */
function notTakenMessage(workflowName, plan) {
    const fields = plan.entries
        .filter((e) => e.action !== 'unchanged' && e.action !== 'keep')
        .map((e) => `${e.resource} ${(0,src_text/* oneLine */.TN)(e.name, 100)}: ${e.changes.length ? e.changes.join('; ') : e.action}`);
    return (`Glue accepted the writes to workflow ${(0,src_text/* oneLine */.TN)(workflowName, 100)} but did not take them: reading back shows ` +
        `${fields.join('; ') || plan.writes.map(describeWrite).join(', ')} unchanged, and nothing else changed Glue ` +
        'in between; writing the same again would not help (check what this Glue endpoint supports)');
}
function keptChangingMessage(workflowName, plan, evidence) {
    const left = plan.writes.map(describeWrite);
    const shown = `${left.slice(0, 5).join(', ')}${left.length > 5 ? `, … ${left.length - 5} more` : ''}`;
    const seen = [...evidence.values()];
    const head = `workflow ${(0,src_text/* oneLine */.TN)(workflowName, 100)} kept changing during the deploy`;
    const tail = `${left.length} writes left (${shown})`;
    if (seen.some((e) => e.deploy)) {
        return (`${head}: another deploy is writing it at the same time (${seen.map((e) => e.text).join('; ')}); ${tail}; ` +
            'run the deploy again once the other one has finished');
    }
    const why = seen.length > 0 ? ` (${seen.map((e) => e.text).join('; ')})` : '';
    return (`${head}: after ${MAX_ROUNDS} rounds Glue still differs from the inputs, with values this deploy did not write: ` +
        `something else changes it concurrently${why}; ${tail}; run the deploy again`);
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

// EXTERNAL MODULE: ./src/pipeline/reservedTags.ts
var reservedTags = __webpack_require__(4245);
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
/**
 * The workflow with these triggers of it added to its graph: triggers Glue has (BatchGetTriggers says they belong to
 * this workflow) that its graph does not show yet.
 */
function withTriggers(workflow, triggers) {
    const shown = new Set(triggersOf(workflow).map((t) => t.Name));
    const extra = triggers
        .filter((t) => t.Name && !shown.has(t.Name))
        .map((t) => ({ Type: 'TRIGGER', Name: t.Name, TriggerDetails: { Trigger: t } }));
    if (extra.length === 0)
        return workflow;
    return { ...workflow, Graph: { ...workflow.Graph, Nodes: [...(workflow.Graph?.Nodes ?? []), ...extra] } };
}
/**
 * Everything a plan is made from, as one text: the workflow's settings, its triggers (definitions and states) and its
 * tags but provenance. Two readings with the same basis show Glue unchanged in between.
 */
function basisOf(existing) {
    const w = existing.workflow;
    const provenance = new Set(reservedTags/* PROVENANCE_TAGS */.CJ);
    const triggers = triggersOf(w)
        .map((t) => ({
        Name: t.Name,
        Type: t.Type,
        State: t.State,
        Description: t.Description,
        Schedule: t.Schedule,
        Predicate: t.Predicate,
        Actions: t.Actions,
        EventBatchingCondition: t.EventBatchingCondition
    }))
        .sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
    const tags = Object.entries(existing.workflowTags)
        .filter(([k]) => !provenance.has(k))
        .sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify({
        workflow: w ? [w.Description ?? '', w.DefaultRunProperties ?? {}, w.MaxConcurrentRuns ?? null] : null,
        triggers,
        tags,
        strays: [...existing.strayOwnership].sort()
    });
}

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



/** The job run timeout (minutes) Glue may report for an action that sets none. */
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
    if (want.description !== (found.Description ?? '')) {
        changes.push(`description ${quoted(found.Description ?? '')} → ${quoted(want.description)}`);
    }
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
/** A short quoted value for a change phrase ('' shown as empty). */
function quoted(text) {
    return text === '' ? 'empty' : `'${(0,src_text/* oneLine */.TN)(text, 40)}'`;
}
function sameMap(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

;// CONCATENATED MODULE: ./src/deploy/ownership.ts


/** Classifies each wanted name from the triggers Glue found under those names (BatchGetTriggers). */
function classifyTriggerNames(names, workflowName, found) {
    const byName = new Map(found.filter((t) => t.Name).map((t) => [t.Name, t]));
    return names.map((name) => {
        const trigger = byName.get(name);
        if (!trigger)
            return { name, status: 'free' };
        if (trigger.WorkflowName === workflowName)
            return { name, status: 'ours', trigger };
        return {
            name,
            status: 'taken',
            holder: {
                ...(trigger.WorkflowName ? { workflow: trigger.WorkflowName } : {}),
                ...(trigger.Type ? { type: trigger.Type } : {}),
                ...(trigger.State ? { state: trigger.State } : {})
            }
        };
    });
}
/** Adds what the holder's tags say (undefined tags: the holder is gone, or its tags could not be read). */
function withHolderTags(claim, tags) {
    if (claim.status !== 'taken' || tags === undefined)
        return claim;
    const repository = tags[reservedTags/* PROVENANCE_TAGS */.CJ[0]];
    const managedBy = tags[reservedTags/* OWNER_TAG */.FX] === reservedTags/* OWNER_VALUE */.se
        ? { thisAction: true, ...(repository ? { repository } : {}) }
        : { thisAction: false };
    return { ...claim, holder: { ...claim.holder, managedBy } };
}
/** "trigger 'x' of workflow 'other' (not managed by this action)", and the like. */
function describeHolder(holder) {
    const where = holder.workflow
        ? `a trigger of workflow '${(0,src_text/* oneLine */.TN)(holder.workflow, 100)}'`
        : 'a trigger in no workflow';
    const notes = [];
    if (holder.state === 'DELETING')
        notes.push('being deleted: its name stays taken until Glue has removed it');
    if (holder.managedBy?.thisAction === false)
        notes.push('not managed by this action');
    if (holder.managedBy?.thisAction === true) {
        const from = holder.managedBy.repository ? ` from ${(0,src_text/* oneLine */.TN)(holder.managedBy.repository, 100)}` : '';
        notes.push(`deployed by glue-workflow-action${from}`);
    }
    return notes.length > 0 ? `${where} (${notes.join('; ')})` : where;
}
/**
 * The one line a deploy fails with when names it needs are taken: each name and its holder, and what to do. Every
 * name is listed, so one run tells the whole story.
 */
function takenNamesMessage(workflowName, taken) {
    const items = taken.map((t) => `'${(0,src_text/* oneLine */.TN)(t.name, 120)}' is held by ${describeHolder(t.holder)}`);
    const deleting = taken.every((t) => t.holder.state === 'DELETING');
    const advice = deleting
        ? 'run the deploy again once Glue has deleted it'
        : `trigger names come from workflow-name (${(0,src_text/* oneLine */.TN)(workflowName, 100)}-start, ${(0,src_text/* oneLine */.TN)(workflowName, 100)}-run-<stage>): choose another workflow-name, or delete or rename the holding trigger`;
    const what = taken.length === 1 ? 'a trigger name' : `${taken.length} trigger names`;
    return `Workflow ${(0,src_text/* oneLine */.TN)(workflowName, 100)} needs ${what} that Glue already has: ${(0,src_text/* listing */.RR)(items)}; ${advice}`;
}

;// CONCATENATED MODULE: ./src/deploy/planFields.ts



/**
 * Values of arguments and run properties whose names look like secrets are shown as this: a plan is also a
 * pull-request comment, which GitHub does not mask (a `${{ secrets.X }}` in `jobs` would be printed resolved).
 */
const HIDDEN_VALUE = '(hidden)';
const SECRET_NAME = /pass(word|wd)?|secret|token|credential|api[-_]?key|private[-_]?key|auth/i;
/** An argument (`--db-password`, `silver --db-password`) or run property whose name looks like a secret. */
function isSecret(field) {
    const name = field.split(' ').at(-1) ?? '';
    // Tags are not secrets; every other field that names something is an argument or a run property.
    return !field.startsWith('tag ') && SECRET_NAME.test(name);
}
/** Compared as they are, shown hidden: `--db-password: (hidden) → (hidden, changed)`. */
function hideSecrets(f) {
    if (!isSecret(f.field))
        return f;
    return {
        field: f.field,
        before: f.before === null ? null : HIDDEN_VALUE,
        after: f.after === null ? null : f.before === null ? HIDDEN_VALUE : `${HIDDEN_VALUE.slice(0, -1)}, changed)`
    };
}
/** The plan with `fields` on every entry (empty for unchanged and kept resources). */
function withFieldChanges(plan, ctx) {
    const names = stageNames(ctx.pipeline);
    const found = new Map(triggersOf(ctx.existing.workflow).map((t) => [t.Name, t]));
    const wanted = new Map(ctx.desired.triggers.map((t) => [t.name, t]));
    const tagFields = tagChanges(ctx.tags, ctx.existing.workflowTags);
    const entries = plan.entries.map((entry) => {
        if (entry.action === 'unchanged' || entry.action === 'keep')
            return { ...entry, fields: [] };
        if (entry.resource === 'workflow') {
            const fields = workflowFields(ctx.desired.workflow, ctx.existing.workflow);
            return { ...entry, fields: [...fields, ...(entry.action === 'create' ? tagChanges(ctx.tags, {}) : tagFields)] };
        }
        const want = entry.action === 'delete' ? undefined : wanted.get(entry.name);
        const had = entry.action === 'create' ? undefined : found.get(entry.name);
        const fields = triggerFields(want, had, names);
        if (entry.action === 'update' || entry.action === 'replace')
            fields.push(...tagFields);
        if (entry.action === 'create')
            fields.push(...tagChanges(ctx.tags, {}));
        return { ...entry, fields };
    });
    return { ...plan, entries };
}
/** The fields whose values differ between two views of a resource, in the order of `after`, then of `before`. */
function diffViews(before, after) {
    const fields = [...new Set([...after.keys(), ...before.keys()])];
    return fields
        .map((field) => ({ field, before: before.get(field) ?? null, after: after.get(field) ?? null }))
        .filter((f) => f.before !== f.after)
        .map(hideSecrets);
}
function workflowFields(want, found) {
    const view = (description, properties, maxRuns) => {
        const out = new Map();
        if (description !== '')
            out.set('description', description);
        for (const key of Object.keys(properties).sort())
            out.set(`run property ${key}`, properties[key]);
        if (maxRuns !== undefined)
            out.set('max concurrent runs', maxRuns);
        return out;
    };
    // An unset max-concurrent-runs leaves Glue's value alone (see diff.ts): only a given one is compared.
    const wantRuns = want.maxConcurrentRuns === undefined ? undefined : String(want.maxConcurrentRuns);
    const foundRuns = found && wantRuns !== undefined ? String(found.MaxConcurrentRuns ?? 'unlimited') : undefined;
    return diffViews(found ? view(found.Description ?? '', found.DefaultRunProperties ?? {}, foundRuns) : new Map(), view(want.description, want.defaultRunProperties, wantRuns));
}
/** Stage name per job or crawler (`job:name`, `crawler:name`), from the `jobs` input. */
function stageNames(pipeline) {
    return new Map(pipeline.stages.map((s) => [`${s.kind}:${s.target}`, s.name]));
}
function targetOf(action) {
    return action.CrawlerName
        ? { kind: 'crawler', target: action.CrawlerName }
        : { kind: 'job', target: action.JobName ?? '' };
}
/** `silver` for a stage of the inputs, else `job mc-old` (a job the inputs no longer have). */
function nameOf(t, names) {
    return names.get(`${t.kind}:${t.target}`) ?? `${t.kind} ${t.target}`;
}
/** `bronze SUCCEEDED`, `bronze SUCCEEDED and silver SUCCEEDED`, `a SUCCEEDED or b SUCCEEDED`. */
function readablePredicate(predicate, names) {
    const conditions = (predicate?.Conditions ?? [])
        .map((c) => c.CrawlerName
        ? `${nameOf({ kind: 'crawler', target: c.CrawlerName }, names)} ${c.CrawlState ?? '?'}`
        : `${nameOf({ kind: 'job', target: c.JobName ?? '' }, names)} ${c.State ?? '?'}`)
        .sort();
    if (conditions.length === 0)
        return undefined;
    return conditions.join(predicate?.Logical === 'ANY' ? ' or ' : ' and ');
}
function triggerFields(want, found, names) {
    const firstAction = want?.actions[0] ?? found?.Actions?.[0];
    const stage = want?.stage ?? (firstAction ? nameOf(targetOf(firstAction), names) : undefined);
    // Arguments and timeouts are named after their stage when the trigger starts several stages.
    const qualify = Math.max(want?.actions.length ?? 0, found?.Actions?.length ?? 0) > 1;
    const wantActions = want?.actions ?? [];
    const view = (t) => {
        const out = new Map();
        if (t.type)
            out.set('type', t.type);
        if (t.schedule)
            out.set('schedule', t.schedule);
        const waits = readablePredicate(t.predicate, names);
        if (waits)
            out.set(`${stage ?? 'it'} waits for`, waits);
        const started = t.actions.map((a) => `${nameOf(targetOf(a), names)} (${targetOf(a).kind} ${targetOf(a).target})`);
        if (started.length > 0)
            out.set('starts', started.sort().join(', '));
        for (const action of t.actions) {
            const target = targetOf(action);
            const prefix = qualify ? `${nameOf(target, names)} ` : '';
            for (const [key, value] of Object.entries(action.Arguments ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
                out.set(`${prefix}${key}`, value);
            }
            // Glue may report its default timeout for an action that sets none: that is no timeout (see diff.ts).
            const reference = wantActions.find((w) => keyOf(targetOf(w)) === keyOf(target));
            const timeout = action.Timeout === GLUE_DEFAULT_TIMEOUT && reference && reference.Timeout === undefined
                ? undefined
                : action.Timeout;
            if (timeout !== undefined)
                out.set(`${prefix}timeout`, `${timeout} min`);
        }
        if (t.type === 'EVENT' && t.batch) {
            const size = t.batch.BatchSize ?? 1;
            out.set('event batch', `${size} event${size === 1 ? '' : 's'} within ${t.batch.BatchWindow ?? 900} s`);
        }
        if (t.description)
            out.set('description', t.description);
        if (t.state)
            out.set('state', t.state);
        return out;
    };
    const activated = want?.activated === true;
    const foundState = found?.State === 'ACTIVATING' ? 'ACTIVATED' : found?.State;
    const before = found
        ? view({
            type: found.Type,
            description: found.Description,
            schedule: found.Schedule,
            predicate: found.Predicate,
            actions: found.Actions ?? [],
            batch: found.EventBatchingCondition,
            // The state is compared only where deploy sets it (activated triggers), or when the trigger goes.
            state: activated || !want ? foundState : undefined
        })
        : new Map();
    const after = want
        ? view({
            type: want.type,
            description: want.description,
            schedule: want.schedule,
            predicate: want.predicate,
            actions: want.actions,
            batch: want.eventBatchingCondition,
            state: activated ? 'ACTIVATED' : undefined
        })
        : new Map();
    // Type changes only by replacement; an update never shows it.
    if (want && found && want.type === found.Type) {
        before.delete('type');
        after.delete('type');
    }
    return diffViews(before, after);
}
function keyOf(t) {
    return `${t.kind}:${t.target}`;
}
/** Tag changes as fields; provenance tags (which deploy wrote last) are not shown, as in the plan's phrases. */
function tagChanges(desired, existing) {
    const hidden = new Set(reservedTags/* PROVENANCE_TAGS */.CJ);
    const keys = [...new Set([...Object.keys(desired), ...Object.keys(existing)])].filter((k) => !hidden.has(k));
    return keys
        .map((key) => ({ field: `tag ${key}`, before: existing[key] ?? null, after: desired[key] ?? null }))
        .filter((f) => f.before !== f.after);
}

;// CONCATENATED MODULE: ./src/deploy/planComment.ts



/** GitHub refuses comments over 65,536 characters; the diff block is cut well before. */
const MAX_COMMENT_CHARS = 60_000;
/** The hidden first line that finds this workflow's comment again (the name is URI-encoded: no `-->` inside). */
function planMarker(workflowName) {
    return `<!-- glue-workflow-action:plan workflow=${encodeURIComponent(workflowName)} -->`;
}
const DIFF_SYMBOL = {
    create: '+',
    delete: '-',
    update: '!',
    replace: '!',
    keep: ' ',
    unchanged: ' '
};
function planCommentBody(input) {
    const { plan, dryRun } = input;
    const changed = plan.entries.filter((e) => e.action !== 'unchanged');
    const unchanged = plan.entries.length - changed.length;
    const verdict = plan.writes.length === 0
        ? 'No changes: Glue already matches the inputs.'
        : dryRun
            ? `**Dry run: nothing was written to AWS Glue.** It would make ${planWrites(plan)}.`
            : `**Deployed:** made ${planWrites(plan)}.`;
    const made = [
        input.commit ? `commit \`${(0,src_text/* markdownText */.p7)(input.commit.slice(0, 12))}\`` : '',
        input.runUrl ? `[workflow run](${input.runUrl})` : ''
    ].filter((part) => part !== '');
    const footer = `<sub>Plan${made.length ? ` of ${made.join(' · ')}` : ''}; this comment is updated on every push.</sub>`;
    const head = [
        planMarker(input.workflowName),
        `### Glue deploy plan · \`${(0,src_text/* markdownText */.p7)(input.workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
        '',
        verdict,
        ''
    ];
    const graph = [
        '<details><summary>Stage graph</summary>',
        '',
        '```mermaid',
        stageFlowchart(input.pipeline, input.startOn),
        '```',
        '',
        '</details>',
        ''
    ];
    const tail = [
        ...(unchanged > 0 ? [`${unchanged} resource${unchanged === 1 ? '' : 's'} unchanged.`, ''] : []),
        ...graph,
        footer,
        ''
    ];
    const room = MAX_COMMENT_CHARS - [...head, ...tail].join('\n').length - 200;
    const block = changed.length > 0 ? ['```diff', ...diffLines(changed, room), '```', ''] : [];
    return [...head, ...block, ...tail].join('\n');
}
/** Entry lines and their field lines, cut (with a count of what is left out) to fit in `room` characters. */
function diffLines(entries, room) {
    const all = entries.flatMap((e) => {
        const reasons = entryReasons(e);
        const head = `${DIFF_SYMBOL[e.action]} ${e.action} ${e.resource} ${(0,src_text/* oneLine */.TN)(e.name, 300)}${reasons.length ? `: ${(0,src_text/* oneLine */.TN)(reasons.join('; '), 300)}` : ''}`;
        const fields = (e.fields ?? []).map((f) => `${fieldSymbol(f).replace('~', '!')}     ${fieldText(f)}`);
        return [head, ...fields];
    });
    const kept = [];
    let used = 0;
    for (const line of all) {
        if (used + line.length + 1 > room) {
            kept.push(`  … ${all.length - kept.length} more lines: see the job summary`);
            break;
        }
        kept.push(line);
        used += line.length + 1;
    }
    return kept;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/deploy/prComment.ts
/**
 * Posts the plan on the pull request a `pull_request` event is about, and updates that same comment on every later
 * push (found by its hidden marker, one per Glue workflow) instead of adding one. @actions/github (octokit) is loaded
 * only here, only when a comment will be posted. A comment is never worth a failed deploy: no token, no permission
 * (forks, `pull-requests: read`) or GitHub being down is a warning that says what to add.
 */



const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Everything the comment costs at most (list, then create or update), so that GitHub cannot hang a deploy. */
const COMMENT_TIMEOUT_MS = 30_000;
/** The pull request of a pull_request event payload; undefined for any other event. Pure. */
function pullRequestOf(eventName, payload, repository) {
    if (!eventName || !PULL_REQUEST_EVENTS.has(eventName))
        return undefined;
    const pr = payload?.pull_request;
    const repoOf = payload?.repository;
    const text = (value) => (typeof value === 'string' ? value : '');
    if (typeof pr?.number !== 'number')
        return undefined;
    const [owner, repo] = repository?.includes('/')
        ? repository.split('/', 2)
        : [text(repoOf?.owner?.login), text(repoOf?.name)];
    if (!owner || !repo)
        return undefined;
    return { owner, repo, number: pr.number, ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {}) };
}
/** The pull request of this step's event, read from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
function currentPullRequest(env = process.env) {
    if (!env.GITHUB_EVENT_NAME || !PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME))
        return undefined;
    let payload;
    try {
        payload = env.GITHUB_EVENT_PATH ? JSON.parse(external_node_fs_default().readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
    }
    catch (error) {
        inertCore.warning(`Could not read the pull_request event payload (${(0,src_text/* oneLine */.TN)(String(error), 200)}): no plan comment`);
        return undefined;
    }
    return pullRequestOf(env.GITHUB_EVENT_NAME, payload, env.GITHUB_REPOSITORY);
}
/**
 * Creates or updates the comment whose body starts with `marker`; returns what it did, or undefined after a warning.
 * @param body the whole comment (its first line is `marker`)
 */
async function upsertPlanComment(pr, token, marker, body) {
    const where = `pull request #${pr.number}`;
    if (token === '') {
        inertCore.warning(`No github-token to comment the plan on ${where}: pass github-token (default: the job's GITHUB_TOKEN), ` +
            'or set pr-comment: false. The plan is in the job summary');
        return undefined;
    }
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = getOctokit(token, { request: { signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS) } });
        const issue = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
        const mine = comments.find((c) => c.body?.startsWith(marker));
        if (mine) {
            const { data } = await octokit.rest.issues.updateComment({
                owner: pr.owner,
                repo: pr.repo,
                comment_id: mine.id,
                body
            });
            inertCore.info(`Updated the plan comment on ${where}: ${data.html_url}`);
            return 'updated';
        }
        const { data } = await octokit.rest.issues.createComment({ ...issue, body });
        inertCore.info(`Commented the plan on ${where}: ${data.html_url}`);
        return 'created';
    }
    catch (error) {
        inertCore.warning(commentFailure(where, error));
        return undefined;
    }
}
/** Why the comment failed and what to do, on one line. Pure. */
function commentFailure(where, error) {
    const status = error?.status;
    const said = (0,src_text/* oneLine */.TN)(error instanceof Error ? error.message : String(error), 200);
    if (status === 403 || status === 404) {
        return (`Could not comment the plan on ${where}: GitHub answered ${status} (${said}). Give the job ` +
            '`permissions: pull-requests: write` (a pull request from a fork gets a read-only token whatever the ' +
            'permissions), or set pr-comment: false. The plan is in the job summary');
    }
    const what = typeof status === 'number' ? `GitHub answered ${status} (${said})` : said;
    return `Could not comment the plan on ${where}: ${what}. The plan is in the job summary`;
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

;// CONCATENATED MODULE: ./src/deploy/planOnPullRequest.ts



async function commentPlanOnPullRequest({ spec, dryRun, prComment }, plan) {
    if (!prComment.enabled)
        return;
    const pr = currentPullRequest();
    if (!pr)
        return;
    const { runUrl } = provenanceFromContext();
    const body = planCommentBody({
        workflowName: spec.workflowName,
        plan,
        dryRun,
        pipeline: spec.pipeline,
        startOn: spec.startOn,
        ...(pr.headSha ? { commit: pr.headSha } : {}),
        ...(runUrl ? { runUrl } : {})
    });
    await upsertPlanComment(pr, prComment.token, planMarker(spec.workflowName), body);
}

// EXTERNAL MODULE: ./src/deploy/firstReads.ts + 1 modules
var firstReads = __webpack_require__(7698);
;// CONCATENATED MODULE: ./src/deploy/readExisting.ts


/**
 * GetWorkflow with its graph, and, for `free` names, the triggers holding them (BatchGetTriggers), at once. `sent` is
 * a GetWorkflow the caller started already (the first reads of a deploy go out before its code loads).
 */
async function readGlue(gateway, workflowName, free = [], sent) {
    const [workflow, holding] = await Promise.all([
        sent ?? gateway.getWorkflow(workflowName, true),
        free.length > 0 ? gateway.getTriggersByName(free) : undefined
    ]);
    return { ...(workflow ? { workflow } : {}), triggers: triggersOf(workflow), ...(holding ? { holding } : {}) };
}
/** What exists, from a reading of the workflow: its tags and the ownership of its stray triggers (GetTags). */
async function readExisting(gateway, desired, reading, options) {
    const workflow = reading.workflow;
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

;// CONCATENATED MODULE: ./src/deploy/waitForGlue.ts



/** Returns the reading that showed Glue done; throws a DeployError naming what Glue is still doing at the bound. */
async function waitForGlue(goal, deps, options = {}) {
    const timeoutMs = options.timeoutMs ?? SETTLE_TIMEOUT_MS;
    const started = deps.now();
    let readings = 0;
    let reading = options.first;
    let said = '';
    const seenBusy = new Map();
    const done = (last) => ({
        ...last,
        seenBusy: [...seenBusy].map(([name, state]) => ({ name, state }))
    });
    if (reading === undefined && options.pause)
        await deps.sleep(settleDelayMs(++readings));
    for (;;) {
        reading ??= await deps.read(goal.free);
        // A workflow that is gone has nothing to wait for: the next plan creates it again.
        if (reading.workflow === undefined)
            return done(reading);
        for (const t of reading.triggers) {
            if (t.Name && glueStates/* TRANSIENT_TRIGGER_STATES */.rT.has(t.State ?? ''))
                seenBusy.set(t.Name, t.State);
        }
        const judgement = judgeSettle(goal, reading, deps.now() - started);
        if (judgement.done) {
            if (said)
                deps.info(`Glue is done (after ${seconds(deps.now() - started)})`);
            return done(reading);
        }
        const elapsed = deps.now() - started;
        if (elapsed >= timeoutMs) {
            throw new DeployError(`Glue did not finish within ${seconds(timeoutMs)}: ${judgement.message.replace(/^waiting for Glue: /, '')}; ` +
                'run the deploy again once Glue is done');
        }
        if (judgement.message !== said)
            deps.info(judgement.message);
        said = judgement.message;
        await deps.sleep(Math.min(settleDelayMs(++readings), Math.max(0, timeoutMs - elapsed)));
        reading = undefined;
    }
}
function seconds(ms) {
    return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${(ms / 1000).toFixed(1)} s`;
}

// EXTERNAL MODULE: ./src/session.ts
var src_session = __webpack_require__(2927);
;// CONCATENATED MODULE: ./src/deploy/mode.ts
/**
 * mode: deploy — make the Glue workflow and its triggers match the inputs, and be done when Glue is.
 * Read Glue (waiting while it is busy with the workflow's triggers), plan (pure), check that every trigger name to
 * create is free, show the plan, then apply it write by write; wait until Glue has finished with the triggers, re-read
 * and re-plan until Glue matches, so a concurrent or interrupted deploy converges instead of leaving a mix. Whatever
 * happens, the job summary says what was written, what failed and what is left.
 */






















const RUN_URL_TAG = reservedTags/* PROVENANCE_TAGS */.CJ[2];
async function runDeploy(session, inputs, reads = (0,firstReads/* startFirstReads */.w)(session.gateway, inputs.spec)) {
    const { spec, dryRun } = inputs;
    const gateway = session.gateway;
    const desired = planResources(spec);
    const [accountId] = await Promise.all([reads.accountId, reads.targetsExist]);
    // Kept for the log links of start and verify in this step (continuous logging is a job argument).
    session.rememberJobs(await reads.jobDefaults);
    const arnOf = (kind, name) => glueArn(session.region, accountId, kind, name);
    const tags = managedTags(spec.tags, provenanceFromContext());
    inertCore.setOutput('workflow-name', spec.workflowName);
    inertCore.setOutput('workflow-arn', arnOf('workflow', spec.workflowName));
    inertCore.setOutput('trigger-arns', (0,src_text/* jsonListWithin */.kj)(desired.triggers.map((t) => arnOf('trigger', t.name))));
    const waitDeps = {
        read: (free) => readGlue(gateway, spec.workflowName, free),
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        info: (message) => inertCore.info(message)
    };
    const planFrom = async (reading) => {
        const existing = await readExisting(gateway, desired, reading, { arnOf });
        const runUrl = existing.workflowTags[RUN_URL_TAG];
        // Each field that changes, before → after (the log, the summary, the plan output, the pull-request comment).
        const plan = withFieldChanges(diffResources(desired, existing, { arnOf, tags }), {
            desired,
            existing,
            tags,
            pipeline: spec.pipeline
        });
        return {
            plan,
            basis: basisOf(existing),
            ...(runUrl ? { runUrl } : {})
        };
    };
    // Glue may still be working on the workflow's triggers (an earlier deploy, another one): plan from rest.
    let reading = await waitForGlue(AT_REST, waitDeps, {
        first: await readGlue(gateway, spec.workflowName, [], reads.workflow)
    });
    let first = await planFrom(reading);
    const names = await claimTriggerNames(gateway, spec.workflowName, first.plan, reading, arnOf);
    if (names.taken) {
        const error = names.taken;
        await writeSummary({ ...spec, plan: first.plan, outcome: { kind: 'failed', error, written: [], left: [] } });
        return (0,src_session/* failed */.g)(error);
    }
    if (names.ours.length > 0 || names.deleting.length > 0) {
        // Triggers of this workflow that its graph does not show (yet, or any more): plan with them, once they rest.
        reading = await waitForGlue({ ...AT_REST, free: names.deleting }, waitDeps, {});
        if (reading.workflow)
            reading = { ...reading, workflow: withTriggers(reading.workflow, names.ours) };
        reading = { ...reading, triggers: triggersOf(reading.workflow) };
        first = await planFrom(reading);
    }
    const plan = first.plan;
    inertCore.startGroup(`Plan for workflow ${spec.workflowName}: ${planHeadline(plan, { kind: 'planned', dryRun })}`);
    for (const line of planLogLines(plan))
        inertCore.info(line);
    inertCore.endGroup();
    inertCore.setOutput('plan', (0,src_text/* jsonListWithin */.kj)(plan.entries));
    inertCore.setOutput('changed', String(plan.writes.length > 0));
    // Verify, when it follows in this step, draws the stage graph (coloured by outcome): the summary draws it once.
    const stageGraph = !inputs.verifyFollows;
    if (dryRun || plan.writes.length === 0) {
        // A dry run or a no-op says so once: in the plan's title above.
        await writeSummary({ ...spec, plan, outcome: { kind: 'planned', dryRun }, stageGraph });
        await commentPlanOnPullRequest(inputs, plan);
        return src_session/* SUCCEEDED */.Q;
    }
    const written = [];
    try {
        await converge({ workflowName: spec.workflowName, desired, ownRunUrl: tags[RUN_URL_TAG] }, first, {
            apply: (writes, onWrite) => applyWrites(gateway, writes, {
                onWrite: (write) => {
                    written.push(write);
                    onWrite(write);
                },
                explainTakenName: (name) => explainTakenName(gateway, spec.workflowName, name, arnOf)
            }),
            waitForGlue: (goal, pause) => waitForGlue(goal, waitDeps, { pause }),
            replan: planFrom,
            sleep: (ms) => waitDeps.sleep(ms),
            random: Math.random,
            info: (message) => inertCore.info(message),
            warn: (message) => inertCore.warning(message)
        });
    }
    catch (error) {
        const line = (0,explainError/* explainError */.U)(error);
        const outcome = {
            kind: 'failed',
            error: line,
            written,
            ...(error instanceof WriteError ? { failed: error.write } : {}),
            left: error instanceof DeployError ? error.left : []
        };
        inertCore.info(planHeadline(plan, outcome));
        await writeSummary({ ...spec, plan, outcome, stageGraph });
        return (0,src_session/* failed */.g)(line);
    }
    const outcome = { kind: 'deployed', written };
    inertCore.info(`Deployed workflow ${spec.workflowName}: ${planHeadline(plan, outcome)}`);
    await writeSummary({ ...spec, plan, outcome, stageGraph });
    await commentPlanOnPullRequest(inputs, plan);
    return src_session/* SUCCEEDED */.Q;
}
/**
 * Every trigger name the plan creates, read in one BatchGetTriggers call before the first write (none when the plan
 * creates no trigger, or creates only names the workflow already has: a type change replaces its own trigger).
 */
async function claimTriggerNames(gateway, workflowName, plan, reading, arnOf) {
    const inGraph = new Set(reading.triggers.map((t) => t.Name));
    const names = plan.writes
        .filter((w) => w.op === 'CreateTrigger')
        .map((w) => w.request.Name)
        .filter((name) => !inGraph.has(name));
    if (names.length === 0)
        return { ours: [], deleting: [] };
    const claims = classifyTriggerNames(names, workflowName, await gateway.getTriggersByName(names));
    const taken = await withTags(gateway, claims, arnOf);
    if (taken.length > 0) {
        return { taken: `${takenNamesMessage(workflowName, taken)}; nothing was written`, ours: [], deleting: [] };
    }
    const ours = claims.flatMap((c) => (c.status === 'ours' ? [c.trigger] : []));
    return { ours, deleting: ours.filter((t) => t.State === 'DELETING').map((t) => t.Name) };
}
/** The taken claims, each with what its holder's tags say (one GetTags per holder: only on the way to failing). */
async function withTags(gateway, claims, arnOf) {
    const taken = claims.filter((c) => c.status === 'taken');
    const tags = await Promise.all(taken.map((c) => gateway.getTags(arnOf('trigger', c.name)).catch(() => undefined)));
    return taken.map((c, i) => withHolderTags(c, tags[i])).flatMap((c) => (c.status === 'taken' ? [c] : []));
}
/** CreateTrigger answered AlreadyExistsException: fail naming the holder, unless the name is this workflow's. */
async function explainTakenName(gateway, workflowName, name, arnOf) {
    const claims = classifyTriggerNames([name], workflowName, await gateway.getTriggersByName([name]));
    const taken = await withTags(gateway, claims, arnOf);
    if (taken.length > 0)
        throw new DeployError(takenNamesMessage(workflowName, taken));
}
async function writeSummary(input) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await inertCore.summary.addRaw(planSummaryMarkdown(input), true).write();
    }
    catch (error) {
        inertCore.warning(`Could not write the job summary: ${(0,explainError/* explainError */.U)(error)}`);
    }
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


/***/ })

};

//# sourceMappingURL=373.index.js.map