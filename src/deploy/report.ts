/** The plan as log lines and as job-summary Markdown. Pure. */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'
import type { Plan, PlanEntry, Write } from './diff.js'
import type { FieldChange } from './planFields.js'
import { stageFlowchart } from './stageFlowchart.js'
import { inertLine, markdownText, oneLine } from '../text.js'

const SYMBOL: Record<PlanEntry['action'], string> = {
  create: '+',
  update: '~',
  replace: '±',
  delete: '-',
  unchanged: '=',
  keep: '!'
}

/** "CreateTrigger wf-run-gold", "TagResource workflow/wf": the call and what it writes to. */
export function describeWrite(write: Write): string {
  switch (write.op) {
    case 'CreateWorkflow':
    case 'UpdateWorkflow':
    case 'CreateTrigger':
      return `${write.op} ${write.request.Name ?? '?'}`
    case 'UpdateTrigger':
    case 'StartTrigger':
    case 'DeleteTrigger':
      return `${write.op} ${write.name}`
    case 'TagResource':
    case 'UntagResource':
      return `${write.op} ${write.arn.split(':').slice(5).join(':')}`
  }
}

/** Values longer than this are cut in the log, the summary and the pull-request comment (the plan output keeps them). */
const MAX_VALUE_CHARS = 200
/** Fields listed per resource in the summary table; the rest are counted. */
const MAX_FIELDS_PER_CELL = 30

/** `+` a field that appears, `-` one that goes, `~` one whose value changes. */
export function fieldSymbol(f: FieldChange): '+' | '-' | '~' {
  return f.before === null ? '+' : f.after === null ? '-' : '~'
}

/** `--quality-checks: lax → strict`, `silver waits for bronze SUCCEEDED`, `tag team: data` (one line, values cut). */
export function fieldText(f: FieldChange): string {
  const value = (v: string) => oneLine(v, MAX_VALUE_CHARS)
  const shown =
    f.before === null
      ? value(f.after ?? '')
      : f.after === null
        ? value(f.before)
        : `${value(f.before)} → ${value(f.after)}`
  return `${oneLine(f.field, MAX_VALUE_CHARS)}${f.field.endsWith(' waits for') ? ' ' : ': '}${shown}`
}

/**
 * The phrases shown on an entry's own line: why a trigger is replaced, deleted or kept; for other entries only when
 * they carry no field changes (a plan made without planFields).
 */
export function entryReasons(e: PlanEntry): string[] {
  const fields = e.fields ?? []
  return fields.length === 0 || e.action === 'replace' || e.action === 'delete' || e.action === 'keep' ? e.changes : []
}

/** One line per resource, then one indented line per field that changes (terraform plan's layout). */
export function planLogLines(plan: Plan): string[] {
  return plan.entries.flatMap((e) => {
    const reasons = entryReasons(e)
    const head = `${SYMBOL[e.action]} ${e.action} ${e.resource} ${e.name}${reasons.length ? `: ${reasons.join('; ')}` : ''}`
    const fields = (e.fields ?? []).map((f) => `    ${fieldSymbol(f)} ${fieldText(f)}`)
    // Field lines start with spaces (never a workflow command) and are one line already (fieldText).
    return [inertLine(head), ...fields]
  })
}

/** The number of writes and what they do, e.g. `2 writes: 1 to create, 1 to update` (no trailing period). */
export function planWrites(plan: Plan): string {
  return `${writes(plan.writes.length)}: ${countsOf(plan)}`
}

/** How a deploy ended, for its headline and job summary. */
export type DeployOutcome =
  /** Before any write (the log's plan heading), or in a dry run. */
  | { kind: 'planned'; dryRun: boolean }
  | { kind: 'deployed'; written: Write[] }
  | {
      kind: 'failed'
      /** The one line the step fails with. */
      error: string
      written: Write[]
      /** The write Glue refused, when a write failed. */
      failed?: Write
      /** What was still to be written when the deploy stopped. */
      left: Write[]
    }

function countsOf(plan: Plan): string {
  const count = (action: PlanEntry['action']) => plan.entries.filter((e) => e.action === action).length
  const parts = (['create', 'update', 'replace', 'delete'] as const)
    .filter((a) => count(a) > 0)
    .map((a) => `${count(a)} to ${a}`)
  return parts.join(', ') || 'tags'
}

