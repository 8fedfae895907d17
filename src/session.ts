/** What the modes of one step share: the workflow, a lazily made Glue gateway, and the run that `start` followed. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { explainError } from './aws/explainError.js'
import { GlueGateway } from './aws/glue.js'
import { logArguments, type LinkContext } from './run/jobLogs.js'

export class Session {
  private gatewayInstance?: GlueGateway

  /** Set by `start`: the run it started or attached to, for `verify` in the same step. */
  startedRunId?: string
  /** Set by `start` when it followed the run to its end (with graph), so `verify` need not read it again. */
  finishedRun?: WorkflowRun
  /** Set by `main` when a mode of this step failed with an error line: later modes have one annotation less. */
  failedEarlier = false
  /** The logging arguments of each job read so far (deploy reads every job; start and verify read the rest once). */
  private readonly jobLogArguments = new Map<string, Record<string, string>>()

  constructor(
    readonly workflowName: string,
    readonly region: string
  ) {}

  get gateway(): GlueGateway {
    this.gatewayInstance ??= new GlueGateway({ region: this.region })
    return this.gatewayInstance
  }

  /** Keeps the logging arguments of jobs that were read (only those: other default arguments may hold secrets). */
  rememberJobs(defaultArguments: Map<string, Record<string, string>>): void {
    for (const [name, args] of defaultArguments) this.jobLogArguments.set(name, logArguments(args))
  }

  /**
   * How to link the stages of a run to their logs: the region, and the jobs' logging arguments (continuous logging,
   * custom log groups). Jobs not read yet in this step are read with one BatchGetJobs; when that fails (e.g. a role
   * without glue:BatchGetJobs), the links follow the job runs' own arguments, and a debug line says why.
   */
  async linkContext(jobNames: string[]): Promise<LinkContext> {
    const unread = [...new Set(jobNames)].filter((name) => !this.jobLogArguments.has(name))
    if (unread.length > 0) {
      try {
        this.rememberJobs((await this.gateway.getJobs(unread)).defaultArguments)
      } catch (error) {
        // Loaded here, not with the session: the session is made before the first AWS call, @actions/core after it.
        const core = await import('./inertCore.js')
        core.debug(`Log links without the jobs' own arguments: ${explainError(error)}`)
      }
      for (const name of unread) if (!this.jobLogArguments.has(name)) this.jobLogArguments.set(name, {})
    }
    return { region: this.region, jobArguments: (name) => this.jobLogArguments.get(name) }
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
