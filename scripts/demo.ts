/**
 * The whole action, locally, in about half a minute: no AWS account, no network.
 *
 *   npm run demo [-- --out DIR] [--self-contained] [--screenshot]
 *
 * Starts the local Glue endpoint (glue-local) on a free port, creates three Glue jobs (bronze, silver, gold: 2-3 s
 * each) and runs the built action (dist/) exactly as a GitHub runner does, with `mode: deploy start verify`, then its
 * post step. Shows the log, the outputs and the job summary (saved as Markdown and as an HTML page with its Mermaid
 * diagrams). Then a second pass: a redeploy with unchanged inputs (no changes, zero writes, counted by the endpoint)
 * and a run in which Silver fails. Last, a deploy against an endpoint that refuses every call with an error quoting the
 * request's credentials (as AWS's signature errors do): the step fails without printing them. Ends with a recap;
 * exits 0 only when everything behaved as designed.
 *
 *   --out DIR          where the logs, outputs and summaries go (default out/demo)
 *   --self-contained   put mermaid.min.js into the HTML pages (5 MB each) instead of linking node_modules' copy
 *   --screenshot       also save a PNG of each page with headless Chromium (optional; needs `chromium`)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createJobs } from '../testkit/glue.js'
import { startGlueLocal, type GlueLocal } from '../glue-local/index.js'
import { CANARY, errorLines, MAIN, mainStep, POST, postStep, ROOT, type TimedStep } from './lib/actionStep.js'
import { Checks, postStepFigure } from './lib/demo/checks.js'
import {
  bold,
  describeSummary,
  dim,
  logPrinter,
  printOutputs,
  say,
  section,
  summaryPreview
} from './lib/demo/display.js'
import { startRefusingEndpoint } from './lib/demo/refusingEndpoint.js'
import { screenshot } from './lib/demo/screenshot.js'
import { readStagesOutput, stagesInOrder, type StageOutput } from './lib/demo/stagesOutput.js'
import { countCalls, type CallCount } from './lib/glueCalls.js'
import { medallion } from './lib/pipelines.js'
import { formatCounts, formatDuration } from './lib/stats.js'
import { countMermaidBlocks, summaryToHtml } from './lib/summaryHtml.js'

const { values: flags } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, 'out', 'demo') },
    'self-contained': { type: 'boolean', default: false },
    screenshot: { type: 'boolean', default: false }
  }
})
const OUT = path.resolve(flags.out)
const WORKFLOW = 'lakehouse-demo'
const PIPELINE = medallion('demo')
const JOB_SECONDS = { bronze: 2, silver: 3, gold: 2 }
const SILVER_ERROR =
  'AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `lake`.`bronze_orders` cannot be found.'
const silverJob = PIPELINE.stages[1].job

/** The step's `with:` block, as a user writes it in the workflow file. */
const STEP_INPUTS = { mode: 'deploy start verify', 'workflow-name': WORKFLOW, jobs: PIPELINE.jobsInput }

/**
 * GitHub runs the action on Node 24. On an older Node the AWS SDK prints a notice about Node support on every step;
 * it is switched off there so that the log reads as it does on GitHub (the demo says so at the start).
 */
const OLD_NODE = Number(process.versions.node.split('.')[0]) < 22
const SDK_NODE_NOTICE_OFF = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
if (OLD_NODE) Object.assign(process.env, SDK_NODE_NOTICE_OFF)
const STEP_ENV = OLD_NODE ? SDK_NODE_NOTICE_OFF : {}

const checks = new Checks()
const printed: string[] = []
const pages: string[] = []

function ensureDist(): void {
  if (fs.existsSync(MAIN) && fs.existsSync(POST)) return
  say(`dist/ is missing: building it first (npm run build)…`)
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0 || !fs.existsSync(MAIN)) {
    say('The build failed; the demo runs the built action, so it cannot go on.')
    process.exit(2)
  }
}

