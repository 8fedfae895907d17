import type { VerifyInputs } from '../inputs/verifyInputs.js'
import type { ModeOutcome, Session } from './session.js'

export function runVerify(_session: Session, _inputs: VerifyInputs): Promise<ModeOutcome> {
  return Promise.reject(new Error('mode verify is not implemented yet'))
}
