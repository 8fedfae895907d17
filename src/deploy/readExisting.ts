/** Reads what exists in as few Glue calls as possible: GetWorkflow with its graph, then GetTags where needed. */
import type { GlueGateway, Workflow } from '../aws/glue.js'
import type { DesiredState } from './plan.js'
import { strayTriggers, triggersOf, type ExistingState } from './existing.js'
import type { Reading } from './waitForGlue.js'
import { isOwned } from '../pipeline/reservedTags.js'

export interface ReadOptions {
  arnOf: (kind: 'workflow' | 'trigger', name: string) => string
}

/**
 * GetWorkflow with its graph, and, for `free` names, the triggers holding them (BatchGetTriggers), at once. `sent` is
 * a GetWorkflow the caller started already (the first reads of a deploy go out before its code loads).
 */
export async function readGlue(
  gateway: GlueGateway,
  workflowName: string,
  free: string[] = [],
  sent?: Promise<Workflow | undefined>
): Promise<Reading> {
  const [workflow, holding] = await Promise.all([
    sent ?? gateway.getWorkflow(workflowName, true),
    free.length > 0 ? gateway.getTriggersByName(free) : undefined
  ])
  return { ...(workflow ? { workflow } : {}), triggers: triggersOf(workflow), ...(holding ? { holding } : {}) }
}

/** What exists, from a reading of the workflow: its tags and the ownership of its stray triggers (GetTags). */
export async function readExisting(
  gateway: GlueGateway,
  desired: DesiredState,
  reading: Reading,
  options: ReadOptions
): Promise<ExistingState> {
  const workflow = reading.workflow
  if (!workflow) return { workflowTags: {}, strayOwnership: new Map() }
  const strays = strayTriggers(desired, workflow)
  const [workflowTags, ...strayTags] = await Promise.all([
    gateway.getTags(options.arnOf('workflow', desired.workflow.name)),
    ...strays.map((name) => gateway.getTags(options.arnOf('trigger', name)))
  ])
  return {
    workflow,
    // A resource deleted between the two reads has no tags (and is not ours).
    workflowTags: workflowTags ?? {},
    strayOwnership: new Map(strays.map((name, i) => [name, isOwned(strayTags[i] ?? {})]))
  }
}
