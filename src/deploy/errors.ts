/** How a deploy fails. Pure. */
import type { Write } from './diff.js'

/** A deploy failure whose message is the one line the user sees; `left` is what was still to be written. */
export class DeployError extends Error {
  constructor(
    message: string,
    readonly left: Write[] = []
  ) {
    super(message)
    this.name = 'DeployError'
  }
}

/** A write Glue refused for a reason re-reading will not cure (access, validation, quota). */
export class WriteError extends DeployError {
  constructor(
    readonly write: Write,
    readonly cause: unknown,
    line: string,
    left: Write[]
  ) {
    super(line, left)
  }
}
