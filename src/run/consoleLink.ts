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
