import { invalidInput } from '../protocol/glue-error.js'
import type { TriggerRecord } from '../state/types.js'

/** States a trigger rests in; every other TriggerState is a transition in progress. */
export const STABLE_TRIGGER_STATES = ['CREATED', 'ACTIVATED', 'DEACTIVATED'] as const

/** Transitions in progress (glue-local shows them for `--trigger-transition-ms` / `--trigger-delete-ms`). */
export const TRANSIENT_TRIGGER_STATES = ['CREATING', 'ACTIVATING', 'DEACTIVATING', 'UPDATING', 'DELETING'] as const

export function isTransientTriggerState(state: string): boolean {
  return (TRANSIENT_TRIGGER_STATES as readonly string[]).includes(state)
}

/**
 * A write (UpdateTrigger, StartTrigger, StopTrigger, DeleteTrigger) on a trigger in a transient state is refused with
 * InvalidInputException and the text Glue answers for StopTrigger on a CREATED trigger (see the README for why).
 */
export function notAllowedInState(state: string) {
  return invalidInput(`The operation is not allowed when trigger is in state: ${state}`)
}

export function assertTriggerWritable(trigger: TriggerRecord): void {
  if (isTransientTriggerState(trigger.State)) throw notAllowedInState(trigger.State)
}

/** A copy of the trigger without the simulator's bookkeeping (for frozen run triggers and graph snapshots). */
export function definitionOnly(trigger: TriggerRecord): TriggerRecord {
  const copy = structuredClone(trigger)
  delete copy.simSteps
  return copy
}
