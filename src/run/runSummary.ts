/** Markdown for the job summary shared by start and verify: run header and per-stage table. Pure. (Owner: start mode.) */
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

export function renderRunHeader(_header: RunHeader): string {
  throw new Error('renderRunHeader: not implemented yet')
}

/** Columns: stage, job, final state, attempts, started, finished, duration, started by. */
export function renderStageTable(_stages: StageRun[]): string {
  throw new Error('renderStageTable: not implemented yet')
}
