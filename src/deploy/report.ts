/** The plan as log lines and as job-summary Markdown. Pure. */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'
import type { Plan, PlanEntry } from './diff.js'
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
  const count = (action: PlanEntry['action']) => plan.entries.filter((e) => e.action === action).length
  const parts = (['create', 'update', 'replace', 'delete'] as const)
    .filter((a) => count(a) > 0)
    .map((a) => `${count(a)} to ${a}`)
  return `${plan.writes.length} write${plan.writes.length === 1 ? '' : 's'}: ${parts.join(', ') || 'tags'}`
}

export function planHeadline(plan: Plan, dryRun: boolean): string {
  const count = (action: PlanEntry['action']) => plan.entries.filter((e) => e.action === action).length
  const parts = (['create', 'update', 'replace', 'delete'] as const)
    .filter((a) => count(a) > 0)
    .map((a) => `${count(a)} to ${a}`)
  if (plan.writes.length === 0) return 'No changes: Glue already matches the inputs (0 writes).'
  const verb = dryRun ? 'Dry run, nothing written. Would make' : 'Made'
  return `${verb} ${plan.writes.length} write${plan.writes.length === 1 ? '' : 's'}: ${parts.join(', ') || 'tags'}.`
}

export interface PlanSummaryInput {
  workflowName: string
  plan: Plan
  dryRun: boolean
  pipeline: PipelineSpec
  startOn: StartOn
  /** false when verify follows in the same step: its summary draws the stage graph, coloured by outcome. */
  stageGraph?: boolean
}

export function planSummaryMarkdown(input: PlanSummaryInput): string {
  const { workflowName, plan, dryRun, pipeline, startOn } = input
  const rows = plan.entries.map(
    (e) => `| ${e.resource} \`${markdownText(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${whatChanges(e)} |`
  )
  return [
    `## Glue deploy plan: \`${markdownText(workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
    '',
    dryRun
      ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${dryRunCount(plan)}`
      : planHeadline(plan, false),
    '',
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
