/**
 * A plan's writes in phases, and what Glue must have finished after them. Glue refuses a write on a trigger it is
 * still working on, and keeps a deleted trigger's name until the trigger is gone: so a second write to one trigger
 * (UpdateTrigger then StartTrigger; DeleteTrigger then CreateTrigger when its type changes) starts a new phase, after
 * a wait until that trigger rests (or its name is free). Pure.
 */
import type { DesiredState } from './plan.js'
import type { Write } from './diff.js'
import type { SettleGoal } from './settle.js'

export interface Phase {
  /** What to wait for before this phase's writes (undefined: nothing, the first phase). */
  waitFor?: SettleGoal
  writes: Write[]
}

/** The trigger a write acts on (tags aside: Glue tags a trigger whatever its state). */
export function triggerOf(write: Write): string | undefined {
  switch (write.op) {
    case 'CreateTrigger':
      return write.request.Name
    case 'UpdateTrigger':
    case 'StartTrigger':
    case 'DeleteTrigger':
      return write.name
    default:
      return undefined
  }
}

export function phasesOf(writes: Write[]): Phase[] {
  const phases: Phase[] = [{ writes: [] }]
  let touched = new Set<string>()
  for (const write of writes) {
    const name = triggerOf(write)
    if (name !== undefined && touched.has(name)) {
      const free = write.op === 'CreateTrigger' ? [name] : []
      phases.push({ waitFor: { expect: [], written: [], gone: [], free, scope: [name] }, writes: [] })
      touched = new Set()
    }
    if (name !== undefined) touched.add(name)
    phases[phases.length - 1].writes.push(write)
  }
  return phases.filter((p) => p.writes.length > 0)
}

/**
 * Done after these writes: every desired trigger shows in the workflow, resting in its planned state (ACTIVATED for
 * SCHEDULED and CONDITIONAL, CREATED for ON_DEMAND and EVENT); the triggers deleted for good are gone; nothing else
 * of the workflow is in a transient state.
 */
export function goalAfterWrites(desired: DesiredState, written: Write[]): SettleGoal {
  const wanted = new Set(desired.triggers.map((t) => t.name))
  const names = written.map(triggerOf).filter((n): n is string => n !== undefined)
  return {
    expect: desired.triggers.map((t) => ({
      name: t.name,
      state: t.activated ? 'ACTIVATED' : 'CREATED',
      type: t.type
    })),
    written: [...new Set(names)],
    gone: written.filter((w) => w.op === 'DeleteTrigger' && !wanted.has(w.name)).map((w) => triggerOf(w)!),
    free: []
  }
}
