/** The `start-on` input (with `event-batch-size` / `event-batch-window`). Pure. */
import type { StartOn } from '../pipeline/spec.js'
import { InputError } from './errors.js'
import { parseNumber } from './fields.js'
import { oneLine } from '../text.js'

const CRON = /^cron\((.*)\)$/
/** Allowed characters per field of an AWS cron expression: minutes, hours, day-of-month, month, day-of-week, year. */
const FIELD_PATTERNS = [
  /^[0-9,\-*/]+$/,
  /^[0-9,\-*/]+$/,
  /^[0-9,\-*?/LW]+$/,
  /^([0-9,\-*/]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)+$/i,
  /^([0-9,\-*?/L#]|SUN|MON|TUE|WED|THU|FRI|SAT)+$/i,
  /^[0-9,\-*/]+$/
]
const FIELD_NAMES = ['minutes', 'hours', 'day-of-month', 'month', 'day-of-week', 'year']

export function parseStartOn(raw: string, batchSizeRaw: string, batchWindowRaw: string): StartOn {
  const value = raw.trim()
  if (value === '' || value === 'on-demand') return { type: 'on-demand' }
  if (value === 'event') {
    const batchSize = parseNumber('event-batch-size', batchSizeRaw, { min: 1, max: 100, integer: true }) ?? 1
    const batchWindowSeconds = parseNumber('event-batch-window', batchWindowRaw, { min: 1, max: 900, integer: true })
    return { type: 'event', batchSize, ...(batchWindowSeconds === undefined ? {} : { batchWindowSeconds }) }
  }
  const match = CRON.exec(value)
  if (!match) {
    throw new InputError('start-on', `'${oneLine(value, 60)}' is not on-demand, event or a cron(...) expression`)
  }
  checkCron(value, match[1].trim().split(/\s+/))
  return { type: 'schedule', cron: value }
}

function checkCron(expression: string, fields: string[]): void {
  const fail = (problem: string): never => {
    throw new InputError('start-on', `${oneLine(expression, 60)}: ${problem}`)
  }
  if (fields.length !== 6) {
    fail(
      `needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}, e.g. cron(15 2 * * ? *)`
    )
  }
  fields.forEach((field, i) => {
    if (!FIELD_PATTERNS[i].test(field)) fail(`${FIELD_NAMES[i]} field '${field}' has characters cron does not allow`)
  })
  const [minutes, , dayOfMonth, , dayOfWeek] = fields
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    fail('exactly one of day-of-month and day-of-week must be ?, e.g. cron(0 2 * * ? *)')
  }
  const step = /^(\*|\d+)\/(\d+)$/.exec(minutes)
  if (minutes === '*' || (step && Number(step[2]) < 5)) {
    fail('Glue does not run schedules more often than every 5 minutes')
  }
}
