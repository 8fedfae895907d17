/** What exists in Glue, read from GetWorkflow with its graph (which carries every trigger of the workflow). Pure. */
import type { Trigger, Workflow } from '@aws-sdk/client-glue'
import type { DesiredState } from './plan.js'
import { PROVENANCE_TAGS } from '../pipeline/reservedTags.js'

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

/**
 * The workflow with these triggers of it added to its graph: triggers Glue has (BatchGetTriggers says they belong to
 * this workflow) that its graph does not show yet.
 */
export function withTriggers(workflow: Workflow, triggers: Trigger[]): Workflow {
  const shown = new Set(triggersOf(workflow).map((t) => t.Name))
  const extra = triggers
    .filter((t) => t.Name && !shown.has(t.Name))
    .map((t) => ({ Type: 'TRIGGER' as const, Name: t.Name, TriggerDetails: { Trigger: t } }))
  if (extra.length === 0) return workflow
  return { ...workflow, Graph: { ...workflow.Graph, Nodes: [...(workflow.Graph?.Nodes ?? []), ...extra] } }
}

/**
 * Everything a plan is made from, as one text: the workflow's settings, its triggers (definitions and states) and its
 * tags but provenance. Two readings with the same basis show Glue unchanged in between.
 */
export function basisOf(existing: ExistingState): string {
  const w = existing.workflow
  const provenance = new Set<string>(PROVENANCE_TAGS)
  const triggers = triggersOf(w)
    .map((t) => ({
      Name: t.Name,
      Type: t.Type,
      State: t.State,
      Description: t.Description,
      Schedule: t.Schedule,
      Predicate: t.Predicate,
      Actions: t.Actions,
      EventBatchingCondition: t.EventBatchingCondition
    }))
    .sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''))
  const tags = Object.entries(existing.workflowTags)
    .filter(([k]) => !provenance.has(k))
    .sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify({
    workflow: w ? [w.Description ?? '', w.DefaultRunProperties ?? {}, w.MaxConcurrentRuns ?? null] : null,
    triggers,
    tags,
    strays: [...existing.strayOwnership].sort()
  })
}
