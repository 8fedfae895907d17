/**
 * Which findings become error annotations: GitHub shows at most 10 error annotations per step, so when there are
 * more, the first ones are annotated and one more annotation says how many are left out. Pure.
 */
import { RUN_STAGE } from './findings.js'
import type { Finding } from './findings.js'

export interface Annotation {
  title: string
  message: string
}

/** GitHub's limit of error annotations shown per step. */
export const MAX_ERROR_ANNOTATIONS = 10

/**
 * @param budget error annotations still free in this step (10, or fewer when an earlier mode already failed)
 * @param logsOf the link to a finding's logs (a stage that did not succeed), put on the annotation's second line
 */
/** How many findings get their own annotation (the others are counted by one more). */
export function annotatedCount(findings: number, budget = MAX_ERROR_ANNOTATIONS): number {
  const room = Math.max(1, budget)
  return findings <= room ? findings : room - 1
}

export function findingAnnotations(
  findings: Finding[],
  workflowName: string,
  budget = MAX_ERROR_ANNOTATIONS,
  logsOf: (f: Finding) => string | undefined = () => undefined
): Annotation[] {
  const room = Math.max(1, budget)
  const toAnnotation = (f: Finding): Annotation => {
    const logs = logsOf(f)
    return {
      title: f.stage === RUN_STAGE ? `workflow ${workflowName}` : f.stage,
      message: logs ? `${f.message} · Logs: ${logs}` : f.message
    }
  }
  if (findings.length <= room) return findings.map(toAnnotation)
  const shown = findings.slice(0, room - 1)
  const rest = findings.length - shown.length
  return [
    ...shown.map(toAnnotation),
    {
      title: 'verify',
      message: `and ${rest} more finding${rest === 1 ? '' : 's'} (${findings.length} in all): see the job summary or the findings output`
    }
  ]
}
