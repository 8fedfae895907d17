/**
 * Records kept by glue-local. Member names follow the Glue model; fields starting with `sim` are internal bookkeeping
 * of the simulator and are never sent to clients. All times are epoch milliseconds (rendered as epoch seconds).
 */

export type StringMap = Record<string, string>

export interface ActionRecord {
  JobName?: string
  Arguments?: StringMap
  Timeout?: number
  SecurityConfiguration?: string
  NotificationProperty?: { NotifyDelayAfter?: number }
  CrawlerName?: string
}

export interface ConditionRecord {
  LogicalOperator?: string
  JobName?: string
  State?: string
  CrawlerName?: string
  CrawlState?: string
}

export interface PredicateRecord {
  Logical?: 'AND' | 'ANY'
  Conditions?: ConditionRecord[]
}

export type TriggerType = 'SCHEDULED' | 'CONDITIONAL' | 'ON_DEMAND' | 'EVENT'

export interface TriggerRecord {
  Name: string
  WorkflowName?: string
  Type: TriggerType
  State: string
  Description?: string
  Schedule?: string
  Actions: ActionRecord[]
  Predicate?: PredicateRecord
  EventBatchingCondition?: { BatchSize: number; BatchWindow?: number }
  /**
   * Lifecycle steps still to come, in order: at `At` (epoch ms) the trigger enters `State`; `DELETED` removes it.
   * Absent when the trigger rests in a stable state.
   */
  simSteps?: TriggerStep[]
}

/** One planned lifecycle step of a trigger (e.g. ACTIVATING → ACTIVATED at a given time). */
export interface TriggerStep {
  State: string
  At: number
}

export interface WorkflowRecord {
  Name: string
  Description?: string
  DefaultRunProperties?: StringMap
  MaxConcurrentRuns?: number
  CreatedOn: number
  LastModifiedOn: number
  simLastRunId?: string
}

/** A job as created (the CreateJob members that the Job shape also has), plus timestamps. */
export interface JobRecord {
  Name: string
  Role: string
  Command: Record<string, unknown>
  DefaultArguments?: StringMap
  NonOverridableArguments?: StringMap
  MaxRetries?: number
  Timeout?: number
  ExecutionProperty?: { MaxConcurrentRuns?: number }
  CreatedOn: number
  LastModifiedOn: number
  [member: string]: unknown
}

export interface CrawlerRecord {
  Name: string
  Role: string
  Targets: Record<string, unknown>
  CreationTime: number
  LastUpdated: number
  Version: number
  simLastCrawl?: { Status: string; ErrorMessage?: string; StartTime: number }
  [member: string]: unknown
}

export type Outcome = 'SUCCEEDED' | 'FAILED' | 'TIMEOUT'

export interface JobRunRecord {
  Id: string
  Attempt: number
  PreviousRunId?: string
  TriggerName?: string
  JobName: string
  StartedOn: number
  LastModifiedOn: number
  CompletedOn?: number
  JobRunState: string
  Arguments: StringMap
  ErrorMessage?: string
  Timeout: number
  MaxCapacity?: number
  WorkerType?: string
  NumberOfWorkers?: number
  GlueVersion?: string
  simWorkflowName?: string
  simWorkflowRunId?: string
  simFirstRunId: string
  simPlannedEndAt?: number
  simPlannedOutcome?: Outcome | 'ERROR'
  simPlannedErrorMessage?: string
}

export interface CrawlRecord {
  simId: string
  simCrawlerName: string
  simWorkflowRunId: string
  simTriggerName?: string
  State: string
  StartedOn: number
  CompletedOn?: number
  ErrorMessage?: string
  LogGroup: string
  LogStream: string
  simPlannedEndAt?: number
  simPlannedOutcome?: 'SUCCEEDED' | 'FAILED' | 'ERROR'
  simPlannedErrorMessage?: string
}

export interface WorkflowRunRecord {
  Name: string
  WorkflowRunId: string
  PreviousRunId?: string
  WorkflowRunProperties: StringMap
  StartedOn: number
  CompletedOn?: number
  Status: 'RUNNING' | 'COMPLETED' | 'STOPPING' | 'STOPPED' | 'ERROR'
  ErrorMessage?: string
  /** Trigger definitions frozen when the run started (later trigger changes do not affect this run). */
  simTriggers: TriggerRecord[]
  /** Conditional triggers that already fired in this run (each fires at most once per run). */
  simFiredTriggers: string[]
  /** Job runs started by this run, in start order. */
  simJobRunIds: string[]
  /** Crawls started by this run, in start order. */
  simCrawlIds: string[]
  /** Job runs / crawls copied from the original run when this run is a resume (shown in the graph, not counted). */
  simInheritedJobRunIds: string[]
  simInheritedCrawlIds: string[]
}

export interface GlueState {
  workflows: Record<string, WorkflowRecord>
  triggers: Record<string, TriggerRecord>
  jobs: Record<string, JobRecord>
  crawlers: Record<string, CrawlerRecord>
  workflowRuns: Record<string, WorkflowRunRecord>
  jobRuns: Record<string, JobRunRecord>
  crawls: Record<string, CrawlRecord>
  /** Tags by resource key `<type>/<name>` (e.g. `workflow/medallion`). */
  tags: Record<string, StringMap>
}

export function emptyState(): GlueState {
  return { workflows: {}, triggers: {}, jobs: {}, crawlers: {}, workflowRuns: {}, jobRuns: {}, crawls: {}, tags: {} }
}
