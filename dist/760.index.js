export const id = 760;
export const ids = [760];
export const modules = {

/***/ 9760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: ./src/inertCore.ts
var inertCore = __webpack_require__(5592);
// EXTERNAL MODULE: ./src/aws/explainError.ts
var explainError = __webpack_require__(1970);
// EXTERNAL MODULE: ./src/run/consoleLink.ts
var consoleLink = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/run/expectedGraph.ts
var expectedGraph = __webpack_require__(9825);
// EXTERNAL MODULE: ./src/run/latestFirst.ts
var latestFirst = __webpack_require__(8274);
;// CONCATENATED MODULE: ./src/verify/findings.ts
/** What verify reports: the rules (a public output, mirrored by the README's table) and one broken rule. Pure. */
/** Every rule verify checks; the `rule` of each entry of the `findings` output is one of these. */
const FINDING_RULES = (/* unused pure expression or super */ null && ([
    'no-run',
    'run-too-old',
    'run-status',
    'no-stages',
    'not-wired',
    'trigger-name',
    'started-by-several',
    'waits-for',
    'wait-state',
    'wait-logic',
    'unexpected-stage',
    'never-ran',
    'not-succeeded',
    'ran-twice',
    'started-by',
    'order',
    'unexpected-run'
]));
/** The `stage` of findings about the run as a whole (its status, its age, its existence). */
const RUN_STAGE = '(run)';
function finding(stage, rule, message, evidence = {}) {
    return { stage, rule, message, evidence };
}

;// CONCATENATED MODULE: ./src/verify/findingAnnotations.ts
/**
 * Which findings become error annotations: GitHub shows at most 10 error annotations per step, so when there are
 * more, the first ones are annotated and one more annotation says how many are left out. Pure.
 */

/** GitHub's limit of error annotations shown per step. */
const MAX_ERROR_ANNOTATIONS = 10;
/**
 * @param budget error annotations still free in this step (10, or fewer when an earlier mode already failed)
 * @param logsOf the link to a finding's logs (a stage that did not succeed), put on the annotation's second line
 */
/** How many findings get their own annotation (the others are counted by one more). */
function annotatedCount(findings, budget = MAX_ERROR_ANNOTATIONS) {
    const room = Math.max(1, budget);
    return findings <= room ? findings : room - 1;
}
function findingAnnotations(findings, workflowName, budget = MAX_ERROR_ANNOTATIONS, logsOf = () => undefined) {
    const room = Math.max(1, budget);
    const toAnnotation = (f) => {
        const logs = logsOf(f);
        return {
            title: f.stage === RUN_STAGE ? `workflow ${workflowName}` : f.stage,
            message: logs ? `${f.message} · Logs: ${logs}` : f.message
        };
    };
    if (findings.length <= room)
        return findings.map(toAnnotation);
    const shown = findings.slice(0, room - 1);
    const rest = findings.length - shown.length;
    return [
        ...shown.map(toAnnotation),
        {
            title: 'verify',
            message: `and ${rest} more finding${rest === 1 ? '' : 's'} (${findings.length} in all): see the job summary or the findings output`
        }
    ];
}

// EXTERNAL MODULE: ./src/run/graphTriggers.ts
var run_graphTriggers = __webpack_require__(9708);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/run/runSummary.ts
var runSummary = __webpack_require__(8998);
;// CONCATENATED MODULE: ./src/verify/render/findingsMarkdown.ts

/** At most this many findings are listed in the summary; the `findings` output has them all. */
const MAX_LISTED_FINDINGS = 200;
function renderFindings(findings) {
    if (findings.length === 0)
        return '';
    const listed = findings.slice(0, MAX_LISTED_FINDINGS);
    const rows = listed.map((f) => `| ${(0,src_text/* markdownText */.p7)(f.stage, 80)} | \`${f.rule}\` | ${(0,src_text/* markdownText */.p7)(f.message)} | ${evidence(f)} |`);
    const more = findings.length > listed.length
        ? [`\n_…and ${findings.length - listed.length} more findings: see the \`findings\` output._`]
        : [];
    return ['| Stage | Rule | Finding | Evidence |', '| --- | --- | --- | --- |', ...rows, ...more, ''].join('\n');
}
function evidence(f) {
    return Object.entries(f.evidence)
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => `${(0,src_text/* markdownText */.p7)(k, 40)}: ${(0,src_text/* markdownText */.p7)(String(v), 160)}`)
        .join('<br>');
}

// EXTERNAL MODULE: ./src/run/stages.ts
var run_stages = __webpack_require__(5194);
;// CONCATENATED MODULE: ./src/verify/render/outcome.ts
/** How each stage came out, for colouring diagrams: one outcome per stage. Pure. */

/** Mermaid classDef styles per outcome (GitHub's light palette; readable in dark mode too). */
const OUTCOME_STYLES = {
    succeeded: 'fill:#dafbe1,stroke:#1a7f37,color:#0f3d1d',
    retried: 'fill:#fff8c5,stroke:#9a6700,color:#3b2300',
    flagged: 'fill:#ffe7cc,stroke:#bc4c00,color:#3d1600,stroke-width:3px',
    failed: 'fill:#ffebe9,stroke:#cf222e,color:#5c0a0f,stroke-width:2px',
    running: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    notrun: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray:5 3',
    unexpected: 'fill:#fbefff,stroke:#8250df,color:#3e1f79,stroke-dasharray:5 3'
};
const OUTCOME_LEGEND = {
    succeeded: '🟩 succeeded',
    retried: '🟨 succeeded after retries',
    flagged: '🟧 succeeded, with findings',
    failed: '🟥 did not succeed',
    running: '🟦 still running',
    notrun: '⬜ did not run',
    unexpected: '🟪 ran, not expected'
};
const OUTCOME_ICON = {
    succeeded: '✅',
    retried: '🔁',
    flagged: '⚠️',
    failed: '❌',
    running: '⏳',
    notrun: '⏭️',
    unexpected: '❓'
};
function stageOutcome(stage, findings) {
    const last = stage.attempts[stage.attempts.length - 1];
    if (!last)
        return 'notrun';
    if (!(0,run_stages/* isTerminalAttempt */.e)(stage.kind, last.state))
        return 'running';
    if (last.state !== 'SUCCEEDED')
        return 'failed';
    if (findings.some((f) => f.stage === stage.stage))
        return 'flagged';
    return stage.attempts.length > 1 ? 'retried' : 'succeeded';
}

