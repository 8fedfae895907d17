/** What exists in Glue, read from GetWorkflow with its graph (which carries every trigger of the workflow). Pure. */
import type { Trigger, Workflow } from '@aws-sdk/client-glue'
import type { DesiredState } from './plan.js'

export interface ExistingState {
  /** Undefined when the workflow does not exist. */
  workflow?: Workflow
  /** Tags of the workflow ({} when it does not exist). */
  workflowTags: Record<string, string>
  /** Whether each trigger of the workflow that the inputs no longer have is owned by this action. */
  strayOwnership: Map<string, boolean>
}

/** Every trigger of the workflow, from its static graph. */
export function triggersOf(workflow: Workflow | undefined): Trigger[] {
  const nodes = workflow?.Graph?.Nodes ?? []
  return nodes.filter((n) => n.Type === 'TRIGGER' && n.TriggerDetails?.Trigger).map((n) => n.TriggerDetails!.Trigger!)
}

/** Triggers in the workflow that the desired state does not have: candidates for deletion, if this action owns them. */
export function strayTriggers(desired: DesiredState, workflow: Workflow | undefined): string[] {
  const wanted = new Set(desired.triggers.map((t) => t.name))
  return triggersOf(workflow)
    .map((t) => t.Name!)
    .filter((name) => !wanted.has(name))
}
