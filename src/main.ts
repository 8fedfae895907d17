/** The action's main step: read every input, then run the requested modes in order (deploy, start, verify). */
import * as core from '@actions/core'
import { explainError } from './aws/explainError.js'
import { readActionInputs } from './inputs/readInputs.js'
import { runDeploy } from './modes/deploy.js'
import { Session, type ModeOutcome } from './modes/session.js'
import { runStart } from './modes/start.js'
import { runVerify } from './modes/verify.js'

export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs((name) => core.getInput(name), process.env)
    const session = new Session(inputs.workflowName, inputs.region)
    for (const mode of inputs.modes) {
      let outcome: ModeOutcome
      if (mode === 'deploy') outcome = await runDeploy(session, inputs.deploy!)
      else if (mode === 'start') outcome = await runStart(session, inputs.start!)
      else outcome = await runVerify(session, inputs.verify!)
      // A failed deploy stops the step; a failed run still goes on to verify, which explains it.
      if (outcome === 'failed' && mode === 'deploy') break
    }
  } catch (error) {
    core.setFailed(explainError(error))
  }
}
