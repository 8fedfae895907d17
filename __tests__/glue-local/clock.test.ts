import { describe, expect, it } from '@jest/globals'
import { manualClock, realClock } from '../../glue-local/index.js'

describe('manualClock', () => {
  it('fires due timers in due-time order (same due time: the order they were set), with now at each due time', () => {
    const clock = manualClock({ start: 1_000 })
    const fired: [string, number][] = []
    clock.setTimer(() => fired.push(['b', clock.now()]), 20)
    clock.setTimer(() => fired.push(['a', clock.now()]), 10)
    clock.setTimer(() => fired.push(['c', clock.now()]), 20)
    clock.setTimer(() => fired.push(['late', clock.now()]), 31)
    expect(clock.advance(19)).toBe(1)
    expect(fired).toEqual([['a', 1_010]])
    expect(clock.now()).toBe(1_019)
    expect(clock.advance(11)).toBe(2)
    expect(fired.map(([name]) => name)).toEqual(['a', 'b', 'c'])
    expect(clock.now()).toBe(1_030)
    expect(clock.pending()).toBe(1)
    expect(clock.nextDueIn()).toBe(1)
  })

  it('fires timers set by a firing timer when they fall due within the same advance', () => {
    const clock = manualClock({ start: 0 })
    const fired: number[] = []
    const chain = (step: number) => {
      fired.push(clock.now())
      if (step < 5) clock.setTimer(() => chain(step + 1), 10)
    }
    clock.setTimer(() => chain(1), 10)
    clock.advance(35)
    expect(fired).toEqual([10, 20, 30])
    expect(clock.runAll()).toBe(2)
    expect(fired).toEqual([10, 20, 30, 40, 50])
    expect(clock.now()).toBe(50)
    expect(clock.nextDueIn()).toBeUndefined()
  })

  it('never fires a cleared timer; a zero or negative delay is due now', () => {
    const clock = manualClock({ start: 0 })
    const fired: string[] = []
    const handle = clock.setTimer(() => fired.push('cleared'), 5)
    clock.setTimer(() => fired.push('now'), -3)
    clock.clearTimer(handle)
    expect(clock.advance(0)).toBe(1)
    clock.advance(100)
    expect(fired).toEqual(['now'])
  })

  it('stops runAll on a timer loop and rejects a negative advance', () => {
    const clock = manualClock()
    const loop = () => clock.setTimer(loop, 1)
    loop()
    expect(() => clock.runAll(50)).toThrow(/more than 50 timers/)
    expect(() => clock.advance(-1)).toThrow(/advance/)
  })
})

describe('realClock', () => {
  it('uses Date.now and real timers', async () => {
    const clock = realClock()
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50)
    const fired = await new Promise<boolean>((resolve) => {
      clock.setTimer(() => resolve(true), 5)
    })
    expect(fired).toBe(true)
    let cleared = false
    clock.clearTimer(clock.setTimer(() => (cleared = true), 1))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(cleared).toBe(false)
  })
})