function showWith(inputs: Record<string, string>): void {
  say(dim('  - uses: metriccare/glue-workflow-action@v1'))
  say(dim('    with:'))
  for (const [name, value] of Object.entries(inputs)) {
    if (value.includes('\n')) {
      say(dim(`      ${name}: |`))
      for (const line of value.split('\n')) say(dim(`        ${line}`))
    } else say(dim(`      ${name}: ${value}`))
  }
}

interface Pass {
  dir: string
  step: TimedStep
  calls: CallCount
  post?: TimedStep
  /** What the endpoint counted during the post step. */
  postCalls?: CallCount
  summaryHtml?: string
}

/** Runs the main step (and optionally its post step) as GitHub would, showing and saving what GitHub shows. */
async function runStep(
  glue: GlueLocal,
  slug: string,
  inputs: Record<string, string>,
  options: { post: boolean }
): Promise<Pass> {
  const dir = path.join(OUT, slug)
  fs.mkdirSync(dir, { recursive: true })
  showWith(inputs)
  say()
  say(bold('Log'))
  glue.reset('calls')
  const printer = logPrinter()
  const step = await mainStep({ endpoint: glue.url, inputs, env: STEP_ENV, echo: printer.write })
  printer.flush()
  const calls = countCalls(glue.calls().calls)
  printed.push(step.stdout, step.stderr, step.files.output, step.files.state, step.files.summary)
  say(
    dim(
      `  (exit code ${step.code ?? step.signal}, ${formatDuration(step.wallMs)}; the endpoint counted ${calls.glue} Glue calls, ${calls.writes} writes: ${formatCounts(calls.byOperation)})`
    )
  )
  fs.writeFileSync(path.join(dir, 'log.txt'), step.stdout + (step.stderr ? `\n--- stderr ---\n${step.stderr}` : ''))
  fs.writeFileSync(path.join(dir, 'outputs.json'), `${JSON.stringify(step.outputs, null, 2)}\n`)

  say()
  say(bold('Outputs'))
  printOutputs(step.outputs)
  say(dim(`  (full values: ${path.join(dir, 'outputs.json')})`))

  const pass: Pass = { dir, step, calls }
  if (step.summary.trim() !== '') {
    const md = path.join(dir, 'summary.md')
    const html = path.join(dir, 'summary.html')
    fs.writeFileSync(md, step.summary)
    const title = `Job summary · ${WORKFLOW} · ${slug}`
    fs.writeFileSync(
      html,
      summaryToHtml(step.summary, { title, mermaid: flags['self-contained'] ? 'inline' : 'file-url' })
    )
    pass.summaryHtml = html
    pages.push(html)
    say()
    say(bold(`Job summary (${describeSummary(step.summary)})`))
    for (const line of summaryPreview(step.summary, 'the HTML page')) say(`  ${line}`)
    say()
    say(`  Markdown: ${md}`)
    say(`  HTML:     ${html}   ${dim('(open it in a browser: the diagrams are drawn offline)')}`)
  }
  if (options.post) {
    say()
    say(bold('Post step'))
    const postPrinter = logPrinter()
    glue.reset('calls')
    pass.post = await postStep({
      endpoint: glue.url,
      inputs,
      env: STEP_ENV,
      state: step.state,
      echo: postPrinter.write
    })
    postPrinter.flush()
    pass.postCalls = countCalls(glue.calls().calls)
    printed.push(
      pass.post.stdout,
      pass.post.stderr,
      pass.post.files.output,
      pass.post.files.state,
      pass.post.files.summary
    )
    say(
      dim(
        `  (exit code ${pass.post.code ?? pass.post.signal}, ${formatDuration(pass.post.wallMs)}; the endpoint counted ${pass.postCalls.glue} Glue calls, ${pass.postCalls.writes} writes)`
      )
    )
  }
  return pass
}

function stageFigure(stages: StageOutput[]): string {
  return stages
    .map((s) => `${s.stage} ${s.state}${s.durationSeconds != null ? ` ${s.durationSeconds} s` : ''}`)
    .join(', ')
}

