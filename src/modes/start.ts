import type { StartInputs } from '../inputs/startInputs.js'
import type { ModeOutcome, Session } from './session.js'

export function runStart(_session: Session, _inputs: StartInputs): Promise<ModeOutcome> {
  return Promise.reject(new Error('mode start is not implemented yet'))
}
