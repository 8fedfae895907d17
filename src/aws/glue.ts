/**
 * The one module that talks to AWS Glue (and STS for the account id). Everything else decides; this calls.
 * Each method is one Glue API call, named after it, returning plain data.
 */
import {
  BatchGetCrawlersCommand,
  BatchGetTriggersCommand,
  BatchGetJobsCommand,
  BatchStopJobRunCommand,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  DeleteTriggerCommand,
  GetTagsCommand,
  GetWorkflowCommand,
  GetWorkflowRunCommand,
  GetWorkflowRunsCommand,
  GlueClient,
  StartTriggerCommand,
  StartWorkflowRunCommand,
  StopWorkflowRunCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateTriggerCommand,
  UpdateWorkflowCommand,
  type Action,
  type BatchGetCrawlersCommandOutput,
  type BatchGetTriggersCommandOutput,
  type BatchGetJobsCommandOutput,
  type BatchStopJobRunCommandOutput,
  type CreateTriggerCommandOutput,
  type CreateWorkflowCommandOutput,
  type DeleteTriggerCommandOutput,
  type GetTagsCommandOutput,
  type GetWorkflowCommandOutput,
  type GetWorkflowRunCommandOutput,
  type GetWorkflowRunsCommandOutput,
  type StartTriggerCommandOutput,
  type StartWorkflowRunCommandOutput,
  type StopWorkflowRunCommandOutput,
  type TagResourceCommandOutput,
  type UntagResourceCommandOutput,
  type UpdateTriggerCommandOutput,
  type UpdateWorkflowCommandOutput,
  type CreateTriggerRequest,
  type CreateWorkflowRequest,
  type Trigger,
  type TriggerUpdate,
  type UpdateWorkflowRequest,
  type Workflow,
  type WorkflowRun
} from '@aws-sdk/client-glue'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { randomUUID } from 'node:crypto'
import { callLogLine, metadataOf } from './callLog.js'
import { credentialsFromEnv, redactDeep, redactSecrets } from './redactSecrets.js'
import { GlueRetryStrategy, MAX_ATTEMPTS } from './retry.js'

export type { Action, Trigger, Workflow, WorkflowRun }

/** Per call: an abort signal that ends the call, the SDK's retries and back-off included (a deadline, a budget). */
export interface CallOptions {
  abortSignal?: AbortSignal
}

export interface GlueGatewayOptions {
  region: string
  /** Attempts per call for the SDK retry strategy (throttling, 5xx, dropped connections, CME). */
  maxAttempts?: number
  /** Gets one line per call (see callLog.ts); default: a `::debug::` line, when the runner's debug logging is on. */
  debug?: (line: string) => void
}

/**
 * `::debug::` lines are hidden by the runner unless step debug logging is on (it then sets RUNNER_DEBUG=1): only then
 * are they written, and only then is @actions/core loaded for them (start-up stays as lean without).
 */
function runnerDebug(line: string): void {
  if (process.env.RUNNER_DEBUG !== '1') return
  void import('../inertCore.js').then((core) => core.debug(line))
}

function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === name
}

/**
 * Records which IAM action a failed call needed (read by explainError), and takes the credentials out of every field
 * of the error (its name, message, stack, code...): an endpoint or proxy that quotes the request (Authorization,
 * X-Amz-Security-Token), even in the error's type, must not put them in a log.
 */
function tagOperation(error: unknown, action: string): unknown {
  if (typeof error === 'object' && error !== null) Object.assign(error, { iamAction: action })
  return redactDeep(error, credentialsFromEnv(process.env))
}

/** Run property that marks the run one StartWorkflowRun call started (see startWorkflowRun). */
export const START_TOKEN_PROPERTY = 'glue-workflow-action:start-token'
/** StartWorkflowRun attempts when the answer is lost (dropped connection, 5xx). */
const START_ATTEMPTS = 4

/** Whether Glue may have acted although the call failed: no HTTP answer at all, or a server error. */
function mayHaveActed(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode
  return status === undefined || status >= 500
}

export class GlueGateway {
  readonly glue: GlueClient
  readonly region: string
  private readonly maxAttempts: number
  /** Shared by the Glue client and STS (one retry quota), as before the clients were made lazily. */
  private readonly retryStrategy: GlueRetryStrategy
  private startClientInstance?: GlueClient
  private stsInstance?: STSClient

  private readonly debug: (line: string) => void

  constructor(options: GlueGatewayOptions) {
    this.region = options.region
    this.debug = options.debug ?? runnerDebug
    this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS
    this.retryStrategy = new GlueRetryStrategy(this.maxAttempts)
    this.glue = new GlueClient({ region: options.region, retryStrategy: this.retryStrategy })
  }

  /**
   * For StartWorkflowRun only: retries throttling, never an answer that may have been lost after Glue acted.
   * Made on first use, like STS: a client costs start-up time, and most steps need only one of them.
   */
  private get startClient(): GlueClient {
    this.startClientInstance ??= new GlueClient({
      region: this.region,
      retryStrategy: new GlueRetryStrategy(this.maxAttempts, true)
    })
    return this.startClientInstance
  }