;// CONCATENATED MODULE: ./src/verify/render/flowchart.ts
/**
 * The stage graph as a Mermaid flowchart: one node per stage coloured by its outcome, an edge per dependency (dotted
 * for `any`), and, when the wiring was checked, the differences: expected edges that no trigger wires and wired edges
 * that were not expected, in red. Pure.
 */




/** GitHub's Mermaid refuses larger diagrams (maxTextSize 50,000, maxEdges 500); stay well inside. */
const FLOWCHART_MAX_CHARS = 40_000;
const FLOWCHART_MAX_EDGES = 400;
const RED = 'stroke:#cf222e,stroke-width:2px,color:#cf222e';
function renderFlowchart(input) {
    const ids = new Map();
    const lines = ['flowchart LR'];
    for (const [outcome, style] of Object.entries(OUTCOME_STYLES))
        lines.push(`  classDef ${outcome} ${style}`);
    lines.push('  classDef start fill:#ffffff,stroke:#57606a,color:#24292f');
    lines.push('  start(["▶ start"]):::start');
    const runs = new Map(input.stages.map((s) => [s.stage, s]));
    input.expected.stages.forEach((stage, i) => {
        const id = `s${i}`;
        ids.set((0,run_graphTriggers/* targetKey */.h)(stage), id);
        const ran = runs.get(stage.name) ?? { stage: stage.name, kind: stage.kind, target: stage.target, attempts: [] };
        lines.push(node(id, stage.name, ran, stageOutcome(ran, input.findings)));
    });
    input.unexpected.forEach((ran, i) => {
        const id = `u${i}`;
        ids.set((0,run_graphTriggers/* targetKey */.h)(ran), id);
        lines.push(node(id, ran.stage, ran, 'unexpected'));
    });
    const edges = [];
    const red = [];
    const wired = input.wiring ? wiredEdges(input.wiring) : undefined;
    const stageKey = new Map(input.expected.stages.map((s) => [s.name, (0,run_graphTriggers/* targetKey */.h)(s)]));
    for (const stage of input.expected.stages) {
        const to = ids.get((0,run_graphTriggers/* targetKey */.h)(stage));
        if (stage.after.length === 0) {
            const startsIt = !wired || wired.has(`start>${(0,run_graphTriggers/* targetKey */.h)(stage)}`);
            if (!startsIt)
                red.push(edges.length);
            edges.push(startsIt ? `  start --> ${to}` : `  start -. "expected, not wired" .-> ${to}`);
        }
        for (const upstream of stage.after) {
            const key = stageKey.get(upstream);
            const from = key && ids.get(key);
            if (!from)
                continue;
            const isWired = !wired || wired.has(`${key}>${(0,run_graphTriggers/* targetKey */.h)(stage)}`);
            if (!isWired)
                red.push(edges.length);
            const label = isWired ? (stage.when === 'any' ? 'any' : '') : 'expected, not wired';
            edges.push(label ? `  ${from} -. "${label}" .-> ${to}` : `  ${from} --> ${to}`);
        }
    }
    const planned = expectedEdges(input.expected);
    for (const edge of wired ?? []) {
        if (planned.has(edge))
            continue;
        const [fromKey, toKey] = edge.split('>');
        const from = fromKey === 'start' ? 'start' : ensureNode(ids, lines, fromKey);
        const to = ensureNode(ids, lines, toKey);
        red.push(edges.length);
        edges.push(`  ${from} == "wired, not expected" ==> ${to}`);
    }
    lines.push(...edges);
    if (red.length > 0)
        lines.push(`  linkStyle ${red.join(',')} ${RED}`);
    const text = (0,src_text/* mermaidBlock */.tW)(lines);
    if (text.length > FLOWCHART_MAX_CHARS || edges.length > FLOWCHART_MAX_EDGES) {
        return `_The stage graph has ${input.expected.stages.length} stages and ${edges.length} edges: too large to draw here._\n`;
    }
    return text;
}
function node(id, name, ran, outcome) {
    const what = ran.target === name ? (ran.kind === 'crawler' ? 'crawler' : '') : `${ran.kind} ${ran.target}`;
    const state = `${OUTCOME_ICON[outcome]} ${ran.finalState ?? 'not run'}`;
    const attempts = ran.attempts.length > 1 ? `${ran.attempts.length} attempts` : '';
    const took = ran.durationSeconds !== undefined ? (0,src_text/* duration */.p0)(ran.durationSeconds) : '';
    const details = [attempts, took].filter((part) => part !== '').join(' · ');
    const label = [name, what, state, details]
        .filter((part) => part !== '')
        .map(src_text/* mermaidLabel */._b)
        .join('<br/>');
    return `  ${id}["${label}"]:::${outcome}`;
}
/** A node for a job/crawler that is wired but is not a stage (e.g. a predicate on a job outside the graph). */
function ensureNode(ids, lines, key) {
    const known = ids.get(key);
    if (known)
        return known;
    const id = `x${ids.size}`;
    ids.set(key, id);
    const [kind, ...rest] = key.split(':');
    lines.push(`  ${id}["${(0,src_text/* mermaidLabel */._b)(rest.join(':'))}<br/>${(0,src_text/* mermaidLabel */._b)(kind)} · not a stage"]:::unexpected`);
    return id;
}
/** Edges `upstreamKey>downstreamKey` (or `start>key`) as the triggers wire them. */
function wiredEdges(triggers) {
    const edges = new Set();
    for (const trigger of triggers) {
        for (const action of trigger.actions) {
            if (!trigger.conditional)
                edges.add(`start>${(0,run_graphTriggers/* targetKey */.h)(action)}`);
            for (const condition of trigger.conditions)
                edges.add(`${(0,run_graphTriggers/* targetKey */.h)(condition)}>${(0,run_graphTriggers/* targetKey */.h)(action)}`);
        }
    }
    return edges;
}
function expectedEdges(expected) {
    const keys = new Map(expected.stages.map((s) => [s.name, (0,run_graphTriggers/* targetKey */.h)(s)]));
    const edges = new Set();
    for (const stage of expected.stages) {
        if (stage.after.length === 0)
            edges.add(`start>${(0,run_graphTriggers/* targetKey */.h)(stage)}`);
        for (const upstream of stage.after)
            edges.add(`${keys.get(upstream) ?? upstream}>${(0,run_graphTriggers/* targetKey */.h)(stage)}`);
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/verify/render/gantt.ts
/**
 * The stages on a time axis as a Mermaid Gantt chart: one bar per attempt, grouped by stage, so that overlaps jump
 * out. Failed attempts and attempts of stages with findings are red (crit), running ones active. Times are UTC wall
 * clock written without a zone, so the chart shows the same clock times as the table whatever the reader's time zone.
 * Pure.
 */


const GANTT_MAX_CHARS = 40_000;
function renderGantt(input) {
    const all = [...input.stages, ...input.unexpected];
    const times = all
        .flatMap((s) => s.attempts.flatMap((a) => [a.startedOn, a.completedOn]))
        .filter((d) => d !== undefined);
    if (times.length === 0)
        return '_No stage ran: nothing to put on a time axis._\n';
    const span = Math.max(...times.map((d) => d.getTime())) - Math.min(...times.map((d) => d.getTime()));
    const flagged = new Set(input.findings.map((f) => f.stage));
    const unexpected = new Set(input.unexpected.map((s) => s.stage));
    const lines = [
        'gantt',
        '  title Stage attempts (UTC)',
        '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
        `  axisFormat ${axisFormat(span)}`,
        '  todayMarker off'
    ];
    for (const stage of all) {
        if (stage.attempts.length === 0)
            continue;
        lines.push(`  section ${(0,src_text/* ganttText */.OL)(unexpected.has(stage.stage) ? `${stage.stage} (not expected)` : stage.stage)}`);
        stage.attempts.forEach((attempt, i) => {
            const start = attempt.startedOn;
            if (!start)
                return;
            const final = (0,run_stages/* isTerminalAttempt */.e)(stage.kind, attempt.state);
            const end = attempt.completedOn ?? (final ? start : input.now);
            const tag = !final
                ? 'active'
                : attempt.state !== 'SUCCEEDED' || flagged.has(stage.stage) || unexpected.has(stage.stage)
                    ? 'crit'
                    : 'done';
            const name = stage.attempts.length > 1 ? `attempt ${i + 1} ${attempt.state}` : attempt.state;
            lines.push(`  ${(0,src_text/* ganttText */.OL)(name)} :${tag}, ${wallClock(start)}, ${wallClock(end < start ? start : end)}`);
        });
    }
    const text = (0,src_text/* mermaidBlock */.tW)(lines);
    return text.length > GANTT_MAX_CHARS ? '_Too many attempts to draw a timeline here._\n' : text;
}
/** Tick labels fine enough to tell the ticks apart over the chart's time span (ms). */
function axisFormat(span) {
    if (span < 10_000)
        return '%H:%M:%S.%L';
    if (span < 3_600_000)
        return '%H:%M:%S';
    return span < 86_400_000 ? '%H:%M' : '%d %H:%M';
}
/** `2026-01-01 00:03:50.000`: UTC wall clock without a zone (Mermaid reads and shows it as local time). */
function wallClock(date) {
    return date.toISOString().replace('T', ' ').replace('Z', '');
}

;// CONCATENATED MODULE: ./src/verify/render/verifySummary.ts
/**
 * The job summary of `mode: verify`: verdict and run header, per-stage table, the stage graph (Mermaid flowchart),
 * the timeline (Mermaid Gantt) and the findings with their evidence. Well under GitHub's 1 MiB per step even for 100
 * stages: long texts are cut, the findings list is capped, oversized diagrams are replaced by a note. Pure.
 *
 */







/** Stage tables longer than this are folded (the graph and timeline stay open). */
const OPEN_TABLE_ROWS = 25;
/** Error messages longer than this are cut in the summary (the findings output keeps them whole). */
const MAX_ERROR_CHARS = 300;
function renderVerifySummary(input) {
    const verdict = verdictLine(input);
    const run = input.run;
    if (!run || input.compact) {
        return [
            `### Glue workflow verify · ${(0,src_text/* markdownText */.p7)(input.workflowName)}`,
            '',
            verdict,
            '',
            ...(run
                ? [
                    "_The stage table, stage graph and timeline are left out: with them this summary would pass GitHub's size limit._",
                    ''
                ]
                : []),
            renderFindings(input.findings)
        ].join('\n');
    }
    const stages = run.stages.map(shorten);
    const unexpected = run.unexpected.map(shorten);
    const outcomes = new Set([
        ...stages.map((s) => stageOutcome(s, input.findings)),
        ...(unexpected.length > 0 ? ['unexpected'] : [])
    ]);
    const legend = [...outcomes].map((o) => OUTCOME_LEGEND[o]).join(' · ');
    const checked = [
        run.expected.source === 'jobs-input'
            ? 'Expected graph: the `jobs` input'
            : "Expected graph: the run's own graph (its triggers)",
        run.wiring ? `wiring checked against ${run.wiring.source}` : 'wiring not checked (no `jobs` input)'
    ].join(' · ');
    return [
        (0,runSummary/* renderRunHeader */.b)({
            workflowName: input.workflowName,
            runId: run.runId,
            status: run.status,
            ...(run.durationSeconds !== undefined ? { durationSeconds: run.durationSeconds } : {}),
            consoleUrl: run.consoleUrl,
            verdict
        }),
        `_${checked}._`,
        '',
        '#### Stages',
        '',
        collapsible(`${stages.length + unexpected.length} stages`, (0,runSummary/* renderStageTable */.n)([...stages, ...unexpected], run.links), stages.length > OPEN_TABLE_ROWS),
        '#### Stage graph',
        '',
        renderFlowchart({
            expected: run.expected,
            stages,
            unexpected,
            findings: input.findings,
            ...(run.wiring ? { wiring: run.wiring.triggers } : {})
        }),
        legend,
        '',
        '#### Timeline',
        '',
        renderGantt({ stages, unexpected, findings: input.findings, now: run.now }),
        ...retryNotes(stages),
        `#### Findings (${input.findings.length})`,
        '',
        input.findings.length === 0 ? 'None: every check passed.\n' : renderFindings(input.findings)
    ].join('\n');
}
/** Markdown wrapped in <details> when `folded` (GitHub needs the blank lines around Markdown inside HTML). */
function collapsible(title, markdown, folded) {
    return folded ? `<details><summary>${title}</summary>\n\n${markdown}\n</details>\n` : markdown;
}
function verdictLine(input) {
    const n = input.findings.length;
    if (n > 0) {
        const first = input.findings[0];
        return `❌ Not verified: ${n} finding${n === 1 ? '' : 's'}; first: ${(0,src_text/* oneLine */.TN)(`${first.stage}: ${first.message}`, 160)}`;
    }
    const stages = input.run?.stages ?? [];
    const retried = stages.filter((s) => s.attempts.length > 1).map((s) => s.stage);
    const retries = retried.length > 0 ? ` (${(0,src_text/* oneLine */.TN)(retried.join(', '), 200)} after retries)` : '';
    return `✅ Verified: all ${stages.length} stage${stages.length === 1 ? '' : 's'} ran in dependency order and succeeded${retries}`;
}
function retryNotes(stages) {
    const notes = stages
        .filter((s) => s.attempts.length > 1 && s.finalState === 'SUCCEEDED')
        .map((s) => {
        const failed = s.attempts.slice(0, -1).map((a) => `${a.state}${a.errorMessage ? ` (${a.errorMessage})` : ''}`);
        return `- 🔁 ${(0,src_text/* markdownText */.p7)(s.stage)} succeeded on attempt ${s.attempts.length} after ${(0,src_text/* markdownText */.p7)(failed.join('; '))}`;
    });
    return notes.length > 0 ? ['Retries:', '', ...notes, ''] : [];
}
/** A copy of the stage with its error messages cut for the summary. */
function shorten(stage) {
    const cut = (text) => text && text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
    return {
        ...stage,
        ...(stage.errorMessage !== undefined ? { errorMessage: cut(stage.errorMessage) } : {}),
        attempts: stage.attempts.map((a) => a.errorMessage !== undefined ? { ...a, errorMessage: cut(a.errorMessage) } : a)
    };
}

;// CONCATENATED MODULE: ./src/verify/runAge.ts
/** Age checks for `max-age-hours`: a run that is too old, or no run at all. Pure. */


const HOUR_MS = 3_600_000;
/** A finding when the run started longer ago than `maxAgeHours` (or its start time is unknown). */
function checkRunAge(startedOn, now, maxAgeHours) {
    if (maxAgeHours === undefined)
        return [];
    if (!startedOn) {
        return [finding(RUN_STAGE, 'run-too-old', 'the run has no start time, so its age is unknown', { maxAgeHours })];
    }
    const ageHours = (now.getTime() - startedOn.getTime()) / HOUR_MS;
    if (ageHours <= maxAgeHours)
        return [];
    return [
        finding(RUN_STAGE, 'run-too-old', `the run started ${formatHours(ageHours)} ago (${(0,src_text/* iso */.KH)(startedOn)}), more than max-age-hours ${maxAgeHours}`, { startedOn: (0,src_text/* iso */.KH)(startedOn), checkedAt: (0,src_text/* iso */.KH)(now), ageHours: Math.round(ageHours * 1000) / 1000, maxAgeHours })
    ];
}
/** The finding when the workflow has no run at all. */
function noRunFinding(workflowName, maxAgeHours) {
    const expectation = maxAgeHours === undefined ? '' : ` (expected one within the last ${maxAgeHours} hours)`;
    return finding(RUN_STAGE, 'no-run', `workflow '${workflowName}' has no run to verify${expectation}`, {
        workflowName,
        maxAgeHours: maxAgeHours ?? null
    });
}
function formatHours(hours) {
    if (hours < 1 / 30)
        return `${Math.round(hours * 3600)} s`;
    if (hours < 1)
        return `${Math.round(hours * 60)} min`;
    if (hours < 48)
        return `${Math.round(hours * 10) / 10} h`;
    return `${Math.round(hours / 24)} days`;
}

// EXTERNAL MODULE: ./src/run/runOutputs.ts
var runOutputs = __webpack_require__(408);
// EXTERNAL MODULE: ./src/run/judgeRun.ts
var judgeRun = __webpack_require__(5349);
// EXTERNAL MODULE: ./src/aws/glueStates.ts
var glueStates = __webpack_require__(1570);
;// CONCATENATED MODULE: ./src/verify/triggerStates.ts
/**
 * Triggers Glue is still working on, or that do not fire: reported as such, never as miswired. A trigger in a
 * transient state (CREATING, ACTIVATING, UPDATING, DEACTIVATING, DELETING) is a notice: its wiring is what it will be,
 * Glue has just not finished (a deploy in progress). When a stage never ran, its trigger's state is the reason given
 * (checkRun). Pure.
 */


/** Why a trigger in this state starts nothing, or undefined when it can fire. */
function triggerStateProblem(trigger) {
    const name = `trigger '${(0,src_text/* oneLine */.TN)(trigger.name, 120)}'`;
    if (glueStates/* TRANSIENT_TRIGGER_STATES */.rT.has(trigger.state)) {
        return `${name} is ${trigger.state}: Glue is still working on it (a deploy in progress?)`;
    }
    const mustBeActive = trigger.type === 'CONDITIONAL' || trigger.type === 'SCHEDULED';
    if (mustBeActive && (trigger.state === 'CREATED' || trigger.state === 'DEACTIVATED')) {
        return `${name} is ${trigger.state}: a ${trigger.type} trigger fires only when ACTIVATED`;
    }
    return undefined;
}
/** One notice per trigger (by name) in a transient state, in the order given. */
function triggerStateNotices(triggers) {
    const seen = new Set();
    const notices = [];
    for (const trigger of triggers) {
        if (seen.has(trigger.name) || !glueStates/* TRANSIENT_TRIGGER_STATES */.rT.has(trigger.state))
            continue;
        seen.add(trigger.name);
        notices.push(triggerStateProblem(trigger));
    }
    return notices;
}

;// CONCATENATED MODULE: ./src/verify/checkRun.ts




/** Attempt states that are not final yet (job runs and crawls). */
function checkRun(expected, run, stages, unexpected, 
/** The run graph's triggers by name (their states say why a stage may not have run). */
triggers = new Map()) {
    const status = run.Status ?? 'UNKNOWN';
    const findings = [];
    if (status !== 'COMPLETED') {
        findings.push(finding(RUN_STAGE, 'run-status', (0,judgeRun/* runStatusProblem */.Jr)(run) ?? status, {
            status,
            errorMessage: run.ErrorMessage ?? null,
            startedOn: (0,src_text/* iso */.KH)(run.StartedOn),
            completedOn: (0,src_text/* iso */.KH)(run.CompletedOn)
        }));
    }
    if (expected.stages.length === 0) {
        findings.push(finding(RUN_STAGE, 'no-stages', 'the run has no stages to verify: its graph has no trigger that starts a job or crawler', {
            status
        }));
    }
    const runs = new Map(stages.map((s) => [s.stage, s]));
    for (const stage of expected.stages) {
        findings.push(...checkStage(stage, runs.get(stage.name), runs, expected, status, triggers));
    }
    for (const other of unexpected.filter((s) => s.attempts.length > 0)) {
        findings.push(finding(other.stage, 'unexpected-run', `${other.kind} '${other.target}' ran in this run (${other.attempts.length} attempt${other.attempts.length === 1 ? '' : 's'}, ${other.finalState ?? 'no state'}) but is not a stage of the expected graph`, {
            kind: other.kind,
            target: other.target,
            finalState: other.finalState ?? null,
            attempts: other.attempts.length,
            startedOn: (0,src_text/* iso */.KH)(other.startedOn),
            startedBy: other.startedBy ?? null
        }));
    }
    return findings;
}
/** Glue error messages can be long stack traces; findings keep the first part (the `findings` output stays small). */
function checkRun_shorten(text) {
    return text === undefined ? undefined : (0,src_text/* errorExcerpt */.MS)(text);
}
function checkStage(stage, ran, runs, expected, runStatus, triggers) {
    const attempts = ran?.attempts ?? [];
    if (!ran || attempts.length === 0) {
        const why = neverRanReason(stage, runs, runStatus, triggers.get(stage.trigger));
        return [
            finding(stage.name, 'never-ran', `${stage.name} (${stage.kind} '${stage.target}') never ran${why}`, {
                kind: stage.kind,
                target: stage.target,
                waitsFor: stage.after.join(', '),
                runStatus
            })
        ];
    }
    const findings = [];
    const last = attempts[attempts.length - 1];
    if (last.state !== 'SUCCEEDED') {
        const error = checkRun_shorten(last.errorMessage ?? ran.errorMessage);
        findings.push(finding(stage.name, 'not-succeeded', (0,judgeRun/* stageProblemLine */.mP)({ stage: stage.name, finalState: last.state, attempts, errorMessage: error }, src_text/* ERROR_EXCERPT_CHARS */.lw), {
            target: stage.target,
            finalState: last.state,
            attempts: attempts.length,
            errorMessage: error ?? null,
            startedOn: (0,src_text/* iso */.KH)(ran.startedOn),
            completedOn: (0,src_text/* iso */.KH)(last.completedOn)
        }));
    }
    const runsStarted = stage.kind === 'crawler' ? attempts.length : attempts.filter((a) => a.attempt === 0).length;
    if (runsStarted > 1) {
        findings.push(finding(stage.name, 'ran-twice', `${stage.name} was started ${runsStarted} times in this run (not retries of one job run); expected once`, {
            target: stage.target,
            starts: runsStarted,
            startedBy: [...new Set(attempts.map((a) => a.triggerName ?? '?'))].join(', ')
        }));
    }
    const wrongTrigger = attempts.find((a) => a.triggerName !== undefined && a.triggerName !== stage.trigger);
    if (wrongTrigger) {
        findings.push(finding(stage.name, 'started-by', `${stage.name} was started by trigger '${wrongTrigger.triggerName}'; expected '${stage.trigger}'`, {
            expectedTrigger: stage.trigger,
            actualTrigger: wrongTrigger.triggerName ?? null,
            attempt: wrongTrigger.attempt,
            jobRunId: wrongTrigger.id ?? null
        }));
    }
    findings.push(...checkOrder(stage, ran, runs, expected));
    return findings;
}
function neverRanReason(stage, runs, runStatus, trigger) {
    if (runStatus === 'RUNNING')
        return ' (yet: the run is still RUNNING)';
    if (runStatus === 'ERROR' || runStatus === 'STOPPED' || runStatus === 'STOPPING')
        return ` (the run ended ${runStatus})`;
    const blocked = stage.after.filter((name) => runs.get(name)?.finalState !== 'SUCCEEDED');
    if (stage.after.length > 0 && (stage.when === 'any' ? blocked.length === stage.after.length : blocked.length > 0)) {
        return `: it waits for ${(0,src_text/* listing */.RR)(blocked)}, which did not succeed`;
    }
    const problem = trigger ? triggerStateProblem(trigger) : undefined;
    return problem ? `: its ${problem}` : '';
}
/** When each upstream stage succeeded: the end of its final attempt, if that attempt SUCCEEDED. */
function succeededAt(run) {
    const last = run?.attempts[run.attempts.length - 1];
    return last?.state === 'SUCCEEDED' ? last.completedOn : undefined;
}
function checkOrder(stage, ran, runs, expected) {
    const started = ran.attempts[0]?.startedOn ?? ran.startedOn;
    if (stage.after.length === 0 || !started)
        return [];
    const upstream = stage.after.map((name) => ({ name, done: succeededAt(runs.get(name)) }));
    const inTime = upstream.filter((u) => u.done !== undefined && u.done.getTime() <= started.getTime());
    const evidenceOf = (u) => ({
        upstream: u.name,
        upstreamState: runs.get(u.name)?.finalState ?? (expected.stages.some((s) => s.name === u.name) ? 'never ran' : 'not a stage'),
        upstreamSucceededOn: (0,src_text/* iso */.KH)(u.done)
    });
    const base = { startedOn: (0,src_text/* iso */.KH)(started), when: stage.when };
    if (stage.when === 'any') {
        if (inTime.length > 0)
            return [];
        return [
            finding(stage.name, 'order', `${stage.name} started at ${(0,src_text/* clock */.pm)(started)} before any of ${(0,src_text/* listing */.RR)(stage.after)} had succeeded`, {
                ...base,
                upstream: stage.after.join(', '),
                upstreamSucceededOn: upstream.map((u) => `${u.name}=${(0,src_text/* iso */.KH)(u.done) ?? 'never'}`).join(', ')
            })
        ];
    }
    return upstream
        .filter((u) => !inTime.includes(u))
        .map((u) => u.done
        ? finding(stage.name, 'order', `${stage.name} started at ${(0,src_text/* clock */.pm)(started)}, ${(0,src_text/* duration */.p0)((u.done.getTime() - started.getTime()) / 1000)} before ${u.name} succeeded (${(0,src_text/* clock */.pm)(u.done)})`, { ...base, ...evidenceOf(u) })
        : finding(stage.name, 'order', `${stage.name} ran although ${u.name} never succeeded in this run`, {
            ...base,
            ...evidenceOf(u)
        }));
}

;// CONCATENATED MODULE: ./src/verify/checkStructure.ts
/**
 * Structure check: do the triggers wire the stages exactly as expected? Every stage is started by its trigger, each
 * conditional trigger waits for exactly its upstream stages in state SUCCEEDED with the expected AND/ANY logic, and
 * nothing else is wired in. Pure.
 */



function checkStructure(expected, triggers) {
    const stageByTarget = new Map(expected.stages.map((s) => [(0,run_graphTriggers/* targetKey */.h)(s), s]));
    const label = (t) => stageByTarget.get((0,run_graphTriggers/* targetKey */.h)(t))?.name ?? describeTarget(t);
    const findings = expected.stages.flatMap((stage) => checkStructure_checkStage(stage, expected, triggers, label));
    for (const trigger of triggers) {
        for (const action of trigger.actions) {
            if (stageByTarget.has((0,run_graphTriggers/* targetKey */.h)(action)))
                continue;
            findings.push(finding(action.target, 'unexpected-stage', `trigger '${trigger.name}' starts ${describeTarget(action)}, which is not a stage of the expected graph`, { trigger: trigger.name, kind: action.kind, target: action.target }));
        }
    }
    return findings;
}
function checkStructure_checkStage(stage, expected, triggers, label) {
    const starters = triggers.filter((t) => t.actions.some((a) => (0,run_graphTriggers/* targetKey */.h)(a) === (0,run_graphTriggers/* targetKey */.h)(stage)));
    if (starters.length === 0) {
        return [
            finding(stage.name, 'not-wired', `no trigger starts ${describeTarget(stage)}; expected trigger '${stage.trigger}'`, {
                expectedTrigger: stage.trigger,
                target: stage.target
            })
        ];
    }
    const findings = [];
    const trigger = starters.find((t) => t.name === stage.trigger) ?? starters[0];
    if (starters.length > 1) {
        const names = starters.map((t) => `'${t.name}'`);
        findings.push(finding(stage.name, 'started-by-several', `${describeTarget(stage)} is started by ${(0,src_text/* listing */.RR)(names)}; expected only '${stage.trigger}'`, {
            expectedTrigger: stage.trigger,
            actualTriggers: starters.map((t) => t.name).join(', ')
        }));
    }
    else if (trigger.name !== stage.trigger) {
        findings.push(finding(stage.name, 'trigger-name', `${describeTarget(stage)} is started by trigger '${trigger.name}'; expected '${stage.trigger}'`, {
            expectedTrigger: stage.trigger,
            actualTrigger: trigger.name
        }));
    }
    return [...findings, ...checkWaits(stage, expected, trigger, label)];
}
/** The predicate of the trigger that starts `stage` against the stages it is expected to wait for. */
function checkWaits(stage, expected, trigger, label) {
    const upstream = stage.after
        .map((name) => expected.stages.find((s) => s.name === name))
        .filter((s) => s !== undefined);
    const expectedWaits = upstream.map((s) => s.name);
    const actualWaits = trigger.conditions.map(label);
    const evidence = {
        trigger: trigger.name,
        triggerType: trigger.type,
        expectedWaitsFor: expectedWaits.join(', '),
        actualWaitsFor: actualWaits.join(', '),
        expectedLogic: logicOf(stage),
        actualLogic: trigger.logic || null
    };
    if (!trigger.conditional) {
        if (upstream.length === 0)
            return [];
        return [
            finding(stage.name, 'waits-for', `${stage.name} starts with the workflow (trigger '${trigger.name}', ${trigger.type || 'no type'}); expected it to wait for ${(0,src_text/* listing */.RR)(expectedWaits)}`, evidence)
        ];
    }
    if (upstream.length === 0) {
        return [
            finding(stage.name, 'waits-for', `${stage.name} waits for ${(0,src_text/* listing */.RR)(actualWaits)} (trigger '${trigger.name}'); expected it to start with the workflow`, evidence)
        ];
    }
    const findings = [];
    const expectedKeys = new Set(upstream.map(run_graphTriggers/* targetKey */.h));
    const actualKeys = new Set(trigger.conditions.map(run_graphTriggers/* targetKey */.h));
    const missing = upstream.filter((s) => !actualKeys.has((0,run_graphTriggers/* targetKey */.h)(s))).map((s) => s.name);
    const extra = trigger.conditions.filter((c) => !expectedKeys.has((0,run_graphTriggers/* targetKey */.h)(c))).map(label);
    if (missing.length > 0 || extra.length > 0 || actualKeys.size !== trigger.conditions.length) {
        findings.push(finding(stage.name, 'waits-for', `${stage.name} waits for ${(0,src_text/* listing */.RR)(actualWaits) || 'nothing'} (trigger '${trigger.name}'); expected ${(0,src_text/* listing */.RR)(expectedWaits)}`, { ...evidence, missing: missing.join(', '), extra: extra.join(', ') }));
    }
    for (const condition of trigger.conditions) {
        if (condition.state === 'SUCCEEDED')
            continue;
        findings.push(finding(stage.name, 'wait-state', `${stage.name} waits for ${label(condition)} to be ${condition.state || 'in no state'} (trigger '${trigger.name}'); expected SUCCEEDED`, {
            trigger: trigger.name,
            upstream: label(condition),
            expectedState: 'SUCCEEDED',
            actualState: condition.state || null
        }));
    }
    // With one upstream stage AND and ANY mean the same; with several the logic decides when the stage starts.
    if (upstream.length > 1 && trigger.logic !== logicOf(stage)) {
        findings.push(finding(stage.name, 'wait-logic', `${stage.name} waits for ${LOGIC_WORDS[trigger.logic] ?? 'with no Logical operator on'} ${(0,src_text/* listing */.RR)(actualWaits)} (trigger '${trigger.name}'); expected ${LOGIC_WORDS[logicOf(stage)]} (${logicOf(stage)})`, evidence));
    }
    return findings;
}
const LOGIC_WORDS = { AND: 'all of', ANY: 'any of' };
function logicOf(stage) {
    return stage.when === 'any' ? 'ANY' : 'AND';
}
function describeTarget(t) {
    return `${t.kind} '${t.target}'`;
}

;// CONCATENATED MODULE: ./src/verify/verifyRun.ts







function verifyRun(input) {
    const { run, expected } = input;
    const stages = (0,run_stages/* readStages */.i)(run, expected);
    const unexpected = readUnexpectedRuns(run, expected);
    const graphTriggers = (0,run_graphTriggers/* readTriggers */.k)(run.Graph);
    const byName = new Map([...(input.wiring ?? []), ...graphTriggers].map((t) => [t.name, t]));
    const findings = [
        ...checkRunAge(run.StartedOn, input.now, input.maxAgeHours),
        ...(input.wiring ? checkStructure(expected, input.wiring) : []),
        ...checkRun(expected, run, stages, unexpected, byName)
    ];
    return {
        findings: runLevelFirst(findings),
        notices: triggerStateNotices([...graphTriggers, ...(input.wiring ?? [])]),
        stages,
        unexpected,
        structureChecked: input.wiring !== undefined
    };
}
/** The job and crawler nodes of the run graph that are not expected stages, with what they did. */
function readUnexpectedRuns(run, expected) {
    const known = new Set(expected.stages.map(run_graphTriggers/* targetKey */.h));
    const others = [];
    for (const node of run.Graph?.Nodes ?? []) {
        const kind = node.Type === 'JOB' ? 'job' : node.Type === 'CRAWLER' ? 'crawler' : undefined;
        if (!kind || !node.Name || known.has((0,run_graphTriggers/* targetKey */.h)({ kind, target: node.Name })))
            continue;
        known.add((0,run_graphTriggers/* targetKey */.h)({ kind, target: node.Name }));
        others.push({ name: node.Name, kind, target: node.Name, after: [], when: 'all', arguments: {}, trigger: '' });
    }
    if (others.length === 0)
        return [];
    return (0,run_stages/* readStages */.i)(run, { stages: others, source: expected.source }).filter((s) => s.attempts.length > 0);
}
/** Findings about the run as a whole come first (they explain the rest); otherwise the order is kept. */
function runLevelFirst(findings) {
    return [...findings.filter((f) => f.stage === RUN_STAGE), ...findings.filter((f) => f.stage !== RUN_STAGE)];
}

// EXTERNAL MODULE: ./src/run/follow.ts + 1 modules
var follow = __webpack_require__(8145);
// EXTERNAL MODULE: ./src/followDeps.ts
var followDeps = __webpack_require__(8140);
// EXTERNAL MODULE: ./src/run/jobLogs.ts
var jobLogs = __webpack_require__(4973);
// EXTERNAL MODULE: ./src/run/pollSchedule.ts
var pollSchedule = __webpack_require__(2153);
// EXTERNAL MODULE: ./src/session.ts
var src_session = __webpack_require__(2927);
;// CONCATENATED MODULE: ./src/verify/mode.ts
/**
 * `mode: verify`: find the run (the one started in this step, the given run-id, or the most recent), work out what
 * it should have done (the `jobs` input, else its own graph), judge it (wiring, order, outcomes, age), and report:
 * outputs `verified` and `findings`, one error annotation per finding, and a job summary with the run as a picture.
 */




















/** GitHub refuses a step summary over 1 MiB (and then shows none); keep a wide margin. */
const SUMMARY_LIMIT_BYTES = 900 * 1024;
async function runVerify(session, inputs) {
    const found = await findRun(session, inputs);
    if ('missing' in found)
        return report(session, [found.missing], [], undefined, {
            workflowName: session.workflowName,
            findings: [found.missing]
        });
    const runId = found.run.WorkflowRunId ?? '';
    const consoleUrl = (0,consoleLink/* runConsoleUrl */.y2)(session.region, session.workflowName, runId);
    // The run id in full once per step: in start's console link when start followed it, else in this one.
    const link = session.startedRunId === runId ? '' : `: ${consoleUrl}`;
    inertCore.info(`Verifying run ${(0,src_text/* shortId */.m_)(runId)} of ${session.workflowName} (${found.why}), status ${found.run.Status}${link}`);
    const expectedOf = (run) => inputs.pipeline ? (0,expectedGraph/* expectedFromPipeline */.r)(session.workflowName, inputs.pipeline) : (0,expectedGraph/* expectedFromRunGraph */.s)(run);
    const run = await waitIfRunning(session, found.run, inputs, expectedOf);
    const now = new Date();
    const expected = expectedOf(run);
    const wiring = inputs.pipeline ? await wiringOf(session, run) : undefined;
    const verification = verifyRun({ run, expected, wiring: wiring?.triggers, now, maxAgeHours: inputs.maxAgeHours });
    for (const notice of verification.notices)
        inertCore.notice(notice, { title: 'Glue is still working on a trigger' });
    const ran = [...verification.stages, ...verification.unexpected];
    const links = await session.linkContext(ran.filter((s) => s.kind === 'job' && s.attempts.length > 0).map((s) => s.target));
    return report(session, verification.findings, ran, links, {
        workflowName: session.workflowName,
        findings: verification.findings,
        run: {
            runId,
            status: run.Status ?? 'UNKNOWN',
            durationSeconds: (0,runOutputs/* runDurationSeconds */.Dc)(run, now),
            consoleUrl,
            expected,
            stages: verification.stages,
            unexpected: verification.unexpected,
            ...(wiring ? { wiring } : {}),
            now,
            links
        }
    });
}
/**
 * wait-minutes: a run still RUNNING is followed (polled as start does, each stage change logged once) for at most
 * that long, then judged as it is; without it, it is judged at once (and fails: it has not ended).
 */
async function waitIfRunning(session, run, inputs, expectedOf) {
    if ((0,glueStates/* isRunEnded */.Yy)(run.Status))
        return run;
    const runId = run.WorkflowRunId ?? '';
    const label = `Run ${(0,src_text/* shortId */.m_)(runId)}`;
    if (!inputs.wait) {
        inertCore.info(`${label} is still ${run.Status}: judged as it is (wait-minutes: 0; set it to wait for the run to end)`);
        return run;
    }
    inertCore.info(`${label} is still ${run.Status}: following it for at most ${inputs.wait.minutes} min (wait-minutes)`);
    const result = await (0,follow/* followRun */.R)((0,followDeps/* followDeps */.Y)(session, runId), {
        schedule: (0,pollSchedule/* pollSchedule */.dI)(inputs.wait.pollIntervalSeconds, inputs.wait.maxPollIntervalSeconds),
        deadline: Date.now() + inputs.wait.minutes * 60_000,
        readStages: (polled) => (0,run_stages/* readStages */.i)(polled, expectedOf(polled)),
        label
    });
    const last = result.run ?? run;
    if (!result.ended) {
        inertCore.info(`${label} is still ${last.Status} after ${inputs.wait.minutes} min (wait-minutes): judged as it is`);
    }
    return last;
}
/** The run to verify: run-id, else the run of this step's start, else the most recent run of the workflow. */
async function findRun(session, inputs) {
    const { workflowName, gateway, region } = session;
    if (inputs.runId)
        return readRun(session, inputs.runId, 'run-id');
    if (session.finishedRun?.WorkflowRunId)
        return { run: session.finishedRun, why: 'the run followed by start in this step' };
    if (session.startedRunId)
        return readRun(session, session.startedRunId, 'the run started in this step');
    if (inputs.followsStart) {
        return {
            missing: finding(RUN_STAGE, 'no-run', 'start did not start or attach to a run in this step: nothing to verify')
        };
    }
    const runs = await gateway.getRecentWorkflowRuns(workflowName);
    if (!runs) {
        return {
            missing: finding(RUN_STAGE, 'no-run', `workflow '${workflowName}' does not exist in ${region}`, {
                workflowName,
                region
            })
        };
    }
    const latest = (0,latestFirst/* latestFirst */.y)(runs)[0];
    if (!latest)
        return { missing: noRunFinding(workflowName, inputs.maxAgeHours) };
    return readRun(session, latest.WorkflowRunId, `the most recent run, started ${latest.StartedOn?.toISOString() ?? '?'}`);
}
async function readRun(session, runId, why) {
    const run = await session.gateway.getWorkflowRun(session.workflowName, runId, true);
    if (run)
        return { run, why };
    const missing = `workflow '${session.workflowName}' has no run '${runId}' in ${session.region}`;
    const message = why === 'run-id' ? `Input 'run-id': ${missing}; check run-id, workflow-name and region` : missing;
    return { missing: finding(RUN_STAGE, 'no-run', message, { workflowName: session.workflowName, runId }) };
}
/**
 * The triggers to check the wiring against: the run's graph snapshot (the triggers as they were when this run
 * started), or, when the run has none (e.g. an ERROR run), the workflow's current triggers.
 */
async function wiringOf(session, run) {
    const snapshot = (0,run_graphTriggers/* readTriggers */.k)(run.Graph);
    if (snapshot.length > 0)
        return { triggers: snapshot, source: "the run's graph snapshot" };
    const workflow = await session.gateway.getWorkflow(session.workflowName, true);
    return { triggers: (0,run_graphTriggers/* readTriggers */.k)(workflow?.Graph), source: "the workflow's current triggers (the run has no graph)" };
}
async function report(session, findings, stages, links, summary) {
    inertCore.setOutput('verified', findings.length === 0 ? 'true' : 'false');
    inertCore.setOutput('findings', (0,src_text/* jsonListWithin */.kj)(findings));
    await writeSummary(summary);
    if (findings.length === 0) {
        inertCore.info(`Verified: every check passed for ${summary.run?.stages.length ?? 0} stages`);
        return src_session/* SUCCEEDED */.Q;
    }
    // An earlier mode of this step that failed with an error line has used one of the step's error annotations.
    const budget = session.failedEarlier ? MAX_ERROR_ANNOTATIONS - 1 : MAX_ERROR_ANNOTATIONS;
    // Each finding is printed once: as its annotation (a failed stage's with the link to its logs), or, past GitHub's
    // annotations per step, as a log line.
    const logsOf = (f) => {
        const stage = f.rule === 'not-succeeded' ? stages.find((s) => s.stage === f.stage) : undefined;
        return stage && links ? (0,jobLogs/* failureLogUrl */.wc)(stage, links) : undefined;
    };
    for (const f of findings.slice(annotatedCount(findings.length, budget))) {
        inertCore.info(`✗ ${f.stage} [${f.rule}] ${f.message}`);
    }
    for (const a of findingAnnotations(findings, session.workflowName, budget, logsOf)) {
        inertCore.error(a.message, { title: a.title });
    }
    return (0,src_session/* failed */.g)();
}
async function writeSummary(input) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    let markdown = renderVerifySummary(input);
    if (Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES) {
        markdown = renderVerifySummary({ ...input, compact: true });
    }
    try {
        await inertCore.summary.addRaw(`${markdown}\n`).write();
    }
    catch (error) {
        inertCore.warning(`Could not write the job summary: ${(0,explainError/* explainError */.U)(error)}`);
    }
}


/***/ })

};

//# sourceMappingURL=760.index.js.map