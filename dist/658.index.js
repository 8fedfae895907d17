export const id = 658;
export const ids = [658];
export const modules = {

/***/ 1970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ explainError)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/** Turns any failure into the one line the user sees. Pure. */

function explainError(error) {
    if (!(error instanceof Error))
        return String(error);
    // Errors that are already the one line: bad input or environment, and deploy failures explained where they happen.
    if (error.name === 'InputError' || error.name === 'EnvironmentError' || error.name === 'DeployError')
        return error.message;
    const aws = error;
    const name = aws.name ?? 'Error';
    const message = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(aws.message ?? '', 300);
    if (name === 'AccessDeniedException' || name === 'AccessDenied' || /not authorized to perform/i.test(message)) {
        const action = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1] ?? aws.iamAction ?? 'the Glue action';
        return `Access denied: the AWS role needs ${action} (see the README's "IAM permissions" for the policy per mode). AWS said: ${message}`;
    }
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return 'No AWS credentials: add a step with aws-actions/configure-aws-credentials (OIDC role) before this action';
    }
    if (name === 'ThrottlingException') {
        return `AWS Glue kept throttling (${aws.iamAction ?? 'call'}) after every retry: ${message}. Try again later or lower the call rate`;
    }
    return aws.iamAction ? `${aws.iamAction} failed: ${name}: ${message}` : `${name}: ${message}`;
}


/***/ }),

/***/ 7698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ startFirstReads)
});

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./src/aws/requestsWritten.ts
/**
 * Waiting until HTTP requests are on the wire. Loading code (a chunk of the bundle) compiles and runs on the main
 * thread and holds back whatever the event loop still has to do for requests already started (connect, write): a
 * step that sends its first AWS calls and then loads more code waits for this first, so that the loading overlaps the
 * calls' round trip instead of delaying them.
 */

const REQUEST_START = 'http.client.request.start';
/**
 * Watches the HTTP requests this process starts from now on; `written` resolves once `count` of them have been handed
 * to the operating system ('finish'), or have ended without it ('close'). Then, or on `stop()`, it stops watching.
 * It never rejects; a caller whose requests may never start (a call that fails before sending) races it with them.
 */
function watchRequestsWritten(count) {
    let done = 0;
    let resolve;
    const written = new Promise((r) => (resolve = r));
    const onStart = (message) => {
        const { request } = message;
        let counted = false;
        const settle = () => {
            if (counted)
                return;
            counted = true;
            if (++done >= count)
                stop();
        };
        request.once('finish', settle);
        request.once('close', settle);
    };
    const stop = () => {
        (0,external_node_diagnostics_channel_.unsubscribe)(REQUEST_START, onStart);
        resolve();
    };
    if (count <= 0)
        stop();
    else
        (0,external_node_diagnostics_channel_.subscribe)(REQUEST_START, onStart);
    return { written, stop };
}

// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/deploy/firstReads.ts


/**
 * Sends the reads. Each promise is marked handled at once: the caller awaits them later (after loading code), and
 * reports the account id's or the targets' failure before the workflow read's (a missing job comes first).
 */
