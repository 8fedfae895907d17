/** The pipeline as the user described it: stages wired into a DAG. Pure data, no AWS types. */

export type StageKind = 'job' | 'crawler'
export type WaitLogic = 'all' | 'any'

export interface Stage {
  /** Stage name as written in the `jobs` input (e.g. `bronze`). */
  name: string
  kind: StageKind
  /** Glue job name or crawler name. */
  target: string
  /** Stages this one waits for (empty for a root stage, started by the start trigger). */
  after: string[]
  when: WaitLogic
  /** Arguments passed to the job by the trigger action. */
  arguments: Record<string, string>
  /** Job run timeout in minutes, set on the trigger action. */
  timeoutMinutes?: number
}

export interface PipelineSpec {
  /** Stages in the order written. */
  stages: Stage[]
}

export type StartOn =
  | { type: 'on-demand' }
  | { type: 'schedule'; cron: string }
  | { type: 'event'; batchSize: number; batchWindowSeconds?: number }

export interface WorkflowSpec {
  workflowName: string
  description: string
  pipeline: PipelineSpec
  startOn: StartOn
  /** User tags; provenance and ownership tags are added when planning. */
  tags: Record<string, string>
  maxConcurrentRuns?: number
  defaultRunProperties: Record<string, string>
}
