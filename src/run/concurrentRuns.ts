/** The one-line explanation of Glue's "Concurrent runs exceeded", thrown or recorded as an ERROR run. Pure. */
import { oneLine } from '../text.js'

const CONCURRENT_RUNS = /concurrent runs exceeded/i

export function isConcurrentRunsError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, message } = error as { name?: string; message?: string }
  return name === 'ConcurrentRunsExceededException' || CONCURRENT_RUNS.test(message ?? '')
}

export function isConcurrentRunsMessage(message: string | undefined): boolean {
  return CONCURRENT_RUNS.test(message ?? '')
}

/** What happened and what to do, on one line. */
export function explainConcurrentRuns(workflowName: string | undefined, glueMessage: string | undefined): string {
  const said = glueMessage ? ` (Glue: ${oneLine(glueMessage, 160)})` : ''
  return (
    `Glue refused the run: ${workflowName ? `workflow ${workflowName}` : 'the workflow'} already runs as many times as its max-concurrent-runs allows${said}. ` +
    `Wait for the running run, raise max-concurrent-runs, or use if-running: wait`
  )
}