function startFirstReads(gateway, spec) {
    const { jobs, crawlers } = targetsOf(spec.pipeline);
    // STS, GetWorkflow, and the first BatchGetJobs and BatchGetCrawlers (one per 100 crawlers, one after the other).
    const watch = watchRequestsWritten(2 + (jobs.length > 0 ? 1 : 0) + (crawlers.length > 0 ? 1 : 0));
    const workflow = gateway.getWorkflow(spec.workflowName, true);
    const accountId = gateway.getAccountId();
    const found = gateway.getJobs(jobs);
    const targetsExist = checkTargetsExist(gateway, found, crawlers);
    const jobDefaults = found.then((f) => f.defaultArguments);
    const all = [workflow, accountId, targetsExist, jobDefaults];
    for (const read of all)
        read.catch(() => { });
    const sent = Promise.race([watch.written, Promise.allSettled(all)]).then(watch.stop);
    return { accountId, targetsExist, jobDefaults, workflow, sent };
}
function targetsOf(pipeline) {
    const of = (kind) => pipeline.stages.filter((s) => s.kind === kind).map((s) => s.target);
    return { jobs: of('job'), crawlers: of('crawler') };
}
/** Every job and crawler the stages name must exist before anything is written; all missing ones in one error. */
async function checkTargetsExist(gateway, foundJobs, crawlers) {
    const [{ missing: missingJobs }, missingCrawlers] = await Promise.all([
        foundJobs,
        gateway.findMissingCrawlers(crawlers)
    ]);
    const missing = [...missingJobs.map((j) => `job '${j}'`), ...missingCrawlers.map((c) => `crawler '${c}'`)];
    if (missing.length > 0) {
        throw new errors/* InputError */.d('jobs', `${missing.join(', ')} not found in AWS Glue (create them first, or fix the names)`);
    }
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   e: () => (/* binding */ EnvironmentError)
/* harmony export */ });
/** A problem with one action input. Its message is the single line the user sees. */
class InputError extends Error {
    input;
    constructor(input, problem) {
        super(`Input '${input}': ${problem}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A problem with an environment variable the action reads. Its message, naming the variable, is the line shown. */
class EnvironmentError extends Error {
    variable;
    constructor(variable, problem) {
        super(`Environment variable ${variable}: ${problem}`);
        this.variable = variable;
        this.name = 'EnvironmentError';
    }
}


/***/ }),

/***/ 7658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/aws/explainError.ts
var explainError = __webpack_require__(1970);
// EXTERNAL MODULE: ./src/deploy/firstReads.ts + 1 modules
var firstReads = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/inputs/defaults.ts
/** Generated from action.yml by `npm run input-defaults`: do not edit (a test checks it is current). */
const INPUT_DEFAULTS = {
    mode: 'deploy',
    'workflow-name': 'metriccare_etl_workflow',
    description: '',
    jobs: '',
    'start-on': 'on-demand',
    'event-batch-size': '1',
    'event-batch-window': '',
    tags: '',
    'max-concurrent-runs': '',
    'default-run-properties': '',
    'dry-run': 'false',
    'pr-comment': 'true',
    'github-token': '${{ github.token }}',
    region: '',
    'run-properties': '',
    wait: 'true',
    'timeout-minutes': '60',
    'stop-on-timeout': 'true',
    'poll-interval-seconds': '2',
    'max-poll-interval-seconds': '30',
    'if-running': 'fail',
    'stop-on-cancel': 'true',
    'run-id': '',
    'max-age-hours': '',
    'wait-minutes': '0'
};

;// CONCATENATED MODULE: ./src/inputs/fields.ts
/** Pure parsers for single action inputs. Each throws InputError naming the input. */




/**
 * The reader with action.yml's defaults for empty inputs: on GitHub the runner passes them already, elsewhere (local
 * runs, tests) this does, so there is one set of defaults. Idempotent.
 */
function withDefaults(read) {
    return (name) => {
        const raw = read(name);
        return raw.trim() === '' ? defaultOf(name) || raw : raw;
    };
}
/** action.yml's default of an input ('' for one without). */
function defaultOf(name) {
    return name in INPUT_DEFAULTS ? INPUT_DEFAULTS[name] : '';
}
function parseBoolean(input, raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* InputError */.d(input, `expected true or false, got '${(0,src_text/* oneLine */.TN)(raw)}'`);
}
function parseNumber(input, raw, bounds) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const n = Number(value);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) || !Number.isFinite(n)) {
        throw new errors/* InputError */.d(input, `expected a number, got '${(0,src_text/* oneLine */.TN)(raw)}'`);
    }
    if (bounds.integer && !Number.isInteger(n))
        throw new errors/* InputError */.d(input, `expected a whole number, got ${value}`);
    if (n < bounds.min || n > bounds.max) {
        throw new errors/* InputError */.d(input, `must be between ${bounds.min} and ${bounds.max}, got ${value}`);
    }
    return n;
}
/** A number input that has a default (so it is never empty after {@link withDefaults}). */
function parseDefaultedNumber(input, raw, bounds) {
    const n = parseNumber(input, raw, bounds);
    if (n === undefined)
        throw new errors/* InputError */.d(input, 'is empty: give a number or leave the input out');
    return n;
}
/** Parses a YAML document, refusing aliases (no alias bombs) and reporting the first syntax error on one line. */
function parseYaml(input, raw) {
    const doc = (0,dist/* parseDocument */.Tp)(raw, { uniqueKeys: true, prettyErrors: false });
    const problem = doc.errors[0];
    if (problem?.code === 'DUPLICATE_KEY') {
        throw new errors/* InputError */.d(input, `has a key written twice (${(0,src_text/* oneLine */.TN)(problem.message.split('\n')[0] ?? '')})`);
    }
    if (problem)
        throw new errors/* InputError */.d(input, `is not valid YAML: ${(0,src_text/* oneLine */.TN)(problem.message)}`);
    try {
        return doc.toJS({ maxAliasCount: 0 });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/alias/i.test(message))
            throw new errors/* InputError */.d(input, 'uses YAML aliases (*name), which are not supported here');
        throw new errors/* InputError */.d(input, `is not valid YAML: ${(0,src_text/* oneLine */.TN)(message)}`);
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** A YAML mapping of string keys to scalar values, returned as strings. Empty input is an empty map. */
function parseStringMap(input, raw) {
    if (raw.trim() === '')
        return {};
    const value = parseYaml(input, raw);
    if (value === null || value === undefined)
        return {};
    if (!isPlainObject(value))
        throw new errors/* InputError */.d(input, 'must be a YAML mapping of key: value');
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string')
            out[key] = v;
        else if (typeof v === 'number' || typeof v === 'boolean')
            out[key] = String(v);
        else
            throw new errors/* InputError */.d(input, `value of '${key}' must be a string, number or boolean, not ${describeType(v)}`);
    }
    return out;
}
function describeType(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (isPlainObject(value))
        return 'a mapping';
    return `a ${typeof value}`;
}
/** A key Glue stores as a single-line string of 1-255 characters (run properties, job arguments). */
function checkGlueKey(input, what, key) {
    if (key.length === 0 || key.length > 255 || /[\r\n]/.test(key)) {
        throw new errors/* InputError */.d(input, `${what} '${(0,src_text/* oneLine */.TN)(key, 40)}' must be a single line of 1 to 255 characters`);
    }
}
/** Glue's NameString: 1-255 characters, single line. */
function checkGlueName(input, what, name) {
    if (name.length < 1 || name.length > 255) {
        throw new errors/* InputError */.d(input, `${what} '${(0,src_text/* oneLine */.TN)(name, 40)}' must be 1 to 255 characters (got ${name.length})`);
    }
    if (/[\r\n]/.test(name) || !/^[\u0020-\uD7FF\uE000-\uFFFD\t\u{10000}-\u{10FFFF}]*$/u.test(name)) {
        throw new errors/* InputError */.d(input, `${what} '${(0,src_text/* oneLine */.TN)(name, 40)}' must be a single line of printable characters`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/commonInputs.ts


function readCommonInputs(rawRead, env) {
    const read = withDefaults(rawRead);
    const workflowName = read('workflow-name').trim();
    checkGlueName('workflow-name', 'workflow name', workflowName);
    const region = read('region').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
    if (region === '') {
        throw new errors/* InputError */.d('region', 'no AWS region: set the region input or AWS_REGION (aws-actions/configure-aws-credentials sets it)');
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
        throw new errors/* InputError */.d('region', `'${region}' is not an AWS region name (e.g. us-east-1)`);
    }
    checkEndpointUrls(env);
    return { workflowName, region };
}
/** Endpoint overrides the AWS SDK reads (a proxy, a VPC endpoint, a local stand-in): each must be a URL. */
const ENDPOINT_VARIABLES = ['AWS_ENDPOINT_URL_GLUE', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL'];
function checkEndpointUrls(env) {
    for (const variable of ENDPOINT_VARIABLES) {
        const value = env[variable]?.trim();
        // The value is not printed: a URL may carry credentials (https://user:password@host).
        if (value && !URL.canParse(value)) {
            throw new errors/* EnvironmentError */.e(variable, 'is not a URL (e.g. https://glue.us-east-1.amazonaws.com); fix or unset it');
        }
    }
}

// EXTERNAL MODULE: ./src/pipeline/graph.ts
var graph = __webpack_require__(6178);
;// CONCATENATED MODULE: ./src/inputs/parseJobs.ts
/** The `jobs` input: a YAML mapping of stages, parsed and validated into a PipelineSpec. Pure. */




const INPUT = 'jobs';
const STAGE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const STAGE_KEYS = ['job', 'crawler', 'after', 'when', 'arguments', 'timeout'];
/** Glue recommends at most 100 jobs, crawlers and triggers per workflow; 100 stages already make 200 nodes. */
const MAX_STAGES = 100;
/** Glue quota: jobs per trigger. */
const MAX_ACTIONS_PER_TRIGGER = 50;
/** Glue: a single trigger can start at most two crawlers. */
const MAX_CRAWLERS_PER_TRIGGER = 2;
function parseJobs(raw) {
    if (raw.trim() === '') {
        throw new errors/* InputError */.d(INPUT, 'is empty: give a YAML mapping of stage: glue-job-name, e.g. "bronze: my-bronze-job"');
    }
    const doc = parseYaml(INPUT, raw);
    if (!isPlainObject(doc)) {
        throw new errors/* InputError */.d(INPUT, `must be a YAML mapping of stage: glue-job-name, not ${describeType(doc)}`);
    }
    const entries = Object.entries(doc);
    if (entries.length === 0)
        throw new errors/* InputError */.d(INPUT, 'has no stages: give at least one stage: glue-job-name');
    if (entries.length > MAX_STAGES) {
        throw new errors/* InputError */.d(INPUT, `has ${entries.length} stages; Glue supports at most ${MAX_STAGES} per workflow`);
    }
    const stages = entries.map(([name, value], index) => parseStage(name, value, index > 0 ? entries[index - 1][0] : ''));
    checkWiring(stages);
    return { stages };
}
function parseStage(name, value, previous) {
    if (!STAGE_NAME.test(name)) {
        throw new errors/* InputError */.d(INPUT, `stage name '${(0,src_text/* oneLine */.TN)(name, 40)}' must be 1-64 ASCII letters (A-Z, a-z), digits, '-' or '_' (it becomes part of trigger names)`);
    }
    const defaultAfter = previous === '' ? [] : [previous];
    if (typeof value === 'string') {
        checkGlueName(INPUT, `job name of stage '${name}'`, value);
        return { name, kind: 'job', target: value, after: defaultAfter, when: 'all', arguments: {} };
    }
    if (!isPlainObject(value)) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}' must be a Glue job name or a mapping with job: or crawler:, not ${describeType(value)}`);
    }
    const unknown = Object.keys(value).filter((k) => !STAGE_KEYS.includes(k));
    if (unknown.length > 0) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}' has unknown key '${(0,src_text/* oneLine */.TN)(unknown[0], 40)}' (allowed: ${STAGE_KEYS.join(', ')})`);
    }
    const { job, crawler } = value;
    if ((job === undefined) === (crawler === undefined)) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}' needs exactly one of job: or crawler:`);
    }
    const kind = job !== undefined ? 'job' : 'crawler';
    const target = job ?? crawler;
    if (typeof target !== 'string')
        throw new errors/* InputError */.d(INPUT, `stage '${name}': ${kind} must be a name, not ${describeType(target)}`);
    checkGlueName(INPUT, `${kind} name of stage '${name}'`, target);
    const stage = {
        name,
        kind,
        target,
        after: value.after === undefined ? defaultAfter : parseAfter(name, value.after),
        when: parseWhen(name, value.when),
        arguments: parseArguments(name, value.arguments)
    };
    if (value.timeout !== undefined)
        stage.timeoutMinutes = parseTimeout(name, value.timeout);
    if (kind === 'crawler' && (Object.keys(stage.arguments).length > 0 || stage.timeoutMinutes !== undefined)) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}' is a crawler: arguments: and timeout: apply to jobs only`);
    }
    if (value.when !== undefined && stage.after.length === 0) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}' has when: but waits for no stage (add after:)`);
    }
    return stage;
}
function parseAfter(name, value) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}': after: must be a stage name or a list of stage names`);
    }
    const after = list;
    if (new Set(after).size !== after.length)
        throw new errors/* InputError */.d(INPUT, `stage '${name}': after: lists a stage twice`);
    return after;
}
function parseWhen(name, value) {
    if (value === undefined)
        return 'all';
    if (value === 'all' || value === 'any')
        return value;
    throw new errors/* InputError */.d(INPUT, `stage '${name}': when: must be all or any, not '${(0,src_text/* oneLine */.TN)(JSON.stringify(value), 40)}'`);
}
function parseArguments(name, value) {
    if (value === undefined || value === null)
        return {};
    if (!isPlainObject(value))
        throw new errors/* InputError */.d(INPUT, `stage '${name}': arguments: must be a mapping of --name: value`);
    const args = parseStringMap(INPUT, JSON.stringify(value));
    for (const key of Object.keys(args))
        checkGlueKey(INPUT, `stage '${name}': argument name`, key);
    return args;
}
function parseTimeout(name, value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10080) {
        throw new errors/* InputError */.d(INPUT, `stage '${name}': timeout: must be whole minutes from 1 to 10080, not '${(0,src_text/* oneLine */.TN)(String(value), 40)}'`);
    }
    return value;
}
function checkWiring(stages) {
    const names = new Set(stages.map((s) => s.name));
    for (const stage of stages) {
        for (const upstream of stage.after) {
            if (upstream === stage.name)
                throw new errors/* InputError */.d(INPUT, `stage '${stage.name}' waits for itself`);
            if (!names.has(upstream)) {
                throw new errors/* InputError */.d(INPUT, `stage '${stage.name}' waits for '${(0,src_text/* oneLine */.TN)(upstream, 40)}', which is not a stage (stages: ${[...names].join(', ')})`);
            }
        }
    }
    const sorted = (0,graph/* topologicalOrder */._o)(stages);
    if ('cycle' in sorted)
        throw new errors/* InputError */.d(INPUT, `stages wait for each other in a cycle: ${sorted.cycle.join(' -> ')}`);
    const owner = new Map();
    for (const stage of stages) {
        const key = `${stage.kind}:${stage.target}`;
        const other = owner.get(key);
        if (other) {
            throw new errors/* InputError */.d(INPUT, `${stage.kind} '${stage.target}' is used by stages '${other}' and '${stage.name}'; each Glue ${stage.kind} may run in one stage only`);
        }
        owner.set(key, stage.name);
    }
    const roots = stages.filter((s) => s.after.length === 0);
    if (roots.length > MAX_ACTIONS_PER_TRIGGER) {
        throw new errors/* InputError */.d(INPUT, `${roots.length} stages start first; a Glue trigger starts at most ${MAX_ACTIONS_PER_TRIGGER}`);
    }
    if (roots.filter((s) => s.kind === 'crawler').length > MAX_CRAWLERS_PER_TRIGGER) {
        throw new errors/* InputError */.d(INPUT, `more than ${MAX_CRAWLERS_PER_TRIGGER} crawler stages start first; a Glue trigger starts at most 2 crawlers`);
    }
}
/** The `jobs` input where it is optional (start, verify): absent when empty. */
function optionalPipeline(raw) {
    return raw.trim() === '' ? undefined : parseJobs(raw);
}

