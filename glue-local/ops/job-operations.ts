import { alreadyExists, entityNotFound } from '../protocol/glue-error.js'
import { renderJob, renderJobRun } from '../render/render-resources.js'
import { isTerminalJobRun } from '../engine/run-states.js'
import type { JobRecord, StringMap } from '../state/types.js'
import { clone } from '../util/objects.js'
import type { OperationContext } from './operation-context.js'
import { paginate } from './pagination.js'
import { resourceKey, validateTagsToAdd } from './tag-rules.js'

/** CreateJob members that are also members of the Job shape (what GetJob returns). */
const JOB_MEMBERS = [
  'Description',
  'LogUri',
  'ExecutionProperty',
  'DefaultArguments',
  'NonOverridableArguments',
  'Connections',
  'MaxRetries',
  'AllocatedCapacity',
  'Timeout',
  'MaxCapacity',
  'WorkerType',
  'NumberOfWorkers',
  'SecurityConfiguration',
  'NotificationProperty',
  'GlueVersion',
  'CodeGenConfigurationNodes',
  'ExecutionClass',
  'SourceControlDetails'
]

interface CreateJobInput {
  Name: string
  Role: string
  Command: Record<string, unknown>
  Tags?: StringMap
  [member: string]: unknown
}

export function requireJob(ctx: OperationContext, name: string): JobRecord {
  const job = ctx.store.state.jobs[name]
  if (!job) throw entityNotFound(`Job ${name} not found`)
  return job
}

export function createJob(ctx: OperationContext, input: CreateJobInput) {
  const { state } = ctx.store
  if (state.jobs[input.Name]) throw alreadyExists(`Job ${input.Name} already exists`)
  if (input.Tags) validateTagsToAdd(input.Tags)
  const now = ctx.clock.now()
  const job: JobRecord = {
    Name: input.Name,
    Role: input.Role,
    Command: clone(input.Command),
    MaxRetries: 0,
    Timeout: 2880,
    ExecutionProperty: { MaxConcurrentRuns: 1 },
    CreatedOn: now,
    LastModifiedOn: now
  }
  for (const member of JOB_MEMBERS) if (input[member] !== undefined) job[member] = clone(input[member])
  state.jobs[input.Name] = job
  if (input.Tags && Object.keys(input.Tags).length > 0) state.tags[resourceKey('job', input.Name)] = clone(input.Tags)
  return { Name: input.Name }
}

export function getJob(ctx: OperationContext, input: { JobName: string }) {
  return { Job: renderJob(requireJob(ctx, input.JobName)) }
}

export function batchGetJobs(ctx: OperationContext, input: { JobNames: string[] }) {
  const names = [...new Set(input.JobNames)]
  const { jobs } = ctx.store.state
  return {
    Jobs: names.filter((name) => jobs[name]).map((name) => renderJob(jobs[name])),
    JobsNotFound: names.filter((name) => !jobs[name])
  }
}

/** DeleteJob of an unknown job succeeds (as in Glue). Triggers that reference it are kept. */
export function deleteJob(ctx: OperationContext, input: { JobName: string }) {
  delete ctx.store.state.jobs[input.JobName]
  delete ctx.store.state.tags[resourceKey('job', input.JobName)]
  return { JobName: input.JobName }
}

export function getJobRun(ctx: OperationContext, input: { JobName: string; RunId: string }) {
  requireJob(ctx, input.JobName)
  const jobRun = ctx.store.state.jobRuns[input.RunId]
  if (!jobRun || jobRun.JobName !== input.JobName) throw entityNotFound(`Job run ${input.RunId} not found`)
  return { JobRun: renderJobRun(jobRun) }
}

/** GetJobRuns pages a job's runs newest first. */
export function getJobRuns(ctx: OperationContext, input: { JobName: string; NextToken?: string; MaxResults?: number }) {
  requireJob(ctx, input.JobName)
  const runs = Object.values(ctx.store.state.jobRuns)
    .filter((jobRun) => jobRun.JobName === input.JobName)
    .sort((a, b) => b.StartedOn - a.StartedOn)
  const page = paginate(runs, input.NextToken, input.MaxResults, 100, 200)
  return { JobRuns: page.items.map((jobRun) => renderJobRun(jobRun)), NextToken: page.NextToken }
}

/** StartJobRun outside any workflow (does not fire workflow triggers). */
export function startJobRun(
  ctx: OperationContext,
  input: { JobName: string; Arguments?: StringMap; Timeout?: number }
) {
  requireJob(ctx, input.JobName)
  const jobRun = ctx.engine.startStandaloneJobRun({
    JobName: input.JobName,
    Arguments: input.Arguments,
    Timeout: input.Timeout
  })
  return { JobRunId: jobRun.Id }
}

export function batchStopJobRun(ctx: OperationContext, input: { JobName: string; JobRunIds: string[] }) {
  const successful: { JobName: string; JobRunId: string }[] = []
  const errors: { JobName: string; JobRunId: string; ErrorDetail: { ErrorCode: string; ErrorMessage: string } }[] = []
  for (const id of input.JobRunIds) {
    const jobRun = ctx.store.state.jobRuns[id]
    if (!jobRun || jobRun.JobName !== input.JobName) {
      errors.push({
        JobName: input.JobName,
        JobRunId: id,
        ErrorDetail: { ErrorCode: 'EntityNotFoundException', ErrorMessage: `Job run ${id} not found` }
      })
    } else if (isTerminalJobRun(jobRun.JobRunState) || jobRun.JobRunState === 'STOPPING') {
      errors.push({
        JobName: input.JobName,
        JobRunId: id,
        ErrorDetail: {
          ErrorCode: 'InvalidInputException',
          ErrorMessage: `Job run ${id} is in state ${jobRun.JobRunState} and cannot be stopped`
        }
      })
    } else {
      ctx.engine.stopJobRun(jobRun)
      successful.push({ JobName: input.JobName, JobRunId: id })
    }
  }
  return { SuccessfulSubmissions: successful, Errors: errors }
}
