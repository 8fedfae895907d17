/**
 * The job summary of `mode: verify`: verdict and run header, per-stage table, the stage graph (Mermaid flowchart),
 * the timeline (Mermaid Gantt) and the findings with their evidence. Well under GitHub's 1 MiB per step even for 100
 * stages: long texts are cut, the findings list is capped, oversized diagrams are replaced by a note. Pure.
 *
 */
import { oneLine } from '../../text.js'
import type { GraphTrigger } from '../../run/graphTriggers.js'
import type { LinkContext } from '../../run/jobLogs.js'
import { renderRunHeader, renderStageTable } from '../../run/runSummary.js'
import type { ExpectedGraph, StageRun } from '../../run/types.js'
import type { Finding } from '../findings.js'
import { renderFindings } from './findingsMarkdown.js'
import { renderFlowchart } from './flowchart.js'
import { renderGantt } from './gantt.js'
import { markdownText } from '../../text.js'
import { OUTCOME_LEGEND, stageOutcome, type Outcome } from './outcome.js'

export interface VerifySummaryInput {
  workflowName: string
  findings: Finding[]
  /** Absent when there was no run to verify. */
  run?: {
    runId: string
    status: string
    durationSeconds?: number
    consoleUrl: string
    expected: ExpectedGraph
    stages: StageRun[]
    unexpected: StageRun[]
    /** The triggers the wiring was checked against, and where they came from; absent = no structure check. */
    wiring?: { triggers: GraphTrigger[]; source: string }
    now: Date
    /** Leads each stage to its job runs and logs in the stage table. */
    links?: LinkContext
  }
  /** Header, verdict and findings only (the full summary would be too big for GitHub). */
  compact?: boolean
}

/** Stage tables longer than this are folded (the graph and timeline stay open). */
const OPEN_TABLE_ROWS = 25
/** Error messages longer than this are cut in the summary (the findings output keeps them whole). */
const MAX_ERROR_CHARS = 300

export function renderVerifySummary(input: VerifySummaryInput): string {
  const verdict = verdictLine(input)
  const run = input.run
  if (!run || input.compact) {
    return [
      `### Glue workflow verify · ${markdownText(input.workflowName)}`,
      '',
      verdict,
      '',
      ...(run
        ? [
            "_The stage table, stage graph and timeline are left out: with them this summary would pass GitHub's size limit._",
            ''
          ]
        : []),
      renderFindings(input.findings)
    ].join('\n')
  }
  const stages = run.stages.map(shorten)
  const unexpected = run.unexpected.map(shorten)
  const outcomes = new Set<Outcome>([
    ...stages.map((s) => stageOutcome(s, input.findings)),
    ...(unexpected.length > 0 ? (['unexpected'] as const) : [])
  ])
  const legend = [...outcomes].map((o) => OUTCOME_LEGEND[o]).join(' · ')
  const checked = [
    run.expected.source === 'jobs-input'
      ? 'Expected graph: the `jobs` input'
      : "Expected graph: the run's own graph (its triggers)",
    run.wiring ? `wiring checked against ${run.wiring.source}` : 'wiring not checked (no `jobs` input)'
  ].join(' · ')
  return [
    renderRunHeader({
      workflowName: input.workflowName,
      runId: run.runId,
      status: run.status,
      ...(run.durationSeconds !== undefined ? { durationSeconds: run.durationSeconds } : {}),
      consoleUrl: run.consoleUrl,
      verdict
    }),
    `_${checked}._`,
    '',
    '#### Stages',
    '',
    collapsible(
      `${stages.length + unexpected.length} stages`,
      renderStageTable([...stages, ...unexpected], run.links),
      stages.length > OPEN_TABLE_ROWS
    ),
    '#### Stage graph',
    '',
    renderFlowchart({
      expected: run.expected,
      stages,
      unexpected,
      findings: input.findings,
      ...(run.wiring ? { wiring: run.wiring.triggers } : {})
    }),
    legend,
    '',
    '#### Timeline',
    '',
    renderGantt({ stages, unexpected, findings: input.findings, now: run.now }),
    ...retryNotes(stages),
    `#### Findings (${input.findings.length})`,
    '',
    input.findings.length === 0 ? 'None: every check passed.\n' : renderFindings(input.findings)
  ].join('\n')
}

/** Markdown wrapped in <details> when `folded` (GitHub needs the blank lines around Markdown inside HTML). */
function collapsible(title: string, markdown: string, folded: boolean): string {
  return folded ? `<details><summary>${title}</summary>\n\n${markdown}\n</details>\n` : markdown
}

function verdictLine(input: VerifySummaryInput): string {
  const n = input.findings.length
  if (n > 0) {
    const first = input.findings[0]
    return `❌ Not verified: ${n} finding${n === 1 ? '' : 's'}; first: ${oneLine(`${first.stage}: ${first.message}`, 160)}`
  }
  const stages = input.run?.stages ?? []
  const retried = stages.filter((s) => s.attempts.length > 1).map((s) => s.stage)
  const retries = retried.length > 0 ? ` (${oneLine(retried.join(', '), 200)} after retries)` : ''
  return `✅ Verified: all ${stages.length} stage${stages.length === 1 ? '' : 's'} ran in dependency order and succeeded${retries}`
}

function retryNotes(stages: StageRun[]): string[] {
  const notes = stages
    .filter((s) => s.attempts.length > 1 && s.finalState === 'SUCCEEDED')
    .map((s) => {
      const failed = s.attempts.slice(0, -1).map((a) => `${a.state}${a.errorMessage ? ` (${a.errorMessage})` : ''}`)
      return `- 🔁 ${markdownText(s.stage)} succeeded on attempt ${s.attempts.length} after ${markdownText(failed.join('; '))}`
    })
  return notes.length > 0 ? ['Retries:', '', ...notes, ''] : []
}

/** A copy of the stage with its error messages cut for the summary. */
function shorten(stage: StageRun): StageRun {
  const cut = (text: string | undefined): string | undefined =>
    text && text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text
  return {
    ...stage,
    ...(stage.errorMessage !== undefined ? { errorMessage: cut(stage.errorMessage) } : {}),
    attempts: stage.attempts.map((a) =>
      a.errorMessage !== undefined ? { ...a, errorMessage: cut(a.errorMessage) } : a
    )
  }
}
