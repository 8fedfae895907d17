/** The action's main step: read every input, then run the requested modes in order (deploy, start, verify). */
import { explainError } from './aws/explainError.js'
import { startFirstReads } from './deploy/firstReads.js'
import { readActionInputs } from './inputs/readInputs.js'
import type { Mode } from './inputs/modes.js'
import type { ModeOutcome, Session } from './session.js'

type ActionInputs = ReturnType<typeof readActionInputs>

/**
 * Each mode is loaded only when it runs, and only after every input was validated: bad input fails fast without
 * loading the AWS SDK. A deploy sends its first reads before its code (and @actions/core with its HTTP client) is
 * loaded, so that loading it overlaps their round trip.
 */
const MODES: Record<Mode, (session: Session, inputs: ActionInputs) => Promise<ModeOutcome>> = {
  deploy: async (session, inputs) => {
    const reads = startFirstReads(session.gateway, inputs.deploy!.spec)
    // Loading compiles on this thread and would hold the requests back: load the deploy code once they are out.
    await reads.sent
    return (await import('./deploy/mode.js')).runDeploy(session, inputs.deploy!, reads)
  },
  start: async (session, inputs) => (await import('./start/mode.js')).runStart(session, inputs.start!),
  verify: async (session, inputs) => (await import('./verify/mode.js')).runVerify(session, inputs.verify!)
}

/**
 * The inputs, read as @actions/core's getInput reads them (INPUT_<NAME>, trimmed, '' when unset). A GitHub runner sets
 * every input action.yml declares, so they come from the environment without loading @actions/core (and its HTTP
 * client) before the first AWS call. When one is not set at all (a harness that sets only some, such as
 * @github/local-action, whose getInput falls back to action.yml's defaults), every input is read again through
 * @actions/core's getInput, as before.
 */
async function readInputs(): Promise<ActionInputs> {
  let unset = false
  const fromEnv = (name: string) => {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
    if (value === undefined) unset = true
    return (value ?? '').trim()
  }
  try {
    const inputs = readActionInputs(fromEnv, process.env)
    if (!unset) return inputs
  } catch (error) {
    if (!unset) throw error
  }
  const core = await import('./inertCore.js')
  return readActionInputs((name) => core.getInput(name), process.env)
}

export async function run(): Promise<void> {
  try {
    const inputs = await readInputs()
    const { Session } = await import('./session.js')
    const session = new Session(inputs.workflowName, inputs.region)
    for (const mode of inputs.modes) {
      const outcome = await MODES[mode](session, inputs)
      if (outcome.status === 'succeeded') continue
      const core = await import('./inertCore.js')
      if (outcome.error !== undefined) {
        core.setFailed(outcome.error)
        session.failedEarlier = true
      } else process.exitCode = core.ExitCode.Failure
      // A failed deploy stops the step; a failed run still goes on to verify, which explains it.
      if (mode === 'deploy') break
    }
  } catch (error) {
    const core = await import('./inertCore.js')
    core.setFailed(explainError(error))
  }
}