;// CONCATENATED MODULE: ./src/inputs/cron.ts
/**
 * Checks a Glue schedule by value, before anything is written: `cron(Minutes Hours Day-of-month Month Day-of-week
 * Year)`, UTC, the syntax of AWS cron expressions (EventBridge's reference, which Glue uses):
 *
 * | field        | values            | wildcards       |
 * | ------------ | ----------------- | --------------- |
 * | Minutes      | 0-59              | , - * /         |
 * | Hours        | 0-23              | , - * /         |
 * | Day-of-month | 1-31              | , - * ? / L W   |
 * | Month        | 1-12 or JAN-DEC   | , - * /         |
 * | Day-of-week  | 1-7 or SUN-SAT    | , - * ? L #     |
 * | Year         | 1970-2199         | , - * /         |
 *
 * Exactly one of Day-of-month and Day-of-week is `?`; `#` stands alone in Day-of-week (`3#2`, not `3#1,6#3`). Glue
 * does not run schedules more often than every 5 minutes (developer guide, "Time-based schedules"), so an expression
 * that fires twice within 5 minutes anywhere is refused. Where AWS does not say, the stricter reading is taken: a
 * range runs upwards (`MON-FRI`, not `FRI-MON`), a step is at least 1, and minutes of two consecutive hours count as
 * close (`58,2 * ...` fires 4 minutes apart). Returns the problem in words, or undefined when the expression is fine.
 *
 * No library: aws-cron-parser 1.1.12 (the one AWS-syntax parser on npm) lets `abc` through as a number, does not
 * check `?`, replaces only the first month or day name of a list and knows no minimum interval; cron-parser does not
 * read AWS's six-field syntax.
 */
