/** `poll-interval-seconds` and `max-poll-interval-seconds`: how start, and verify with wait-minutes, poll a run. Pure. */
import { InputError } from './errors.js'
import { defaultOf, parseDefaultedNumber, withDefaults, type InputReader } from './fields.js'

export interface PollIntervals {
  pollIntervalSeconds: number
  maxPollIntervalSeconds: number
}

export function readPollIntervals(rawRead: InputReader): PollIntervals {
  const read = withDefaults(rawRead)
  const pollIntervalSeconds = parseDefaultedNumber('poll-interval-seconds', read('poll-interval-seconds'), {
    min: 1,
    max: 300
  })
  let maxPollIntervalSeconds = parseDefaultedNumber('max-poll-interval-seconds', read('max-poll-interval-seconds'), {
    min: 1,
    max: 600
  })
  // The runner passes action.yml's default when the input is left out: a longer poll-interval-seconds then raises it.
  if (
    maxPollIntervalSeconds < pollIntervalSeconds &&
    read('max-poll-interval-seconds') === defaultOf('max-poll-interval-seconds')
  ) {
    maxPollIntervalSeconds = pollIntervalSeconds
  }
  if (maxPollIntervalSeconds < pollIntervalSeconds) {
    throw new InputError(
      'max-poll-interval-seconds',
      `must be at least poll-interval-seconds (${pollIntervalSeconds}), got ${maxPollIntervalSeconds}`
    )
  }
  return { pollIntervalSeconds, maxPollIntervalSeconds }
}
