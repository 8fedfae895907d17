/** Markdown for the job summary shared by start and verify: run header and per-stage table. Pure. (Owner: start mode.) */
import { clock, formatSeconds } from './transitions.js'
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

/** Escapes text for a Markdown table cell (or any inline Markdown): no pipes, no HTML, one line. */
export function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|]/g, (m) => `\\${m}`)
}

export function renderRunHeader(header: RunHeader): string {
  const duration = header.durationSeconds === undefined ? '–' : formatSeconds(header.durationSeconds)
  return [
    `### Glue workflow run · ${cell(header.workflowName)}`,
    '',
    cell(header.verdict),
    '',
    '| Workflow | Run | Status | Duration |',
    '| --- | --- | --- | --- |',
    `| ${cell(header.workflowName)} | [${cell(header.runId)}](${header.consoleUrl}) | ${stateLabel(header.status)} | ${duration} |`,
    ''
  ].join('\n')
}

/** Columns: stage, job, final state, attempts, started, finished, duration, started by. */
export function renderStageTable(stages: StageRun[]): string {
  const rows = stages.map((s) =>
    [
      cell(s.stage),
      `${s.kind === 'crawler' ? 'crawler ' : ''}${cell(s.target)}`,
      s.finalState ? stateLabel(s.finalState) : '⏭️ not run',
      s.attempts.length === 0 ? '–' : String(s.attempts.length),
      s.startedOn ? clock(s.startedOn) : '–',
      s.completedOn ? clock(s.completedOn) : '–',
      s.durationSeconds === undefined ? '–' : formatSeconds(s.durationSeconds),
      s.startedBy ? cell(s.startedBy) : '–'
    ].join(' | ')
  )
  return [
    '| Stage | Job | Final state | Attempts | Started | Finished | Duration | Started by |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    ''
  ].join('\n')
}

function stateLabel(state: string): string {
  const icon = STATE_ICONS[state] ?? (state === 'COMPLETED' ? '🏁' : state === 'STOPPED' ? '⏹️' : '•')
  return `${icon} ${cell(state)}`
}