/** Glue's shortest interval between two runs of a schedule. */
const MIN_SCHEDULE_MINUTES = 5;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
    { name: 'minutes', min: 0, max: 59, special: 'none' },
    { name: 'hours', min: 0, max: 23, special: 'none' },
    { name: 'day-of-month', min: 1, max: 31, special: 'day-of-month' },
    { name: 'month', min: 1, max: 12, names: MONTHS, special: 'none' },
    { name: 'day-of-week', min: 1, max: 7, names: DAYS, special: 'day-of-week' },
    { name: 'year', min: 1970, max: 2199, special: 'none' }
];
const EXAMPLE = 'e.g. cron(15 2 * * ? *) for 02:15 UTC every day';
class CronProblem extends Error {
}
function fail(problem) {
    throw new CronProblem(problem);
}
/** The problem with `expression` (the whole `cron(...)` text), or undefined when Glue can take it. */
function cronProblem(expression) {
    try {
        checkCron(expression);
        return undefined;
    }
    catch (error) {
        if (error instanceof CronProblem)
            return error.message;
        throw error;
    }
}
function checkCron(expression) {
    const match = /^cron\((.*)\)$/.exec(expression.trim());
    if (!match)
        fail(`not a cron(...) expression, ${EXAMPLE}`);
    const fields = match[1].trim().split(/\s+/).filter(Boolean);
    if (fields.length !== 6) {
        fail(`needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}, ${EXAMPLE}`);
    }
    const [dayOfMonth, dayOfWeek] = [fields[2], fields[4]];
    if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
        fail('exactly one of day-of-month and day-of-week must be ?, e.g. cron(0 2 * * ? *) or cron(0 2 ? * MON *)');
    }
    const values = fields.map((field, i) => fieldValues(field, FIELDS[i]));
    checkInterval(values[0], values[1], fields);
}
/** The plain values a field allows ([] for `?` and for L/W/# forms, which fire at most once a day). */
function fieldValues(raw, rule) {
    const field = raw;
    const upper = raw.toUpperCase();
    const where = `${rule.name} field '${raw}'`;
    if (field === '?') {
        if (rule.special === 'none')
            fail(`${where}: ? is only allowed in day-of-month or day-of-week`);
        return [];
    }
    if (rule.special === 'day-of-month' && /[LW]/.test(upper)) {
        if (/^(L|LW|L-([1-9]|[12]\d|30)|([1-9]|[12]\d|3[01])W)$/.test(upper))
            return [];
        fail(`${where}: L and W are written L, LW, L-3 or 15W, alone`);
    }
    if (rule.special === 'day-of-week' && /[L#]/.test(upper)) {
        const named = replaceNames(upper, rule);
        if (/^(L|[1-7]L|[1-7]#[1-5])$/.test(named))
            return [];
        fail(`${where}: L and # are written L, 6L (last Friday) or 3#2 (second Tuesday), alone`);
    }
    const values = new Set();
    for (const part of field.split(','))
        for (const v of partValues(part, rule, where))
            values.add(v);
    return [...values].sort((a, b) => a - b);
}
function partValues(part, rule, where) {
    if (part === '')
        fail(`${where}: an empty item in the list`);
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined)
        fail(`${where}: more than one / in '${part}'`);
    let step = 1;
    if (stepText !== undefined) {
        if (!/^\d+$/.test(stepText))
            fail(`${where}: the step after / must be a whole number, got '${stepText}'`);
        step = Number(stepText);
        if (step < 1 || step > rule.max)
            fail(`${where}: step ${step} is not between 1 and ${rule.max}`);
    }
    let from;
    let to;
    if (range === '*') {
        from = rule.min;
        to = rule.max;
    }
    else {
        const ends = range.split('-');
        if (ends.length > 2)
            fail(`${where}: '${range}' is not a value or a range`);
        from = cron_valueOf(ends[0], rule, where);
        to = ends.length === 2 ? cron_valueOf(ends[1], rule, where) : stepText === undefined ? from : rule.max;
        if (from > to)
            fail(`${where}: range ${range} runs backwards; write the lower value first`);
    }
    const values = [];
    for (let v = from; v <= to; v += step)
        values.push(v);
    return values;
}
function cron_valueOf(text, rule, where) {
    const index = rule.names?.indexOf(text.toUpperCase()) ?? -1;
    if (index >= 0)
        return index + 1;
    if (!/^\d+$/.test(text)) {
        const names = rule.names ? ` or ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : '';
        fail(`${where}: '${text}' is not a number${names}`);
    }
    const value = Number(text);
    if (value < rule.min || value > rule.max) {
        fail(`${where}: ${value} is out of range (${rule.min}-${rule.max})`);
    }
    return value;
}
function replaceNames(field, rule) {
    let named = field;
    rule.names?.forEach((name, i) => (named = named.replaceAll(name, String(i + 1))));
    return named;
}
/**
 * The shortest time between two runs, from the minutes and hours fields: between two minutes of one hour, and from
 * the last minute of an hour to the first of the next one when both hours are allowed (23 → 0 included: the next day
 * may be allowed too).
 */
function checkInterval(minutes, hours, fields) {
    if (minutes.length === 0)
        return;
    let shortest = Number.POSITIVE_INFINITY;
    for (let i = 1; i < minutes.length; i++)
        shortest = Math.min(shortest, minutes[i] - minutes[i - 1]);
    if (hours.some((h) => hours.includes((h + 1) % 24))) {
        shortest = Math.min(shortest, 60 - minutes[minutes.length - 1] + minutes[0]);
    }
    if (shortest < MIN_SCHEDULE_MINUTES) {
        fail(`fires every ${shortest} minute${shortest === 1 ? '' : 's'} at times (minutes '${fields[0]}', hours '${fields[1]}'); ` +
            `Glue does not run schedules more often than every ${MIN_SCHEDULE_MINUTES} minutes, e.g. cron(0/5 * * * ? *)`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/parseStartOn.ts




const CRON = /^cron\((.*)\)$/;
function parseStartOn(raw, batchSizeRaw, batchWindowRaw) {
    const value = raw.trim();
    if (value === '' || value === 'on-demand')
        return { type: 'on-demand' };
    if (value === 'event') {
        const batchSize = parseNumber('event-batch-size', batchSizeRaw, { min: 1, max: 100, integer: true }) ?? 1;
        const batchWindowSeconds = parseNumber('event-batch-window', batchWindowRaw, { min: 1, max: 900, integer: true });
        return { type: 'event', batchSize, ...(batchWindowSeconds === undefined ? {} : { batchWindowSeconds }) };
    }
    if (!CRON.test(value)) {
        throw new errors/* InputError */.d('start-on', `'${(0,src_text/* oneLine */.TN)(value, 60)}' is not on-demand, event or a cron(...) expression`);
    }
    const problem = cronProblem(value);
    if (problem)
        throw new errors/* InputError */.d('start-on', `${(0,src_text/* oneLine */.TN)(value, 60)}: ${problem}`);
    return { type: 'schedule', cron: value };
}

// EXTERNAL MODULE: ./src/pipeline/reservedTags.ts
var reservedTags = __webpack_require__(4245);
;// CONCATENATED MODULE: ./src/inputs/parseTags.ts
/** The `tags` input: user tags for the workflow and every trigger. Pure. */




const MAX_TAGS = 50;
function parseTags(raw) {
    const tags = parseStringMap('tags', raw);
    const keys = Object.keys(tags);
    if (keys.length > MAX_TAGS - reservedTags/* RESERVED_TAG_COUNT */.gK) {
        throw new errors/* InputError */.d('tags', `has ${keys.length} tags; Glue allows ${MAX_TAGS} per resource and this action uses ${reservedTags/* RESERVED_TAG_COUNT */.gK}, so at most ${MAX_TAGS - reservedTags/* RESERVED_TAG_COUNT */.gK}`);
    }
    for (const [key, value] of Object.entries(tags)) {
        if (key.length < 1 || key.length > 128)
            throw new errors/* InputError */.d('tags', `key '${(0,src_text/* oneLine */.TN)(key, 40)}' must be 1 to 128 characters`);
        if (/^aws:/i.test(key))
            throw new errors/* InputError */.d('tags', `key '${(0,src_text/* oneLine */.TN)(key, 40)}' starts with aws:, which AWS reserves`);
        if (key.startsWith(reservedTags/* RESERVED_TAG_PREFIX */.zM)) {
            throw new errors/* InputError */.d('tags', `key '${(0,src_text/* oneLine */.TN)(key, 40)}' starts with ${reservedTags/* RESERVED_TAG_PREFIX */.zM}, which this action reserves`);
        }
        if (value.length > 256)
            throw new errors/* InputError */.d('tags', `value of '${(0,src_text/* oneLine */.TN)(key, 40)}' is longer than 256 characters`);
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/inputs/deployInputs.ts





function readDeployInputs(rawRead, common, pipeline = parseJobs(rawRead('jobs')), modes = ['deploy']) {
    const read = withDefaults(rawRead);
    const description = read('description');
    if (description.length > 2048)
        throw new errors/* InputError */.d('description', `is ${description.length} characters; Glue allows 2048`);
    const maxConcurrentRuns = parseNumber('max-concurrent-runs', read('max-concurrent-runs'), {
        min: 1,
        max: 1000,
        integer: true
    });
    const defaultRunProperties = parseStringMap('default-run-properties', read('default-run-properties'));
    for (const key of Object.keys(defaultRunProperties))
        checkGlueKey('default-run-properties', 'key', key);
    return {
        spec: {
            workflowName: common.workflowName,
            description,
            pipeline,
            startOn: parseStartOn(read('start-on'), read('event-batch-size'), read('event-batch-window')),
            tags: parseTags(read('tags')),
            ...(maxConcurrentRuns === undefined ? {} : { maxConcurrentRuns }),
            defaultRunProperties
        },
        dryRun: parseBoolean('dry-run', read('dry-run')),
        prComment: { enabled: parseBoolean('pr-comment', read('pr-comment')), token: githubToken(read('github-token')) },
        verifyFollows: modes.includes('verify')
    };
}
/**
 * The token, or '' when there is none: empty, or action.yml's default expression left unexpanded (a local run, where
 * no runner evaluated `${{ github.token }}`).
 */
function githubToken(raw) {
    const token = raw.trim();
    return /^\$\{\{.*\}\}$/s.test(token) ? '' : token;
}

;// CONCATENATED MODULE: ./src/inputs/modes.ts


const MODES = ['deploy', 'start', 'verify'];
/** `mode`: one or more of deploy, start, verify (spaces, commas or newlines between); run in that fixed order. */
function parseModes(raw) {
    const words = raw
        .split(/[\s,]+/)
        .map((w) => w.trim().toLowerCase())
        .filter((w) => w !== '');
    if (words.length === 0)
        throw new errors/* InputError */.d('mode', 'is empty: use deploy, start, verify or several of them');
    for (const word of words) {
        if (!MODES.includes(word)) {
            throw new errors/* InputError */.d('mode', `unknown mode '${(0,src_text/* oneLine */.TN)(word, 40)}': use deploy, start or verify`);
        }
    }
    return MODES.filter((m) => words.includes(m));
}

;// CONCATENATED MODULE: ./src/inputs/pollInputs.ts
/** `poll-interval-seconds` and `max-poll-interval-seconds`: how start, and verify with wait-minutes, poll a run. Pure. */


function readPollIntervals(rawRead) {
    const read = withDefaults(rawRead);
    const pollIntervalSeconds = parseDefaultedNumber('poll-interval-seconds', read('poll-interval-seconds'), {
        min: 1,
        max: 300
    });
    let maxPollIntervalSeconds = parseDefaultedNumber('max-poll-interval-seconds', read('max-poll-interval-seconds'), {
        min: 1,
        max: 600
    });
    // The runner passes action.yml's default when the input is left out: a longer poll-interval-seconds then raises it.
    if (maxPollIntervalSeconds < pollIntervalSeconds &&
        read('max-poll-interval-seconds') === defaultOf('max-poll-interval-seconds')) {
        maxPollIntervalSeconds = pollIntervalSeconds;
    }
    if (maxPollIntervalSeconds < pollIntervalSeconds) {
        throw new errors/* InputError */.d('max-poll-interval-seconds', `must be at least poll-interval-seconds (${pollIntervalSeconds}), got ${maxPollIntervalSeconds}`);
    }
    return { pollIntervalSeconds, maxPollIntervalSeconds };
}

;// CONCATENATED MODULE: ./src/inputs/startInputs.ts
/** Inputs of `mode: start`, validated before any AWS call. Pure. */





/** What to do when the workflow already has a RUNNING run. */
const IF_RUNNING = ['fail', 'wait', 'attach'];
/** GitHub ends a job after 6 hours; 350 minutes leaves time for the steps around this one. */
const MAX_TIMEOUT_MINUTES = 350;
function readStartInputs(rawRead, modes = ['start'], pipeline = optionalPipeline(rawRead('jobs'))) {
    const read = withDefaults(rawRead);
    const { pollIntervalSeconds, maxPollIntervalSeconds } = readPollIntervals(read);
    return {
        runProperties: readRunProperties(read('run-properties')),
        wait: parseBoolean('wait', read('wait')),
        timeoutMinutes: parseDefaultedNumber('timeout-minutes', read('timeout-minutes'), {
            min: 1,
            max: MAX_TIMEOUT_MINUTES
        }),
        stopOnTimeout: parseBoolean('stop-on-timeout', read('stop-on-timeout')),
        pollIntervalSeconds,
        maxPollIntervalSeconds,
        ifRunning: parseIfRunning(read('if-running')),
        stopOnCancel: parseBoolean('stop-on-cancel', read('stop-on-cancel')),
        verifyFollows: modes.includes('verify'),
        ...(pipeline ? { pipeline } : {})
    };
}
function readRunProperties(raw) {
    const properties = parseStringMap('run-properties', raw);
    for (const key of Object.keys(properties))
        checkGlueKey('run-properties', 'key', key);
    return properties;
}
function parseIfRunning(raw) {
    const value = raw.trim().toLowerCase();
    if (IF_RUNNING.includes(value))
        return value;
    throw new errors/* InputError */.d('if-running', `must be fail, wait or attach, got '${(0,src_text/* oneLine */.TN)(raw, 40)}'`);
}

;// CONCATENATED MODULE: ./src/inputs/verifyInputs.ts





/** GitHub ends a job after 6 hours: the same bound as start's timeout-minutes. */
const MAX_WAIT_MINUTES = 350;
/** Glue keeps job run history for 90 days; older runs cannot be verified anyway. */
const MAX_AGE_HOURS = 90 * 24;
function readVerifyInputs(rawRead, common, modes, pipeline = optionalPipeline(rawRead('jobs'))) {
    const read = withDefaults(rawRead);
    const runId = read('run-id').trim();
    if (runId !== '')
        checkRunId(runId, common.workflowName, modes);
    const maxAgeHours = parseNumber('max-age-hours', read('max-age-hours'), { min: -Infinity, max: Infinity });
    if (maxAgeHours !== undefined && (maxAgeHours <= 0 || maxAgeHours > MAX_AGE_HOURS)) {
        throw new errors/* InputError */.d('max-age-hours', `must be more than 0 and at most ${MAX_AGE_HOURS} (90 days, Glue's run history), got ${maxAgeHours}; e.g. 26 for a nightly run`);
    }
    const waitMinutes = parseDefaultedNumber('wait-minutes', read('wait-minutes'), { min: 0, max: MAX_WAIT_MINUTES });
    return {
        followsStart: modes.includes('start'),
        ...(waitMinutes > 0 ? { wait: { minutes: waitMinutes, ...readPollIntervals(read) } } : {}),
        ...(runId !== '' ? { runId } : {}),
        ...(maxAgeHours !== undefined ? { maxAgeHours } : {}),
        ...(pipeline ? { pipeline } : {})
    };
}
function checkRunId(runId, workflowName, modes) {
    if (modes.includes('start')) {
        throw new errors/* InputError */.d('run-id', 'cannot be combined with mode start: verify checks the run that start started (leave run-id empty)');
    }
    // Glue's IdString: 1-255 printable characters on one line; run ids look like wr_ + 64 hex characters.
    if (runId.length > 255 || /\s/.test(runId) || !/^[\u0020-\uD7FF\uE000-\uFFFD]+$/.test(runId)) {
        throw new errors/* InputError */.d('run-id', `'${(0,src_text/* oneLine */.TN)(runId, 40)}' is not a run id of workflow '${(0,src_text/* oneLine */.TN)(workflowName, 40)}' (e.g. wr_0123…: 1-255 characters, no spaces)`);
    }
}

;// CONCATENATED MODULE: ./src/inputs/readInputs.ts
/** Reads and validates every input of every requested mode before anything talks to AWS. */








function readActionInputs(rawRead, env) {
    const read = withDefaults(rawRead);
    // An empty mode is an error, not the default: nothing runs that the workflow file did not ask for.
    const modes = parseModes(rawRead('mode'));
    const common = readCommonInputs(read, env);
    checkDryRunAlone(read, modes);
    // `jobs` is parsed once: deploy needs it, start and verify use it when given.
    const pipeline = modes.includes('deploy') ? parseJobs(read('jobs')) : optionalPipeline(read('jobs'));
    return {
        ...common,
        modes,
        deploy: modes.includes('deploy') ? readDeployInputs(read, common, pipeline, modes) : undefined,
        start: modes.includes('start') ? readStartInputs(read, modes, pipeline) : undefined,
        verify: modes.includes('verify') ? readVerifyInputs(read, common, modes, pipeline) : undefined
    };
}
/**
 * `dry-run: true` promises that nothing is written; `start` would start a real, billed run. Refused whatever else the
 * mode holds (also `mode: start` alone, where dry-run would otherwise be ignored).
 */
function checkDryRunAlone(read, modes) {
    if (!modes.includes('start') || !parseBoolean('dry-run', read('dry-run')))
        return;
    throw new errors/* InputError */.d('dry-run', `true cannot be combined with mode: ${modes.join(' ')} (a dry run writes nothing, but start would start a real, billed run): drop start from mode, or set dry-run: false`);
}

;// CONCATENATED MODULE: ./src/main.ts
/** The action's main step: read every input, then run the requested modes in order (deploy, start, verify). */



/**
 * Each mode is loaded only when it runs, and only after every input was validated: bad input fails fast without
 * loading the AWS SDK. A deploy sends its first reads before its code (and @actions/core with its HTTP client) is
 * loaded, so that loading it overlaps their round trip.
 */
const main_MODES = {
    deploy: async (session, inputs) => {
        const reads = (0,firstReads/* startFirstReads */.w)(session.gateway, inputs.deploy.spec);
        // Loading compiles on this thread and would hold the requests back: load the deploy code once they are out.
        await reads.sent;
        return (await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(421), __webpack_require__.e(927), __webpack_require__.e(373)]).then(__webpack_require__.bind(__webpack_require__, 6373))).runDeploy(session, inputs.deploy, reads);
    },
    start: async (session, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(421), __webpack_require__.e(927), __webpack_require__.e(365), __webpack_require__.e(157)]).then(__webpack_require__.bind(__webpack_require__, 157))).runStart(session, inputs.start),
    verify: async (session, inputs) => (await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(421), __webpack_require__.e(927), __webpack_require__.e(365), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 9760))).runVerify(session, inputs.verify)
};
/**
 * The inputs, read as @actions/core's getInput reads them (INPUT_<NAME>, trimmed, '' when unset). A GitHub runner sets
 * every input action.yml declares, so they come from the environment without loading @actions/core (and its HTTP
 * client) before the first AWS call. When one is not set at all (a harness that sets only some, such as
 * @github/local-action, whose getInput falls back to action.yml's defaults), every input is read again through
 * @actions/core's getInput, as before.
 */
