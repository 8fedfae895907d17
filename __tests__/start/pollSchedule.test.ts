import { describe, expect, it } from '@jest/globals'
import { nextPollDelay, pollSchedule } from '../../src/run/pollSchedule.js'

const schedule = pollSchedule(2, 20)
const FAR = 3_600_000
const MIDDLE = 0.5 // a random draw of 0.5 means no jitter

describe('nextPollDelay', () => {
  it.each([
    ['right after the start', 0, 2000],
    ['quiet for 5 s: still the fast interval', 5_000, 2000],
    ['quiet for 10 s: 30% of the quiet time', 10_000, 3000],
    ['quiet for 30 s', 30_000, 9000],
    ['quiet for 60 s', 60_000, 18000],
    ['quiet for 2 min: capped at the longest interval', 120_000, 20000],
    ['quiet for 3 h: still capped', 10_800_000, 20000]
  ])('%s', (_case, quietMs, expected) => {
    expect(nextPollDelay(schedule, quietMs, FAR, MIDDLE)).toBe(expected)
  })

  it.each([
    [0, 0, 1600],
    [0, 0.999999, 2400],
    [120_000, 0, 16000],
    [120_000, 0.999999, 24000]
  ])('spreads the interval by ±20%% (quiet %d ms, random %d)', (quietMs, random, expected) => {
    expect(nextPollDelay(schedule, quietMs, FAR, random)).toBe(expected)
  })

  it('never waits past the deadline', () => {
    expect(nextPollDelay(schedule, 120_000, 1234, 0.9)).toBe(1234)
    expect(nextPollDelay(schedule, 0, 0, 0.9)).toBe(0)
    expect(nextPollDelay(schedule, 0, -50, 0.9)).toBe(0)
  })

  it('honours the inputs: a slower first poll and a lower cap', () => {
    const custom = pollSchedule(10, 12)
    expect(nextPollDelay(custom, 0, FAR, MIDDLE)).toBe(10000)
    expect(nextPollDelay(custom, 600_000, FAR, MIDDLE)).toBe(12000)
  })
})
