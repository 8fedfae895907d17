/** Links to the AWS Glue console. Pure. */

/** The console host of the region's partition: China and GovCloud regions have their own. */
function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return 'console.amazonaws.cn'
  if (region.startsWith('us-gov-')) return 'console.amazonaws-us-gov.com'
  return `${region}.console.aws.amazon.com`
}

/** encodeURIComponent, plus the parentheses it leaves alone (they would end a Markdown link). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/\(/g, '%28').replace(/\)/g, '%29')
}

/** The page of one workflow run (its graph and job runs) in the AWS Glue console. */
export function runConsoleUrl(region: string, workflowName: string, runId: string): string {
  const page = `/v2/etl-configuration/workflows/run/${encode(workflowName)}?runId=${encode(runId)}`
  return `https://${consoleHost(region)}/glue/home?region=${region}#${page}`
}

/** A job run's page in the AWS Glue console (Glue Studio): its details, error and links to its logs. */
export function jobRunConsoleUrl(region: string, jobName: string, jobRunId: string): string {
  return `https://${consoleHost(region)}/gluestudio/home?region=${region}#/job/${encode(jobName)}/run/${encode(jobRunId)}`
}

/** A crawler's page in the AWS Glue console (its crawls and their logs). */
export function crawlerConsoleUrl(region: string, crawlerName: string): string {
  return `https://${consoleHost(region)}/glue/home?region=${region}#/v2/data-catalog/crawlers/view/${encode(crawlerName)}`
}

/** The CloudWatch console's escaping of names in its URL fragment: encoded twice, then `%` written as `$`. */
function cloudWatchName(text: string): string {
  return encode(encode(text)).replace(/%/g, '$')
}

/** One log stream in the CloudWatch console. */
export function logStreamUrl(region: string, group: string, stream: string): string {
  return `https://${consoleHost(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchName(group)}/log-events/${cloudWatchName(stream)}`
}

/**
 * A log group in the CloudWatch console, showing the streams whose names start with `streamPrefix` (a job run's
 * streams: named after its id, `<id>-driver`, `<id>-executor…`, whatever the Glue version).
 */
export function logStreamsUrl(region: string, group: string, streamPrefix: string): string {
  return `https://${consoleHost(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchName(group)}$3FlogStreamNameFilter$3D${cloudWatchName(streamPrefix)}`
}
