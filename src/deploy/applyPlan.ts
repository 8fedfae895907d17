/** Carries out a plan's writes, one at a time, in order. The only place deploy writes to Glue. */
import type { GlueGateway } from '../aws/glue.js'
import { requestViolations } from '../aws/requestLimits.js'
import { listing } from '../text.js'
import type { Write } from './diff.js'

/**
 * A write failed because Glue changed under us (another deploy created, deleted or modified the same resource):
 * the caller should read Glue again and re-plan instead of failing.
 */
export class ConflictError extends Error {
  constructor(
    readonly write: Write,
    cause: unknown
  ) {
    super(`${write.op} conflicted with a concurrent change: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'ConflictError'
  }
}

const CONFLICTS = new Set([
  'AlreadyExistsException',
  'EntityNotFoundException',
  'ConcurrentModificationException',
  'IdempotentParameterMismatchException'
])

/** The request a write sends, as Glue's model names its members (for the constraint check). */
export function requestOf(write: Write): unknown {
  switch (write.op) {
    case 'CreateWorkflow':
    case 'UpdateWorkflow':
    case 'CreateTrigger':
      return write.request
    case 'UpdateTrigger':
      return { Name: write.name, TriggerUpdate: write.update }
    case 'StartTrigger':
    case 'DeleteTrigger':
      return { Name: write.name }
    case 'TagResource':
      return { ResourceArn: write.arn, TagsToAdd: write.tags }
    case 'UntagResource':
      return { ResourceArn: write.arn, TagsToRemove: write.keys }
  }
}

/**
 * Every request of the plan checked against Glue's model before the first one is sent: a plan Glue would refuse
 * half-way (after some writes) is refused whole, with nothing written. Throws one line naming each problem.
 */
export function checkWrites(writes: Write[]): void {
  const problems = writes.flatMap((write) =>
    requestViolations(write.op, requestOf(write)).map((v) => `${write.op} ${v}`)
  )
  if (problems.length === 0) return
  const shown = problems.slice(0, 3)
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : ''
  throw new Error(
    `Glue would refuse this deploy's requests, so nothing of it was written: ${listing(shown)}${more}. ` +
      'Shorten the names or values concerned'
  )
}

export async function applyWrites(
  gateway: GlueGateway,
  writes: Write[],
  onWrite: (write: Write) => void = () => {}
): Promise<void> {
  checkWrites(writes)
  for (const write of writes) {
    try {
      await applyWrite(gateway, write)
    } catch (error) {
      const name = (error as { name?: string }).name ?? ''
      if (CONFLICTS.has(name)) throw new ConflictError(write, error)
      throw error
    }
    onWrite(write)
  }
}

function applyWrite(gateway: GlueGateway, write: Write): Promise<void> {
  switch (write.op) {
    case 'CreateWorkflow':
      return gateway.createWorkflow(write.request)
    case 'UpdateWorkflow':
      return gateway.updateWorkflow(write.request)
    case 'CreateTrigger':
      return gateway.createTrigger(write.request)
    case 'UpdateTrigger':
      return gateway.updateTrigger(write.name, write.update)
    case 'StartTrigger':
      return gateway.startTrigger(write.name)
    case 'DeleteTrigger':
      return gateway.deleteTrigger(write.name)
    case 'TagResource':
      return gateway.tagResource(write.arn, write.tags)
    case 'UntagResource':
      return gateway.untagResource(write.arn, write.keys)
  }
}
