import type { CommonInputs } from './commonInputs.js'
import type { InputReader } from './fields.js'
import type { Mode } from './modes.js'

// Placeholder until `mode: verify` lands (issue 5): verify takes no inputs yet and fails as not implemented.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface VerifyInputs {}

export function readVerifyInputs(_read: InputReader, _common: CommonInputs, _modes: Mode[]): VerifyInputs {
  return {}
}