  /** STS, for the account id (deploy only). */
  private get sts(): STSClient {
    this.stsInstance ??= new STSClient({ region: this.region, retryStrategy: this.retryStrategy })
    return this.stsInstance
  }

  /** Sends one command; a failure is tagged with the Glue operation name, so errors can name the IAM action. */
  private async send<Output>(
    command: { constructor: { name: string } },
    client = this.glue,
    options: CallOptions = {}
  ): Promise<Output> {
    const operation = `glue:${command.constructor.name.replace(/Command$/, '')}`
    return this.timed(operation, () => client.send(command as never, options) as Promise<Output>)
  }

  /**
   * One call, with one debug line (operation, milliseconds, request id, attempts); every string of the answer is the
   * endpoint's to choose, so none carries a credential into the action; a failure is tagged with the operation, so
   * errors can name the IAM action.
   */
  private async timed<Output>(operation: string, call: () => Promise<Output>): Promise<Output> {
    const started = performance.now()
    try {
      const output = await call()
      this.logCall(callLogLine(operation, performance.now() - started, metadataOf(output)))
      return redactDeep(output, credentialsFromEnv(process.env))
    } catch (error) {
      this.logCall(callLogLine(operation, performance.now() - started, metadataOf(error), error))
      throw tagOperation(error, operation)
    }
  }

  /** The line carries no parameter; the request id is the endpoint's text, so it is redacted like an error. */
  private logCall(line: string): void {
    this.debug(redactSecrets(line, credentialsFromEnv(process.env)))
  }

  async getAccountId(): Promise<string> {
    const identity = await this.timed('sts:GetCallerIdentity', () => this.sts.send(new GetCallerIdentityCommand({})))
    if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account id')
    return identity.Account
  }

  /** The workflow with its static graph (every trigger of the workflow), or undefined when it does not exist. */
  async getWorkflow(name: string, includeGraph = true): Promise<Workflow | undefined> {
    return orUndefinedWhenMissing(async () => {
      const out = await this.send<GetWorkflowCommandOutput>(
        new GetWorkflowCommand({ Name: name, IncludeGraph: includeGraph })
      )
      return out.Workflow
    })
  }

  /** The jobs' default arguments by name, and the names that are not Glue jobs. One round trip. */
  async getJobs(
    names: string[]
  ): Promise<{ defaultArguments: Map<string, Record<string, string>>; missing: string[] }> {
    if (names.length === 0) return { defaultArguments: new Map(), missing: [] }
    const out = await this.send<BatchGetJobsCommandOutput>(new BatchGetJobsCommand({ JobNames: names }))
    return {
      defaultArguments: new Map((out.Jobs ?? []).map((job) => [job.Name ?? '', job.DefaultArguments ?? {}])),
      missing: out.JobsNotFound ?? []
    }
  }

  /** Names among `names` that are not Glue crawlers. One round trip per 100 names. */
  async findMissingCrawlers(names: string[]): Promise<string[]> {
    const missing: string[] = []
    for (let i = 0; i < names.length; i += 100) {
      const out = await this.send<BatchGetCrawlersCommandOutput>(
        new BatchGetCrawlersCommand({ CrawlerNames: names.slice(i, i + 100) })
      )
      missing.push(...(out.CrawlersNotFound ?? []))
    }
    return missing
  }

  /**
   * The triggers that hold these names, whatever workflow they belong to (a name missing from the answer is free).
   * One round trip: the model sets no limit on the number of names.
   */
  async getTriggersByName(names: string[]): Promise<Trigger[]> {
    if (names.length === 0) return []
    const out = await this.send<BatchGetTriggersCommandOutput>(new BatchGetTriggersCommand({ TriggerNames: names }))
    return out.Triggers ?? []
  }

  /** The resource's tags, or undefined when the resource does not exist. */
  async getTags(arn: string): Promise<Record<string, string> | undefined> {
    return orUndefinedWhenMissing(async () => {
      const out = await this.send<GetTagsCommandOutput>(new GetTagsCommand({ ResourceArn: arn }))
      return out.Tags ?? {}
    })
  }

  async createWorkflow(request: CreateWorkflowRequest): Promise<void> {
    await this.send<CreateWorkflowCommandOutput>(new CreateWorkflowCommand(request))
  }

  async updateWorkflow(request: UpdateWorkflowRequest): Promise<void> {
    await this.send<UpdateWorkflowCommandOutput>(new UpdateWorkflowCommand(request))
  }

  async createTrigger(request: CreateTriggerRequest): Promise<void> {
    await this.send<CreateTriggerCommandOutput>(new CreateTriggerCommand(request))
  }

  async updateTrigger(name: string, update: TriggerUpdate): Promise<void> {
    await this.send<UpdateTriggerCommandOutput>(new UpdateTriggerCommand({ Name: name, TriggerUpdate: update }))
  }

