/**
 * The plan as a pull-request comment: a hidden marker (so that later pushes update the same comment, one per Glue
 * workflow), the verdict, the changes as a `diff` block (green `+` created, red `-` removed, `!` changed; a field per
 * line with its value before → after), the stage graph folded, and which commit and workflow run made it. Every line
 * of the block is built from one-line texts and starts with its symbol, so no Glue text can close the fence. Pure.
 */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'
import { markdownText, oneLine } from '../text.js'
import type { Plan, PlanEntry } from './diff.js'
import { entryReasons, fieldSymbol, fieldText, planWrites } from './report.js'
import { stageFlowchart } from './stageFlowchart.js'

/** GitHub refuses comments over 65,536 characters; the diff block is cut well before. */
export const MAX_COMMENT_CHARS = 60_000

/** The hidden first line that finds this workflow's comment again (the name is URI-encoded: no `-->` inside). */
export function planMarker(workflowName: string): string {
  return `<!-- glue-workflow-action:plan workflow=${encodeURIComponent(workflowName)} -->`
}

export interface PlanCommentInput {
  workflowName: string
  plan: Plan
  dryRun: boolean
  pipeline: PipelineSpec
  startOn: StartOn
  /** The pull request's head commit the plan was made for. */
  commit?: string
  /** The GitHub Actions run that made it. */
  runUrl?: string
}

const DIFF_SYMBOL: Record<PlanEntry['action'], string> = {
  create: '+',
  delete: '-',
  update: '!',
  replace: '!',
  keep: ' ',
  unchanged: ' '
}

export function planCommentBody(input: PlanCommentInput): string {
  const { plan, dryRun } = input
  const changed = plan.entries.filter((e) => e.action !== 'unchanged')
  const unchanged = plan.entries.length - changed.length
  const verdict =
    plan.writes.length === 0
      ? 'No changes: Glue already matches the inputs.'
      : dryRun
        ? `**Dry run: nothing was written to AWS Glue.** It would make ${planWrites(plan)}.`
        : `**Deployed:** made ${planWrites(plan)}.`
  const made = [
    input.commit ? `commit \`${markdownText(input.commit.slice(0, 12))}\`` : '',
    input.runUrl ? `[workflow run](${input.runUrl})` : ''
  ].filter((part) => part !== '')
  const footer = `<sub>Plan${made.length ? ` of ${made.join(' · ')}` : ''}; this comment is updated on every push.</sub>`
  const head = [
    planMarker(input.workflowName),
    `### Glue deploy plan · \`${markdownText(input.workflowName)}\`${dryRun ? ' (dry run)' : ''}`,
    '',
    verdict,
    ''
  ]
  const graph = [
    '<details><summary>Stage graph</summary>',
    '',
    '```mermaid',
    stageFlowchart(input.pipeline, input.startOn),
    '```',
    '',
    '</details>',
    ''
  ]
  const tail = [
    ...(unchanged > 0 ? [`${unchanged} resource${unchanged === 1 ? '' : 's'} unchanged.`, ''] : []),
    ...graph,
    footer,
    ''
  ]
  const room = MAX_COMMENT_CHARS - [...head, ...tail].join('\n').length - 200
  const block = changed.length > 0 ? ['```diff', ...diffLines(changed, room), '```', ''] : []
  return [...head, ...block, ...tail].join('\n')
}

/** Entry lines and their field lines, cut (with a count of what is left out) to fit in `room` characters. */
function diffLines(entries: PlanEntry[], room: number): string[] {
  const all = entries.flatMap((e) => {
    const reasons = entryReasons(e)
    const head = `${DIFF_SYMBOL[e.action]} ${e.action} ${e.resource} ${oneLine(e.name, 300)}${reasons.length ? `: ${oneLine(reasons.join('; '), 300)}` : ''}`
    const fields = (e.fields ?? []).map((f) => `${fieldSymbol(f).replace('~', '!')}     ${fieldText(f)}`)
    return [head, ...fields]
  })
  const kept: string[] = []
  let used = 0
  for (const line of all) {
    if (used + line.length + 1 > room) {
      kept.push(`  … ${all.length - kept.length} more lines: see the job summary`)
      break
    }
    kept.push(line)
    used += line.length + 1
  }
  return kept
}
