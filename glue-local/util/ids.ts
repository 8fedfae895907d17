import crypto from 'node:crypto'

function randomHex64(): string {
  return crypto.randomBytes(32).toString('hex')
}

/** Workflow run id in Glue's format: `wr_` + 64 hex characters. */
export function newWorkflowRunId(): string {
  return `wr_${randomHex64()}`
}

/** Job run id in Glue's format: `jr_` + 64 hex characters. */
export function newJobRunId(): string {
  return `jr_${randomHex64()}`
}

/** Id of retry attempt `attempt` of job run `firstRunId`: `<jr_…>_attempt_N`. */
export function retryJobRunId(firstRunId: string, attempt: number): string {
  return `${firstRunId}_attempt_${attempt}`
}

/** Graph node id (`wnode_` + 64 hex), stable for a given workflow, node type and name. */
export function nodeUniqueId(workflowName: string, type: string, name: string): string {
  const digest = crypto.createHash('sha256').update(`${workflowName}\u0000${type}\u0000${name}`).digest('hex')
  return `wnode_${digest}`
}

export function newRequestId(): string {
  return crypto.randomUUID()
}
