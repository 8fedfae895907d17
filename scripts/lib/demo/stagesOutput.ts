/** The action's `stages` output (JSON array, one entry per stage), read back for the demo's checks. */

export interface StageOutput {
  stage: string
  job?: string | null
  crawler?: string | null
  state: string
  attempts: number
  startedOn: string | null
  completedOn: string | null
  durationSeconds: number | null
  startedBy: string | null
  error: string | null
  /** Per attempt: its job run id, its Glue console page and its CloudWatch logs. */
  runs?: {
    attempt: number
    jobRunId: string | null
    state: string
    consoleUrl: string
    logs: Partial<Record<'output' | 'error' | 'continuous' | 'crawl', string>>
  }[]
}

export function readStagesOutput(raw: string | undefined): StageOutput[] {
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? (value as StageOutput[]) : []
  } catch {
    return []
  }
}

/** Each stage started at or after the end of the one before it (a chain such as bronze -> silver -> gold). */
export function stagesInOrder(stages: StageOutput[]): boolean {
  return stages.every((stage, i) => {
    if (i === 0) return true
    const previousEnd = stages[i - 1].completedOn
    return stage.startedOn !== null && previousEnd !== null && Date.parse(stage.startedOn) >= Date.parse(previousEnd)
  })
}
