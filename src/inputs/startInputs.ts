/** Inputs of `mode: start`, validated before any AWS call. Pure. */
import { InputError } from './errors.js'
import {
  checkGlueKey,
  parseBoolean,
  parseDefaultedNumber,
  parseStringMap,
  withDefaults,
  type InputReader
} from './fields.js'
import { oneLine } from '../text.js'
import type { Mode } from './modes.js'
import { optionalPipeline } from './parseJobs.js'
import { readPollIntervals } from './pollInputs.js'
import type { PipelineSpec } from '../pipeline/spec.js'

/** What to do when the workflow already has a RUNNING run. */
export const IF_RUNNING = ['fail', 'wait', 'attach'] as const
export type IfRunning = (typeof IF_RUNNING)[number]

export interface StartInputs {
  runProperties: Record<string, string>
  wait: boolean
  timeoutMinutes: number
  stopOnTimeout: boolean
  pollIntervalSeconds: number
  maxPollIntervalSeconds: number
  ifRunning: IfRunning
  stopOnCancel: boolean
  /** The stages the run must contain, from the `jobs` input when it is given; else the run's own graph decides. */
  pipeline?: PipelineSpec
  /** `mode: start verify`: verify follows in the same step and writes the run's summary and per-stage annotations. */
  verifyFollows: boolean
}

/** GitHub ends a job after 6 hours; 350 minutes leaves time for the steps around this one. */
const MAX_TIMEOUT_MINUTES = 350

export function readStartInputs(
  rawRead: InputReader,
  modes: Mode[] = ['start'],
  pipeline: PipelineSpec | undefined = optionalPipeline(rawRead('jobs'))
): StartInputs {
  const read = withDefaults(rawRead)
  const { pollIntervalSeconds, maxPollIntervalSeconds } = readPollIntervals(read)
  return {
    runProperties: readRunProperties(read('run-properties')),
    wait: parseBoolean('wait', read('wait')),
    timeoutMinutes: parseDefaultedNumber('timeout-minutes', read('timeout-minutes'), {
      min: 1,
      max: MAX_TIMEOUT_MINUTES
    }),
    stopOnTimeout: parseBoolean('stop-on-timeout', read('stop-on-timeout')),
    pollIntervalSeconds,
    maxPollIntervalSeconds,
    ifRunning: parseIfRunning(read('if-running')),
    stopOnCancel: parseBoolean('stop-on-cancel', read('stop-on-cancel')),
    verifyFollows: modes.includes('verify'),
    ...(pipeline ? { pipeline } : {})
  }
}

function readRunProperties(raw: string): Record<string, string> {
  const properties = parseStringMap('run-properties', raw)
  for (const key of Object.keys(properties)) checkGlueKey('run-properties', 'key', key)
  return properties
}

function parseIfRunning(raw: string): IfRunning {
  const value = raw.trim().toLowerCase()
  if ((IF_RUNNING as readonly string[]).includes(value)) return value as IfRunning
  throw new InputError('if-running', `must be fail, wait or attach, got '${oneLine(raw, 40)}'`)
}
