/** Inputs of `mode: verify`, validated before any AWS call. Pure. */
import type { PipelineSpec } from '../pipeline/spec.js'
import type { CommonInputs } from './commonInputs.js'
import { InputError } from './errors.js'
import { parseDefaultedNumber, parseNumber, withDefaults, type InputReader } from './fields.js'
import { oneLine } from '../text.js'
import type { Mode } from './modes.js'
import { optionalPipeline } from './parseJobs.js'
import { readPollIntervals, type PollIntervals } from './pollInputs.js'

export interface VerifyInputs {
  /** The run to check; absent = the run started in this step, else the most recent run. */
  runId?: string
  /** Fail when the run checked started longer ago than this (also when there is no run at all). */
  maxAgeHours?: number
  /** The expected stage graph from `jobs`; absent = the run's own graph is the expectation (no wiring check). */
  pipeline?: PipelineSpec
  /** `mode: start verify`: verify checks the run that start started or attached to, never another one. */
  followsStart: boolean
  /** `wait-minutes` over 0: a run still RUNNING is followed for at most this long (polled as start does), then judged. */
  wait?: PollIntervals & { minutes: number }
}

/** GitHub ends a job after 6 hours: the same bound as start's timeout-minutes. */
const MAX_WAIT_MINUTES = 350

/** Glue keeps job run history for 90 days; older runs cannot be verified anyway. */
const MAX_AGE_HOURS = 90 * 24

export function readVerifyInputs(
  rawRead: InputReader,
  common: CommonInputs,
  modes: Mode[],
  pipeline: PipelineSpec | undefined = optionalPipeline(rawRead('jobs'))
): VerifyInputs {
  const read = withDefaults(rawRead)
  const runId = read('run-id').trim()
  if (runId !== '') checkRunId(runId, common.workflowName, modes)
  const maxAgeHours = parseNumber('max-age-hours', read('max-age-hours'), { min: -Infinity, max: Infinity })
  if (maxAgeHours !== undefined && (maxAgeHours <= 0 || maxAgeHours > MAX_AGE_HOURS)) {
    throw new InputError(
      'max-age-hours',
      `must be more than 0 and at most ${MAX_AGE_HOURS} (90 days, Glue's run history), got ${maxAgeHours}; e.g. 26 for a nightly run`
    )
  }
  const waitMinutes = parseDefaultedNumber('wait-minutes', read('wait-minutes'), { min: 0, max: MAX_WAIT_MINUTES })
  return {
    followsStart: modes.includes('start'),
    ...(waitMinutes > 0 ? { wait: { minutes: waitMinutes, ...readPollIntervals(read) } } : {}),
    ...(runId !== '' ? { runId } : {}),
    ...(maxAgeHours !== undefined ? { maxAgeHours } : {}),
    ...(pipeline ? { pipeline } : {})
  }
}

function checkRunId(runId: string, workflowName: string, modes: Mode[]): void {
  if (modes.includes('start')) {
    throw new InputError(
      'run-id',
      'cannot be combined with mode start: verify checks the run that start started (leave run-id empty)'
    )
  }
  // Glue's IdString: 1-255 printable characters on one line; run ids look like wr_ + 64 hex characters.
  if (runId.length > 255 || /\s/.test(runId) || !/^[\u0020-\uD7FF\uE000-\uFFFD]+$/.test(runId)) {
    throw new InputError(
      'run-id',
      `'${oneLine(runId, 40)}' is not a run id of workflow '${oneLine(workflowName, 40)}' (e.g. wr_0123…: 1-255 characters, no spaces)`
    )
  }
}
