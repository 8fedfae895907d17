/**
 * The plan: what deploy will do to make Glue match the desired state, as human-readable entries and as the exact
 * ordered list of write calls. Pure: the same inputs always give the same plan, and no writes means a no-op deploy.
 */
import type {
  Action,
  CreateTriggerRequest,
  CreateWorkflowRequest,
  Predicate,
  Trigger,
  TriggerUpdate,
  UpdateWorkflowRequest
} from '@aws-sdk/client-glue'
import type { DesiredState, DesiredTrigger, DesiredWorkflow } from './plan.js'
import { triggersOf, type ExistingState } from './existing.js'
import { diffTags } from './tags.js'
import type { FieldChange } from './planFields.js'
import { oneLine } from '../text.js'

export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged' | 'keep'

export interface PlanEntry {
  resource: 'workflow' | 'trigger'
  name: string
  action: PlanAction
  /** What changes, one short phrase each (empty for create/unchanged). */
  changes: string[]
  /** Each field that changes, with its value before and after (planFields.ts; set by the deploy mode). */
  fields?: FieldChange[]
}

export type Write =
  | { op: 'CreateWorkflow'; request: CreateWorkflowRequest }
  | { op: 'UpdateWorkflow'; request: UpdateWorkflowRequest }
  | { op: 'CreateTrigger'; request: CreateTriggerRequest }
  | { op: 'UpdateTrigger'; name: string; update: TriggerUpdate }
  | { op: 'StartTrigger'; name: string }
  | { op: 'DeleteTrigger'; name: string }
  | { op: 'TagResource'; arn: string; tags: Record<string, string> }
  | { op: 'UntagResource'; arn: string; keys: string[] }

export interface Plan {
  entries: PlanEntry[]
  writes: Write[]
}

export interface PlanContext {
  /** ARN of a workflow or trigger by name. */
  arnOf: (kind: 'workflow' | 'trigger', name: string) => string
  /** Tags to write on create/change (user tags + ownership + provenance). */
  tags: Record<string, string>
}

/** The job run timeout (minutes) Glue may report for an action that sets none. */
export const GLUE_DEFAULT_TIMEOUT = 2880

