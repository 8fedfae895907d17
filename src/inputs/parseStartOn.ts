/** The `start-on` input (with `event-batch-size` / `event-batch-window`). Pure. */
import type { StartOn } from '../pipeline/spec.js'
import { InputError } from './errors.js'
import { parseNumber } from './fields.js'
import { oneLine } from '../text.js'
import { cronProblem } from './cron.js'

const CRON = /^cron\((.*)\)$/

export function parseStartOn(raw: string, batchSizeRaw: string, batchWindowRaw: string): StartOn {
  const value = raw.trim()
  if (value === '' || value === 'on-demand') return { type: 'on-demand' }
  if (value === 'event') {
    const batchSize = parseNumber('event-batch-size', batchSizeRaw, { min: 1, max: 100, integer: true }) ?? 1
    const batchWindowSeconds = parseNumber('event-batch-window', batchWindowRaw, { min: 1, max: 900, integer: true })
    return { type: 'event', batchSize, ...(batchWindowSeconds === undefined ? {} : { batchWindowSeconds }) }
  }
  if (!CRON.test(value)) {
    throw new InputError('start-on', `'${oneLine(value, 60)}' is not on-demand, event or a cron(...) expression`)
  }
  const problem = cronProblem(value)
  if (problem) throw new InputError('start-on', `${oneLine(value, 60)}: ${problem}`)
  return { type: 'schedule', cron: value }
}
