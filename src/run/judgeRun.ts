/**
 * Judges a finished run. Glue reports COMPLETED even when jobs failed, so success means: the run COMPLETED, and every
 * expected stage ran and its final attempt SUCCEEDED. Pure.
 */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { oneLine } from '../text.js'
import { explainConcurrentRuns, isConcurrentRunsMessage } from './concurrentRuns.js'
import type { ExpectedGraph, StageRun } from './types.js'
import { GOING_ATTEMPT_STATES, GOING_RUN_STATUSES } from '../aws/glueStates.js'

export interface StageProblem {
  stage: string
  /** failed: its final attempt did not succeed; not-run: it never started; unfinished: still going at the end. */
  problem: 'failed' | 'not-run' | 'unfinished'
  /** One line naming the stage, its job or crawler, its state and Glue's error message. */
  message: string
  /** For a stage that did not run: the upstream stages that did not succeed (so it could not start). */
  blockedBy?: string[]
}

export interface RunJudgement {
  succeeded: boolean
  /** One line for the summary header, e.g. "✅ all 3 stages succeeded" or "❌ silver FAILED: …; gold did not run". */
  verdict: string
  /** Why the run as a whole failed, when the cause is the run itself (STOPPED, ERROR, no stages). */
  runProblem?: string
  /** Failed, unfinished and never-run stages, in stage order. */
  problems: StageProblem[]
}

export function judgeRun(run: WorkflowRun, stages: StageRun[], expected?: ExpectedGraph): RunJudgement {
  // A run that Glue refused (ERROR before anything ran) has one problem, not one per stage.
  const refused = run.Status === 'ERROR' && stages.every((s) => s.attempts.length === 0)
  const problems = refused ? [] : stages.flatMap((stage) => stageProblem(stage, stages, expected) ?? [])
  const runProblem = runLevelProblem(run, stages)
  const succeeded = !runProblem && problems.length === 0
  return {
    succeeded,
    verdict: verdictLine(succeeded, stages, problems, runProblem),
    problems,
    ...(runProblem ? { runProblem } : {})
  }
}

function runLevelProblem(run: WorkflowRun, stages: StageRun[]): string | undefined {
  return (
    runStatusProblem(run) ?? (stages.length === 0 ? 'the run has no job or crawler stage, so nothing ran' : undefined)
  )
}

/**
 * Why a run's status is not a success, in the words both start and verify use; undefined for COMPLETED (which
 * Glue reports even when stages failed: see {@link stageProblemLine}).
 */
export function runStatusProblem(run: Pick<WorkflowRun, 'Status' | 'ErrorMessage' | 'Name'>): string | undefined {
  const status = run.Status ?? 'UNKNOWN'
  const error = run.ErrorMessage ? oneLine(run.ErrorMessage, 200) : undefined
  if (status === 'COMPLETED') return undefined
  if (status === 'ERROR') {
    return isConcurrentRunsMessage(run.ErrorMessage)
      ? explainConcurrentRuns(run.Name, run.ErrorMessage)
      : `the run ended in ERROR: ${error ?? 'Glue gave no error message'}`
  }
  if (status === 'STOPPED' || status === 'STOPPING')
    return `the run was stopped (${status}) before every stage succeeded${error ? `: ${error}` : ''}`
  if (GOING_RUN_STATUSES.has(status)) return `the run is still ${status}: it has not ended`
  return `the run ended ${status}${error ? `: ${error}` : ''}; expected COMPLETED`
}

/**
 * One line for a stage whose final attempt did not succeed: `silver ended FAILED after 2 attempts: <Glue's error>`,
 * or `silver is still RUNNING` for an attempt that has not ended. Errors are cut to `maxError` characters.
 */
export function stageProblemLine(
  stage: Pick<StageRun, 'stage' | 'finalState' | 'attempts' | 'errorMessage'>,
  maxError = 300
): string {
  const state = stage.finalState ?? 'UNKNOWN'
  const tries = stage.attempts.length > 1 ? ` after ${stage.attempts.length} attempts` : ''
  const error = stage.errorMessage ? `: ${oneLine(stage.errorMessage, maxError)}` : ''
  const going = GOING_ATTEMPT_STATES.has(state)
  return `${stage.stage} ${going ? 'is still' : 'ended'} ${state}${tries}${error}`
}

function describe(stage: StageRun): string {
  return `${stage.stage} (${stage.kind} ${stage.target})`
}

function stageProblem(stage: StageRun, stages: StageRun[], expected?: ExpectedGraph): StageProblem | undefined {
  if (stage.finalState === 'SUCCEEDED') return undefined
  if (stage.attempts.length === 0) {
    const blocking = blockingUpstream(stage, stages, expected)
    return {
      stage: stage.stage,
      problem: 'not-run',
      message: `${describe(stage)} did not run${because(blocking)}`,
      ...(blocking.length > 0 ? { blockedBy: blocking.map((s) => s.stage) } : {})
    }
  }
  const finished = stage.completedOn !== undefined
  return { stage: stage.stage, problem: finished ? 'failed' : 'unfinished', message: stageProblemLine(stage) }
}

/** Upstream stages (per the expected graph) that did not succeed. */
function blockingUpstream(stage: StageRun, stages: StageRun[], expected?: ExpectedGraph): StageRun[] {
  const after = expected?.stages.find((s) => s.name === stage.stage)?.after ?? []
  return after
    .map((name) => stages.find((s) => s.stage === name))
    .filter((s): s is StageRun => s !== undefined && s.finalState !== 'SUCCEEDED')
}

/** " (waits for silver, which FAILED)". */
function because(blocking: StageRun[]): string {
  if (blocking.length === 0) return ''
  const states = blocking.map((s) => `${s.stage}, which ${s.attempts.length === 0 ? 'did not run' : s.finalState}`)
  return ` (waits for ${states.join('; ')})`
}

function verdictLine(succeeded: boolean, stages: StageRun[], problems: StageProblem[], runProblem?: string): string {
  if (succeeded) {
    const retried = stages
      .filter((s) => s.attempts.length > 1)
      .map((s) => `${s.stage} needed ${s.attempts.length} attempts`)
    const count = stages.length === 1 ? 'the only stage' : `all ${stages.length} stages`
    return `✅ ${count} succeeded${retried.length > 0 ? ` (${retried.join(', ')})` : ''}`
  }
  const parts = problems.map((p) => shortProblem(p, stages))
  if (runProblem) parts.unshift(runProblem)
  return `❌ ${parts.join('; ')}`
}

function shortProblem(problem: StageProblem, stages: StageRun[]): string {
  const stage = stages.find((s) => s.stage === problem.stage)
  if (problem.problem === 'not-run' || !stage) return `${problem.stage} did not run`
  const error = stage.errorMessage ? `: ${oneLine(stage.errorMessage, 120)}` : ''
  return problem.problem === 'failed'
    ? `${stage.stage} ${stage.finalState}${error}`
    : `${stage.stage} still ${stage.finalState}`
}
