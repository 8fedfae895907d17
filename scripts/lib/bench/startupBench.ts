/**
 * Benchmark 3: start-up. From process start (spawn) to the first Glue request the endpoint receives, and to the exit
 * on a validation error (no AWS call at all), next to a bare `node -e 0`; on the given Node binary. Side by side in
 * the same rounds: the whole no-op deploy (3 stages) against a minimal script that makes the same reads with the same
 * SDK clients in parallel (minimalNoopDeploy.mjs, bundled like the action), and the post step with nothing to do.
 * The action's steps get every input action.yml declares, with its default, as a runner passes them.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { CallRecord, GlueLocal } from '../../../glue-local/index.js'
import { errorLines, mainStep, postStep, preciseNow, ROOT, type TimedStep } from '../actionStep.js'
import { answeredAt, countCalls, receivedAt, type CallCount } from '../glueCalls.js'
import type { DemoPipeline } from '../pipelines.js'
import { runnerInputs, stepRuntime, type ActionRuntime } from './actionRuntime.js'

/** The calls one run made, and in how many round trips (waves of calls sent before any of them was answered). */
export interface ReadPattern {
  calls: CallCount
  roundTrips: number
}

export interface StartupResult {
  node: string
  bareNodeMs: number[]
  firstGlueRequestMs: number[]
  /** Operation of the first Glue request (the same every time). */
  firstOperation: string
  validationExitMs: number[]
  /** Wall time of the action's no-op deploy (the same runs as firstGlueRequestMs). */
  noopDeployMs: number[]
  /** Wall time of the minimal script, in the same rounds; empty when it was not measured (see minimalNote). */
  minimalMs: number[]
  minimalNote?: string
  /** Calls of the first measured round: the action's no-op deploy and the minimal script. */
  noopDeployReads?: ReadPattern
  minimalReads?: ReadPattern
  /** Wall time of the post step when the main step left nothing to clean up (no run saved in the state). */
  postNoopMs: number[]
  problems: string[]
}

/** The minimal script's source, next to this file. */
export const MINIMAL_SCRIPT = path.join(import.meta.dirname, 'minimalNoopDeploy.mjs')

/**
 * Bundles the minimal script with the repository's ncc (as the action is bundled: one file, the SDK inside) into
 * `outDir` as index.js, so that the harness runs it like the action's main step. A few seconds.
 */
export function bundleMinimal(root: string, outDir: string): { dir?: string; note: string } {
  const ncc = path.join(root, 'node_modules', '.bin', 'ncc')
  const built = spawnSync(ncc, ['build', MINIMAL_SCRIPT, '-o', outDir], { encoding: 'utf8', timeout: 300_000 })
  const bundle = path.join(outDir, 'index.mjs')
  if (built.status !== 0 || !fs.existsSync(bundle)) {
    const why = (built.stderr || built.stdout || '').trim().split('\n').at(-1) ?? `exit ${built.status}`
    return { note: `could not bundle ${path.basename(MINIMAL_SCRIPT)} with ncc (${why})` }
  }
  fs.renameSync(bundle, path.join(outDir, 'index.js'))
  fs.writeFileSync(path.join(outDir, 'package.json'), '{"type":"module"}\n')
  return { dir: outDir, note: `${path.basename(MINIMAL_SCRIPT)} bundled with ncc` }
}

function bareNode(node: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['-e', '0'], { stdio: 'ignore' })
    const spawnedAt = preciseNow()
    child.on('error', reject)
    child.on('exit', () => resolve(preciseNow() - spawnedAt))
  })
}

/** Waves of calls: a call sent before the first answer of the current wave belongs to it. */
export function roundTrips(calls: CallRecord[]): number {
  const sorted = [...calls].sort((a, b) => receivedAt(a) - receivedAt(b))
  let waves = 0
  let waveAnsweredAt = Number.NEGATIVE_INFINITY
  for (const call of sorted) {
    if (receivedAt(call) >= waveAnsweredAt) {
      waves++
      waveAnsweredAt = answeredAt(call)
    } else waveAnsweredAt = Math.min(waveAnsweredAt, answeredAt(call))
  }
  return waves
}

