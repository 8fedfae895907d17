/** Reads what each stage did in a run from GetWorkflowRun's graph. Pure. */
import type { Crawl, JobRun, Node, WorkflowRun } from '@aws-sdk/client-glue'
import { FINAL_CRAWL_STATES, FINAL_JOB_RUN_STATES } from '../aws/glueStates.js'
import { logArguments } from './jobLogs.js'
import type { Attempt, ExpectedGraph, StageRun } from './types.js'

export function isTerminalAttempt(kind: StageRun['kind'], state: string): boolean {
  return (kind === 'job' ? FINAL_JOB_RUN_STATES : FINAL_CRAWL_STATES).has(state)
}

/** One StageRun per expected stage, in the expected order; stages that never ran have no attempts. */
export function readStages(run: WorkflowRun, expected: ExpectedGraph): StageRun[] {
  const nodes = run.Graph?.Nodes ?? []
  return expected.stages.map((stage) => {
    const node = nodes.find((n) => n.Type === (stage.kind === 'job' ? 'JOB' : 'CRAWLER') && n.Name === stage.target)
    const attempts = node ? readAttempts(stage.kind, node) : []
    return summarise({ stage: stage.name, kind: stage.kind, target: stage.target, attempts })
  })
}

function readAttempts(kind: StageRun['kind'], node: Node): Attempt[] {
  if (kind === 'job') return [...(node.JobDetails?.JobRuns ?? [])].sort(byAttempt).map(fromJobRun)
  return [...(node.CrawlerDetails?.Crawls ?? [])].sort(byStart).map(fromCrawl)
}

function byAttempt(a: JobRun, b: JobRun): number {
  return (a.Attempt ?? 0) - (b.Attempt ?? 0) || time(a.StartedOn) - time(b.StartedOn)
}

function byStart(a: Crawl, b: Crawl): number {
  return time(a.StartedOn) - time(b.StartedOn)
}

function time(date: Date | undefined): number {
  return date ? date.getTime() : Number.MAX_SAFE_INTEGER
}

function fromJobRun(jobRun: JobRun, index: number): Attempt {
  return withoutUndefined({
    id: jobRun.Id,
    attempt: jobRun.Attempt ?? index,
    state: jobRun.JobRunState ?? 'UNKNOWN',
    startedOn: jobRun.StartedOn,
    completedOn: jobRun.CompletedOn,
    triggerName: jobRun.TriggerName,
    errorMessage: jobRun.ErrorMessage,
    arguments: Object.keys(logArguments(jobRun.Arguments)).length > 0 ? logArguments(jobRun.Arguments) : undefined,
    logGroupName: jobRun.LogGroupName
  })
}

function fromCrawl(crawl: Crawl, index: number): Attempt {
  return withoutUndefined({
    attempt: index,
    state: crawl.State ?? 'UNKNOWN',
    startedOn: crawl.StartedOn,
    completedOn: crawl.CompletedOn,
    errorMessage: crawl.ErrorMessage,
    logGroup: crawl.LogGroup,
    logStream: crawl.LogStream
  })
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** Fills the per-stage summary fields from the attempts. */
function summarise(stage: Pick<StageRun, 'stage' | 'kind' | 'target' | 'attempts'>): StageRun {
  const first = stage.attempts[0]
  const last = stage.attempts.at(-1)
  if (!first || !last) return stage
  const completedOn = isTerminalAttempt(stage.kind, last.state) ? last.completedOn : undefined
  const failed = [...stage.attempts].reverse().find((a) => a.errorMessage)
  return withoutUndefined({
    ...stage,
    finalState: last.state,
    startedOn: first.startedOn,
    completedOn,
    durationSeconds:
      first.startedOn && completedOn
        ? Math.round((completedOn.getTime() - first.startedOn.getTime()) / 100) / 10
        : undefined,
    startedBy: first.triggerName,
    errorMessage: last.state === 'SUCCEEDED' ? undefined : (last.errorMessage ?? failed?.errorMessage)
  })
}