export function diffResources(desired: DesiredState, existing: ExistingState, ctx: PlanContext): Plan {
  const entries: PlanEntry[] = []
  const writes: Write[] = []
  const tagChange = diffTags(ctx.tags, existing.workflowTags)
  const tagPhrases = describeTagChange(tagChange)
  const tagWrites = (arn: string): Write[] => [
    ...(Object.keys(tagChange.add).length > 0 ? [{ op: 'TagResource' as const, arn, tags: tagChange.add }] : []),
    ...(tagChange.remove.length > 0 ? [{ op: 'UntagResource' as const, arn, keys: tagChange.remove }] : [])
  ]

  // 1. The workflow.
  if (!existing.workflow) {
    entries.push({ resource: 'workflow', name: desired.workflow.name, action: 'create', changes: [] })
    writes.push({ op: 'CreateWorkflow', request: createWorkflowRequest(desired.workflow, ctx.tags) })
  } else {
    const changes = workflowChanges(desired.workflow, existing.workflow)
    if (changes.length > 0) writes.push({ op: 'UpdateWorkflow', request: updateWorkflowRequest(desired.workflow) })
    const all = [...changes, ...tagPhrases]
    entries.push({
      resource: 'workflow',
      name: desired.workflow.name,
      action: all.length ? 'update' : 'unchanged',
      changes: all
    })
  }

  // 2. Deletions first: triggers this action owns that the inputs no longer have, and triggers whose type changed.
  const current = new Map(triggersOf(existing.workflow).map((t) => [t.Name!, t]))
  for (const [name, owned] of existing.strayOwnership) {
    if (owned) {
      entries.push({ resource: 'trigger', name, action: 'delete', changes: ['no longer in the inputs'] })
      writes.push({ op: 'DeleteTrigger', name })
    } else {
      entries.push({ resource: 'trigger', name, action: 'keep', changes: ['not managed by this action: left alone'] })
    }
  }
  const replaced = desired.triggers.filter((t) => {
    const found = current.get(t.name)
    return found !== undefined && found.Type !== t.type
  })
  for (const t of replaced) writes.push({ op: 'DeleteTrigger', name: t.name })

  // 3. Triggers in dependency order: start trigger, then each stage after the stages it waits for.
  for (const want of desired.triggers) {
    const found = current.get(want.name)
    if (!found || found.Type !== want.type) {
      const action = found ? 'replace' : 'create'
      const changes = found ? [`type ${found.Type} → ${want.type} (Glue cannot change a trigger's type)`] : []
      entries.push({ resource: 'trigger', name: want.name, action, changes })
      writes.push({ op: 'CreateTrigger', request: createTriggerRequest(desired.workflow.name, want, ctx.tags) })
      continue
    }
    const changes = triggerChanges(want, found)
    if (changes.length > 0) writes.push({ op: 'UpdateTrigger', name: want.name, update: triggerUpdate(want) })
    const needsActivation = want.activated && found.State !== 'ACTIVATED' && found.State !== 'ACTIVATING'
    if (needsActivation) {
      changes.push(`activate (${found.State ?? 'no state'} → ACTIVATED)`)
      writes.push({ op: 'StartTrigger', name: want.name })
    }
    writes.push(...tagWrites(ctx.arnOf('trigger', want.name)))
    const all = [...changes, ...tagPhrases]
    entries.push({ resource: 'trigger', name: want.name, action: all.length ? 'update' : 'unchanged', changes: all })
  }

  // 4. The workflow's own tags last: they mark the tag change as done. Trigger tags are not read (that would cost a
  // call per trigger on every deploy); they are planned from the workflow's tags instead. So if a deploy stops before
  // this point (killed, or failed), the workflow still shows the old tags and the next deploy tags every trigger again.
  if (existing.workflow) writes.push(...tagWrites(ctx.arnOf('workflow', desired.workflow.name)))
  return { entries, writes }
}

function createWorkflowRequest(w: DesiredWorkflow, tags: Record<string, string>): CreateWorkflowRequest {
  return {
    Name: w.name,
    ...(w.description ? { Description: w.description } : {}),
    ...(Object.keys(w.defaultRunProperties).length ? { DefaultRunProperties: w.defaultRunProperties } : {}),
    ...(w.maxConcurrentRuns === undefined ? {} : { MaxConcurrentRuns: w.maxConcurrentRuns }),
    Tags: tags
  }
}

function updateWorkflowRequest(w: DesiredWorkflow): UpdateWorkflowRequest {
  return {
    Name: w.name,
    Description: w.description,
    DefaultRunProperties: w.defaultRunProperties,
    ...(w.maxConcurrentRuns === undefined ? {} : { MaxConcurrentRuns: w.maxConcurrentRuns })
  }
}

function workflowChanges(want: DesiredWorkflow, found: NonNullable<ExistingState['workflow']>): string[] {
  const changes: string[] = []
  if (want.description !== (found.Description ?? '')) {
    changes.push(`description ${quoted(found.Description ?? '')} → ${quoted(want.description)}`)
  }
  if (!sameMap(want.defaultRunProperties, found.DefaultRunProperties ?? {})) changes.push('default run properties')
  if (want.maxConcurrentRuns !== undefined && want.maxConcurrentRuns !== found.MaxConcurrentRuns) {
    changes.push(`max concurrent runs ${found.MaxConcurrentRuns ?? 'unlimited'} → ${want.maxConcurrentRuns}`)
  }
  return changes
}

function createTriggerRequest(
  workflowName: string,
  t: DesiredTrigger,
  tags: Record<string, string>
): CreateTriggerRequest {
  return {
    Name: t.name,
    WorkflowName: workflowName,
    Type: t.type,
    Description: t.description,
    ...(t.schedule ? { Schedule: t.schedule } : {}),
    ...(t.predicate ? { Predicate: t.predicate } : {}),
    Actions: t.actions,
    ...(t.eventBatchingCondition ? { EventBatchingCondition: t.eventBatchingCondition } : {}),
    // Activates SCHEDULED and CONDITIONAL triggers; never set for ON_DEMAND (Glue refuses) or EVENT.
    ...(t.activated ? { StartOnCreation: true } : {}),
    Tags: tags
  }
}

