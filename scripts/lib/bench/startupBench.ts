/**
 * Benchmark 3: start-up. From process start (spawn) to the first Glue request the endpoint receives, and to the exit
 * on a validation error (no AWS call at all), next to a bare `node -e 0`; on the given Node binary.
 */
import { spawn } from 'node:child_process'
import type { GlueLocal } from '../../../glue-local/index.js'
import { errorLines, mainStep, preciseNow } from '../actionStep.js'
import { receivedAt } from '../glueCalls.js'
import type { DemoPipeline } from '../pipelines.js'
import { stepRuntime, type ActionRuntime } from './actionRuntime.js'

export interface StartupResult {
  node: string
  bareNodeMs: number[]
  firstGlueRequestMs: number[]
  /** Operation of the first Glue request (the same every time). */
  firstOperation: string
  validationExitMs: number[]
  problems: string[]
}

function bareNode(node: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['-e', '0'], { stdio: 'ignore' })
    const spawnedAt = preciseNow()
    child.on('error', reject)
    child.on('exit', () => resolve(preciseNow() - spawnedAt))
  })
}

export async function startupBench(options: {
  glue: GlueLocal
  action: ActionRuntime
  workflow: string
  pipeline: DemoPipeline
  iterations: number
}): Promise<StartupResult> {
  const { glue } = options
  const node = options.action.node
  const result: StartupResult = {
    node,
    bareNodeMs: [],
    firstGlueRequestMs: [],
    firstOperation: '',
    validationExitMs: [],
    problems: []
  }
  // One warm-up round (file cache), then the measured ones, interleaved so that drift hits all three alike.
  for (let i = -1; i < options.iterations; i++) {
    const bare = await bareNode(node)

    glue.reset('calls')
    const deploy = await mainStep({
      endpoint: glue.url,
      ...stepRuntime(options.action),
      inputs: { mode: 'deploy', 'workflow-name': options.workflow, jobs: options.pipeline.jobsInput }
    })
    const first = glue.calls().calls.find((c) => c.service === 'glue')

    const invalid = await mainStep({
      endpoint: glue.url,
      ...stepRuntime(options.action),
      inputs: { mode: 'start', 'workflow-name': options.workflow, 'timeout-minutes': '0' }
    })
    if (i < 0) continue
    result.bareNodeMs.push(bare)
    if (deploy.code === 0 && first) {
      result.firstGlueRequestMs.push(receivedAt(first) - deploy.spawnedAt)
      result.firstOperation = first.operation
    } else result.problems.push(`deploy exited ${deploy.code} (${first ? first.operation : 'no Glue request'})`)
    const error = errorLines(invalid)[0] ?? ''
    if (invalid.code === 1 && error.includes("Input 'timeout-minutes'")) result.validationExitMs.push(invalid.wallMs)
    else result.problems.push(`validation error run exited ${invalid.code}: ${error || invalid.stdout.slice(-200)}`)
  }
  return result
}
