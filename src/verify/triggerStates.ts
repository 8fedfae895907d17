/**
 * Triggers Glue is still working on, or that do not fire: reported as such, never as miswired. A trigger in a
 * transient state (CREATING, ACTIVATING, UPDATING, DEACTIVATING, DELETING) is a notice: its wiring is what it will be,
 * Glue has just not finished (a deploy in progress). When a stage never ran, its trigger's state is the reason given
 * (checkRun). Pure.
 */
import { TRANSIENT_TRIGGER_STATES } from '../aws/glueStates.js'
import type { GraphTrigger } from '../run/graphTriggers.js'
import { oneLine } from '../text.js'

/** Why a trigger in this state starts nothing, or undefined when it can fire. */
export function triggerStateProblem(trigger: Pick<GraphTrigger, 'name' | 'type' | 'state'>): string | undefined {
  const name = `trigger '${oneLine(trigger.name, 120)}'`
  if (TRANSIENT_TRIGGER_STATES.has(trigger.state)) {
    return `${name} is ${trigger.state}: Glue is still working on it (a deploy in progress?)`
  }
  const mustBeActive = trigger.type === 'CONDITIONAL' || trigger.type === 'SCHEDULED'
  if (mustBeActive && (trigger.state === 'CREATED' || trigger.state === 'DEACTIVATED')) {
    return `${name} is ${trigger.state}: a ${trigger.type} trigger fires only when ACTIVATED`
  }
  return undefined
}

/** One notice per trigger (by name) in a transient state, in the order given. */
export function triggerStateNotices(triggers: GraphTrigger[]): string[] {
  const seen = new Set<string>()
  const notices: string[] = []
  for (const trigger of triggers) {
    if (seen.has(trigger.name) || !TRANSIENT_TRIGGER_STATES.has(trigger.state)) continue
    seen.add(trigger.name)
    notices.push(triggerStateProblem(trigger)!)
  }
  return notices
}
