/**
 * What a plan entry changes, field by field, with the value before and after, the way `terraform plan` shows it:
 * `--quality-checks: lax → strict`, `silver waits for bronze SUCCEEDED → bronze SUCCEEDED and catalog SUCCEEDED`.
 * Stages are named as in the `jobs` input; predicates and arguments read as text, never as JSON. A created resource
 * lists every field it gets (before: null); a deleted trigger every field it had (after: null). Pure.
 */
import type { Action, Predicate, Trigger, Workflow } from '@aws-sdk/client-glue'
import type { PipelineSpec } from '../pipeline/spec.js'
import { PROVENANCE_TAGS } from '../pipeline/reservedTags.js'
import { GLUE_DEFAULT_TIMEOUT, type Plan, type PlanEntry } from './diff.js'
import { triggersOf, type ExistingState } from './existing.js'
import type { DesiredState, DesiredTrigger, DesiredWorkflow } from './plan.js'

/**
 * Values of arguments and run properties whose names look like secrets are shown as this: a plan is also a
 * pull-request comment, which GitHub does not mask (a `${{ secrets.X }}` in `jobs` would be printed resolved).
 */
export const HIDDEN_VALUE = '(hidden)'
const SECRET_NAME = /pass(word|wd)?|secret|token|credential|api[-_]?key|private[-_]?key|auth/i

/** An argument (`--db-password`, `silver --db-password`) or run property whose name looks like a secret. */
function isSecret(field: string): boolean {
  const name = field.split(' ').at(-1) ?? ''
  // Tags are not secrets; every other field that names something is an argument or a run property.
  return !field.startsWith('tag ') && SECRET_NAME.test(name)
}

/** Compared as they are, shown hidden: `--db-password: (hidden) → (hidden, changed)`. */
function hideSecrets(f: FieldChange): FieldChange {
  if (!isSecret(f.field)) return f
  return {
    field: f.field,
    before: f.before === null ? null : HIDDEN_VALUE,
    after: f.after === null ? null : f.before === null ? HIDDEN_VALUE : `${HIDDEN_VALUE.slice(0, -1)}, changed)`
  }
}

/** One field of a resource that changes: its value before and after (null: not set, or no resource). */
export interface FieldChange {
  field: string
  before: string | null
  after: string | null
}

export interface FieldContext {
  desired: DesiredState
  existing: ExistingState
  /** The tags deploy writes (user tags + reserved ones), as given to diffResources. */
  tags: Record<string, string>
  /** The stages, to name jobs and crawlers by their stage. */
  pipeline: PipelineSpec
}

/** The plan with `fields` on every entry (empty for unchanged and kept resources). */
export function withFieldChanges(plan: Plan, ctx: FieldContext): Plan {
  const names = stageNames(ctx.pipeline)
  const found = new Map(triggersOf(ctx.existing.workflow).map((t) => [t.Name!, t]))
  const wanted = new Map(ctx.desired.triggers.map((t) => [t.name, t]))
  const tagFields = tagChanges(ctx.tags, ctx.existing.workflowTags)
  const entries = plan.entries.map((entry): PlanEntry => {
    if (entry.action === 'unchanged' || entry.action === 'keep') return { ...entry, fields: [] }
    if (entry.resource === 'workflow') {
      const fields = workflowFields(ctx.desired.workflow, ctx.existing.workflow)
      return { ...entry, fields: [...fields, ...(entry.action === 'create' ? tagChanges(ctx.tags, {}) : tagFields)] }
    }
    const want = entry.action === 'delete' ? undefined : wanted.get(entry.name)
    const had = entry.action === 'create' ? undefined : found.get(entry.name)
    const fields = triggerFields(want, had, names)
    if (entry.action === 'update' || entry.action === 'replace') fields.push(...tagFields)
    if (entry.action === 'create') fields.push(...tagChanges(ctx.tags, {}))
    return { ...entry, fields }
  })
  return { ...plan, entries }
}

/** The fields whose values differ between two views of a resource, in the order of `after`, then of `before`. */
function diffViews(before: Map<string, string>, after: Map<string, string>): FieldChange[] {
  const fields = [...new Set([...after.keys(), ...before.keys()])]
  return fields
    .map((field) => ({ field, before: before.get(field) ?? null, after: after.get(field) ?? null }))
    .filter((f) => f.before !== f.after)
    .map(hideSecrets)
}

function workflowFields(want: DesiredWorkflow, found: Workflow | undefined): FieldChange[] {
  const view = (description: string, properties: Record<string, string>, maxRuns: string | undefined) => {
    const out = new Map<string, string>()
    if (description !== '') out.set('description', description)
    for (const key of Object.keys(properties).sort()) out.set(`run property ${key}`, properties[key])
    if (maxRuns !== undefined) out.set('max concurrent runs', maxRuns)
    return out
  }
  // An unset max-concurrent-runs leaves Glue's value alone (see diff.ts): only a given one is compared.
  const wantRuns = want.maxConcurrentRuns === undefined ? undefined : String(want.maxConcurrentRuns)
  const foundRuns = found && wantRuns !== undefined ? String(found.MaxConcurrentRuns ?? 'unlimited') : undefined
  return diffViews(
    found ? view(found.Description ?? '', found.DefaultRunProperties ?? {}, foundRuns) : new Map<string, string>(),
    view(want.description, want.defaultRunProperties, wantRuns)
  )
}

