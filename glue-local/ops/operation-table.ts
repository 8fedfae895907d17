import * as crawlers from './crawler-operations.js'
import * as jobs from './job-operations.js'
import type { OperationContext, OperationTable } from './operation-context.js'
import * as runs from './run-operations.js'
import * as tags from './tag-operations.js'
import * as triggers from './trigger-operations.js'
import * as workflows from './workflow-operations.js'

/** Every Glue operation glue-local implements, by wire name (`X-Amz-Target: AWSGlue.<name>`). */
export const GLUE_OPERATIONS: OperationTable = {
  CreateWorkflow: workflows.createWorkflow,
  UpdateWorkflow: workflows.updateWorkflow,
  GetWorkflow: workflows.getWorkflow,
  DeleteWorkflow: workflows.deleteWorkflow,
  ListWorkflows: workflows.listWorkflows,
  BatchGetWorkflows: workflows.batchGetWorkflows,
  CreateTrigger: triggers.createTrigger,
  UpdateTrigger: triggers.updateTrigger,
  GetTrigger: triggers.getTrigger,
  GetTriggers: triggers.getTriggers,
  ListTriggers: triggers.listTriggers,
  BatchGetTriggers: triggers.batchGetTriggers,
  DeleteTrigger: triggers.deleteTrigger,
  StartTrigger: triggers.startTrigger,
  StopTrigger: triggers.stopTrigger,
  StartWorkflowRun: runs.startWorkflowRun,
  GetWorkflowRun: runs.getWorkflowRun,
  GetWorkflowRuns: runs.getWorkflowRuns,
  StopWorkflowRun: runs.stopWorkflowRun,
  ResumeWorkflowRun: runs.resumeWorkflowRun,
  GetWorkflowRunProperties: runs.getWorkflowRunProperties,
  PutWorkflowRunProperties: runs.putWorkflowRunProperties,
  CreateJob: jobs.createJob,
  GetJob: jobs.getJob,
  BatchGetJobs: jobs.batchGetJobs,
  DeleteJob: jobs.deleteJob,
  StartJobRun: jobs.startJobRun,
  GetJobRun: jobs.getJobRun,
  GetJobRuns: jobs.getJobRuns,
  BatchStopJobRun: jobs.batchStopJobRun,
  CreateCrawler: crawlers.createCrawler,
  GetCrawler: crawlers.getCrawler,
  BatchGetCrawlers: crawlers.batchGetCrawlers,
  DeleteCrawler: crawlers.deleteCrawler,
  TagResource: tags.tagResource,
  UntagResource: tags.untagResource,
  GetTags: tags.getTags
}

const WRITE_PREFIXES = ['Create', 'Update', 'Delete', 'Start', 'Stop', 'Resume', 'Put', 'Tag', 'Untag', 'BatchStop']

/** A write is any operation that can change state (counted in the admin `writes` counter). */
export function isWriteOperation(operation: string): boolean {
  return WRITE_PREFIXES.some((prefix) => operation.startsWith(prefix))
}

export const TRIGGER_WRITE_OPERATIONS = new Set([
  'CreateTrigger',
  'UpdateTrigger',
  'DeleteTrigger',
  'StartTrigger',
  'StopTrigger'
])

/** For a trigger write, the workflow it modifies (the CME window is per workflow) and the trigger name. */
export function triggerWriteTarget(
  ctx: OperationContext,
  operation: string,
  input: Record<string, unknown>
): { workflow: string; trigger: string } | undefined {
  if (!TRIGGER_WRITE_OPERATIONS.has(operation) || typeof input.Name !== 'string') return undefined
  const workflow =
    operation === 'CreateTrigger' ? input.WorkflowName : ctx.store.state.triggers[input.Name]?.WorkflowName
  return typeof workflow === 'string' ? { workflow, trigger: input.Name } : undefined
}
