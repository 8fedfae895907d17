/**
 * Runs the built action as GitHub does (through the e2e harness: INPUT_* variables, GITHUB_OUTPUT / GITHUB_STATE /
 * GITHUB_STEP_SUMMARY files, STATE_* for the post step) and times it: when the process was spawned and when it exited.
 */
import { runMainStep, runPostStep, type StepOptions, type StepResult } from '../../testkit/actionStep.js'

export { CANARY, errorLines, MAIN, POST, ROOT, type StepResult } from '../../testkit/actionStep.js'

export interface TimedStep extends StepResult {
  /** Epoch ms (sub-millisecond precision) right after the process was spawned. */
  spawnedAt: number
  /** Epoch ms when the process exited. */
  exitedAt: number
  wallMs: number
}

export interface TimedStepOptions extends StepOptions {
  /** Gets the step's stdout and stderr as they come (to show the log live). */
  echo?: (chunk: string, stream: 'stdout' | 'stderr') => void
}

/** Epoch milliseconds with sub-millisecond precision. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now()
}

async function timed(run: (o: StepOptions) => Promise<StepResult>, options: TimedStepOptions): Promise<TimedStep> {
  let spawnedAt = Number.NaN
  let exitedAt = Number.NaN
  const { echo, ...stepOptions } = options
  const result = await run({
    ...stepOptions,
    onSpawn: (child) => {
      spawnedAt = preciseNow()
      child.on('exit', () => (exitedAt = preciseNow()))
      if (echo) {
        child.stdout?.on('data', (d: Buffer) => echo(d.toString(), 'stdout'))
        child.stderr?.on('data', (d: Buffer) => echo(d.toString(), 'stderr'))
      }
      options.onSpawn?.(child)
    }
  })
  if (Number.isNaN(exitedAt)) exitedAt = preciseNow()
  return { ...result, spawnedAt, exitedAt, wallMs: exitedAt - spawnedAt }
}

/** The main step (dist/index.js). */
export function mainStep(options: TimedStepOptions): Promise<TimedStep> {
  return timed(runMainStep, options)
}

/** The post step (dist/post/index.js), with the state the main step saved. */
export function postStep(options: TimedStepOptions): Promise<TimedStep> {
  return timed(runPostStep, options)
}
