import type { CrawlRecord, JobRunRecord } from '../state/types.js'

export interface WorkflowRunStatistics {
  TotalActions: number
  TimeoutActions: number
  FailedActions: number
  StoppedActions: number
  SucceededActions: number
  RunningActions: number
  ErroredActions: number
  WaitingActions: number
}

/**
 * Statistics of a workflow run: every job run (retries included) and every crawl started by the run is one action;
 * triggers are not counted. TotalActions is the number of actions started so far.
 */
export function computeStatistics(jobRuns: JobRunRecord[], crawls: CrawlRecord[]): WorkflowRunStatistics {
  const stats: WorkflowRunStatistics = {
    TotalActions: 0,
    TimeoutActions: 0,
    FailedActions: 0,
    StoppedActions: 0,
    SucceededActions: 0,
    RunningActions: 0,
    ErroredActions: 0,
    WaitingActions: 0
  }
  const count = (state: string) => {
    stats.TotalActions++
    if (state === 'SUCCEEDED') stats.SucceededActions++
    else if (state === 'FAILED') stats.FailedActions++
    else if (state === 'TIMEOUT') stats.TimeoutActions++
    else if (state === 'STOPPED' || state === 'CANCELLED') stats.StoppedActions++
    else if (state === 'ERROR' || state === 'EXPIRED') stats.ErroredActions++
    else if (state === 'WAITING') stats.WaitingActions++
    else stats.RunningActions++
  }
  jobRuns.forEach((run) => count(run.JobRunState))
  crawls.forEach((crawl) => count(crawl.State))
  return stats
}
