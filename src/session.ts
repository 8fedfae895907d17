/** What the modes of one step share: the workflow, a lazily made Glue gateway, and the run that `start` followed. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { GlueGateway } from './aws/glue.js'

export class Session {
  private gatewayInstance?: GlueGateway

  /** Set by `start`: the run it started or attached to, for `verify` in the same step. */
  startedRunId?: string
  /** Set by `start` when it followed the run to its end (with graph), so `verify` need not read it again. */
  finishedRun?: WorkflowRun
  /** Set by `main` when a mode of this step failed: later modes know the step's failure is reported already. */
  failedEarlier = false

  constructor(
    readonly workflowName: string,
    readonly region: string
  ) {}

  get gateway(): GlueGateway {
    this.gatewayInstance ??= new GlueGateway({ region: this.region })
    return this.gatewayInstance
  }
}

/**
 * How a mode ended. A failed mode gives the one line that fails the step (`main` alone reports it), or no line when
 * it annotated its failure already (verify: one error annotation per finding).
 */
export type ModeOutcome = { status: 'succeeded' } | { status: 'failed'; error?: string }

export const SUCCEEDED: ModeOutcome = { status: 'succeeded' }

export function failed(error?: string): ModeOutcome {
  return error === undefined ? { status: 'failed' } : { status: 'failed', error }
}
