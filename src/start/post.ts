/**
 * The post step: stops a run that the main step started but did not see end (the main step was killed, e.g. by the
 * runner after a cancellation). It acts only on the state the main step saved; a run that already ended is left alone.
 */
import * as core from '@actions/core'
import { explainError } from '../aws/explainError.js'
import type { GlueGateway } from '../aws/glue.js'
import { stopRun } from './stop.js'
import { STATE } from './stepState.js'

export async function runPost(gateway?: GlueGateway): Promise<void> {
  const runId = core.getState(STATE.runId)
  if (!runId) return
  if (core.getState(STATE.stopInPost) !== 'true') {
    core.info(`Run ${runId}: the main step took care of it; nothing to clean up`)
    return
  }
  const workflowName = core.getState(STATE.workflowName)
  const region = core.getState(STATE.region)
  try {
    // The AWS SDK is loaded only when there is a run to look at: most post steps end above, in a few milliseconds.
    const glue = gateway ?? new (await import('../aws/glue.js')).GlueGateway({ region })
    const run = await glue.getWorkflowRun(workflowName, runId, true)
    if (!run) {
      core.notice(`Run ${runId} of workflow ${workflowName} no longer exists (deleted meanwhile): nothing to stop`)
      return
    }
    if (run.Status !== 'RUNNING') {
      core.info(`Run ${runId} of workflow ${workflowName} is ${run.Status}: nothing to stop`)
      return
    }
    core.info(`The main step did not see run ${runId} end (it was cancelled or killed): stopping it`)
    const outcome = await stopRun(glue, workflowName, runId, run)
    core.info(
      outcome === 'stopped'
        ? `Stopped run ${runId} of workflow ${workflowName}`
        : outcome === 'already-ended'
          ? `Run ${runId} ended meanwhile: nothing to stop`
          : `Glue refused to stop run ${runId}; stopped its running job runs instead`
    )
  } catch (error) {
    core.setFailed(`Could not stop Glue run ${runId} of workflow ${workflowName}: ${explainError(error)}`)
  }
}
