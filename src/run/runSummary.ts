/** Markdown for the job summary shared by start and verify: run header and per-stage table. Pure. */
import { clock, duration, markdownText, shortId } from '../text.js'
import { stageLinks, type AttemptLinks, type LinkContext } from './jobLogs.js'
import type { StageRun } from './types.js'

export interface RunHeader {
  workflowName: string
  runId: string
  status: string
  durationSeconds?: number
  consoleUrl: string
  /** One-line verdict, e.g. "✅ all 3 stages succeeded" or "❌ silver FAILED". */
  verdict: string
}

const STATE_ICONS: Record<string, string> = {
  SUCCEEDED: '✅',
  FAILED: '❌',
  ERROR: '❌',
  TIMEOUT: '⌛',
  STOPPED: '⏹️',
  CANCELLED: '⏹️',
  EXPIRED: '⌛',
  RUNNING: '⏳',
  STARTING: '⏳',
  WAITING: '⏳',
  STOPPING: '⏳',
  CANCELLING: '⏳'
}

export function renderRunHeader(header: RunHeader): string {
  const took = header.durationSeconds === undefined ? '–' : duration(header.durationSeconds)
  return [
    `### Glue workflow run · ${markdownText(header.workflowName)}`,
    '',
    markdownText(header.verdict),
    '',
    '| Workflow | Run | Status | Duration |',
    '| --- | --- | --- | --- |',
    `| ${markdownText(header.workflowName)} | [${markdownText(header.runId)}](${header.consoleUrl}) | ${stateLabel(header.status)} | ${took} |`,
    ''
  ].join('\n')
}

/**
 * Columns: stage, job, final state, attempts, started, finished, duration, started by; with `links`, a last column
 * leads to each attempt's job run (Glue console) and its logs (CloudWatch).
 */
export function renderStageTable(stages: StageRun[], links?: LinkContext): string {
  const rows = stages.map((s) =>
    [
      markdownText(s.stage),
      `${s.kind === 'crawler' ? 'crawler ' : ''}${markdownText(s.target)}`,
      s.finalState ? stateLabel(s.finalState) : '⏭️ not run',
      s.attempts.length === 0 ? '–' : String(s.attempts.length),
      s.startedOn ? clock(s.startedOn) : '–',
      s.completedOn ? clock(s.completedOn) : '–',
      s.durationSeconds === undefined ? '–' : duration(s.durationSeconds),
      s.startedBy ? markdownText(s.startedBy) : '–',
      ...(links ? [logsCell(stageLinks(s, links))] : [])
    ].join(' | ')
  )
  const columns = ['Stage', 'Job', 'Final state', 'Attempts', 'Started', 'Finished', 'Duration', 'Started by']
  if (links) columns.push('Job run and logs')
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r} |`),
    ''
  ].join('\n')
}

/** `[jr_0a1b2c3d…](console) · [error](…) · [output](…)` per attempt, one line each (numbered when several). */
function logsCell(attempts: AttemptLinks[]): string {
  if (attempts.length === 0) return '–'
  return attempts
    .map((a) => {
      const run = a.jobRunId
        ? `[${markdownText(shortId(a.jobRunId))}](${a.consoleUrl})`
        : a.consoleUrl
          ? `[crawler](${a.consoleUrl})`
          : ''
      const logs = (['error', 'output', 'continuous', 'crawl'] as const)
        .filter((name) => a.logs[name])
        .map((name) => `[${name === 'crawl' ? 'crawl log' : name}](${a.logs[name]})`)
      const line = [run, ...logs].filter((part) => part !== '').join(' · ')
      return attempts.length > 1 ? `${a.attempt}: ${line}` : line
    })
    .join('<br>')
}

function stateLabel(state: string): string {
  const icon = STATE_ICONS[state] ?? (state === 'COMPLETED' ? '🏁' : state === 'STOPPED' ? '⏹️' : '•')
  return `${icon} ${markdownText(state)}`
}
