/** Reads and validates every input of every requested mode before anything talks to AWS. */
import { readCommonInputs, type CommonInputs } from './commonInputs.js'
import { readDeployInputs, type DeployInputs } from './deployInputs.js'
import { InputError } from './errors.js'
import { parseBoolean, withDefaults, type InputReader } from './fields.js'
import { optionalPipeline, parseJobs } from './parseJobs.js'
import { parseModes, type Mode } from './modes.js'
import { readStartInputs, type StartInputs } from './startInputs.js'
import { readVerifyInputs, type VerifyInputs } from './verifyInputs.js'

export interface ActionInputs extends CommonInputs {
  modes: Mode[]
  deploy?: DeployInputs
  start?: StartInputs
  verify?: VerifyInputs
}

export function readActionInputs(rawRead: InputReader, env: NodeJS.ProcessEnv): ActionInputs {
  const read = withDefaults(rawRead)
  // An empty mode is an error, not the default: nothing runs that the workflow file did not ask for.
  const modes = parseModes(rawRead('mode'))
  const common = readCommonInputs(read, env)
  checkDryRunAlone(read, modes)
  // `jobs` is parsed once: deploy needs it, start and verify use it when given.
  const pipeline = modes.includes('deploy') ? parseJobs(read('jobs')) : optionalPipeline(read('jobs'))
  return {
    ...common,
    modes,
    deploy: modes.includes('deploy') ? readDeployInputs(read, common, pipeline, modes) : undefined,
    start: modes.includes('start') ? readStartInputs(read, modes, pipeline) : undefined,
    verify: modes.includes('verify') ? readVerifyInputs(read, common, modes, pipeline) : undefined
  }
}

/**
 * `dry-run: true` promises that nothing is written; `start` would start a real, billed run. Refused whatever else the
 * mode holds (also `mode: start` alone, where dry-run would otherwise be ignored).
 */
function checkDryRunAlone(read: InputReader, modes: Mode[]): void {
  if (!modes.includes('start') || !parseBoolean('dry-run', read('dry-run'))) return
  throw new InputError(
    'dry-run',
    `true cannot be combined with mode: ${modes.join(' ')} (a dry run writes nothing, but start would start a real, billed run): drop start from mode, or set dry-run: false`
  )
}