async function firstPass(glue: GlueLocal): Promise<void> {
  section('Pass 1: deploy, start and verify Bronze -> Silver -> Gold')
  say('A push to main runs the step below. Glue has the three jobs, but no workflow and no trigger yet.')
  say()
  const pass = await runStep(glue, '1-deploy-start-verify', STEP_INPUTS, { post: true })
  const { step, calls } = pass
  const name = 'Pass 1 · deploy start verify'
  checks.add(name, 'the step succeeded', step.code === 0, `exit code ${step.code}, ${formatDuration(step.wallMs)}`)
  const created = calls.byOperation
  checks.add(
    name,
    'deploy created the workflow and its 3 triggers',
    created.CreateWorkflow === 1 && created.CreateTrigger === 3 && step.outputs.changed === 'true',
    `CreateWorkflow ${created.CreateWorkflow ?? 0}, CreateTrigger ${created.CreateTrigger ?? 0}, changed=${step.outputs.changed}`
  )
  // Glue takes a moment with new triggers (CREATING, ACTIVATING): deploy waits, and start comes after.
  const deployed = step.stdout.indexOf('Deployed workflow')
  const waited = /waiting for Glue: [^\n]*/.exec(step.stdout)?.[0]
  checks.add(
    name,
    'deploy waited until Glue was done before the run started',
    deployed >= 0 && deployed < step.stdout.indexOf('Started run'),
    waited ? `"${waited.length > 60 ? `${waited.slice(0, 59)}…` : waited}"` : 'Glue was done at the first read'
  )
  const stages = readStagesOutput(step.outputs.stages)
  const allSucceeded = stages.length === 3 && stages.every((s) => s.state === 'SUCCEEDED')
  checks.add(
    name,
    'the run COMPLETED: bronze, silver, gold succeeded in order',
    step.outputs['run-status'] === 'COMPLETED' && allSucceeded && stagesInOrder(stages),
    `${step.outputs['run-status'] ?? 'no run-status'} in ${step.outputs['duration-seconds'] ?? '?'} s: ${stageFigure(stages)}`
  )
  const findings = parseFindings(step.outputs.findings)
  checks.add(
    name,
    'verify proved the stages ran in dependency order',
    step.outputs.verified === 'true' && findings?.length === 0,
    `verified=${step.outputs.verified ?? '(no output)'}, ${findings ? `${findings.length} findings` : 'no findings output'}`
  )
  const diagrams = countMermaidBlocks(step.summary)
  const kinds = ['flowchart', 'gantt'].filter((k) => new RegExp('```mermaid\\s*\\n\\s*' + k).test(step.summary))
  checks.add(
    name,
    'job summary with a flowchart and a Gantt chart',
    kinds.length === 2 && pass.summaryHtml !== undefined,
    `${diagrams} Mermaid diagrams (${kinds.join(' + ') || 'none'}) -> ${pass.summaryHtml ? shortPath(pass.summaryHtml) : 'no summary'}`
  )
  checks.add(name, 'the post step had nothing to clean up', ...postStepFigure(pass.post, pass.postCalls))
}

