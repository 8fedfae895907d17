import { describe, expect, it } from '@jest/globals'
import { cronProblem } from '../../src/inputs/cron.js'

describe('cron expressions Glue takes', () => {
  it.each([
    'cron(15 2 * * ? *)',
    'cron(0 18 ? * MON-FRI *)',
    'cron(0 8 1 * ? *)',
    'cron(0/15 * * * ? *)',
    'cron(0/5 8-17 ? * MON-FRI *)',
    'cron(*/5 * * * ? *)',
    'cron(0,30 * * * ? *)',
    'cron(0 0 L * ? *)',
    'cron(0 0 LW * ? *)',
    'cron(0 0 15W * ? *)',
    'cron(0 0 ? * 6L *)',
    'cron(0 0 ? * 3#2 *)',
    'cron(0 0 ? * L *)',
    'cron(0 12 ? JAN,JUL MON,WED,FRI 2030)',
    'cron(0 12 ? jan-mar sun *)',
    'cron(10 10 ? * 1-7 2025-2199)',
    'cron(58 1 * * ? *)',
    'cron(0,55 * * * ? *)',
    'cron(50,55 2 * * ? *)',
    'cron(59 0,2 * * ? *)',
    'cron( 0  2 * * ? * )'
  ])('%s', (expression) => {
    expect(cronProblem(expression)).toBeUndefined()
  })
})

describe('cron expressions refused before any write', () => {
  it.each([
    ['cron(0 2 * *)', 'needs 6 fields'],
    ['cron(0 2 * * ? * *)', 'month day-of-week year), got 7'],
    ['rate(5 minutes)', 'not a cron(...) expression'],
    ['cron(99 25 * * ? *)', "minutes field '99': 99 is out of range (0-59)"],
    ['cron(0 25 * * ? *)', "hours field '25': 25 is out of range (0-23)"],
    ['cron(0 2 32 * ? *)', "day-of-month field '32': 32 is out of range (1-31)"],
    ['cron(0 2 0 * ? *)', "day-of-month field '0': 0 is out of range (1-31)"],
    ['cron(0 2 * 13 ? *)', "month field '13': 13 is out of range (1-12)"],
    ['cron(0 2 ? * 8 *)', "day-of-week field '8': 8 is out of range (1-7)"],
    ['cron(0 2 * * ? 1969)', "year field '1969': 1969 is out of range (1970-2199)"],
    ['cron(0 2 * * ? $)', "year field '$': '$' is not a number"],
    ['cron(0 2 * JANUARY ? *)', "'JANUARY' is not a number or JAN-DEC"],
    ['cron(0 2 ? * MONDAY *)', "'MONDAY' is not a number or SUN-SAT"],
    ['cron(0 2 ? JAN,FOO * *)', "'FOO' is not a number or JAN-DEC"],
    ['cron(abc 2 * * ? *)', "minutes field 'abc': 'abc' is not a number"],
    ['cron(0 2 * * * *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['cron(0 2 ? * ? *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['cron(0 2 1 * MON *)', 'exactly one of day-of-month and day-of-week must be ?'],
    ['cron(? 2 * * ? *)', "minutes field '?': ? is only allowed in day-of-month or day-of-week"],
    ['cron(0 2 ? * FRI-MON *)', 'range FRI-MON runs backwards'],
    ['cron(30-10 2 * * ? *)', 'range 30-10 runs backwards'],
    ['cron(0/0 2 * * ? *)', 'step 0 is not between 1 and 59'],
    ['cron(0/x 2 * * ? *)', "the step after / must be a whole number, got 'x'"],
    ['cron(0/5/5 2 * * ? *)', 'more than one /'],
    ['cron(0,,5 2 * * ? *)', 'an empty item in the list'],
    ['cron(1-2-3 2 * * ? *)', "'1-2-3' is not a value or a range"],
    ['cron(0 2 L,15 * ? *)', 'L and W are written L, LW, L-3 or 15W, alone'],
    ['cron(0 2 32W * ? *)', 'L and W are written'],
    ['cron(0 2 ? * 3#1,6#3 *)', 'L and # are written L, 6L (last Friday) or 3#2 (second Tuesday), alone'],
    ['cron(0 2 ? * 3#6 *)', 'L and # are written'],
    ['cron(* * * * ? *)', 'fires every 1 minute at times'],
    ['cron(0-59 * * * ? *)', 'fires every 1 minute at times'],
    ['cron(*/2 * * * ? *)', 'fires every 2 minutes at times'],
    ['cron(0/4 * * * ? *)', 'fires every 4 minutes at times'],
    ['cron(0,3 2 * * ? *)', 'fires every 3 minutes at times'],
    ['cron(58,1 * * * ? *)', 'fires every 3 minutes at times'],
    ['cron(59,2 23,0 * * ? *)', 'fires every 3 minutes at times'],
    ['cron(0 2 * * ? *)x', 'not a cron(...) expression']
  ])('%s: %s', (expression, problem) => {
    expect(cronProblem(expression)).toContain(problem)
  })

  it('says that Glue runs schedules at most every 5 minutes', () => {
    expect(cronProblem('cron(0-59 * * * ? *)')).toContain('Glue does not run schedules more often than every 5 minutes')
  })
})