export async function startupBench(options: {
  glue: GlueLocal
  action: ActionRuntime
  workflow: string
  pipeline: DemoPipeline
  iterations: number
  /** Directory of the bundled minimal script (index.js); undefined = not measured, for the reason in minimalNote. */
  minimal?: string
  minimalNote?: string
}): Promise<StartupResult> {
  const { glue } = options
  const node = options.action.node
  const result: StartupResult = {
    node,
    bareNodeMs: [],
    firstGlueRequestMs: [],
    firstOperation: '',
    validationExitMs: [],
    noopDeployMs: [],
    minimalMs: [],
    ...(options.minimalNote ? { minimalNote: options.minimalNote } : {}),
    postNoopMs: [],
    problems: []
  }
  const noopDeploy = async () => {
    glue.reset('calls')
    const step = await mainStep({
      endpoint: glue.url,
      ...stepRuntime(options.action),
      inputs: runnerInputs(
        { mode: 'deploy', 'workflow-name': options.workflow, jobs: options.pipeline.jobsInput },
        ROOT
      )
    })
    return { step, calls: glue.calls().calls }
  }
  const minimalScript = async (dir: string) => {
    glue.reset('calls')
    const step = await mainStep({
      endpoint: glue.url,
      ...stepRuntime(options.action),
      dist: dir,
      inputs: { 'workflow-name': options.workflow, jobs: options.pipeline.jobNames.join(',') }
    })
    return { step, calls: glue.calls().calls }
  }
  // One warm-up round (file cache), then the measured ones, interleaved so that drift hits all of them alike; the
  // action and the minimal script swap places every round.
  for (let i = -1; i < options.iterations; i++) {
    const bare = await bareNode(node)

    let deploy: { step: TimedStep; calls: CallRecord[] }
    let minimal: { step: TimedStep; calls: CallRecord[] } | undefined
    if (options.minimal && i % 2 === 0) {
      minimal = await minimalScript(options.minimal)
      deploy = await noopDeploy()
    } else {
      deploy = await noopDeploy()
      if (options.minimal) minimal = await minimalScript(options.minimal)
    }
    const first = deploy.calls.find((c) => c.service === 'glue')

    const post = await postStep({
      endpoint: glue.url,
      ...stepRuntime(options.action),
      inputs: runnerInputs({}, ROOT),
      state: {}
    })

    const invalid = await mainStep({
      endpoint: glue.url,
      ...stepRuntime(options.action),
      inputs: runnerInputs({ mode: 'start', 'workflow-name': options.workflow, 'timeout-minutes': '0' }, ROOT)
    })
    if (i < 0) continue
    result.bareNodeMs.push(bare)
    const noop = deploy.step.code === 0 && deploy.step.outputs.changed === 'false'
    if (noop && first) {
      result.firstGlueRequestMs.push(receivedAt(first) - deploy.step.spawnedAt)
      result.firstOperation = first.operation
      result.noopDeployMs.push(deploy.step.wallMs)
      result.noopDeployReads ??= { calls: countCalls(deploy.calls), roundTrips: roundTrips(deploy.calls) }
    } else {
      const why = first ? `changed=${deploy.step.outputs.changed}` : 'no Glue request'
      result.problems.push(`no-op deploy exited ${deploy.step.code} (${why})`)
    }
    if (minimal) {
      if (minimal.step.code === 0) {
        result.minimalMs.push(minimal.step.wallMs)
        result.minimalReads ??= { calls: countCalls(minimal.calls), roundTrips: roundTrips(minimal.calls) }
      } else
        result.problems.push(`minimal script exited ${minimal.step.code}: ${minimal.step.stderr.trim().slice(-200)}`)
    }
    if (post.code === 0 && post.stdout === '') result.postNoopMs.push(post.wallMs)
    else result.problems.push(`post step with nothing to do exited ${post.code}: ${post.stdout.slice(-200)}`)
    const error = errorLines(invalid)[0] ?? ''
    if (invalid.code === 1 && error.includes("Input 'timeout-minutes'")) result.validationExitMs.push(invalid.wallMs)
    else result.problems.push(`validation error run exited ${invalid.code}: ${error || invalid.stdout.slice(-200)}`)
  }
  return result
}
