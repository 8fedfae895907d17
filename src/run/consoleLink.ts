/** Links to the AWS Glue console. Pure. (Owner: start mode.) */
export function runConsoleUrl(_region: string, _workflowName: string, _runId: string): string {
  throw new Error('runConsoleUrl: not implemented yet')
}
