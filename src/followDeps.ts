/**
 * What following a run needs from the shell (start follows the run it started, verify the one it waits for): reads of
 * the run, bounded by the time left, the clock, and the step's log.
 */
import * as core from './inertCore.js'
import type { FollowDeps } from './run/follow.js'
import type { Session } from './session.js'

export function followDeps(session: Session, runId: string, includeGraph = true): FollowDeps {
  return {
    getRun: async (timeLeftMs) => {
      const run = await session.gateway.getWorkflowRun(session.workflowName, runId, includeGraph, {
        abortSignal: AbortSignal.timeout(timeLeftMs)
      })
      if (!run) throw new Error(`Run ${runId} of workflow ${session.workflowName} no longer exists (workflow deleted?)`)
      return run
    },
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
    log: (line) => core.info(line),
    warn: (line) => core.warning(line)
  }
}
