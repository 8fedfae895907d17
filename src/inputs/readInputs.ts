/** Reads and validates every input of every requested mode before anything talks to AWS. */
import { readCommonInputs, type CommonInputs } from './commonInputs.js'
import { readDeployInputs, type DeployInputs } from './deployInputs.js'
import type { InputReader } from './fields.js'
import { parseModes, type Mode } from './modes.js'
import { readStartInputs, type StartInputs } from './startInputs.js'
import { readVerifyInputs, type VerifyInputs } from './verifyInputs.js'

export interface ActionInputs extends CommonInputs {
  modes: Mode[]
  deploy?: DeployInputs
  start?: StartInputs
  verify?: VerifyInputs
}

export function readActionInputs(read: InputReader, env: NodeJS.ProcessEnv): ActionInputs {
  const modes = parseModes(read('mode'))
  const common = readCommonInputs(read, env)
  return {
    ...common,
    modes,
    deploy: modes.includes('deploy') ? readDeployInputs(read, common) : undefined,
    start: modes.includes('start') ? readStartInputs(read, modes) : undefined,
    verify: modes.includes('verify') ? readVerifyInputs(read, common, modes) : undefined
  }
}
