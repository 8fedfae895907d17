/** Age checks for `max-age-hours`: a run that is too old, or no run at all. Pure. */
import { iso } from '../text.js'
import { RUN_STAGE, finding } from './findings.js'
import type { Finding } from './findings.js'

const HOUR_MS = 3_600_000

/** A finding when the run started longer ago than `maxAgeHours` (or its start time is unknown). */
export function checkRunAge(startedOn: Date | undefined, now: Date, maxAgeHours: number | undefined): Finding[] {
  if (maxAgeHours === undefined) return []
  if (!startedOn) {
    return [finding(RUN_STAGE, 'run-too-old', 'the run has no start time, so its age is unknown', { maxAgeHours })]
  }
  const ageHours = (now.getTime() - startedOn.getTime()) / HOUR_MS
  if (ageHours <= maxAgeHours) return []
  return [
    finding(
      RUN_STAGE,
      'run-too-old',
      `the run started ${formatHours(ageHours)} ago (${iso(startedOn)}), more than max-age-hours ${maxAgeHours}`,
      { startedOn: iso(startedOn), checkedAt: iso(now), ageHours: Math.round(ageHours * 1000) / 1000, maxAgeHours }
    )
  ]
}

/** The finding when the workflow has no run at all. */
export function noRunFinding(workflowName: string, maxAgeHours: number | undefined): Finding {
  const expectation = maxAgeHours === undefined ? '' : ` (expected one within the last ${maxAgeHours} hours)`
  return finding(RUN_STAGE, 'no-run', `workflow '${workflowName}' has no run to verify${expectation}`, {
    workflowName,
    maxAgeHours: maxAgeHours ?? null
  })
}

function formatHours(hours: number): string {
  if (hours < 1 / 30) return `${Math.round(hours * 3600)} s`
  if (hours < 1) return `${Math.round(hours * 60)} min`
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`
  return `${Math.round(hours / 24)} days`
}
