/**
 * When is Glue done? Glue accepts a trigger write and then works on it: CREATING, ACTIVATING, UPDATING, DEACTIVATING,
 * DELETING (a trigger being deleted keeps its name). Writing to a trigger in such a state is refused, a start trigger
 * still CREATING starts nothing, a conditional trigger not yet ACTIVATED does not fire. So a deploy waits, before its
 * writes when it finds Glue busy and after them, until the workflow's triggers rest, reading the workflow graph
 * (GetWorkflow with IncludeGraph: every trigger with its state, in one call). This module decides from one reading
 * whether Glue is done, and what it is still doing, in words; and when to read again. Pure.
 */
import type { Trigger } from '@aws-sdk/client-glue'
import { TRANSIENT_TRIGGER_STATES } from '../aws/glueStates.js'
import { oneLine } from '../text.js'

/** How long a deploy waits for Glue at most, in one wait (Terraform's aws_glue_trigger waits 5 minutes too). */
export const SETTLE_TIMEOUT_MS = 5 * 60_000

/**
 * How long a write may take to show: a trigger created but not yet in the graph, or written but resting in another
 * state than planned (Glue may pass through CREATED before ACTIVATED), is waited for this long at most. Past it, what
 * the graph shows is taken as Glue's answer (another writer may have changed the trigger) and the next plan decides.
 */
export const VISIBILITY_GRACE_MS = 10_000

/** What "done" means for one wait. */
export interface SettleGoal {
  /**
   * Triggers that must show in the workflow, resting in this state (the desired triggers after a deploy's writes);
   * with a type, a trigger of another type is someone else's doing, not Glue still working.
   */
  expect: { name: string; state: 'CREATED' | 'ACTIVATED'; type?: string }[]
  /**
   * Names written in this round: for them, resting in another state than expected is Glue not done yet (a trigger
   * created with StartOnCreation may rest in CREATED for a moment); for the others, the next plan decides.
   */
  written: string[]
  /** Names that must be gone from the workflow (deleted by this deploy). */
  gone: string[]
  /** Names that must be free in Glue (deleted by this deploy and about to be created again). */
  free: string[]
  /** Only these triggers must rest (not be in a transient state); undefined: every trigger of the workflow. */
  scope?: string[]
}

/** A goal that asks only that nothing is in progress (before writing). */
export const AT_REST: SettleGoal = { expect: [], written: [], gone: [], free: [] }

/** One reading: the workflow graph's triggers, and the triggers still holding the `free` names (BatchGetTriggers). */
export interface GlueReading {
  triggers: Trigger[]
  holding?: Trigger[]
}

export interface Busy {
  name: string
  /** What Glue is doing or has not done: a trigger state, or a phrase. */
  doing: string
}

export type Judgement = { done: true } | { done: false; busy: Busy[]; message: string }

/** Judges one reading, `elapsedMs` after the wait began (for the visibility grace). */
export function judgeSettle(goal: SettleGoal, reading: GlueReading, elapsedMs = 0): Judgement {
  const inGrace = elapsedMs < VISIBILITY_GRACE_MS
  const busy: Busy[] = []
  const seen = new Map(reading.triggers.filter((t) => t.Name).map((t) => [t.Name!, t]))
  const written = new Set(goal.written)
  const inScope = (name: string) => goal.scope === undefined || goal.scope.includes(name)
  for (const trigger of seen.values()) {
    if (TRANSIENT_TRIGGER_STATES.has(trigger.State ?? '') && inScope(trigger.Name!)) {
      busy.push({ name: trigger.Name!, doing: trigger.State! })
    }
  }
  for (const want of inGrace ? goal.expect : []) {
    const found = seen.get(want.name)
    if (!found) {
      if (written.has(want.name)) busy.push({ name: want.name, doing: 'not in the workflow yet' })
    } else if (
      written.has(want.name) &&
      !TRANSIENT_TRIGGER_STATES.has(found.State ?? '') &&
      found.State !== want.state &&
      (want.type === undefined || found.Type === want.type)
    ) {
      busy.push({ name: want.name, doing: `${found.State ?? 'no state'}, not yet ${want.state}` })
    }
  }
  const holding = new Map((reading.holding ?? []).filter((t) => t.Name).map((t) => [t.Name!, t]))
  for (const name of new Set([...goal.gone, ...goal.free])) {
    if (busy.some((b) => b.name === name)) continue
    const still = seen.get(name) ?? (goal.free.includes(name) ? holding.get(name) : undefined)
    // Being deleted: wait. Resting: the graph may lag behind the delete, or another writer made the trigger again.
    if (still && (TRANSIENT_TRIGGER_STATES.has(still.State ?? '') || inGrace)) {
      busy.push({ name, doing: `${still.State ?? 'still there'}, not yet deleted` })
    }
  }
  if (busy.length === 0) return { done: true }
  return { done: false, busy, message: `waiting for Glue: ${describeBusy(busy)}` }
}

/** "2 triggers ACTIVATING (a, b), 1 trigger DELETING (c)": grouped by what Glue is doing, in order of first sight. */
export function describeBusy(busy: Busy[]): string {
  const groups = new Map<string, string[]>()
  for (const b of busy) groups.set(b.doing, [...(groups.get(b.doing) ?? []), b.name])
  return [...groups]
    .map(([doing, names]) => {
      const shown = names.slice(0, 5).map((n) => oneLine(n, 80))
      const more = names.length > shown.length ? `, … ${names.length - shown.length} more` : ''
      return `${names.length} trigger${names.length === 1 ? '' : 's'} ${doing} (${shown.join(', ')}${more})`
    })
    .join(', ')
}

/** Delays between readings: 0.5 s, 1 s, 2 s, 4 s, 8 s, then every 10 s (a trigger takes seconds, a delete minutes). */
export function settleDelayMs(reading: number): number {
  return Math.min(500 * 2 ** Math.max(0, reading - 1), 10_000)
}