function writes(n: number): string {
  return `${n} write${n === 1 ? '' : 's'}`
}

/** What will be, would be, was or was not written: "Will make 4 writes: 1 to create, 3 to update." and the like. */
export function planHeadline(plan: Plan, outcome: DeployOutcome): string {
  const planned = plan.writes.length
  if (outcome.kind === 'planned') {
    if (planned === 0) return 'No changes: Glue already matches the inputs (0 writes).'
    const verb = outcome.dryRun ? 'Dry run, nothing written. Would make' : 'Will make'
    return `${verb} ${writes(planned)}: ${countsOf(plan)}.`
  }
  if (outcome.kind === 'deployed') {
    const made = outcome.written.length
    if (made === 0) return 'No changes: Glue already matches the inputs (0 writes).'
    const more = made === planned ? '' : ` (${planned} planned; the rest after reading Glue again)`
    return `Made ${writes(made)}${more}: ${countsOf(plan)}; Glue is done with them.`
  }
  const made = outcome.written.length
  return made === 0
    ? `Deploy failed before any write (${writes(planned)} planned): nothing was written.`
    : `Deploy failed after ${writes(made)} (${planned} planned): ${writes(outcome.left.length)} left.`
}

export interface PlanSummaryInput {
  workflowName: string
  plan: Plan
  outcome: DeployOutcome
  pipeline: PipelineSpec
  startOn: StartOn
  /** false when verify follows in the same step: its summary draws the stage graph, coloured by outcome. */
  stageGraph?: boolean
}

/** What a deploy that failed part-way did: written, failed, left. */
function progressMarkdown(outcome: Extract<DeployOutcome, { kind: 'failed' }>): string[] {
  const list = (items: Write[]) => (items.length ? items.map((w) => `- ${markdownText(describeWrite(w))}`) : ['- none'])
  return [
    `> [!CAUTION]\n> **Deploy failed:** ${markdownText(outcome.error, 1000)}`,
    '',
    `**Written** (${outcome.written.length}):`,
    '',
    ...list(outcome.written),
    '',
    ...(outcome.failed ? [`**Failed:** ${markdownText(describeWrite(outcome.failed))}`, ''] : []),
    `**Left to write** (${outcome.left.length}):`,
    '',
    ...list(outcome.left),
    ''
  ]
}

export function planSummaryMarkdown(input: PlanSummaryInput): string {
  const { workflowName, plan, outcome, pipeline, startOn } = input
  const dryRun = outcome.kind === 'planned' && outcome.dryRun
  const rows = plan.entries.map(
    (e) => `| ${e.resource} \`${markdownText(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${whatChanges(e)} |`
  )
  // The note's first sentence says that nothing was written: the second does not say it again.
  const headline = dryRun
    ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${dryRunCount(plan)}`
    : planHeadline(plan, outcome)
  return [
    `## Glue deploy plan: \`${markdownText(workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
    '',
    headline,
    '',
    ...(outcome.kind === 'failed' ? progressMarkdown(outcome) : []),
    '| Resource | Action | What changes |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...(input.stageGraph === false
      ? []
      : ['### Stage graph', '', '```mermaid', stageFlowchart(pipeline, startOn), '```', ''])
  ].join('\n')
}

/** The dry-run note's second sentence (its first already says that nothing was written). */
function dryRunCount(plan: Plan): string {
  return plan.writes.length === 0
    ? 'Glue already matches the inputs: no changes.'
    : `It would make ${planWrites(plan)}.`
}

/** The summary table's cell: the entry's reasons, then each field change, one per line. */
function whatChanges(e: PlanEntry): string {
  const fields = e.fields ?? []
  const shown = fields.slice(0, MAX_FIELDS_PER_CELL).map((f) => `${fieldSymbol(f)} ${markdownText(fieldText(f), 1000)}`)
  if (fields.length > MAX_FIELDS_PER_CELL) shown.push(`… and ${fields.length - MAX_FIELDS_PER_CELL} more`)
  const reasons = entryReasons(e)
  const lines = [...(reasons.length ? [markdownText(reasons.join('; '), 1000)] : []), ...shown]
  return lines.join('<br>') || '–'
}
