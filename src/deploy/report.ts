/** The plan as log lines and as job-summary Markdown. Pure. */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'
import type { Plan, PlanEntry, Write } from './diff.js'
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

export function planLogLines(plan: Plan): string[] {
  return plan.entries.map(
    (e) =>
      `${SYMBOL[e.action]} ${e.action} ${e.resource} ${e.name}${e.changes.length ? `: ${e.changes.join('; ')}` : ''}`
  )
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

export function planSummaryMarkdown({ workflowName, plan, outcome, pipeline, startOn }: PlanSummaryInput): string {
  const dryRun = outcome.kind === 'planned' && outcome.dryRun
  const rows = plan.entries.map(
    (e) =>
      `| ${e.resource} \`${markdownText(e.name)}\` | ${SYMBOL[e.action]} ${e.action} | ${markdownText(e.changes.join('; '), 1000) || '–'} |`
  )
  const headline = dryRun
    ? `> [!NOTE]\n> **Dry run: nothing was written to AWS Glue.** ${planHeadline(plan, outcome)}`
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
    '### Stage graph',
    '',
    '```mermaid',
    stageFlowchart(pipeline, startOn),
    '```',
    ''
  ].join('\n')
}
