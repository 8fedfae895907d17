/** The plan as log lines and as job-summary Markdown. Pure. */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'
import type { Plan, PlanEntry } from './diff.js'
import { stageFlowchart } from './stageFlowchart.js'
import { markdownText } from '../text.js'

const SYMBOL: Record<PlanEntry['action'], string> = {
  create: '+',
  update: '~',
  replace: '±',
  delete: '-',
  unchanged: '=',
  keep: '!'
}

export function planLogLines(plan: Plan): string[] {
  return plan.entries.map(
    (e) =>
      `${SYMBOL[e.action]} ${e.action} ${e.resource} ${e.name}${e.changes.length ? `: ${e.changes.join('; ')}` : ''}`
  )
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
}

export function planSummaryMarkdown({ workflowName, plan, dryRun, pipeline, startOn }: PlanSummaryInput): string {
  const rows = plan.entries.map(
    (e) =>
      `| ${e.resource} \`${markdownText(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${markdownText(e.changes.join('; '), 1000) || '–'} |`
  )
  return [
    `## Glue deploy plan: \`${markdownText(workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
    '',
    dryRun
      ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${planHeadline(plan, true)}`
      : planHeadline(plan, false),
    '',
    '| Resource | Action | What changes |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '### Stage graph',
    '',
    '```mermaid',
    stageFlowchart(pipeline, startOn),
    '```',
    ''
  ].join('\n')
}