  /** Activates a SCHEDULED or CONDITIONAL trigger. Never called on an ON_DEMAND trigger (that would start a run). */
  async startTrigger(name: string): Promise<void> {
    await this.send<StartTriggerCommandOutput>(new StartTriggerCommand({ Name: name }))
  }

  async deleteTrigger(name: string): Promise<void> {
    await this.send<DeleteTriggerCommandOutput>(new DeleteTriggerCommand({ Name: name }))
  }

  async tagResource(arn: string, tags: Record<string, string>): Promise<void> {
    await this.send<TagResourceCommandOutput>(new TagResourceCommand({ ResourceArn: arn, TagsToAdd: tags }))
  }

  async untagResource(arn: string, keys: string[]): Promise<void> {
    await this.send<UntagResourceCommandOutput>(new UntagResourceCommand({ ResourceArn: arn, TagsToRemove: keys }))
  }

  /**
   * Starts one run. StartWorkflowRun is not idempotent, so it is never retried blindly: each call carries a unique
   * token as a run property, and when the answer is lost (dropped connection, 5xx) the run carrying the token is
   * looked up first; only when there is none is the start tried again. Throttling is retried by the SDK. The caller
   * may pass the token (saved beforehand, so that a cancelled step can still find the run; see findRunByToken).
   */
  async startWorkflowRun(
    name: string,
    runProperties: Record<string, string>,
    token: string = randomUUID()
  ): Promise<string> {
    const request = { Name: name, RunProperties: { ...runProperties, [START_TOKEN_PROPERTY]: token } }
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await this.send<StartWorkflowRunCommandOutput>(
          new StartWorkflowRunCommand(request),
          this.startClient
        )
        if (!out.RunId) throw new Error('StartWorkflowRun returned no RunId')
        return out.RunId
      } catch (error) {
        if (!mayHaveActed(error) || attempt === START_ATTEMPTS) throw error
        const started = (await this.findRunByToken(name, token))?.run
        if (started?.WorkflowRunId) return started.WorkflowRunId
      }
    }
  }

  /**
   * The run that the StartWorkflowRun call with this start token started, among the workflow's latest runs:
   * `{ run }` (run undefined when no run carries the token), or undefined when the workflow does not exist.
   */
  async findRunByToken(
    name: string,
    token: string,
    options: CallOptions = {}
  ): Promise<{ run?: WorkflowRun } | undefined> {
    const runs = await this.getRecentWorkflowRuns(name, 25, options)
    if (runs === undefined) return undefined
    const run = runs.find((r) => r.WorkflowRunProperties?.[START_TOKEN_PROPERTY] === token)
    return run ? { run } : {}
  }

  /** One run, or undefined when the workflow or the run does not exist. */
  async getWorkflowRun(
    name: string,
    runId: string,
    includeGraph = true,
    options: CallOptions = {}
  ): Promise<WorkflowRun | undefined> {
    return orUndefinedWhenMissing(async () => {
      const out = await this.send<GetWorkflowRunCommandOutput>(
        new GetWorkflowRunCommand({ Name: name, RunId: runId, IncludeGraph: includeGraph }),
        this.glue,
        options
      )
      if (!out.Run) throw new Error(`GetWorkflowRun returned no run for ${runId}`)
      return out.Run
    })
  }

  /** The most recent runs of a workflow (first page only), without graphs; undefined when the workflow does not exist. */
  async getRecentWorkflowRuns(
    name: string,
    maxResults = 25,
    options: CallOptions = {}
  ): Promise<WorkflowRun[] | undefined> {
    return orUndefinedWhenMissing(async () => {
      const out = await this.send<GetWorkflowRunsCommandOutput>(
        new GetWorkflowRunsCommand({ Name: name, IncludeGraph: false, MaxResults: maxResults }),
        this.glue,
        options
      )
      return out.Runs ?? []
    })
  }

  /** Stops a run; a run that already ended is left alone (returns false). */
  async stopWorkflowRun(name: string, runId: string, options: CallOptions = {}): Promise<boolean> {
    try {
      await this.send<StopWorkflowRunCommandOutput>(
        new StopWorkflowRunCommand({ Name: name, RunId: runId }),
        this.glue,
        options
      )
      return true
    } catch (error) {
      if (isNamed(error, 'IllegalWorkflowStateException')) return false
      throw error
    }
  }

  async batchStopJobRuns(jobName: string, jobRunIds: string[], options: CallOptions = {}): Promise<void> {
    for (let i = 0; i < jobRunIds.length; i += 25) {
      await this.send<BatchStopJobRunCommandOutput>(
        new BatchStopJobRunCommand({ JobName: jobName, JobRunIds: jobRunIds.slice(i, i + 25) }),
        this.glue,
        options
      )
    }
  }
}

/** Every read of the gateway says "missing" the same way: undefined, never an EntityNotFoundException. */
async function orUndefinedWhenMissing<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read()
  } catch (error) {
    if (isNamed(error, 'EntityNotFoundException')) return undefined
    throw error
  }
}
