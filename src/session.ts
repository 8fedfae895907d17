/** What the modes of one step share: the workflow, a lazily made Glue gateway, and the run that `start` followed. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { GlueGateway } from './aws/glue.js'

export class Session {
  private gatewayInstance?: GlueGateway

  /** Set by `start`: the run it started or attached to, for `verify` in the same step. */
  startedRunId?: string
  /** Set by `start` when it followed the run to its end (with graph), so `verify` need not read it again. */
  finishedRun?: WorkflowRun

  constructor(
    readonly workflowName: string,
    readonly region: string
  ) {}

  get gateway(): GlueGateway {
    this.gatewayInstance ??= new GlueGateway({ region: this.region })
    return this.gatewayInstance
  }
}

/** How a mode ended: `failed` means it reported its failure already (annotations, summary, setFailed). */
export type ModeOutcome = 'succeeded' | 'failed'
