import type { GlueStore } from '../state/store.js'
import type { TriggerRecord } from '../state/types.js'
import type { Clock, TimerHandle } from '../util/clock.js'
import { resourceKey } from '../ops/tag-rules.js'
import type { GraphLag } from './graph-lag.js'
import type { SimulationDefaults } from './simulation.js'

/** Pseudo-state of the last step of a deletion: the trigger is removed. */
const DELETED = 'DELETED'

/** A transient state held for `ms` milliseconds. */
interface Hold {
  state: string
  ms: number
}

/**
 * Trigger states over time, on the injected clock. Each write puts the trigger in a transient state for a while:
 * CreateTrigger CREATING → CREATED (with StartOnCreation: CREATING → ACTIVATING → ACTIVATED), StartTrigger ACTIVATING →
 * ACTIVATED, StopTrigger DEACTIVATING → DEACTIVATED, UpdateTrigger UPDATING → the state it had, DeleteTrigger DELETING
 * → gone. Create/activate/deactivate/update last `triggerTransitionMs` each, delete `triggerDeleteMs`; 0 skips the
 * transient state. The planned steps are kept on the record (`simSteps`), so a state file carries them across restarts.
 */
export class TriggerLifecycle {
  private readonly timers = new Map<string, TimerHandle>()
  private closed = false

  constructor(
    private readonly store: GlueStore,
    private readonly simulation: () => SimulationDefaults,
    private readonly clock: Clock,
    private readonly graphLag: GraphLag
  ) {}

  private get state() {
    return this.store.state
  }

  /** Adds a new trigger (its State is set here) and starts its creation. */
  create(trigger: TriggerRecord, startOnCreation: boolean): void {
    const ms = this.simulation().triggerTransitionMs
    const holds: Hold[] = [{ state: 'CREATING', ms }]
    if (startOnCreation) holds.push({ state: 'ACTIVATING', ms })
    this.change(trigger.WorkflowName, () => {
      this.state.triggers[trigger.Name] = trigger
      this.plan(trigger, holds, startOnCreation ? 'ACTIVATED' : 'CREATED')
    })
  }

  /** StartTrigger on a SCHEDULED/CONDITIONAL trigger: ACTIVATING → ACTIVATED. */
  activate(trigger: TriggerRecord): void {
    this.transition(trigger, 'ACTIVATING', 'ACTIVATED', this.simulation().triggerTransitionMs)
  }

  /** StopTrigger: DEACTIVATING → DEACTIVATED. */
  deactivate(trigger: TriggerRecord): void {
    this.transition(trigger, 'DEACTIVATING', 'DEACTIVATED', this.simulation().triggerTransitionMs)
  }

  /** UpdateTrigger: the new definition replaces the old one now; UPDATING → the state the trigger had. */
  update(previous: TriggerRecord, updated: TriggerRecord): void {
    this.change(updated.WorkflowName, () => {
      this.state.triggers[updated.Name] = updated
      this.plan(updated, [{ state: 'UPDATING', ms: this.simulation().triggerTransitionMs }], previous.State)
    })
  }

  /** DeleteTrigger (and DeleteWorkflow's cascade): DELETING → gone; the name stays taken until then. */
  delete(trigger: TriggerRecord): void {
    this.transition(trigger, 'DELETING', DELETED, this.simulation().triggerDeleteMs)
  }

  /** Re-arms the timers of triggers that were in a transition when the state was saved. */
  restoreTimers(): void {
    for (const trigger of Object.values(this.state.triggers)) this.armNextStep(trigger)
  }

  /** Cancels every pending step timer (server close, or state reset). */
  cancelAll(): void {
    for (const timer of this.timers.values()) this.clock.clearTimer(timer)
    this.timers.clear()
  }

  close(): void {
    this.closed = true
    this.cancelAll()
  }

  private transition(trigger: TriggerRecord, transient: string, target: string, ms: number): void {
    this.change(trigger.WorkflowName, () => this.plan(trigger, [{ state: transient, ms }], target))
  }

  /**
   * Puts the trigger in the first transient state whose hold is not zero and plans the later steps; with nothing to
   * hold, the trigger reaches `target` at once.
   */
  private plan(trigger: TriggerRecord, holds: Hold[], target: string): void {
    let at = this.clock.now()
    let current: string | undefined
    const steps: { State: string; At: number }[] = []
    for (const hold of holds) {
      if (hold.ms <= 0) continue
      if (current === undefined) current = hold.state
      else steps.push({ State: hold.state, At: at })
      at += hold.ms
    }
    if (current === undefined) {
      this.clearTimer(trigger.Name)
      delete trigger.simSteps
      this.enter(trigger, target)
      return
    }
    steps.push({ State: target, At: at })
    trigger.State = current
    trigger.simSteps = steps
    this.armNextStep(trigger)
  }

  private armNextStep(trigger: TriggerRecord): void {
    this.clearTimer(trigger.Name)
    const next = trigger.simSteps?.[0]
    if (!next || this.closed) return
    const name = trigger.Name
    const timer = this.clock.setTimer(() => {
      this.timers.delete(name)
      this.step(name)
      this.store.changed()
    }, next.At - this.clock.now())
    this.timers.set(name, timer)
  }

  private step(name: string): void {
    const trigger = this.state.triggers[name]
    const next = trigger?.simSteps?.[0]
    if (!trigger || !next) return
    this.change(trigger.WorkflowName, () => {
      trigger.simSteps = trigger.simSteps!.slice(1)
      if (trigger.simSteps.length === 0) delete trigger.simSteps
      this.enter(trigger, next.State)
      if (this.state.triggers[name]) this.armNextStep(trigger)
    })
  }

  private enter(trigger: TriggerRecord, state: string): void {
    if (state !== DELETED) {
      trigger.State = state
      return
    }
    if (this.state.triggers[trigger.Name] === trigger) {
      delete this.state.triggers[trigger.Name]
      delete this.state.tags[resourceKey('trigger', trigger.Name)]
    }
  }

  private change(workflowName: string | undefined, apply: () => void): void {
    this.graphLag.beforeChange(workflowName)
    apply()
    this.graphLag.afterChange(workflowName)
  }

  private clearTimer(name: string): void {
    const timer = this.timers.get(name)
    if (timer) this.clock.clearTimer(timer)
    this.timers.delete(name)
  }
}
