import type { DeployInputs } from '../inputs/deployInputs.js'
import type { ModeOutcome, Session } from './session.js'

export function runDeploy(_session: Session, _inputs: DeployInputs): Promise<ModeOutcome> {
  return Promise.reject(new Error('mode deploy is not implemented yet'))
}
