/**
 * Where a stage's logs are, and the links that lead there: per attempt, the job run in the Glue console and its
 * CloudWatch log streams (`/aws-glue/jobs/output` and `/aws-glue/jobs/error`, streams named after the job run id; the
 * continuous-logging group `/aws-glue/jobs/logs-v2` when the job has `--enable-continuous-cloudwatch-log: true`), or,
 * for a crawler, its crawl's log (`/aws-glue/crawlers`, stream = crawler name). Glue's logging arguments that move
 * these (custom groups and stream prefixes) are honoured. Pure.
 */
import { crawlerConsoleUrl, jobRunConsoleUrl, logStreamUrl, logStreamsUrl } from './consoleLink.js'
import type { Attempt, StageRun } from './types.js'

/** The job arguments that decide where a job run logs; the only ones the action keeps (others may hold secrets). */
export const LOG_ARGUMENTS = [
  '--enable-continuous-cloudwatch-log',
  '--continuous-log-logGroup',
  '--continuous-log-logStreamPrefix',
  '--custom-logGroup-prefix',
  '--custom-logStream-prefix'
] as const

/** Only the logging arguments of a job's (or a job run's) arguments. */
export function logArguments(args: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args ?? {}).filter(([key]) => (LOG_ARGUMENTS as readonly string[]).includes(key))
  )
}

export interface LinkContext {
  region: string
  /** The job's own logging arguments (its DefaultArguments), when they were read; a run's arguments win over them. */
  jobArguments?: (jobName: string) => Record<string, string> | undefined
}

/** Links of one attempt. `logs` names each log: output, error, continuous (jobs) or crawl (crawlers). */
export interface AttemptLinks {
  attempt: number
  jobRunId: string | null
  state: string
  consoleUrl: string
  logs: Partial<Record<'output' | 'error' | 'continuous' | 'crawl', string>>
}

const DEFAULT_JOB_GROUP = '/aws-glue/jobs'
const CONTINUOUS_GROUP = '/aws-glue/jobs/logs-v2'
const CRAWLER_GROUP = '/aws-glue/crawlers'

export function attemptLinks(
  stage: Pick<StageRun, 'kind' | 'target'>,
  attempt: Attempt,
  ctx: LinkContext
): AttemptLinks {
  const base = { attempt: attempt.attempt + 1, state: attempt.state }
  if (stage.kind === 'crawler') {
    const group = attempt.logGroup ?? CRAWLER_GROUP
    return {
      ...base,
      jobRunId: null,
      consoleUrl: crawlerConsoleUrl(ctx.region, stage.target),
      logs: { crawl: logStreamUrl(ctx.region, group, attempt.logStream ?? stage.target) }
    }
  }
  const id = attempt.id
  if (!id) return { ...base, jobRunId: null, consoleUrl: '', logs: {} }
  const args = { ...ctx.jobArguments?.(stage.target), ...attempt.arguments }
  const group = (attempt.logGroupName ?? args['--custom-logGroup-prefix'] ?? DEFAULT_JOB_GROUP).replace(/\/+$/, '')
  const streams = args['--custom-logStream-prefix'] || id
  const logs: AttemptLinks['logs'] = {
    error: logStreamsUrl(ctx.region, `${group}/error`, streams),
    output: logStreamsUrl(ctx.region, `${group}/output`, streams)
  }
  if (args['--enable-continuous-cloudwatch-log'] === 'true') {
    const continuous = args['--continuous-log-logGroup'] || CONTINUOUS_GROUP
    logs.continuous = logStreamsUrl(ctx.region, continuous, `${args['--continuous-log-logStreamPrefix'] ?? ''}${id}`)
  }
  return { ...base, jobRunId: id, consoleUrl: jobRunConsoleUrl(ctx.region, stage.target, id), logs }
}

/** Links of every attempt of a stage, in order. */
export function stageLinks(stage: StageRun, ctx: LinkContext): AttemptLinks[] {
  return stage.attempts.map((a) => attemptLinks(stage, a, ctx))
}

/** The one link for a stage that did not succeed: its last attempt's error log (a crawler: its crawl's log). */
export function failureLogUrl(stage: StageRun, ctx: LinkContext): string | undefined {
  const last = stage.attempts.at(-1)
  if (!last) return undefined
  const links = attemptLinks(stage, last, ctx)
  return links.logs.error ?? links.logs.crawl ?? (links.consoleUrl || undefined)
}
