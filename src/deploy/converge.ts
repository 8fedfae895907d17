/**
 * Applies a plan, then re-reads Glue and re-plans until Glue matches the inputs. When Glue changed under the deploy
 * (another deploy of the same workflow writing at the same time), it backs off for a jittered, growing time before
 * reading again, so that one of the two finishes whole and the other then applies its own inputs over it, whole,
 * instead of both interleaving writes until they give up and leave a mix. Time and randomness are injected.
 */
import { ConflictError } from './applyPlan.js'
import type { Plan, Write } from './diff.js'

/** Plan-apply rounds before giving up on a workflow that keeps changing under us. */
export const MAX_ROUNDS = 6

export interface ConvergeDeps {
  /** Carries out writes in order, calling onWrite after each; throws ConflictError when Glue changed under it. */
  apply(writes: Write[], onWrite: () => void): Promise<void>
  /** Reads Glue again and plans what is left to write. */
  replan(): Promise<Plan>
  sleep(ms: number): Promise<void>
  /** A number in [0, 1). */
  random(): number
  info(message: string): void
  warn(message: string): void
}

/** Wait before re-reading after round `round` found Glue changed: 0.5-1.5 × 0.5 s, 1 s, 2 s, ... up to 8 s. */
export function convergeBackoffMs(round: number, random: number): number {
  const base = Math.min(500 * 2 ** (round - 1), 8000)
  return Math.round(base * (0.5 + random))
}

/** Returns the number of writes made; throws when Glue still changed under the deploy after MAX_ROUNDS rounds. */
export async function converge(workflowName: string, first: Plan, deps: ConvergeDeps): Promise<number> {
  let plan = first
  let writes = 0
  for (let round = 1; ; round++) {
    try {
      await deps.apply(plan.writes, () => writes++)
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error
      deps.warn(`${error.message}; reading Glue again and re-planning`)
    }
    plan = await deps.replan()
    if (plan.writes.length === 0) return writes
    if (round === MAX_ROUNDS) break
    const waitMs = convergeBackoffMs(round, deps.random())
    deps.info(
      `Glue changed while deploying (${plan.writes.length} writes left; another deploy running?): ` +
        `reading again in ${(waitMs / 1000).toFixed(1)} s (round ${round + 1})`
    )
    await deps.sleep(waitMs)
    plan = await deps.replan()
    if (plan.writes.length === 0) return writes
  }
  throw new Error(
    `workflow ${workflowName} kept changing during the deploy (another deploy running at the same time?); ` +
      'run the deploy again once the other one has finished'
  )
}
