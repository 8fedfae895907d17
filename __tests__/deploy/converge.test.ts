/** converge: apply, re-read, and back off while another deploy writes the same workflow (fake sleep and random). */
import { describe, expect, it } from '@jest/globals'
import { ConflictError } from '../../src/deploy/applyPlan.js'
import { MAX_ROUNDS, converge, convergeBackoffMs, type ConvergeDeps } from '../../src/deploy/converge.js'
import type { Plan, Write } from '../../src/deploy/diff.js'

const write = (name: string): Write => ({ op: 'DeleteTrigger', name })
const plan = (...names: string[]): Plan => ({ entries: [], writes: names.map(write) })

/** Deps whose replan answers the given plans in turn; records what happened. */
function fakeDeps(replans: Plan[], applyFails: (writes: Write[]) => Error | undefined = () => undefined) {
  const log: string[] = []
  const deps: ConvergeDeps = {
    apply: (writes, onWrite) => {
      log.push(`apply ${writes.map((w) => (w.op === 'DeleteTrigger' ? w.name : w.op)).join(',')}`)
      const error = applyFails(writes)
      if (error) return Promise.reject(error)
      writes.forEach(() => onWrite())
      return Promise.resolve()
    },
    replan: () => {
      log.push('replan')
      const next = replans.shift()
      if (!next) throw new Error('replanned more often than the test expected')
      return Promise.resolve(next)
    },
    sleep: (ms) => {
      log.push(`sleep ${ms}`)
      return Promise.resolve()
    },
    random: () => 0.5,
    info: () => {},
    warn: (m) => log.push(`warn ${m}`)
  }
  return { deps, log }
}

describe('convergeBackoffMs', () => {
  it.each([
    [1, 0, 250],
    [1, 0.5, 500],
    [1, 0.999, 750],
    [2, 0.5, 1000],
    [4, 0.5, 4000],
    [5, 0.5, 8000],
    [9, 0.5, 8000]
  ])('round %i, random %f: %i ms', (round, random, ms) => {
    expect(convergeBackoffMs(round, random)).toBe(ms)
  })
})

describe('converge', () => {
  it('applies the plan and stops when Glue matches, without waiting', async () => {
    const { deps, log } = fakeDeps([plan()])
    await expect(converge('wf', plan('a', 'b'), deps)).resolves.toBe(2)
    expect(log).toEqual(['apply a,b', 'replan'])
  })

  it('when Glue changed under it, waits, reads again, and applies only what is still needed', async () => {
    const { deps, log } = fakeDeps([plan('b'), plan('b'), plan()])
    await expect(converge('wf', plan('a', 'b'), deps)).resolves.toBe(3)
    expect(log).toEqual(['apply a,b', 'replan', 'sleep 500', 'replan', 'apply b', 'replan'])
  })

  it('stops without writing again when the other deploy made Glue match meanwhile', async () => {
    const { deps, log } = fakeDeps([plan('a'), plan()])
    await expect(converge('wf', plan('a'), deps)).resolves.toBe(1)
    expect(log).toEqual(['apply a', 'replan', 'sleep 500', 'replan'])
  })

  it('a conflicting write is a reason to re-read, not to fail', async () => {
    const conflict = new ConflictError(
      write('a'),
      Object.assign(new Error('exists'), { name: 'AlreadyExistsException' })
    )
    let first = true
    const { deps, log } = fakeDeps([plan()], () => (first ? ((first = false), conflict) : undefined))
    await expect(converge('wf', plan('a'), deps)).resolves.toBe(0)
    expect(log[0]).toBe('apply a')
    expect(log[1]).toMatch(/^warn DeleteTrigger conflicted with a concurrent change/)
  })

  it('any other failure of a write fails the deploy at once', async () => {
    const denied = Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
    const { deps } = fakeDeps([], () => denied)
    await expect(converge('wf', plan('a'), deps)).rejects.toBe(denied)
  })

  it(`gives up with one clear line after ${MAX_ROUNDS} rounds of a workflow that keeps changing`, async () => {
    const { deps, log } = fakeDeps(Array.from({ length: 2 * MAX_ROUNDS }, () => plan('x')))
    await expect(converge('medallion', plan('x'), deps)).rejects.toThrow(
      'workflow medallion kept changing during the deploy (another deploy running at the same time?); run the deploy again once the other one has finished'
    )
    expect(log.filter((l) => l.startsWith('apply'))).toHaveLength(MAX_ROUNDS)
    expect(log.filter((l) => l.startsWith('sleep'))).toEqual([
      'sleep 500',
      'sleep 1000',
      'sleep 2000',
      'sleep 4000',
      'sleep 8000'
    ])
  })
})
