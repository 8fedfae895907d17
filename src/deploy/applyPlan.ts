/** Carries out a plan's writes, one at a time, in order. The only place deploy writes to Glue. */
import type { GlueGateway } from '../aws/glue.js'
import { explainError } from '../aws/explainError.js'
import { requestViolations } from '../aws/requestLimits.js'
import { listing } from '../text.js'
import type { Write } from './diff.js'
import { WriteError } from './errors.js'
import { describeWrite } from './report.js'

/**
 * A write failed because Glue changed under us, or is still working on the resource: the caller should wait, read Glue
 * again and re-plan instead of failing. `evidence` says when the failure itself shows another writer at work.
 */
export class ConflictError extends Error {
  constructor(
    readonly write: Write,
    cause: unknown,
    readonly evidence?: Evidence
  ) {
    super(
      `${describeWrite(write)} conflicted with a change in Glue: ${cause instanceof Error ? cause.message : String(cause)}`
    )
    this.name = 'ConflictError'
  }
}

/** What shows another writer at work: `deploy` when it points at another deploy (in the sense of the README). */
export interface Evidence {
  text: string
  deploy: boolean
}

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

/** Glue refuses a write on a trigger in a transient state with this text (the SDK retries nothing here). */
const TRANSIENT_REFUSAL = /not allowed when trigger is in state:? *([A-Z]+)/

export interface ApplyHooks {
  /** Called after each write Glue accepted. */
  onWrite(write: Write): void
  /**
   * An AlreadyExistsException on CreateTrigger: who holds the name. Throws (a DeployError naming the holder) when it
   * is taken by a trigger that is not this workflow's; returns when re-reading and re-planning can settle it.
   */
  explainTakenName(name: string): Promise<void>
}

export async function applyWrites(gateway: GlueGateway, writes: Write[], hooks: ApplyHooks): Promise<void> {
  checkWrites(writes)
  for (const [index, write] of writes.entries()) {
    try {
      await applyWrite(gateway, write)
    } catch (error) {
      const conflict = await asConflict(write, error, hooks)
      if (conflict) throw conflict
      throw new WriteError(write, error, `${describeWrite(write)} failed: ${explainError(error)}`, writes.slice(index))
    }
    hooks.onWrite(write)
  }
}

/** The conflict a failed write is, or undefined when it is a plain failure. */
async function asConflict(write: Write, error: unknown, hooks: ApplyHooks): Promise<ConflictError | undefined> {
  const name = (error as { name?: string }).name ?? ''
  const message = (error as { message?: string }).message ?? ''
  if (name === 'AlreadyExistsException' && write.op === 'CreateTrigger') {
    await hooks.explainTakenName(write.request.Name!)
    return new ConflictError(write, error)
  }
  if (name === 'ConcurrentModificationException') {
    return new ConflictError(write, error, {
      text: `Glue answered ConcurrentModificationException to ${describeWrite(write)}`,
      deploy: true
    })
  }
  if (name === 'InvalidInputException') {
    const state = TRANSIENT_REFUSAL.exec(message)?.[1]
    // The deploy waits until Glue rests before it writes: a trigger busy again means someone else wrote to it.
    if (state) {
      return new ConflictError(write, error, {
        text: `${describeWrite(write)} found the trigger ${state}`,
        deploy: false
      })
    }
    return undefined
  }
  if (['AlreadyExistsException', 'EntityNotFoundException', 'IdempotentParameterMismatchException'].includes(name)) {
    return new ConflictError(write, error)
  }
  return undefined
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