async function readInputs() {
    let unset = false;
    const fromEnv = (name) => {
        const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
        if (value === undefined)
            unset = true;
        return (value ?? '').trim();
    };
    try {
        const inputs = readActionInputs(fromEnv, process.env);
        if (!unset)
            return inputs;
    }
    catch (error) {
        if (!unset)
            throw error;
    }
    const core = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 5592));
    return readActionInputs((name) => core.getInput(name), process.env);
}
async function run() {
    try {
        const inputs = await readInputs();
        const { Session } = await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(927)]).then(__webpack_require__.bind(__webpack_require__, 2927));
        const session = new Session(inputs.workflowName, inputs.region);
        for (const mode of inputs.modes) {
            const outcome = await main_MODES[mode](session, inputs);
            if (outcome.status === 'succeeded')
                continue;
            const core = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 5592));
            if (outcome.error !== undefined) {
                core.setFailed(outcome.error);
                session.failedEarlier = true;
            }
            else
                process.exitCode = core.ExitCode.Failure;
            // A failed deploy stops the step; a failed run still goes on to verify, which explains it.
            if (mode === 'deploy')
                break;
        }
    }
    catch (error) {
        const core = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 5592));
        core.setFailed((0,explainError/* explainError */.U)(error));
    }
}


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ rootStages),
/* harmony export */   _o: () => (/* binding */ topologicalOrder)
/* harmony export */ });
/* unused harmony export downstreamOf */
/** Stages started by the start trigger (they wait for nothing). */
function rootStages(pipeline) {
    return pipeline.stages.filter((s) => s.after.length === 0);
}
/**
 * Stages in dependency order (each after everything it waits for), keeping the written order among equals.
 * Returns the stages of a cycle instead when there is one.
 */
