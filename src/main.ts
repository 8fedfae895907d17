/** The action's main step: read every input, then run the requested modes in order (deploy, start, verify). */
import * as core from './inertCore.js'
import { explainError } from './aws/explainError.js'
import { readActionInputs } from './inputs/readInputs.js'
import type { Mode } from './inputs/modes.js'
import type { ModeOutcome, Session } from './session.js'

type ActionInputs = ReturnType<typeof readActionInputs>

/**
 * Each mode is loaded only when it runs, and only after every input was validated: bad input fails fast without
 * loading the AWS SDK.
 */
const MODES: Record<Mode, (session: Session, inputs: ActionInputs) => Promise<ModeOutcome>> = {
  deploy: async (session, inputs) => (await import('./deploy/mode.js')).runDeploy(session, inputs.deploy!),
  start: async (session, inputs) => (await import('./start/mode.js')).runStart(session, inputs.start!),
  verify: async (session, inputs) => (await import('./verify/mode.js')).runVerify(session, inputs.verify!)
}

export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs((name) => core.getInput(name), process.env)
    const { Session } = await import('./session.js')
    const session = new Session(inputs.workflowName, inputs.region)
    for (const mode of inputs.modes) {
      const outcome = await MODES[mode](session, inputs)
      if (outcome.status === 'succeeded') continue
      if (outcome.error !== undefined) core.setFailed(outcome.error)
      else process.exitCode = core.ExitCode.Failure
      session.failedEarlier = true
      // A failed deploy stops the step; a failed run still goes on to verify, which explains it.
      if (mode === 'deploy') break
    }
  } catch (error) {
    core.setFailed(explainError(error))
  }
}
