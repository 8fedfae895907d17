/** Reads what exists in as few Glue calls as possible: GetWorkflow with its graph, then GetTags where needed. */
import type { GlueGateway, Workflow } from '../aws/glue.js'
import type { DesiredState } from './plan.js'
import { strayTriggers, type ExistingState } from './existing.js'
import { isOwned } from '../pipeline/reservedTags.js'

export interface ReadOptions {
  arnOf: (kind: 'workflow' | 'trigger', name: string) => string
  /** The GetWorkflow read, when the caller started it already (e.g. alongside other reads); else it is sent here. */
  workflow?: Promise<Workflow | undefined>
}

export async function readExisting(
  gateway: GlueGateway,
  desired: DesiredState,
  options: ReadOptions
): Promise<ExistingState> {
  const workflow = await (options.workflow ?? gateway.getWorkflow(desired.workflow.name, true))
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
