/** Inputs of `mode: start`, validated before any AWS call. Pure. */
import { InputError } from './errors.js'
import { parseBoolean, parseNumber, parseStringMap, type InputReader } from './fields.js'
import { oneLine } from '../text.js'
import type { Mode } from './modes.js'
import { parseJobs } from './parseJobs.js'
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

/** Defaults, the same as action.yml's (an empty input means the default). */
export const START_DEFAULTS = {
  timeoutMinutes: 60,
  pollIntervalSeconds: 2,
  maxPollIntervalSeconds: 30
} as const

/** GitHub ends a job after 6 hours; 350 minutes leaves time for the steps around this one. */
const MAX_TIMEOUT_MINUTES = 350
/** Glue's run-property keys are IdStrings: 1-255 characters on one line. */
const MAX_RUN_PROPERTY_KEY = 255

export function readStartInputs(read: InputReader, modes: Mode[] = ['start']): StartInputs {
  const pollIntervalSeconds =
    parseNumber('poll-interval-seconds', read('poll-interval-seconds'), { min: 1, max: 300 }) ??
    START_DEFAULTS.pollIntervalSeconds
  const maxPollIntervalSeconds =
    parseNumber('max-poll-interval-seconds', read('max-poll-interval-seconds'), { min: 1, max: 600 }) ??
    Math.max(START_DEFAULTS.maxPollIntervalSeconds, pollIntervalSeconds)
  if (maxPollIntervalSeconds < pollIntervalSeconds) {
    throw new InputError(
      'max-poll-interval-seconds',
      `must be at least poll-interval-seconds (${pollIntervalSeconds}), got ${maxPollIntervalSeconds}`
    )
  }
  return {
    runProperties: readRunProperties(read('run-properties')),
    wait: parseBoolean('wait', read('wait'), true),
    timeoutMinutes:
      parseNumber('timeout-minutes', read('timeout-minutes'), { min: 1, max: MAX_TIMEOUT_MINUTES }) ??
      START_DEFAULTS.timeoutMinutes,
    stopOnTimeout: parseBoolean('stop-on-timeout', read('stop-on-timeout'), true),
    pollIntervalSeconds,
    maxPollIntervalSeconds,
    ifRunning: parseIfRunning(read('if-running')),
    stopOnCancel: parseBoolean('stop-on-cancel', read('stop-on-cancel'), true),
    verifyFollows: modes.includes('verify'),
    ...readPipeline(read('jobs'))
  }
}

function readPipeline(raw: string): { pipeline?: PipelineSpec } {
  return raw.trim() === '' ? {} : { pipeline: parseJobs(raw) }
}

function readRunProperties(raw: string): Record<string, string> {
  const properties = parseStringMap('run-properties', raw)
  for (const key of Object.keys(properties)) {
    if (key.length === 0 || key.length > MAX_RUN_PROPERTY_KEY || /[\r\n]/.test(key)) {
      throw new InputError(
        'run-properties',
        `key '${oneLine(key, 40)}' must be a single line of 1 to ${MAX_RUN_PROPERTY_KEY} characters`
      )
    }
  }
  return properties
}

function parseIfRunning(raw: string): IfRunning {
  const value = raw.trim().toLowerCase()
  if (value === '') return 'fail'
  if ((IF_RUNNING as readonly string[]).includes(value)) return value as IfRunning
  throw new InputError('if-running', `must be fail, wait or attach, got '${oneLine(raw, 40)}'`)
}
