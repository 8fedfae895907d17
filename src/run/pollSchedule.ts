/**
 * When to poll a run next. Polling starts at the fast interval and backs off in proportion to how long the run has
 * been quiet (nothing changed), up to the longest interval; any change resets it to the fast interval. Jitter keeps
 * many parallel CI jobs from polling Glue in lockstep. Pure: time and randomness come in as arguments.
 *
 * Why proportional: the next poll comes after about 30% of the quiet time, so a run that ends is noticed within a
 * small fraction of how long it had been quiet — about a second for runs of ten seconds — while a long quiet stage
 * settles at the longest interval (2 calls per minute at 30 s).
 */

export interface PollSchedule {
  /** The fast interval: the first poll, and the first one after every change. */
  minMs: number
  /** The longest interval between two polls. */
  maxMs: number
  /** Interval as a fraction of the quiet time. */
  growth: number
  /** ± fraction of random spread around the interval. */
  jitter: number
}

export const GROWTH = 0.3
export const JITTER = 0.2

export function pollSchedule(pollIntervalSeconds: number, maxPollIntervalSeconds: number): PollSchedule {
  return { minMs: pollIntervalSeconds * 1000, maxMs: maxPollIntervalSeconds * 1000, growth: GROWTH, jitter: JITTER }
}

/**
 * Milliseconds to wait before the next poll.
 * @param quietMs how long nothing has changed in the run (0 right after a change or at the start)
 * @param remainingMs time left until the deadline: the wait never goes past it
 * @param random a number in [0, 1)
 */
export function nextPollDelay(schedule: PollSchedule, quietMs: number, remainingMs: number, random: number): number {
  const base = Math.min(schedule.maxMs, Math.max(schedule.minMs, schedule.growth * Math.max(0, quietMs)))
  const jittered = base * (1 - schedule.jitter + 2 * schedule.jitter * random)
  return Math.round(Math.max(0, Math.min(jittered, remainingMs)))
}
