/**
 * Who holds the trigger names a deploy wants. Glue trigger names are unique per account and region, whatever the
 * workflow, and a trigger being deleted keeps its name until it is gone: a name the deploy will create may be held by
 * a trigger of another workflow, of no workflow, or one still DELETING. Each name is classified once, from one
 * BatchGetTriggers answer, before the first write: free, ours (a trigger of this workflow), or taken, with its holder.
 * What to do with a taken name is a separate decision (today: fail with one line, 0 writes; a later `adopt` input can
 * take over a holder this action manages). Pure.
 */
import type { Trigger } from '@aws-sdk/client-glue'
import { OWNER_TAG, OWNER_VALUE, PROVENANCE_TAGS } from '../pipeline/reservedTags.js'
import { listing, oneLine } from '../text.js'

/** The trigger holding a name the deploy wants, as far as Glue tells. */
export interface Holder {
  /** The workflow of the holding trigger; undefined for a trigger in no workflow. */
  workflow?: string
  type?: string
  state?: string
  /** From the holder's tags: managed by this action (and from which repository), not managed, or unknown. */
  managedBy?: { thisAction: true; repository?: string } | { thisAction: false }
}

export type NameClaim =
  | { name: string; status: 'free' }
  /** A trigger of this workflow (the workflow graph may not show it yet, or any more). */
  | { name: string; status: 'ours'; trigger: Trigger }
  | { name: string; status: 'taken'; holder: Holder }

/** Classifies each wanted name from the triggers Glue found under those names (BatchGetTriggers). */
export function classifyTriggerNames(names: string[], workflowName: string, found: Trigger[]): NameClaim[] {
  const byName = new Map(found.filter((t) => t.Name).map((t) => [t.Name!, t]))
  return names.map((name): NameClaim => {
    const trigger = byName.get(name)
    if (!trigger) return { name, status: 'free' }
    if (trigger.WorkflowName === workflowName) return { name, status: 'ours', trigger }
    return {
      name,
      status: 'taken',
      holder: {
        ...(trigger.WorkflowName ? { workflow: trigger.WorkflowName } : {}),
        ...(trigger.Type ? { type: trigger.Type } : {}),
        ...(trigger.State ? { state: trigger.State } : {})
      }
    }
  })
}

/** Adds what the holder's tags say (undefined tags: the holder is gone, or its tags could not be read). */
export function withHolderTags(claim: NameClaim, tags: Record<string, string> | undefined): NameClaim {
  if (claim.status !== 'taken' || tags === undefined) return claim
  const repository = tags[PROVENANCE_TAGS[0]]
  const managedBy: Holder['managedBy'] =
    tags[OWNER_TAG] === OWNER_VALUE
      ? { thisAction: true, ...(repository ? { repository } : {}) }
      : { thisAction: false }
  return { ...claim, holder: { ...claim.holder, managedBy } }
}

/** "trigger 'x' of workflow 'other' (not managed by this action)", and the like. */
export function describeHolder(holder: Holder): string {
  const where = holder.workflow
    ? `a trigger of workflow '${oneLine(holder.workflow, 100)}'`
    : 'a trigger in no workflow'
  const notes: string[] = []
  if (holder.state === 'DELETING') notes.push('being deleted: its name stays taken until Glue has removed it')
  if (holder.managedBy?.thisAction === false) notes.push('not managed by this action')
  if (holder.managedBy?.thisAction === true) {
    const from = holder.managedBy.repository ? ` from ${oneLine(holder.managedBy.repository, 100)}` : ''
    notes.push(`deployed by glue-workflow-action${from}`)
  }
  return notes.length > 0 ? `${where} (${notes.join('; ')})` : where
}

/**
 * The one line a deploy fails with when names it needs are taken: each name and its holder, and what to do. Every
 * name is listed, so one run tells the whole story.
 */
export function takenNamesMessage(workflowName: string, taken: { name: string; holder: Holder }[]): string {
  const items = taken.map((t) => `'${oneLine(t.name, 120)}' is held by ${describeHolder(t.holder)}`)
  const deleting = taken.every((t) => t.holder.state === 'DELETING')
  const advice = deleting
    ? 'run the deploy again once Glue has deleted it'
    : `trigger names come from workflow-name (${oneLine(workflowName, 100)}-start, ${oneLine(workflowName, 100)}-run-<stage>): choose another workflow-name, or delete or rename the holding trigger`
  const what = taken.length === 1 ? 'a trigger name' : `${taken.length} trigger names`
  return `Workflow ${oneLine(workflowName, 100)} needs ${what} that Glue already has: ${listing(items)}; ${advice}`
}
