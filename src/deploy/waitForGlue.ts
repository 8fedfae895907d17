/**
 * Waits until Glue has finished with the workflow's triggers (settle.ts decides from each reading), within a bound.
 * Reading, clock and sleep are injected: tests run it on a fake clock.
 */
import type { Workflow } from '@aws-sdk/client-glue'
import { TRANSIENT_TRIGGER_STATES } from '../aws/glueStates.js'
import { DeployError } from './errors.js'
import { judgeSettle, settleDelayMs, SETTLE_TIMEOUT_MS, type GlueReading, type SettleGoal } from './settle.js'

/** One reading of Glue: the workflow with its graph (undefined when it does not exist), its triggers, the holders. */
export interface Reading extends GlueReading {
  workflow?: Workflow
  /** After a wait: every trigger seen busy (in a transient state) during it, with the state. */
  seenBusy?: { name: string; state: string }[]
}

export interface WaitDeps {
  /** GetWorkflow with its graph, plus BatchGetTriggers of `free` when it is not empty. */
  read(free: string[]): Promise<Reading>
  /** Epoch milliseconds. */
  now(): number
  sleep(ms: number): Promise<void>
  info(message: string): void
}

export interface WaitOptions {
  /** A reading just made (no call needed when it already shows Glue done). */
  first?: Reading
  /** Give Glue a moment before the first reading (right after writes: it has only just started). */
  pause?: boolean
  timeoutMs?: number
}

/** Returns the reading that showed Glue done; throws a DeployError naming what Glue is still doing at the bound. */
export async function waitForGlue(goal: SettleGoal, deps: WaitDeps, options: WaitOptions = {}): Promise<Reading> {
  const timeoutMs = options.timeoutMs ?? SETTLE_TIMEOUT_MS
  const started = deps.now()
  let readings = 0
  let reading = options.first
  let said = ''
  const seenBusy = new Map<string, string>()
  const done = (last: Reading): Reading => ({
    ...last,
    seenBusy: [...seenBusy].map(([name, state]) => ({ name, state }))
  })
  if (reading === undefined && options.pause) await deps.sleep(settleDelayMs(++readings))
  for (;;) {
    reading ??= await deps.read(goal.free)
    // A workflow that is gone has nothing to wait for: the next plan creates it again.
    if (reading.workflow === undefined) return done(reading)
    for (const t of reading.triggers) {
      if (t.Name && TRANSIENT_TRIGGER_STATES.has(t.State ?? '')) seenBusy.set(t.Name, t.State!)
    }
    const judgement = judgeSettle(goal, reading, deps.now() - started)
    if (judgement.done) {
      if (said) deps.info(`Glue is done (after ${seconds(deps.now() - started)})`)
      return done(reading)
    }
    const elapsed = deps.now() - started
    if (elapsed >= timeoutMs) {
      throw new DeployError(
        `Glue did not finish within ${seconds(timeoutMs)}: ${judgement.message.replace(/^waiting for Glue: /, '')}; ` +
          'run the deploy again once Glue is done'
      )
    }
    if (judgement.message !== said) deps.info(judgement.message)
    said = judgement.message
    await deps.sleep(Math.min(settleDelayMs(++readings), Math.max(0, timeoutMs - elapsed)))
    reading = undefined
  }
}

function seconds(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${(ms / 1000).toFixed(1)} s`
}
