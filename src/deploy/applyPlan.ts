/** Carries out a plan's writes, one at a time, in order. The only place deploy writes to Glue. */
import type { GlueGateway } from '../aws/glue.js'
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

export async function applyWrites(
  gateway: GlueGateway,
  writes: Write[],
  onWrite: (write: Write) => void = () => {}
): Promise<void> {
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
