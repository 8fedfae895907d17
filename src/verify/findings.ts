/** Small helpers to write findings: the run-level pseudo stage, evidence formatting. Pure. (Owner: verify mode.) */
import type { Finding } from '../run/types.js'

/** The `stage` of findings about the run as a whole (its status, its age, its existence). */
export const RUN_STAGE = '(run)'

export type Evidence = Finding['evidence']

export function finding(stage: string, rule: string, message: string, evidence: Evidence = {}): Finding {
  return { stage, rule, message, evidence }
}
