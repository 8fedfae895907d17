/**
 * Checks a Glue schedule by value, before anything is written: `cron(Minutes Hours Day-of-month Month Day-of-week
 * Year)`, UTC, the syntax of AWS cron expressions (EventBridge's reference, which Glue uses):
 *
 * | field        | values            | wildcards       |
 * | ------------ | ----------------- | --------------- |
 * | Minutes      | 0-59              | , - * /         |
 * | Hours        | 0-23              | , - * /         |
 * | Day-of-month | 1-31              | , - * ? / L W   |
 * | Month        | 1-12 or JAN-DEC   | , - * /         |
 * | Day-of-week  | 1-7 or SUN-SAT    | , - * ? L #     |
 * | Year         | 1970-2199         | , - * /         |
 *
 * Exactly one of Day-of-month and Day-of-week is `?`; `#` stands alone in Day-of-week (`3#2`, not `3#1,6#3`). Glue
 * does not run schedules more often than every 5 minutes (developer guide, "Time-based schedules"), so an expression
 * that fires twice within 5 minutes anywhere is refused. Where AWS does not say, the stricter reading is taken: a
 * range runs upwards (`MON-FRI`, not `FRI-MON`), a step is at least 1, and minutes of two consecutive hours count as
 * close (`58,2 * ...` fires 4 minutes apart). Returns the problem in words, or undefined when the expression is fine.
 *
 * No library: aws-cron-parser 1.1.12 (the one AWS-syntax parser on npm) lets `abc` through as a number, does not
 * check `?`, replaces only the first month or day name of a list and knows no minimum interval; cron-parser does not
 * read AWS's six-field syntax.
 */

/** Glue's shortest interval between two runs of a schedule. */
export const MIN_SCHEDULE_MINUTES = 5

interface FieldRule {
  name: string
  min: number
  max: number
  names?: string[]
  /** Wildcards beyond `, - * /` that the field takes. */
  special: 'none' | 'day-of-month' | 'day-of-week'
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

const FIELDS: FieldRule[] = [
  { name: 'minutes', min: 0, max: 59, special: 'none' },
  { name: 'hours', min: 0, max: 23, special: 'none' },
  { name: 'day-of-month', min: 1, max: 31, special: 'day-of-month' },
  { name: 'month', min: 1, max: 12, names: MONTHS, special: 'none' },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS, special: 'day-of-week' },
  { name: 'year', min: 1970, max: 2199, special: 'none' }
]

const EXAMPLE = 'e.g. cron(15 2 * * ? *) for 02:15 UTC every day'

class CronProblem extends Error {}

function fail(problem: string): never {
  throw new CronProblem(problem)
}

/** The problem with `expression` (the whole `cron(...)` text), or undefined when Glue can take it. */
export function cronProblem(expression: string): string | undefined {
  try {
    checkCron(expression)
    return undefined
  } catch (error) {
    if (error instanceof CronProblem) return error.message
    throw error
  }
}

function checkCron(expression: string): void {
  const match = /^cron\((.*)\)$/.exec(expression.trim())
  if (!match) fail(`not a cron(...) expression, ${EXAMPLE}`)
  const fields = match[1].trim().split(/\s+/).filter(Boolean)
  if (fields.length !== 6) {
    fail(`needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}, ${EXAMPLE}`)
  }
  const [dayOfMonth, dayOfWeek] = [fields[2], fields[4]]
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    fail('exactly one of day-of-month and day-of-week must be ?, e.g. cron(0 2 * * ? *) or cron(0 2 ? * MON *)')
  }
  const values = fields.map((field, i) => fieldValues(field, FIELDS[i]))
  checkInterval(values[0], values[1], fields)
}

