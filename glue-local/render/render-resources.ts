import type { CrawlerRecord, CrawlRecord, JobRecord, JobRunRecord, TriggerRecord } from '../state/types.js'
import { clone, compact } from '../util/objects.js'
import { toEpochSeconds } from '../util/time.js'

/** Removes the simulator's internal `sim*` fields. */
function withoutSim<T extends object>(record: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(clone(record)).filter(([key]) => !key.startsWith('sim')))
}

export function renderTrigger(trigger: TriggerRecord): Record<string, unknown> {
  return compact({
    Name: trigger.Name,
    WorkflowName: trigger.WorkflowName,
    Type: trigger.Type,
    State: trigger.State,
    Description: trigger.Description,
    Schedule: trigger.Schedule,
    Actions: clone(trigger.Actions),
    Predicate: trigger.Predicate ? clone(trigger.Predicate) : undefined,
    EventBatchingCondition: trigger.EventBatchingCondition ? clone(trigger.EventBatchingCondition) : undefined
  })
}

export function renderJob(job: JobRecord): Record<string, unknown> {
  const rendered = withoutSim(job)
  rendered.CreatedOn = toEpochSeconds(job.CreatedOn)
  rendered.LastModifiedOn = toEpochSeconds(job.LastModifiedOn)
  return rendered
}

export function renderJobRun(jobRun: JobRunRecord): Record<string, unknown> {
  const rendered = withoutSim(jobRun)
  rendered.StartedOn = toEpochSeconds(jobRun.StartedOn)
  rendered.LastModifiedOn = toEpochSeconds(jobRun.LastModifiedOn)
  if (jobRun.CompletedOn !== undefined) rendered.CompletedOn = toEpochSeconds(jobRun.CompletedOn)
  rendered.ExecutionTime =
    jobRun.CompletedOn === undefined ? 0 : Math.round((jobRun.CompletedOn - jobRun.StartedOn) / 1000)
  rendered.PredecessorRuns = []
  rendered.LogGroupName = '/aws-glue/jobs'
  return compact(rendered)
}

export function renderCrawl(crawl: CrawlRecord): Record<string, unknown> {
  return compact({
    State: crawl.State,
    StartedOn: toEpochSeconds(crawl.StartedOn),
    CompletedOn: crawl.CompletedOn === undefined ? undefined : toEpochSeconds(crawl.CompletedOn),
    ErrorMessage: crawl.ErrorMessage,
    LogGroup: crawl.LogGroup,
    LogStream: crawl.LogStream
  })
}

export function renderCrawler(crawler: CrawlerRecord): Record<string, unknown> {
  const rendered = withoutSim(crawler)
  rendered.CreationTime = toEpochSeconds(crawler.CreationTime)
  rendered.LastUpdated = toEpochSeconds(crawler.LastUpdated)
  if (crawler.simLastCrawl) {
    rendered.LastCrawl = compact({
      Status: crawler.simLastCrawl.Status,
      ErrorMessage: crawler.simLastCrawl.ErrorMessage,
      LogGroup: '/aws-glue/crawlers',
      LogStream: crawler.Name,
      StartTime: toEpochSeconds(crawler.simLastCrawl.StartTime)
    })
  }
  return rendered
}