function topologicalOrder(stages) {
    const byName = new Map(stages.map((s) => [s.name, s]));
    const state = new Map();
    const order = [];
    const path = [];
    const visit = (stage) => {
        const seen = state.get(stage.name);
        if (seen === 'done')
            return undefined;
        if (seen === 'visiting')
            return [...path.slice(path.indexOf(stage.name)), stage.name];
        state.set(stage.name, 'visiting');
        path.push(stage.name);
        for (const upstream of stage.after) {
            const up = byName.get(upstream);
            if (!up)
                continue;
            const cycle = visit(up);
            if (cycle)
                return cycle;
        }
        path.pop();
        state.set(stage.name, 'done');
        order.push(stage);
        return undefined;
    };
    for (const stage of stages) {
        const cycle = visit(stage);
        if (cycle)
            return { cycle };
    }
    return { order };
}
/** Stages that wait (directly) for `name`. */
function downstreamOf(stages, name) {
    return stages.filter((s) => s.after.includes(name));
}


/***/ }),

/***/ 4245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ PROVENANCE_TAGS),
/* harmony export */   FX: () => (/* binding */ OWNER_TAG),
/* harmony export */   gK: () => (/* binding */ RESERVED_TAG_COUNT),
/* harmony export */   go: () => (/* binding */ isOwned),
/* harmony export */   se: () => (/* binding */ OWNER_VALUE),
/* harmony export */   zM: () => (/* binding */ RESERVED_TAG_PREFIX)
/* harmony export */ });
/**
 * The tag keys this action reserves: one marks what it manages, three record which deploy last changed a resource.
 * A contract between deploy (writes them), verify and the input readers (refuse them in `tags`). Pure.
 */