/** The plain values a field allows ([] for `?` and for L/W/# forms, which fire at most once a day). */
function fieldValues(raw: string, rule: FieldRule): number[] {
  const field = raw
  const upper = raw.toUpperCase()
  const where = `${rule.name} field '${raw}'`
  if (field === '?') {
    if (rule.special === 'none') fail(`${where}: ? is only allowed in day-of-month or day-of-week`)
    return []
  }
  if (rule.special === 'day-of-month' && /[LW]/.test(upper)) {
    if (/^(L|LW|L-([1-9]|[12]\d|30)|([1-9]|[12]\d|3[01])W)$/.test(upper)) return []
    fail(`${where}: L and W are written L, LW, L-3 or 15W, alone`)
  }
  if (rule.special === 'day-of-week' && /[L#]/.test(upper)) {
    const named = replaceNames(upper, rule)
    if (/^(L|[1-7]L|[1-7]#[1-5])$/.test(named)) return []
    fail(`${where}: L and # are written L, 6L (last Friday) or 3#2 (second Tuesday), alone`)
  }
  const values = new Set<number>()
  for (const part of field.split(',')) for (const v of partValues(part, rule, where)) values.add(v)
  return [...values].sort((a, b) => a - b)
}

function partValues(part: string, rule: FieldRule, where: string): number[] {
  if (part === '') fail(`${where}: an empty item in the list`)
  const [range, stepText, extra] = part.split('/')
  if (extra !== undefined) fail(`${where}: more than one / in '${part}'`)
  let step = 1
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText)) fail(`${where}: the step after / must be a whole number, got '${stepText}'`)
    step = Number(stepText)
    if (step < 1 || step > rule.max) fail(`${where}: step ${step} is not between 1 and ${rule.max}`)
  }
  let from: number
  let to: number
  if (range === '*') {
    from = rule.min
    to = rule.max
  } else {
    const ends = range.split('-')
    if (ends.length > 2) fail(`${where}: '${range}' is not a value or a range`)
    from = valueOf(ends[0], rule, where)
    to = ends.length === 2 ? valueOf(ends[1], rule, where) : stepText === undefined ? from : rule.max
    if (from > to) fail(`${where}: range ${range} runs backwards; write the lower value first`)
  }
  const values: number[] = []
  for (let v = from; v <= to; v += step) values.push(v)
  return values
}

function valueOf(text: string, rule: FieldRule, where: string): number {
  const index = rule.names?.indexOf(text.toUpperCase()) ?? -1
  if (index >= 0) return index + 1
  if (!/^\d+$/.test(text)) {
    const names = rule.names ? ` or ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : ''
    fail(`${where}: '${text}' is not a number${names}`)
  }
  const value = Number(text)
  if (value < rule.min || value > rule.max) {
    fail(`${where}: ${value} is out of range (${rule.min}-${rule.max})`)
  }
  return value
}

function replaceNames(field: string, rule: FieldRule): string {
  let named = field
  rule.names?.forEach((name, i) => (named = named.replaceAll(name, String(i + 1))))
  return named
}

/**
 * The shortest time between two runs, from the minutes and hours fields: between two minutes of one hour, and from
 * the last minute of an hour to the first of the next one when both hours are allowed (23 → 0 included: the next day
 * may be allowed too).
 */
function checkInterval(minutes: number[], hours: number[], fields: string[]): void {
  if (minutes.length === 0) return
  let shortest = Number.POSITIVE_INFINITY
  for (let i = 1; i < minutes.length; i++) shortest = Math.min(shortest, minutes[i] - minutes[i - 1])
  if (hours.some((h) => hours.includes((h + 1) % 24))) {
    shortest = Math.min(shortest, 60 - minutes[minutes.length - 1] + minutes[0])
  }
  if (shortest < MIN_SCHEDULE_MINUTES) {
    fail(
      `fires every ${shortest} minute${shortest === 1 ? '' : 's'} at times (minutes '${fields[0]}', hours '${fields[1]}'); ` +
        `Glue does not run schedules more often than every ${MIN_SCHEDULE_MINUTES} minutes, e.g. cron(0/5 * * * ? *)`
    )
  }
}
