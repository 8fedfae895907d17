/** The one line a cancelled step ends with: what happened to the Glue run. Pure. */
import type { CancelSignal } from './signals.js'
import { duration, shortId } from '../text.js'

export type CancelResult =
  | { kind: 'no-run' }
  /** StartWorkflowRun did not answer and no run carries the step's start token yet. */
  | { kind: 'unanswered' }
  | { kind: 'attached'; runId: string }
  | { kind: 'left'; runId: string }
  | { kind: 'already-ended'; runId: string }
  | { kind: 'stopped'; runId: string; status?: string; ms: number; ended: boolean }
  | { kind: 'job-runs-stopped'; runId: string }
  | { kind: 'unconfirmed'; runId: string; budgetMs: number }
  | { kind: 'failed'; runId?: string; reason: string }

/** `Cancelled by SIGINT: Glue run wr_7443a480… stopped, STOPPED after 4 s`. */
export function cancelledLine(signal: CancelSignal, result: CancelResult): string {
  return `Cancelled by ${signal}: ${what(result)}`
}

function what(result: CancelResult): string {
  const run = 'runId' in result && result.runId ? `Glue run ${shortId(result.runId)}` : 'the Glue run'
  switch (result.kind) {
    case 'no-run':
      return 'no Glue run of this step was running, nothing to stop'
    case 'unanswered':
      return "StartWorkflowRun has not answered and no run carries this step's start token yet: the post step will look for it again and stop it"
    case 'attached':
      return `${run} left running (this step attached to it, it did not start it)`
    case 'left':
      return `${run} left running (stop-on-cancel: false)`
    case 'already-ended':
      return `${run} had already ended, nothing to stop`
    case 'stopped':
      return result.ended
        ? `${run} stopped, ${result.status} after ${duration(result.ms / 1000)}`
        : `${run} asked to stop, still ${result.status ?? 'STOPPING'} after ${duration(result.ms / 1000)}`
    case 'job-runs-stopped':
      return `Glue refused to stop ${run.replace('Glue run', 'run')}; stopped its running job runs instead`
    case 'unconfirmed':
      return `Glue did not confirm the stop of ${run.replace('Glue run', 'run')} within ${duration(result.budgetMs / 1000)}; the post step will try again`
    case 'failed':
      return `could not stop ${run}: ${result.reason}; the post step will try again`
  }
}
