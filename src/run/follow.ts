/**
 * Follows a workflow run until it ends or the deadline passes: polls on the schedule of pollSchedule.ts, logs every
 * stage transition once, as it is seen. Time, sleep, randomness and the Glue call are injected, so tests run it on a
 * fake clock.
 */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { isRunEnded } from '../aws/glueStates.js'
import { isAbortError, isTransientError } from '../aws/transientError.js'
import { oneLine } from '../text.js'
import { nextPollDelay, type PollSchedule } from './pollSchedule.js'
import { formatStageEvent, stageTransitions } from './transitions.js'
import type { StageRun } from './types.js'

/** Run statuses after which nothing changes any more. */

export function hasEnded(run: WorkflowRun | undefined): boolean {
  return isRunEnded(run?.Status)
}

export interface FollowDeps {
  /** One read of the run; `timeLeftMs` bounds the call, the SDK's retries included (it ends with an AbortError). */
  getRun(timeLeftMs: number): Promise<WorkflowRun>
  /** Epoch milliseconds. */
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  log(line: string): void
  warn(line: string): void
}

export interface FollowOptions {
  schedule: PollSchedule
  /** Epoch milliseconds after which following gives up. */
  deadline: number
  /** What each stage did, read from a polled run (return [] to log run status changes only). */
  readStages(run: WorkflowRun): StageRun[]
  /** Called after every successful poll (the shell keeps the latest view for cancellation). */
  onPoll?(run: WorkflowRun, stages: StageRun[]): void
  /** Prefix of the run status lines, e.g. "Run wr_1". */
  label: string
}

export interface FollowResult {
  /** false: the deadline passed first. */
  ended: boolean
  /** The last run seen (undefined only when every poll failed). */
  run?: WorkflowRun
  stages: StageRun[]
  polls: number
}

export async function followRun(deps: FollowDeps, options: FollowOptions): Promise<FollowResult> {
  let run: WorkflowRun | undefined
  let stages: StageRun[] | undefined
  let lastChangeAt = deps.now()
  let polls = 0
  let failing = false
  for (;;) {
    polls++
    const polled = await pollOnce(deps, options.deadline - deps.now())
    if ('error' in polled) {
      // A poll cut off by the deadline is not a failure: the deadline check below ends the wait.
      if (!failing && !isAbortError(polled.error))
        deps.warn(
          `${options.label}: polling failed after the SDK's retries (${describeError(polled.error)}); still waiting`
        )
      failing = true
    } else {
      failing = false
      const seen = deps.now()
      const current = options.readStages(polled.run)
      const events = stageTransitions(stages, current, new Date(seen))
      for (const event of events) deps.log(formatStageEvent(event))
      const statusChanged = polled.run.Status !== run?.Status
      if (statusChanged) deps.log(`${options.label} is ${polled.run.Status ?? 'UNKNOWN'}`)
      if (events.length > 0 || statusChanged) lastChangeAt = seen
      run = polled.run
      stages = current
      options.onPoll?.(run, stages)
      if (hasEnded(run)) return { ended: true, run, stages, polls }
    }
    const now = deps.now()
    const remaining = options.deadline - now
    if (remaining <= 0) return { ended: false, ...(run ? { run } : {}), stages: stages ?? [], polls }
    await deps.sleep(nextPollDelay(options.schedule, now - lastChangeAt, remaining, deps.random()))
  }
}

/**
 * One GetWorkflowRun, bounded by the time left; transient failures (after the SDK's own retries) and a poll cut off
 * by the deadline are returned, not thrown.
 */
async function pollOnce(deps: FollowDeps, timeLeftMs: number): Promise<{ run: WorkflowRun } | { error: unknown }> {
  try {
    return { run: await deps.getRun(Math.max(1, timeLeftMs)) }
  } catch (error) {
    if (isTransientError(error) || isAbortError(error)) return { error }
    throw error
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error))
  return `${error.name}: ${oneLine(error.message, 200)}`
}
