/** What verify reports: the rules (a public output, mirrored by the README's table) and one broken rule. Pure. */

/** Every rule verify checks; the `rule` of each entry of the `findings` output is one of these. */
export const FINDING_RULES = [
  'no-run',
  'run-too-old',
  'run-status',
  'no-stages',
  'not-wired',
  'trigger-name',
  'started-by-several',
  'waits-for',
  'wait-state',
  'wait-logic',
  'unexpected-stage',
  'never-ran',
  'not-succeeded',
  'ran-twice',
  'started-by',
  'order',
  'unexpected-run'
] as const

export type FindingRule = (typeof FINDING_RULES)[number]

/** One broken rule: the stage, the rule, a one-line message, and the evidence (states, timestamps). */
export interface Finding {
  stage: string
  rule: FindingRule
  message: string
  evidence: Record<string, string | number | boolean | null>
}

/** The `stage` of findings about the run as a whole (its status, its age, its existence). */
export const RUN_STAGE = '(run)'

export type Evidence = Finding['evidence']

export function finding(stage: string, rule: FindingRule, message: string, evidence: Evidence = {}): Finding {
  return { stage, rule, message, evidence }
}
