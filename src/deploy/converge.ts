/**
 * Applies a plan, waits until Glue is done with it, then reads Glue again and re-plans, until Glue matches the inputs.
 * A round that changes nothing ends the deploy at once: when the plan after a clean apply is the plan before it and
 * Glue reads back exactly as before, Glue accepted writes it did not take, and writing them again would not help.
 * When Glue changed under the deploy (a conflicting write, or values nobody here wrote), it backs off for a jittered,
 * growing time before reading again, so that one of two concurrent deploys finishes whole and the other then applies
 * its own inputs over it, whole, instead of both interleaving writes. "Another deploy" is said only on evidence: a
 * ConcurrentModificationException, a trigger found busy although the deploy waited for Glue to rest, or the
 * provenance tags of another run. Time and randomness are injected.
 */
import { ConflictError, type Evidence } from './applyPlan.js'
import type { Plan, Write } from './diff.js'
import { DeployError } from './errors.js'
import { goalAfterWrites, phasesOf, triggerOf } from './phases.js'
import type { DesiredState } from './plan.js'
import { AT_REST, type SettleGoal } from './settle.js'
import type { Reading } from './waitForGlue.js'
import { describeWrite } from './report.js'
import { oneLine } from '../text.js'

/** Plan-apply rounds before giving up on a workflow that keeps changing under us. */
export const MAX_ROUNDS = 6

/** A plan, and what it was made from. */
export interface Planned {
  plan: Plan
  /** The Glue state the plan was made from, as text (existing.ts basisOf): equal bases, Glue unchanged. */
  basis: string
  /** The run-url provenance tag on the workflow when read. */
  runUrl?: string
}

/**
 * Writes Glue could accept and not carry out (an emulator that ignores an empty Description). A trigger created or
 * deleted cannot be "not taken": the same plan after those means another writer undid them.
 */
const MAY_BE_IGNORED: ReadonlySet<Write['op']> = new Set([
  'UpdateWorkflow',
  'UpdateTrigger',
  'StartTrigger',
  'TagResource',
  'UntagResource'
])

export interface ConvergeDeps {
  /** Carries out writes in order (recording each); throws ConflictError when Glue changed under it. */
  apply(writes: Write[], onWrite: (write: Write) => void): Promise<void>
  /** Reads Glue until `goal` is met (pause: give Glue a moment first); returns the last reading. */
  waitForGlue(goal: SettleGoal, pause: boolean): Promise<Reading>
  /** Plans what is left to write, from a reading (plus the tags it reads). */
  replan(reading: Reading): Promise<Planned>
  sleep(ms: number): Promise<void>
  /** A number in [0, 1). */
  random(): number
  info(message: string): void
  warn(message: string): void
}

export interface ConvergeContext {
  workflowName: string
  desired: DesiredState
  /** The run-url provenance tag this deploy writes (its own run). */
  ownRunUrl?: string
}

/** Wait before re-reading after round `round` found Glue changed: 0.5-1.5 × 0.5 s, 1 s, 2 s, ... up to 8 s. */
export function convergeBackoffMs(round: number, random: number): number {
  const base = Math.min(500 * 2 ** (round - 1), 8000)
  return Math.round(base * (0.5 + random))
}