/** Stage name per job or crawler (`job:name`, `crawler:name`), from the `jobs` input. */
function stageNames(pipeline: PipelineSpec): Map<string, string> {
  return new Map(pipeline.stages.map((s) => [`${s.kind}:${s.target}`, s.name]))
}

type Target = { kind: 'job' | 'crawler'; target: string }

function targetOf(action: Action): Target {
  return action.CrawlerName
    ? { kind: 'crawler', target: action.CrawlerName }
    : { kind: 'job', target: action.JobName ?? '' }
}

/** `silver` for a stage of the inputs, else `job mc-old` (a job the inputs no longer have). */
function nameOf(t: Target, names: Map<string, string>): string {
  return names.get(`${t.kind}:${t.target}`) ?? `${t.kind} ${t.target}`
}

/** `bronze SUCCEEDED`, `bronze SUCCEEDED and silver SUCCEEDED`, `a SUCCEEDED or b SUCCEEDED`. */
export function readablePredicate(predicate: Predicate | undefined, names: Map<string, string>): string | undefined {
  const conditions = (predicate?.Conditions ?? [])
    .map((c) =>
      c.CrawlerName
        ? `${nameOf({ kind: 'crawler', target: c.CrawlerName }, names)} ${c.CrawlState ?? '?'}`
        : `${nameOf({ kind: 'job', target: c.JobName ?? '' }, names)} ${c.State ?? '?'}`
    )
    .sort()
  if (conditions.length === 0) return undefined
  return conditions.join(predicate?.Logical === 'ANY' ? ' or ' : ' and ')
}

function triggerFields(
  want: DesiredTrigger | undefined,
  found: Trigger | undefined,
  names: Map<string, string>
): FieldChange[] {
  const firstAction = want?.actions[0] ?? found?.Actions?.[0]
  const stage = want?.stage ?? (firstAction ? nameOf(targetOf(firstAction), names) : undefined)
  // Arguments and timeouts are named after their stage when the trigger starts several stages.
  const qualify = Math.max(want?.actions.length ?? 0, found?.Actions?.length ?? 0) > 1
  const wantActions = want?.actions ?? []
  const view = (t: {
    type?: string
    description?: string
    schedule?: string
    predicate?: Predicate
    actions: Action[]
    batch?: { BatchSize?: number; BatchWindow?: number }
    state?: string
  }): Map<string, string> => {
    const out = new Map<string, string>()
    if (t.type) out.set('type', t.type)
    if (t.schedule) out.set('schedule', t.schedule)
    const waits = readablePredicate(t.predicate, names)
    if (waits) out.set(`${stage ?? 'it'} waits for`, waits)
    const started = t.actions.map((a) => `${nameOf(targetOf(a), names)} (${targetOf(a).kind} ${targetOf(a).target})`)
    if (started.length > 0) out.set('starts', started.sort().join(', '))
    for (const action of t.actions) {
      const target = targetOf(action)
      const prefix = qualify ? `${nameOf(target, names)} ` : ''
      for (const [key, value] of Object.entries(action.Arguments ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        out.set(`${prefix}${key}`, value)
      }
      // Glue may report its default timeout for an action that sets none: that is no timeout (see diff.ts).
      const reference = wantActions.find((w) => keyOf(targetOf(w)) === keyOf(target))
      const timeout =
        action.Timeout === GLUE_DEFAULT_TIMEOUT && reference && reference.Timeout === undefined
          ? undefined
          : action.Timeout
      if (timeout !== undefined) out.set(`${prefix}timeout`, `${timeout} min`)
    }
    if (t.type === 'EVENT' && t.batch) {
      const size = t.batch.BatchSize ?? 1
      out.set('event batch', `${size} event${size === 1 ? '' : 's'} within ${t.batch.BatchWindow ?? 900} s`)
    }
    if (t.description) out.set('description', t.description)
    if (t.state) out.set('state', t.state)
    return out
  }
  const activated = want?.activated === true
  const foundState = found?.State === 'ACTIVATING' ? 'ACTIVATED' : found?.State
  const before = found
    ? view({
        type: found.Type,
        description: found.Description,
        schedule: found.Schedule,
        predicate: found.Predicate,
        actions: found.Actions ?? [],
        batch: found.EventBatchingCondition,
        // The state is compared only where deploy sets it (activated triggers), or when the trigger goes.
        state: activated || !want ? foundState : undefined
      })
    : new Map<string, string>()
  const after = want
    ? view({
        type: want.type,
        description: want.description,
        schedule: want.schedule,
        predicate: want.predicate,
        actions: want.actions,
        batch: want.eventBatchingCondition,
        state: activated ? 'ACTIVATED' : undefined
      })
    : new Map<string, string>()
  // Type changes only by replacement; an update never shows it.
  if (want && found && want.type === found.Type) {
    before.delete('type')
    after.delete('type')
  }
  return diffViews(before, after)
}

function keyOf(t: Target): string {
  return `${t.kind}:${t.target}`
}

/** Tag changes as fields; provenance tags (which deploy wrote last) are not shown, as in the plan's phrases. */
function tagChanges(desired: Record<string, string>, existing: Record<string, string>): FieldChange[] {
  const hidden = new Set<string>(PROVENANCE_TAGS)
  const keys = [...new Set([...Object.keys(desired), ...Object.keys(existing)])].filter((k) => !hidden.has(k))
  return keys
    .map((key) => ({ field: `tag ${key}`, before: existing[key] ?? null, after: desired[key] ?? null }))
    .filter((f) => f.before !== f.after)
}