async function secondPass(glue: GlueLocal): Promise<void> {
  section('Pass 2a: redeploy with unchanged inputs')
  say('The next push deploys the same inputs: the action reads Glue, finds nothing to change and writes nothing.')
  say()
  const redeploy = await runStep(glue, '2a-redeploy-unchanged', { ...STEP_INPUTS, mode: 'deploy' }, { post: false })
  const name = 'Pass 2 · redeploy, then a run in which Silver fails'
  const { step, calls } = redeploy
  checks.add(
    name,
    'unchanged redeploy: "No changes", zero writes',
    step.code === 0 && step.outputs.changed === 'false' && /No changes/.test(step.stdout) && calls.writes === 0,
    `${calls.writes} writes, ${calls.glue} Glue calls (${formatCounts(calls.byOperation)}), changed=${step.outputs.changed}, ${formatDuration(step.wallMs)}`
  )

  section('Pass 2b: Silver fails')
  say(`Same step; this time job ${silverJob} fails (glue-local run properties make it fail with a Spark error).`)
  say()
  const failing = await runStep(
    glue,
    '2b-silver-fails',
    {
      ...STEP_INPUTS,
      'run-properties': [
        `"glue-local:${silverJob}:outcome": FAILED`,
        `"glue-local:${silverJob}:error-message": "${SILVER_ERROR.replace(/"/g, '\\"')}"`
      ].join('\n')
    },
    { post: true }
  )
  const errors = errorLines(failing.step)
  checks.add(name, 'the step failed', failing.step.code !== 0, `exit code ${failing.step.code}`)
  const silverError = errors.find((e) => /silver/.test(e) && e.includes(SILVER_ERROR))
  checks.add(
    name,
    'silver is named with its error',
    silverError !== undefined,
    silverError
      ? `"${cut(silverError.slice(silverError.indexOf('silver')), 70)}"`
      : `errors: ${cut(errors.join(' | '), 90)}`
  )
  const logLines = failing.step.stdout.split('\n').filter((l) => l !== '').length
  const errorCount = failing.step.stdout.split(SILVER_ERROR).length - 1
  const runId = failing.step.outputs['run-id'] ?? ''
  const runIdCount = runId ? failing.step.stdout.split(runId).length - 1 : 0
  checks.add(
    name,
    "the log says Silver's error once, the run id in full once",
    errorCount === 1 && runIdCount === 1,
    `${logLines} log lines; the Spark error ${errorCount}×, the 64-character run id ${runIdCount}× (in its console link)`
  )
  const stages = readStagesOutput(failing.step.outputs.stages)
  const silverRun = stages.find((s) => s.stage === 'silver')?.runs?.[0]
  checks.add(
    name,
    'silver leads to its job run and its logs',
    Boolean(silverRun?.jobRunId && silverRun.consoleUrl && silverRun.logs.error && silverRun.logs.output),
    silverRun?.jobRunId
      ? `job run ${silverRun.jobRunId.slice(0, 11)}…: ${Object.keys(silverRun.logs).join(', ')} logs and its Glue console page`
      : 'no job run in the stages output'
  )
  const gold = stages.find((s) => s.stage === 'gold')
  const goldInSummary = /gold[^\n]*(never ran|did not run|not run)/i.test(failing.step.summary)
  checks.add(
    name,
    'gold is shown as never run',
    gold?.state === 'NOT_RUN' && gold.attempts === 0 && goldInSummary,
    `gold: ${gold?.state ?? 'missing'}, ${gold?.attempts ?? '?'} attempts; summary ${goldInSummary ? 'says so' : 'does not say so'}`
  )
  checks.add(
    name,
    'verify reported the failure',
    failing.step.outputs.verified === 'false',
    `verified=${failing.step.outputs.verified ?? '(no output)'}, ${parseFindings(failing.step.outputs.findings)?.length ?? '?'} findings`
  )
  checks.add(name, 'the post step had nothing to clean up', ...postStepFigure(failing.post, failing.postCalls))
}

/** What the refusing endpoint of pass 3 quoted back: the credential values in its error messages. */
let quotedCredentials: string[] = []

async function thirdPass(): Promise<void> {
  section('Pass 3: AWS refuses the request and quotes its credentials')
  say('A deploy against an endpoint that refuses every call as AWS refuses a bad signature: its error message quotes')
  say('the request, access key id and session token included. The step must fail and say why, without printing them.')
  say()
  const inputs = { ...STEP_INPUTS, mode: 'deploy' }
  const dir = path.join(OUT, '3-credentials-quoted')
  fs.mkdirSync(dir, { recursive: true })
  showWith(inputs)
  say()
  say(bold('Log'))
  const refusing = await startRefusingEndpoint(Object.values(CANARY))
  const printer = logPrinter()
  let step: TimedStep
  try {
    step = await mainStep({ endpoint: refusing.url, inputs, env: STEP_ENV, echo: printer.write })
  } finally {
    await refusing.close()
  }
  printer.flush()
  quotedCredentials = [...refusing.quoted]
  printed.push(step.stdout, step.stderr, step.files.output, step.files.state, step.files.summary)
  fs.writeFileSync(path.join(dir, 'log.txt'), step.stdout + (step.stderr ? `\n--- stderr ---\n${step.stderr}` : ''))
  say(
    dim(
      `  (exit code ${step.code ?? step.signal}, ${formatDuration(step.wallMs)}; the endpoint refused ${refusing.refused} calls, quoting ${quotedCredentials.length} of the ${Object.keys(CANARY).length} credential values back)`
    )
  )
  const name = 'Pass 3 · AWS refuses and quotes the credentials'
  const errors = errorLines(step)
  const refusal = errors.find((e) => /signature/i.test(e))
  checks.add(
    name,
    'the step failed and says why',
    step.code !== 0 && refusal !== undefined,
    refusal
      ? `exit code ${step.code}: "${cut(refusal, 70)}"`
      : `exit code ${step.code}; errors: ${cut(errors.join(' | '), 70)}`
  )
  checks.add(
    name,
    "the error's quoted credentials are printed as ***",
    quotedCredentials.length > 0 && refusal !== undefined && refusal.includes('***'),
    `the endpoint quoted ${quotedCredentials.length} credential values; the error line ${refusal?.includes('***') ? 'has *** in their place' : 'has no ***'}`
  )
}

