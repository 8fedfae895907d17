/**
 * The reads every deploy starts with, sent together in one round trip: STS GetCallerIdentity (the account id, for the
 * ARNs), the check that every job and crawler the stages name exists, and GetWorkflow with its graph (which needs no
 * account id). No @actions/core here: main.ts sends them before loading the deploy code (and @actions/core with its
 * HTTP client), which then loads while they are in flight.
 */
import type { GlueGateway, Workflow } from '../aws/glue.js'
import { watchRequestsWritten } from '../aws/requestsWritten.js'
import { InputError } from '../inputs/errors.js'
import type { PipelineSpec, WorkflowSpec } from '../pipeline/spec.js'

export interface FirstReads {
  accountId: Promise<string>
  /** Rejects with one InputError naming every missing job and crawler. */
  targetsExist: Promise<void>
  /** The jobs' default arguments, from the same BatchGetJobs (for start's and verify's log links). */
  jobDefaults: Promise<Map<string, Record<string, string>>>
  /** Undefined when the workflow does not exist. */
  workflow: Promise<Workflow | undefined>
  /** Resolves once the reads' requests are on the wire, or the reads have all settled: then code may be loaded. */
  sent: Promise<void>
}

/**
 * Sends the reads. Each promise is marked handled at once: the caller awaits them later (after loading code), and
 * reports the account id's or the targets' failure before the workflow read's (a missing job comes first).
 */
export function startFirstReads(gateway: GlueGateway, spec: WorkflowSpec): FirstReads {
  const { jobs, crawlers } = targetsOf(spec.pipeline)
  // STS, GetWorkflow, and the first BatchGetJobs and BatchGetCrawlers (one per 100 crawlers, one after the other).
  const watch = watchRequestsWritten(2 + (jobs.length > 0 ? 1 : 0) + (crawlers.length > 0 ? 1 : 0))
  const workflow = gateway.getWorkflow(spec.workflowName, true)
  const accountId = gateway.getAccountId()
  const found = gateway.getJobs(jobs)
  const targetsExist = checkTargetsExist(gateway, found, crawlers)
  const jobDefaults = found.then((f) => f.defaultArguments)
  const all = [workflow, accountId, targetsExist, jobDefaults]
  for (const read of all) read.catch(() => {})
  const sent = Promise.race([watch.written, Promise.allSettled(all)]).then(watch.stop)
  return { accountId, targetsExist, jobDefaults, workflow, sent }
}

function targetsOf(pipeline: PipelineSpec): { jobs: string[]; crawlers: string[] } {
  const of = (kind: 'job' | 'crawler') => pipeline.stages.filter((s) => s.kind === kind).map((s) => s.target)
  return { jobs: of('job'), crawlers: of('crawler') }
}

/** Every job and crawler the stages name must exist before anything is written; all missing ones in one error. */
async function checkTargetsExist(
  gateway: GlueGateway,
  foundJobs: Promise<{ missing: string[] }>,
  crawlers: string[]
): Promise<void> {
  const [{ missing: missingJobs }, missingCrawlers] = await Promise.all([
    foundJobs,
    gateway.findMissingCrawlers(crawlers)
  ])
  const missing = [...missingJobs.map((j) => `job '${j}'`), ...missingCrawlers.map((c) => `crawler '${c}'`)]
  if (missing.length > 0) {
    throw new InputError('jobs', `${missing.join(', ')} not found in AWS Glue (create them first, or fix the names)`)
  }
}
