/**
 * Validates a Glue schedule: `cron(Minutes Hours Day-of-month Month Day-of-week Year)`, 6 fields, UTC, with exactly
 * one of Day-of-month / Day-of-week set to `?`. Returns a problem description, or undefined when valid.
 */
export function cronProblem(schedule: string): string | undefined {
  const match = /^cron\((.*)\)$/.exec(schedule.trim())
  if (!match) return 'the schedule must be a cron expression: cron(Minutes Hours Day-of-month Month Day-of-week Year)'
  const fields = match[1].trim().split(/\s+/)
  if (fields.length !== 6) return `a cron expression needs 6 fields, got ${fields.length}`
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = fields
  const months = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC'
  const days = 'SUN|MON|TUE|WED|THU|FRI|SAT'
  const checks: [string, string, RegExp][] = [
    ['Minutes', minutes, listOf('[0-5]?\\d')],
    ['Hours', hours, listOf('(?:[01]?\\d|2[0-3])')],
    [
      'Day-of-month',
      dayOfMonth,
      new RegExp(`^(?:\\?|L|LW|(?:[1-9]|[12]\\d|3[01])W|${listBody('(?:[1-9]|[12]\\d|3[01])')})$`)
    ],
    ['Month', month, listOf(`(?:[1-9]|1[0-2]|${months})`)],
    ['Day-of-week', dayOfWeek, new RegExp(`^(?:\\?|[1-7]L|[1-7]#[1-5]|L|${listBody(`(?:[1-7]|${days})`)})$`)],
    ['Year', year, listOf('(?:19[7-9]\\d|2[01]\\d\\d)')]
  ]
  for (const [name, value, pattern] of checks) {
    if (!pattern.test(value.toUpperCase())) return `invalid ${name} field '${value}'`
  }
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    return 'exactly one of the Day-of-month and Day-of-week fields must be ?'
  }
  return undefined
}

function listBody(atom: string): string {
  const range = `(?:\\*|${atom}(?:-${atom})?)(?:/\\d+)?`
  return `${range}(?:,${range})*`
}

function listOf(atom: string): RegExp {
  return new RegExp(`^(?:${listBody(atom)})$`)
}