/** Every file under a directory (the demo's saved logs, outputs, summaries and pages). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
}

function parseFindings(raw: string | undefined): unknown[] | undefined {
  if (raw === undefined) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** A path relative to the repository when it is inside it (out/demo/…), else absolute. */
function shortPath(file: string): string {
  const relative = path.relative(ROOT, file)
  return relative.startsWith('..') ? file : relative
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}

/** Optional PNGs of the summary pages, taken last so that Chromium does not slow the steps down. */
function takeScreenshots(): void {
  section('Screenshots')
  for (const html of pages) {
    const png = screenshot(html)
    say(png.file ? `PNG: ${png.file}` : dim(`(no screenshot of ${html}: ${png.note})`))
  }
}

async function main(): Promise<void> {
  ensureDist()
  fs.rmSync(OUT, { recursive: true, force: true })
  fs.mkdirSync(OUT, { recursive: true })
  const glue = await startGlueLocal({ port: 0 })
  try {
    section('Setting up')
    say(`Local Glue endpoint (glue-local): ${glue.url}   ${dim('(in-memory; no AWS account, no network)')}`)
    for (const stage of PIPELINE.stages) {
      const seconds = JOB_SECONDS[stage.name as keyof typeof JOB_SECONDS]
      await createJobs(glue.url, [stage.job], seconds * 1000)
      say(`Created Glue job ${stage.job} (${stage.name}; a run takes ${seconds} s)`)
    }
    say(
      `Action: ${path.relative(ROOT, MAIN)} (post: ${path.relative(ROOT, POST)}), run by ${process.execPath} ${process.version}`
    )
    if (OLD_NODE) {
      say(dim(`(GitHub runs it on Node 24; on ${process.version} the AWS SDK's Node-support notice is switched off.)`))
    }
    await firstPass(glue)
    await secondPass(glue)
  } finally {
    await glue.close()
  }
  await thirdPass()
  if (flags.screenshot) takeScreenshots()
  // Every channel of every step (stdout, stderr, GITHUB_OUTPUT, GITHUB_STATE, job summary) and every file saved.
  const saved = filesUnder(OUT)
  const texts = [...printed, ...saved.map((file) => fs.readFileSync(file, 'latin1'))]
  const leaked = Object.entries(CANARY).filter(([, secret]) => texts.some((text) => text.includes(secret)))
  checks.add(
    'Everywhere',
    'no credential printed or saved, even those an AWS error quoted',
    leaked.length === 0 && quotedCredentials.length > 0,
    leaked.length > 0
      ? `leaked: ${leaked.map(([name]) => name).join(', ')}`
      : `${Object.keys(CANARY).length} canary values (${quotedCredentials.length} quoted by pass 3) absent from ${printed.length} step channels and ${saved.length} saved files`
  )
  section('Recap')
  checks.printRecap()
  say(dim(`Everything the demo showed is in ${OUT}`))
  process.exitCode = checks.passed ? 0 : 1
}

await main()
