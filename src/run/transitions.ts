/** What changed in a run between two polls, one event per stage attempt that changed state. Pure. */
import { clock, duration, oneLine } from '../text.js'
import { isTerminalAttempt } from './stages.js'
import type { Attempt, StageRun } from './types.js'

export interface StageEvent {
  stage: string
  kind: StageRun['kind']
  target: string
  /** Glue's attempt number (0 = first run, 1 = first retry, ...). */
  attempt: number
  state: string
  /** When it happened: the attempt's end for a final state, its start otherwise (else when it was seen). */
  at: Date
  startedOn?: Date
  errorMessage?: string
  /** For a retry seen for the first time: the attempt before it, whose failure is only now known not to be final. */
  retryOf?: { attempt: number; state: string; errorMessage?: string }
}

/** Events for attempts that are new or whose state changed since `before` (undefined: nothing seen yet). */
export function stageTransitions(before: StageRun[] | undefined, after: StageRun[], seenAt: Date): StageEvent[] {
  return after.flatMap((stage) => {
    const previous = before?.find((s) => s.stage === stage.stage)?.attempts ?? []
    return stage.attempts
      .filter((attempt) => previous.find((p) => sameAttempt(p, attempt))?.state !== attempt.state)
      .map((attempt) => {
        const event = toEvent(stage, attempt, seenAt)
        const index = stage.attempts.indexOf(attempt)
        const before = index > 0 ? stage.attempts[index - 1] : undefined
        const isNew = !previous.some((p) => sameAttempt(p, attempt))
        if (!before || !isNew) return event
        return {
          ...event,
          retryOf: {
            attempt: before.attempt,
            state: before.state,
            ...(before.errorMessage ? { errorMessage: before.errorMessage } : {})
          }
        }
      })
  })
}

function sameAttempt(a: Attempt, b: Attempt): boolean {
  return a.id !== undefined && b.id !== undefined ? a.id === b.id : a.attempt === b.attempt
}

function toEvent(stage: StageRun, attempt: Attempt, seenAt: Date): StageEvent {
  const final = isTerminalAttempt(stage.kind, attempt.state)
  const at = (final ? attempt.completedOn : attempt.startedOn) ?? seenAt
  return {
    stage: stage.stage,
    kind: stage.kind,
    target: stage.target,
    attempt: attempt.attempt,
    state: attempt.state,
    at,
    ...(attempt.startedOn ? { startedOn: attempt.startedOn } : {}),
    ...(attempt.errorMessage && attempt.state !== 'SUCCEEDED' ? { errorMessage: attempt.errorMessage } : {})
  }
}

/**
 * "12:00:05Z silver (job mc-silver) attempt 1 FAILED after 4.1 s", one line. Glue's error of a failed attempt is not
 * repeated here: it is printed once, in the stage's annotation at the end, or, when Glue retries the stage, on the
 * retry's line ("attempt 2 RUNNING (retry after attempt 1 FAILED: error)"), the first moment it is known not to be
 * the stage's last word.
 */
export function formatStageEvent(event: StageEvent): string {
  const took =
    event.startedOn && isTerminalAttempt(event.kind, event.state)
      ? ` after ${duration(Math.max(0, event.at.getTime() - event.startedOn.getTime()) / 1000)}`
      : ''
  const retry = event.retryOf
    ? ` (retry after attempt ${event.retryOf.attempt + 1} ${event.retryOf.state}${event.retryOf.errorMessage ? `: ${oneLine(event.retryOf.errorMessage, 300)}` : ''})`
    : ''
  return `${clock(event.at)} ${event.stage} (${event.kind} ${event.target}) attempt ${event.attempt + 1} ${event.state}${took}${retry}`
}
