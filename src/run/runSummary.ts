/** Markdown for the job summary shared by start and verify: run header and per-stage table. Pure. */
import { clock, duration, markdownText } from '../text.js'
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

/** Columns: stage, job, final state, attempts, started, finished, duration, started by. */
export function renderStageTable(stages: StageRun[]): string {
  const rows = stages.map((s) =>
    [
      markdownText(s.stage),
      `${s.kind === 'crawler' ? 'crawler ' : ''}${markdownText(s.target)}`,
      s.finalState ? stateLabel(s.finalState) : '⏭️ not run',
      s.attempts.length === 0 ? '–' : String(s.attempts.length),
      s.startedOn ? clock(s.startedOn) : '–',
      s.completedOn ? clock(s.completedOn) : '–',
      s.durationSeconds === undefined ? '–' : duration(s.durationSeconds),
      s.startedBy ? markdownText(s.startedBy) : '–'
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
  return `${icon} ${markdownText(state)}`
}