/** UpdateTrigger replaces the whole definition, so it always carries every field. */
function triggerUpdate(t: DesiredTrigger): TriggerUpdate {
  return {
    Description: t.description,
    Actions: t.actions,
    ...(t.schedule ? { Schedule: t.schedule } : {}),
    ...(t.predicate ? { Predicate: t.predicate } : {}),
    ...(t.eventBatchingCondition ? { EventBatchingCondition: t.eventBatchingCondition } : {})
  }
}

function triggerChanges(want: DesiredTrigger, found: Trigger): string[] {
  const changes: string[] = []
  if (want.description !== (found.Description ?? '')) changes.push('description')
  if ((want.schedule ?? '') !== (found.Schedule ?? ''))
    changes.push(`schedule ${found.Schedule ?? 'none'} → ${want.schedule}`)
  const wantWaits = describePredicate(want.predicate)
  const foundWaits = describePredicate(found.Predicate)
  if (wantWaits !== foundWaits) changes.push(`waits for ${foundWaits || 'nothing'} → ${wantWaits || 'nothing'}`)
  const wantActions = describeActions(want.actions)
  if (wantActions !== describeActions(found.Actions ?? [], want.actions)) changes.push(`starts ${wantActions}`)
  const wantBatch = JSON.stringify(want.eventBatchingCondition ?? null)
  const foundBatch = JSON.stringify(found.EventBatchingCondition ?? null)
  if (want.type === 'EVENT' && wantBatch !== foundBatch) changes.push('event batching')
  return changes
}

/** A canonical text of a predicate: logic and sorted conditions, e.g. "all of job:a=SUCCEEDED, job:b=SUCCEEDED". */
export function describePredicate(p: Predicate | undefined): string {
  const conditions = (p?.Conditions ?? [])
    .map((c) => (c.CrawlerName ? `crawler:${c.CrawlerName}=${c.CrawlState}` : `job:${c.JobName}=${c.State}`))
    .sort()
  if (conditions.length === 0) return ''
  return `${p?.Logical === 'ANY' ? 'any' : 'all'} of ${conditions.join(', ')}`
}

/**
 * A canonical text of actions. When `reference` (the desired actions) sets no timeout for a job, a found timeout equal
 * to Glue's default counts as unset, since Glue may report its default.
 */
function describeActions(actions: Action[], reference?: Action[]): string {
  return actions
    .map((a) => {
      const ref = reference?.find((r) => r.JobName === a.JobName && r.CrawlerName === a.CrawlerName)
      const timeout = a.Timeout === GLUE_DEFAULT_TIMEOUT && ref && ref.Timeout === undefined ? undefined : a.Timeout
      const args = Object.entries(a.Arguments ?? {}).sort(([x], [y]) => x.localeCompare(y))
      const target = a.CrawlerName ? `crawler:${a.CrawlerName}` : `job:${a.JobName}`
      return `${target}${args.length ? ` ${JSON.stringify(args)}` : ''}${timeout ? ` timeout ${timeout}m` : ''}`
    })
    .sort()
    .join(', ')
}

function describeTagChange(change: { add: Record<string, string>; remove: string[] }): string[] {
  const hidden = (k: string) => k.startsWith('glue-workflow-action:') && k !== 'glue-workflow-action:managed-by'
  const added = Object.keys(change.add).filter((k) => !hidden(k))
  const phrases: string[] = []
  if (added.length) phrases.push(`tags set: ${added.join(', ')}`)
  if (change.remove.length) phrases.push(`tags removed: ${change.remove.join(', ')}`)
  return phrases
}

/** A short quoted value for a change phrase ('' shown as empty). */
function quoted(text: string): string {
  return text === '' ? 'empty' : `'${oneLine(text, 40)}'`
}

function sameMap(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}