const RESERVED_TAG_PREFIX = 'glue-workflow-action:';
const OWNER_TAG = `${RESERVED_TAG_PREFIX}managed-by`;
const OWNER_VALUE = 'metriccare/glue-workflow-action';
const PROVENANCE_TAGS = [
    `${RESERVED_TAG_PREFIX}repository`,
    `${RESERVED_TAG_PREFIX}commit`,
    `${RESERVED_TAG_PREFIX}run-url`
];
const RESERVED_TAG_COUNT = 1 + PROVENANCE_TAGS.length;
function isOwned(tags) {
    return tags[OWNER_TAG] === OWNER_VALUE;
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   JY: () => (/* binding */ textWithin),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   MS: () => (/* binding */ errorExcerpt),
/* harmony export */   OL: () => (/* binding */ ganttText),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   kj: () => (/* binding */ jsonListWithin),
/* harmony export */   lw: () => (/* binding */ ERROR_EXCERPT_CHARS),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   pm: () => (/* binding */ clock),
/* harmony export */   tW: () => (/* binding */ mermaidBlock)
/* harmony export */ });
/* unused harmony export OUTPUT_MAX_BYTES */
/**
 * One home for every rule about text the action prints: one-line shortening, Markdown and Mermaid escaping, times
 * and durations. Glue-sourced text (names, errors, tags) passes through these before it reaches a log, an output or
 * the job summary. Pure.
 */
