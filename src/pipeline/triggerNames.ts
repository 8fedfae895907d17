/** Deterministic names of the Glue triggers this action manages. Pure. */
import { createHash } from 'node:crypto'

const GLUE_NAME_MAX = 255

/** Fits `prefix + suffix` in Glue's 255-character limit, shortening the prefix and adding a hash when needed. */
function fitName(prefix: string, suffix: string): string {
  const name = `${prefix}${suffix}`
  if (name.length <= GLUE_NAME_MAX) return name
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8)
  return `${prefix.slice(0, GLUE_NAME_MAX - suffix.length - hash.length - 1)}~${hash}${suffix}`
}

/** The trigger that starts the workflow's root stages (on demand, on a schedule or on an event). */
export function startTriggerName(workflowName: string): string {
  return fitName(workflowName, '-start')
}

/** The conditional trigger that starts `stage` once the stages it waits for have succeeded. */
export function stageTriggerName(workflowName: string, stage: string): string {
  return fitName(workflowName, `-run-${stage}`)
}
