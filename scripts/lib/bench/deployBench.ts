/**
 * Benchmarks 1 and 2: a first deploy and an unchanged (no-op) redeploy by the action, side by side with the AWS CLI
 * scripts of cliBaseline.ts, against the same local endpoint and latency. Calls are counted by the endpoint.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { GlueLocal } from '../../../glue-local/index.js'
import { mainStep, ROOT } from '../actionStep.js'
import { countCalls, type CallCount } from '../glueCalls.js'
import type { DemoPipeline } from '../pipelines.js'
import { cliScripts, runCliScript, type CliScripts } from './cliBaseline.js'
import { runnerInputs, stepRuntime, type ActionRuntime } from './actionRuntime.js'
import { freshAccount } from './glueBench.js'

export interface Sample {
  ok: boolean
  wallMs: number
  calls: CallCount
  /** Why the sample is not ok (exit code, stderr). */
  problem?: string
}

export interface DeployResult {
  action: { first: Sample[]; noop: Sample[] }
  cli?: { first: Sample[]; noop: Sample[]; scripts: CliScripts; files: { first: string; noop: string } }
  /** Why the CLI baseline was not measured (or only estimated). */
  cliNote?: string
}

export interface DeployBenchOptions {
  glue: GlueLocal
  workflow: string
  pipeline: DemoPipeline
  latencyMs: number
  runs: number
  action: ActionRuntime
  /** AWS CLI v2 binary; undefined = no baseline. */
  awsCli?: string
  /** Runs of the CLI baseline (0 = not measured). */
  cliRuns: number
  /** Where the generated CLI scripts are written. */
  scriptDir: string
  progress: (line: string) => void
}

async function actionDeploy(options: DeployBenchOptions, expectWrites: boolean): Promise<Sample> {
  const { glue, workflow, pipeline } = options
  glue.reset('calls')
  const step = await mainStep({
    endpoint: glue.url,
    ...stepRuntime(options.action),
    inputs: runnerInputs({ mode: 'deploy', 'workflow-name': workflow, jobs: pipeline.jobsInput }, ROOT)
  })
  const calls = countCalls(glue.calls().calls)
  const changed = step.outputs.changed === (expectWrites ? 'true' : 'false')
  const ok = step.code === 0 && changed
  return {
    ok,
    wallMs: step.wallMs,
    calls,
    ...(ok ? {} : { problem: `exit ${step.code}, changed=${step.outputs.changed}: ${step.stdout.slice(-300)}` })
  }
}

async function cliDeploy(options: DeployBenchOptions, file: string): Promise<Sample> {
  options.glue.reset('calls')
  const run = await runCliScript(file, options.awsCli!, options.glue.url)
  const calls = countCalls(options.glue.calls().calls)
  const ok = run.code === 0
  return { ok, wallMs: run.wallMs, calls, ...(ok ? {} : { problem: `exit ${run.code}: ${run.stderr.slice(-300)}` }) }
}

export async function deployBench(options: DeployBenchOptions): Promise<DeployResult> {
  const { glue, pipeline, latencyMs, runs } = options
  const result: DeployResult = { action: { first: [], noop: [] } }
  const scripts = cliScripts(options.workflow, pipeline)
  fs.mkdirSync(options.scriptDir, { recursive: true })
  const files = {
    first: path.join(options.scriptDir, `${options.workflow}-first-deploy.sh`),
    noop: path.join(options.scriptDir, `${options.workflow}-redeploy.sh`)
  }
  fs.writeFileSync(files.first, scripts.firstDeploy, { mode: 0o755 })
  fs.writeFileSync(files.noop, scripts.redeploy, { mode: 0o755 })
  if (options.awsCli && options.cliRuns > 0) result.cli = { first: [], noop: [], scripts, files }

  for (let i = 0; i < Math.max(runs, options.cliRuns); i++) {
    if (i < runs) {
      await freshAccount(glue, pipeline.jobNames, latencyMs)
      result.action.first.push(await actionDeploy(options, true))
      result.action.noop.push(await actionDeploy(options, false))
    }
    if (result.cli && i < options.cliRuns) {
      await freshAccount(glue, pipeline.jobNames, latencyMs)
      result.cli.first.push(await cliDeploy(options, files.first))
      result.cli.noop.push(await cliDeploy(options, files.noop))
    }
    options.progress(`  run ${i + 1}/${Math.max(runs, options.cliRuns)} done`)
  }
  return result
}
