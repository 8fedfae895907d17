/** How each stage came out, for colouring diagrams: one outcome per stage. Pure. */
import { isTerminalAttempt } from '../../run/stages.js'
import type { StageRun } from '../../run/types.js'
import type { Finding } from '../findings.js'

export type Outcome = 'succeeded' | 'retried' | 'flagged' | 'failed' | 'running' | 'notrun' | 'unexpected'

/** Mermaid classDef styles per outcome (GitHub's light palette; readable in dark mode too). */
export const OUTCOME_STYLES: Record<Outcome, string> = {
  succeeded: 'fill:#dafbe1,stroke:#1a7f37,color:#0f3d1d',
  retried: 'fill:#fff8c5,stroke:#9a6700,color:#3b2300',
  flagged: 'fill:#ffe7cc,stroke:#bc4c00,color:#3d1600,stroke-width:3px',
  failed: 'fill:#ffebe9,stroke:#cf222e,color:#5c0a0f,stroke-width:2px',
  running: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  notrun: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray:5 3',
  unexpected: 'fill:#fbefff,stroke:#8250df,color:#3e1f79,stroke-dasharray:5 3'
}

export const OUTCOME_LEGEND: Record<Outcome, string> = {
  succeeded: '🟩 succeeded',
  retried: '🟨 succeeded after retries',
  flagged: '🟧 succeeded, with findings',
  failed: '🟥 did not succeed',
  running: '🟦 still running',
  notrun: '⬜ did not run',
  unexpected: '🟪 ran, not expected'
}

export const OUTCOME_ICON: Record<Outcome, string> = {
  succeeded: '✅',
  retried: '🔁',
  flagged: '⚠️',
  failed: '❌',
  running: '⏳',
  notrun: '⏭️',
  unexpected: '❓'
}

export function stageOutcome(stage: StageRun, findings: Finding[]): Outcome {
  const last = stage.attempts[stage.attempts.length - 1]
  if (!last) return 'notrun'
  if (!isTerminalAttempt(stage.kind, last.state)) return 'running'
  if (last.state !== 'SUCCEEDED') return 'failed'
  if (findings.some((f) => f.stage === stage.stage)) return 'flagged'
  return stage.attempts.length > 1 ? 'retried' : 'succeeded'
}
