/**
 * The post step: stops a run that the main step started but did not see end (the main step was killed, e.g. by the
 * runner after a cancellation). It acts only on the state the main step saved: the run id, or, when the main step
 * ended before StartWorkflowRun answered, the start token that the run carries. A run that already ended is left alone.
 */
import * as core from '../inertCore.js'
import { explainError } from '../aws/explainError.js'
import type { GlueGateway } from '../aws/glue.js'
import { stopRun } from './stop.js'
import { STATE } from './stepState.js'

export async function runPost(gateway?: GlueGateway): Promise<void> {
  const savedRunId = core.getState(STATE.runId)
  const token = core.getState(STATE.startToken)
  if (!savedRunId && !token) return
  if (core.getState(STATE.stopInPost) !== 'true') {
    core.info(`Run ${savedRunId || 'of this step'}: the main step took care of it; nothing to clean up`)
    return
  }
  const workflowName = core.getState(STATE.workflowName)
  const region = core.getState(STATE.region)
  let runId = savedRunId
  try {
    // The AWS SDK is loaded only when there is a run to look at: most post steps end above, in a few milliseconds.
    const glue = gateway ?? new (await import('../aws/glue.js')).GlueGateway({ region })
    if (!runId) {
      // The main step ended before StartWorkflowRun answered: the run Glue may have started carries the start token.
      const found = await glue.findRunByToken(workflowName, token)
      if (!found) {
        core.notice(`Workflow ${workflowName} no longer exists (deleted meanwhile): nothing to stop`)
        return
      }
      if (!found.run?.WorkflowRunId) {
        core.info(`No run of workflow ${workflowName} carries this step's start token: no run was started`)
        return
      }
      runId = found.run.WorkflowRunId
      core.info(`Found run ${runId}, started by this step (its start token) before the main step could see its id`)
    }
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
    const which = runId ? `Glue run ${runId}` : 'the Glue run started by this step'
    core.setFailed(`Could not stop ${which} of workflow ${workflowName}: ${explainError(error)}`)
  }
}
