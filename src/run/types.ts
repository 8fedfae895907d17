/** Shapes shared by `start` and `verify`: what a run looked like per stage, and what was wrong with it. Pure data. */
import type { Stage } from '../pipeline/spec.js'

/** A stage as verify expects it: the spec's stage plus the trigger expected to start it. */
export interface ExpectedStage extends Stage {
  trigger: string
}

export interface ExpectedGraph {
  stages: ExpectedStage[]
  /** Where the expectation came from: the `jobs` input, or the run's own graph (its triggers). */
  source: 'jobs-input' | 'run-graph'
  /** The start trigger's name, when known. */
  startTrigger?: string
}

/** One attempt of a job run (Attempt 0, then retries) or one crawl. */
export interface Attempt {
  id?: string
  attempt: number
  state: string
  startedOn?: Date
  completedOn?: Date
  triggerName?: string
  errorMessage?: string
  /** A job run's logging arguments (jobLogs.ts LOG_ARGUMENTS; no other argument is kept). */
  arguments?: Record<string, string>
  /** A job run's LogGroupName (the base of its output and error groups, e.g. with a security configuration). */
  logGroupName?: string
  /** A crawl's log group and stream. */
  logGroup?: string
  logStream?: string
}

/** What one stage did in one workflow run. */
export interface StageRun {
  stage: string
  kind: 'job' | 'crawler'
  target: string
  /** Attempts in order; empty when the stage never ran. */
  attempts: Attempt[]
  /** State of the last attempt; undefined when the stage never ran. */
  finalState?: string
  /** First attempt's start and last attempt's end. */
  startedOn?: Date
  completedOn?: Date
  durationSeconds?: number
  /** Trigger that started the first attempt. */
  startedBy?: string
  errorMessage?: string
}
