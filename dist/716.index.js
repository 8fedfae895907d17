export const id = 716;
export const ids = [716,661];
export const modules = {

/***/ 1716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
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
async function applyWrites(gateway, writes, onWrite = () => { }) {
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
        description: `Starts ${roots.map((s) => s.name).join(', ')} ${MANAGED}`,
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
        description: `Starts ${stage.name} when ${logic} of ${stage.after.join(', ')} succeeded ${MANAGED}`,
        predicate: { Logical: stage.when === 'any' ? 'ANY' : 'AND', Conditions: conditions },
        actions: [actionOf(stage)],
        activated: true
    };
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

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/deploy/provenance.ts
/** Which repository, commit and workflow run made a deploy, from @actions/github's context. */

function provenanceFromContext() {
    const { serverUrl, runId, sha } = github/* context */._;
    const repository = process.env.GITHUB_REPOSITORY ? `${github/* context */._.repo.owner}/${github/* context */._.repo.repo}` : '';
    return {
        repository,
        commit: sha,
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''
    };
}

;// CONCATENATED MODULE: ./src/deploy/readExisting.ts


async function readExisting(gateway, desired, options) {
    const workflow = await gateway.getWorkflow(desired.workflow.name, true);
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

// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
// EXTERNAL MODULE: ./src/session.ts + 3 modules
var src_session = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/deploy/mode.ts
/**
 * mode: deploy — make the Glue workflow and its triggers match the inputs.
 * Plan (pure) against what exists, show the plan, then apply it write by write; re-read and re-plan until Glue
 * matches, so a concurrent or interrupted deploy converges instead of leaving a mix.
 */












async function runDeploy(session, { spec, dryRun }) {
    const gateway = session.gateway;
    const desired = planResources(spec);
    const [accountId] = await Promise.all([gateway.getAccountId(), checkTargetsExist(gateway, spec.pipeline)]);
    const arnOf = (kind, name) => glueArn(session.region, accountId, kind, name);
    const tags = managedTags(spec.tags, provenanceFromContext());
    core/* setOutput */.uH('workflow-name', spec.workflowName);
    core/* setOutput */.uH('workflow-arn', arnOf('workflow', spec.workflowName));
    core/* setOutput */.uH('trigger-arns', JSON.stringify(desired.triggers.map((t) => arnOf('trigger', t.name))));
    const plan = diffResources(desired, await readExisting(gateway, desired, { arnOf }), { arnOf, tags });
    core/* startGroup */.Oh(`Plan for workflow ${spec.workflowName}: ${planHeadline(plan, dryRun)}`);
    for (const line of planLogLines(plan))
        core/* info */.pq(line);
    core/* endGroup */.N4();
    core/* setOutput */.uH('plan', JSON.stringify(plan.entries));
    core/* setOutput */.uH('changed', String(plan.writes.length > 0));
    if (!dryRun && plan.writes.length > 0) {
        const writes = await converge(spec.workflowName, plan, {
            apply: (list, onWrite) => applyWrites(gateway, list, onWrite),
            replan: async () => diffResources(desired, await readExisting(gateway, desired, { arnOf }), { arnOf, tags }),
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            random: Math.random,
            info: (message) => core/* info */.pq(message),
            warn: (message) => core/* warning */.$e(message)
        });
        core/* info */.pq(`Deployed workflow ${spec.workflowName} with ${writes} write${writes === 1 ? '' : 's'}.`);
    }
    else {
        core/* info */.pq(planHeadline(plan, dryRun));
    }
    await writeSummary(planSummaryMarkdown({ ...spec, plan, dryRun }));
    return src_session/* SUCCEEDED */.Q;
}
/** Every job and crawler the stages name must exist before anything is written; all missing ones in one error. */
async function checkTargetsExist(gateway, pipeline) {
    const targets = (kind) => pipeline.stages.filter((s) => s.kind === kind).map((s) => s.target);
    const [jobs, crawlers] = await Promise.all([
        gateway.findMissingJobs(targets('job')),
        gateway.findMissingCrawlers(targets('crawler'))
    ]);
    const missing = [...jobs.map((j) => `job '${j}'`), ...crawlers.map((c) => `crawler '${c}'`)];
    if (missing.length > 0) {
        throw new errors/* InputError */.d('jobs', `${missing.join(', ')} not found in AWS Glue (create them first, or fix the names)`);
    }
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
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

//# sourceMappingURL=716.index.js.map