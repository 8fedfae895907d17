export const id = 242;
export const ids = [242];
export const modules = {

/***/ 1242:
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
function planLogLines(plan) {
    return plan.entries.map((e) => `${SYMBOL[e.action]} ${e.action} ${e.resource} ${e.name}${e.changes.length ? `: ${e.changes.join('; ')}` : ''}`);
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
function planSummaryMarkdown({ workflowName, plan, outcome, pipeline, startOn }) {
    const dryRun = outcome.kind === 'planned' && outcome.dryRun;
    const rows = plan.entries.map((e) => `| ${e.resource} \`${(0,src_text/* markdownText */.p7)(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${(0,src_text/* markdownText */.p7)(e.changes.join('; '), 1000) || '–'} |`);
    const headline = dryRun
        ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${planHeadline(plan, outcome)}`
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
        '### Stage graph',
        '',
        '```mermaid',
        stageFlowchart(pipeline, startOn),
        '```',
        ''
    ].join('\n');
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

// EXTERNAL MODULE: ./src/deploy/firstReads.ts + 1 modules
var firstReads = __webpack_require__(7698);
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
async function runDeploy(session, { spec, dryRun }, reads = (0,firstReads/* startFirstReads */.w)(session.gateway, spec)) {
    const gateway = session.gateway;
    const desired = planResources(spec);
    const [accountId] = await Promise.all([reads.accountId, reads.targetsExist]);
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
        return {
            plan: diffResources(desired, existing, { arnOf, tags }),
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
    if (dryRun || plan.writes.length === 0) {
        inertCore.info(planHeadline(plan, { kind: 'planned', dryRun }));
        await writeSummary({ ...spec, plan, outcome: { kind: 'planned', dryRun } });
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
        await writeSummary({ ...spec, plan, outcome });
        return (0,src_session/* failed */.g)(line);
    }
    const outcome = { kind: 'deployed', written };
    inertCore.info(`Deployed workflow ${spec.workflowName}: ${planHeadline(plan, outcome)}`);
    await writeSummary({ ...spec, plan, outcome });
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


/***/ })

};

//# sourceMappingURL=242.index.js.map