export async function converge(ctx: ConvergeContext, first: Planned, deps: ConvergeDeps): Promise<void> {
  let current = first
  const evidence = new Map<string, Evidence>()
  const note = (e: Evidence) => evidence.set(e.text, e)
  for (let round = 1; ; round++) {
    const written: Write[] = []
    let conflict: ConflictError | undefined
    try {
      for (const phase of phasesOf(current.plan.writes)) {
        if (phase.waitFor) await deps.waitForGlue(phase.waitFor, true)
        await deps.apply(phase.writes, (write) => written.push(write))
      }
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error
      conflict = error
      if (error.evidence) note(error.evidence)
      deps.warn(`${error.message}; reading Glue again and re-planning`)
    }
    const goal = conflict ? AT_REST : goalAfterWrites(ctx.desired, written)
    const settled = await deps.waitForGlue(
      goal,
      written.some((w) => triggerOf(w) !== undefined)
    )
    // Glue busy with a trigger this round did not write: another writer at work.
    const mine = new Set(written.map(triggerOf))
    const others = (settled.seenBusy ?? []).filter((b) => !mine.has(b.name))
    for (const b of others) {
      note({
        text: `trigger ${oneLine(b.name, 100)} was ${b.state} although this deploy did not write it`,
        deploy: false
      })
    }
    const next = await deps.replan(settled)
    if (next.runUrl && next.runUrl !== first.runUrl && next.runUrl !== ctx.ownRunUrl) {
      note({ text: `the workflow's provenance tags name another run (${oneLine(next.runUrl, 200)})`, deploy: true })
    }
    if (next.plan.writes.length === 0) return
    if (
      !conflict &&
      others.length === 0 &&
      current.plan.writes.every((w) => MAY_BE_IGNORED.has(w.op)) &&
      sameWrites(next.plan, current.plan) &&
      next.basis === current.basis
    ) {
      throw new DeployError(notTakenMessage(ctx.workflowName, current.plan), next.plan.writes)
    }
    if (round === MAX_ROUNDS) {
      throw new DeployError(keptChangingMessage(ctx.workflowName, next.plan, evidence), next.plan.writes)
    }
    const waitMs = convergeBackoffMs(round, deps.random())
    deps.info(
      `Glue changed while deploying (${next.plan.writes.length} write${next.plan.writes.length === 1 ? '' : 's'} ` +
        `left${evidence.size > 0 ? `; ${[...evidence.keys()].join('; ')}` : ''}): reading again in ` +
        `${(waitMs / 1000).toFixed(1)} s (round ${round + 1})`
    )
    await deps.sleep(waitMs)
    current = await deps.replan(await deps.waitForGlue(AT_REST, false))
    if (current.plan.writes.length === 0) return
  }
}

function sameWrites(a: Plan, b: Plan): boolean {
  return JSON.stringify(a.writes) === JSON.stringify(b.writes)
}

/** Glue accepted the writes and reads back as before: name each resource and the fields it did not take. */
function notTakenMessage(workflowName: string, plan: Plan): string {
  const fields = plan.entries
    .filter((e) => e.action !== 'unchanged' && e.action !== 'keep')
    .map((e) => `${e.resource} ${oneLine(e.name, 100)}: ${e.changes.length ? e.changes.join('; ') : e.action}`)
  return (
    `Glue accepted the writes to workflow ${oneLine(workflowName, 100)} but did not take them: reading back shows ` +
    `${fields.join('; ') || plan.writes.map(describeWrite).join(', ')} unchanged, and nothing else changed Glue ` +
    'in between; writing the same again would not help (check what this Glue endpoint supports)'
  )
}

function keptChangingMessage(workflowName: string, plan: Plan, evidence: Map<string, Evidence>): string {
  const left = plan.writes.map(describeWrite)
  const shown = `${left.slice(0, 5).join(', ')}${left.length > 5 ? `, … ${left.length - 5} more` : ''}`
  const seen = [...evidence.values()]
  const head = `workflow ${oneLine(workflowName, 100)} kept changing during the deploy`
  const tail = `${left.length} writes left (${shown})`
  if (seen.some((e) => e.deploy)) {
    return (
      `${head}: another deploy is writing it at the same time (${seen.map((e) => e.text).join('; ')}); ${tail}; ` +
      'run the deploy again once the other one has finished'
    )
  }
  const why = seen.length > 0 ? ` (${seen.map((e) => e.text).join('; ')})` : ''
  return (
    `${head}: after ${MAX_ROUNDS} rounds Glue still differs from the inputs, with values this deploy did not write: ` +
    `something else changes it concurrently${why}; ${tail}; run the deploy again`
  )
}