/** Bidirectional overrides and isolates: they make a line read differently from what it holds (Trojan Source). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** C0/C1 control characters other than whitespace (which is folded into single spaces). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Shortens any text to one printable line (whitespace folded, controls removed, `…` where cut). */
function oneLine(text, max = 120) {
    const flat = text.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/**
 * Text for a log line: one line (see {@link oneLine}), and never a runner workflow command: a line that would start
 * with `::` gets a leading space.
 */
function inertLine(text, max = 2000) {
    const line = oneLine(text, max);
    return line.startsWith('::') ? ` ${line}` : line;
}
/** Text for Markdown (a table cell or a list item): no HTML, no table breaks, no emphasis, one line. */
function markdownText(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, (m) => `\\${m}`);
}
/**
 * Text for a double-quoted Mermaid label: Mermaid entity codes for everything that could end the label, open HTML,
 * or close the Markdown code fence (a backtick); one line.
 */
function mermaidLabel(text) {
    return oneLine(text, 300)
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/&/g, '#amp;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/`/g, '#96;');
}
/**
 * Text for a Gantt task or section name, which has no quoting: `:` starts the task data, `;` and `#` end or comment
 * the line, `<` `>` could read as HTML; these become look-alike characters, and the text stays on one line.
 */
function ganttText(text) {
    return oneLine(text, 300)
        .replace(/:/g, '꞉')
        .replace(/;/g, ',')
        .replace(/#/g, '＃')
        .replace(/%/g, '％')
        .replace(/`/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
}
/** A fenced Mermaid block (GitHub renders it as a diagram in job summaries). */
function mermaidBlock(lines) {
    return ['```mermaid', ...lines, '```', ''].join('\n');
}
/** `00:05:12Z`: the UTC time of day, for log lines and messages (evidence carries the full timestamp). */
function clock(date) {
    return `${date.toISOString().slice(11, 19)}Z`;
}
/** ISO-8601 UTC with milliseconds, or null when unknown. */
function iso(date) {
    return date ? date.toISOString() : null;
}
/** A duration for people: `0.3 s`, `59.4 s`, `1 min 1 s`, `2 h 3 min`. */
function duration(seconds) {
    const abs = Math.abs(seconds);
    if (abs < 60)
        return `${Math.round(abs * 10) / 10} s`;
    const whole = Math.round(abs);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`;
}
/**
 * `wr_7443a480…`, `jr_0a1b2c3d…`: enough of a 64-character Glue id to tell runs apart in a line that mentions it
 * again (the first mention, the links and the outputs carry it whole).
 */
function shortId(id) {
    return id.length > 14 ? `${id.slice(0, 11)}…` : id;
}
/** `a`, `a and b`, `a, b and c`. */
function listing(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/**
 * GitHub refuses a step output over 1 MB, and a job's outputs together over 1 MB: each output of the action stays
 * well under, so that four large ones in one step still fit.
 */
const OUTPUT_MAX_BYTES = 200 * 1024;
/** Glue error messages are often long stack traces: findings and outputs keep the first part, on one line. */
const ERROR_EXCERPT_CHARS = 1000;
function errorExcerpt(text) {
    return oneLine(text, ERROR_EXCERPT_CHARS);
}
/**
 * A JSON array of as many leading items as fit in `maxBytes`; when some are left out, a last entry says how many:
 * `{"truncated": "… 12 more entries left out (output capped at 200 KB)"}`.
 */
function jsonListWithin(items, maxBytes = OUTPUT_MAX_BYTES) {
    const whole = JSON.stringify(items);
    if (Buffer.byteLength(whole) <= maxBytes)
        return whole;
    const parts = items.map((item) => JSON.stringify(item));
    const marker = (left) => JSON.stringify({
        truncated: `… ${left} more entries left out (output capped at ${Math.round(maxBytes / 1024)} KB)`
    });
    let bytes = 2 + Buffer.byteLength(marker(items.length));
    let kept = 0;
    while (kept < parts.length && bytes + Buffer.byteLength(parts[kept]) + 1 <= maxBytes) {
        bytes += Buffer.byteLength(parts[kept]) + 1;
        kept++;
    }
    return `[${[...parts.slice(0, kept), marker(items.length - kept)].join(',')}]`;
}
/** Text cut to at most `maxBytes` of UTF-8, with `…` where cut. */
function textWithin(text, maxBytes = OUTPUT_MAX_BYTES) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    let chars = Math.min(text.length, maxBytes);
    while (chars > 0 && Buffer.byteLength(text.slice(0, chars)) + 3 > maxBytes)
        chars = Math.floor(chars * 0.9);
    return `${text.slice(0, chars)}…`;
}


/***/ })

};

//# sourceMappingURL=658.index.js.map