/** The action outputs that describe a finished run: run-status, statistics, stages, duration-seconds. Pure. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { stageLinks, type AttemptLinks, type LinkContext } from './jobLogs.js'
import type { StageRun } from './types.js'
import { errorExcerpt, jsonListWithin } from '../text.js'

export interface RunOutputs {
  'run-status': string
  statistics: string
  stages: string
  'duration-seconds': string
}

/** One entry of the `stages` output. */
export interface StageOutput {
  stage: string
  job?: string
  crawler?: string
  state: string
  attempts: number
  startedOn: string | null
  completedOn: string | null
  durationSeconds: number | null
  startedBy: string | null
  error: string | null
  /** Per attempt: job run id, state, its page in the Glue console and its CloudWatch logs (when links are known). */
  runs?: AttemptLinks[]
}

export function runDurationSeconds(run: WorkflowRun, now: Date): number | undefined {
  if (!run.StartedOn) return undefined
  const end = run.CompletedOn ?? now
  return Math.max(0, Math.round((end.getTime() - run.StartedOn.getTime()) / 100) / 10)
}

export function stageOutputs(stages: StageRun[], links?: LinkContext): StageOutput[] {
  return stages.map((s) => ({
    stage: s.stage,
    ...(s.kind === 'job' ? { job: s.target } : { crawler: s.target }),
    state: s.finalState ?? 'NOT_RUN',
    attempts: s.attempts.length,
    startedOn: s.startedOn?.toISOString() ?? null,
    completedOn: s.completedOn?.toISOString() ?? null,
    durationSeconds: s.durationSeconds ?? null,
    startedBy: s.startedBy ?? null,
    error: s.errorMessage === undefined ? null : errorExcerpt(s.errorMessage),
    ...(links ? { runs: stageLinks(s, links) } : {})
  }))
}

export function runOutputs(run: WorkflowRun, stages: StageRun[], now: Date, links?: LinkContext): RunOutputs {
  const duration = runDurationSeconds(run, now)
  return {
    'run-status': run.Status ?? 'UNKNOWN',
    statistics: JSON.stringify(run.Statistics ?? {}),
    stages: jsonListWithin(stageOutputs(stages, links)),
    'duration-seconds': duration === undefined ? '' : String(duration)
  }
}
