import type { InputReader } from './fields.js'

// Placeholder until `mode: start` lands (issue 4): start takes no inputs yet and fails as not implemented.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StartInputs {}

export function readStartInputs(_read: InputReader): StartInputs {
  return {}
}
