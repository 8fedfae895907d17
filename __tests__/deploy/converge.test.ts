/**
 * converge: apply, wait for Glue, re-read; stop at once on a round that changes nothing; back off while something else
 * writes the same workflow (fake sleep, random and readings).
 */
import { describe, expect, it } from '@jest/globals'
import { ConflictError } from '../../src/deploy/applyPlan.js'
import { MAX_ROUNDS, converge, convergeBackoffMs, type ConvergeDeps, type Planned } from '../../src/deploy/converge.js'
import type { PlanEntry, Write } from '../../src/deploy/diff.js'
import type { DesiredState } from '../../src/deploy/plan.js'
import type { SettleGoal } from '../../src/deploy/settle.js'

const del = (name: string): Write => ({ op: 'DeleteTrigger', name })
const create = (name: string): Write => ({
  op: 'CreateTrigger',
  request: { Name: name, Type: 'ON_DEMAND', Actions: [] }
})
const update = (name: string): Write => ({ op: 'UpdateWorkflow', request: { Name: name, Description: '' } })
const planned = (writes: Write[], basis = 'b0', entries: PlanEntry[] = [], runUrl?: string): Planned => ({
  plan: { entries, writes },
  basis,
  ...(runUrl ? { runUrl } : {})
})
const plan = (...names: string[]) => planned(names.map(del))

const DESIRED: DesiredState = {
  workflow: { name: 'wf', description: '', defaultRunProperties: {} },
  triggers: [
    { name: 'wf-start', type: 'ON_DEMAND', description: 'd', actions: [], activated: false },
    { name: 'wf-run-b', type: 'CONDITIONAL', description: 'd', actions: [], activated: true }
  ]
}
const CTX = { workflowName: 'wf', desired: DESIRED, ownRunUrl: 'https://github.com/o/r/actions/runs/1' }

const label = (w: Write) => ('name' in w ? w.name : `${w.op}`)
function describeGoal(goal: SettleGoal): string {
  const parts = [
    goal.expect.length ? `expect ${goal.expect.map((e) => `${e.name}=${e.state}`).join(',')}` : '',
    goal.gone.length ? `gone ${goal.gone.join(',')}` : '',
    goal.free.length ? `free ${goal.free.join(',')}` : ''
  ].filter(Boolean)
  return parts.join(' ') || 'rest'
}

/** Deps whose replan answers the given plans in turn; records what happened. */
function fakeDeps(replans: Planned[], applyFails: (writes: Write[]) => Error | undefined = () => undefined) {
  const log: string[] = []
  const deps: ConvergeDeps = {
    apply: (writes, onWrite) => {
      log.push(`apply ${writes.map(label).join(',')}`)
      const error = applyFails(writes)
      if (error) return Promise.reject(error)
      writes.forEach(onWrite)
      return Promise.resolve()
    },
    waitForGlue: (goal, pause) => {
      log.push(`wait ${describeGoal(goal)}${pause ? ' (pause)' : ''}`)
      return Promise.resolve({ workflow: { Name: 'wf' }, triggers: [] })
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

const AFTER = 'wait expect wf-start=CREATED,wf-run-b=ACTIVATED'

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
  it('applies the plan, waits until Glue is done with the triggers, and stops when Glue matches', async () => {
    const { deps, log } = fakeDeps([plan()])
    await converge(CTX, plan('a', 'b'), deps)
    expect(log).toEqual(['apply a,b', `${AFTER} gone a,b (pause)`, 'replan'])
  })

  it('after writes that touch no trigger, reads Glue at once', async () => {
    const { deps, log } = fakeDeps([plan()])
    await converge(CTX, planned([update('wf')]), deps)
    expect(log).toEqual(['apply UpdateWorkflow', AFTER, 'replan'])
  })

  it('a type change deletes the trigger, waits until its name is free, then creates it', async () => {
    const { deps, log } = fakeDeps([plan()])
    await converge(CTX, planned([del('wf-start'), create('wf-start'), create('wf-run-b')]), deps)
    expect(log).toEqual([
      'apply wf-start',
      'wait free wf-start (pause)',
      'apply CreateTrigger,CreateTrigger',
      `${AFTER} (pause)`,
      'replan'
    ])
  })

  it('when Glue changed under it, backs off, reads again, and applies only what is still needed', async () => {
    const { deps, log } = fakeDeps([plan('b'), plan('b'), plan()].map((p, i) => ({ ...p, basis: `b${i + 1}` })))
    await converge(CTX, plan('a', 'b'), deps)
    expect(log).toEqual([
      'apply a,b',
      `${AFTER} gone a,b (pause)`,
      'replan',
      'sleep 500',
      'wait rest',
      'replan',
      'apply b',
      `${AFTER} gone b (pause)`,
      'replan'
    ])
  })

  it('stops without writing again when the other deploy made Glue match meanwhile', async () => {
    const { deps, log } = fakeDeps([{ ...plan('a'), basis: 'other' }, plan()])
    await converge(CTX, plan('a'), deps)
    expect(log).toEqual(['apply a', `${AFTER} gone a (pause)`, 'replan', 'sleep 500', 'wait rest', 'replan'])
  })

  it('a round that changes nothing fails at once, naming the resource and the fields Glue did not take', async () => {
    const entries: PlanEntry[] = [
      { resource: 'workflow', name: 'wf', action: 'update', changes: ["description 'old' → empty"] },
      { resource: 'trigger', name: 'wf-start', action: 'unchanged', changes: [] }
    ]
    const same = planned([update('wf')], 'b0', entries)
    const { deps, log } = fakeDeps([planned([update('wf')], 'b0', entries)])
    const error = await converge(CTX, same, deps).catch((e: Error) => e)
    expect((error as Error).message).toBe(
      "Glue accepted the writes to workflow wf but did not take them: reading back shows workflow wf: description 'old' → empty unchanged, and nothing else changed Glue in between; writing the same again would not help (check what this Glue endpoint supports)"
    )
    expect((error as Error).message).not.toMatch(/another deploy/)
    expect(log.filter((l) => l.startsWith('apply'))).toHaveLength(1)
  })

  it('the same plan on a changed Glue is something else writing, not a write Glue did not take', async () => {
    const { deps, log } = fakeDeps([planned([update('wf')], 'b1'), plan()])
    await converge(CTX, planned([update('wf')], 'b0'), deps)
    expect(log.filter((l) => l.startsWith('sleep'))).toEqual(['sleep 500'])
  })

  it('a trigger created and undone again is another writer at work, never a write Glue did not take', async () => {
    const { deps, log } = fakeDeps([planned([create('wf-start')]), plan()])
    await converge(CTX, planned([create('wf-start')]), deps)
    expect(log.filter((l) => l.startsWith('sleep'))).toEqual(['sleep 500'])
  })

  it('a trigger busy that this round did not write is another writer at work: no "not taken", and said', async () => {
    let n = 0
    const { deps } = fakeDeps(Array.from({ length: 2 * MAX_ROUNDS }, () => planned([update('wf')])))
    deps.waitForGlue = () => {
      n++
      return Promise.resolve({
        workflow: { Name: 'wf' },
        triggers: [],
        seenBusy: [{ name: 'wf-x', state: 'UPDATING' }]
      })
    }
    await expect(converge(CTX, planned([update('wf')]), deps)).rejects.toThrow(
      'something else changes it concurrently (trigger wf-x was UPDATING although this deploy did not write it)'
    )
    expect(n).toBeGreaterThan(MAX_ROUNDS)
  })

  it('a conflicting write is a reason to wait for Glue and re-read, not to fail', async () => {
    const conflict = new ConflictError(
      del('a'),
      Object.assign(new Error('exists'), { name: 'EntityNotFoundException' })
    )
    let first = true
    const { deps, log } = fakeDeps([plan()], () => (first ? ((first = false), conflict) : undefined))
    await converge(CTX, plan('a'), deps)
    expect(log[0]).toBe('apply a')
    expect(log[1]).toMatch(/^warn DeleteTrigger a conflicted with a change in Glue: exists; reading Glue again/)
    expect(log[2]).toBe('wait rest')
  })

  it('any other failure of a write fails the deploy at once', async () => {
    const denied = Object.assign(new Error('denied'), { name: 'AccessDeniedException' })
    const { deps } = fakeDeps([], () => denied)
    await expect(converge(CTX, plan('a'), deps)).rejects.toBe(denied)
  })

  it(`gives up after ${MAX_ROUNDS} rounds of a workflow that keeps changing, without blaming a deploy it has no evidence of`, async () => {
    let n = 0
    const { deps, log } = fakeDeps(Array.from({ length: 2 * MAX_ROUNDS }, () => ({ ...plan('x'), basis: `b${++n}` })))
    const error = (await converge(CTX, plan('x'), deps).catch((e: Error) => e)) as Error & { left: Write[] }
    expect(error.message).toBe(
      'workflow wf kept changing during the deploy: after 6 rounds Glue still differs from the inputs, with values this deploy did not write: something else changes it concurrently; 1 writes left (DeleteTrigger x); run the deploy again'
    )
    expect(error.left).toEqual([del('x')])
    expect(log.filter((l) => l.startsWith('apply'))).toHaveLength(MAX_ROUNDS)
    expect(log.filter((l) => l.startsWith('sleep'))).toEqual([
      'sleep 500',
      'sleep 1000',
      'sleep 2000',
      'sleep 4000',
      'sleep 8000'
    ])
  })

  it('says "another deploy" on evidence: a ConcurrentModificationException', async () => {
    const cme = new ConflictError(
      del('x'),
      Object.assign(new Error('modified'), { name: 'ConcurrentModificationException' }),
      { text: 'Glue answered ConcurrentModificationException to DeleteTrigger x', deploy: true }
    )
    let n = 0
    const { deps } = fakeDeps(
      Array.from({ length: 2 * MAX_ROUNDS }, () => ({ ...plan('x'), basis: `b${++n}` })),
      () => cme
    )
    await expect(converge(CTX, plan('x'), deps)).rejects.toThrow(
      'workflow wf kept changing during the deploy: another deploy is writing it at the same time (Glue answered ConcurrentModificationException to DeleteTrigger x); 1 writes left (DeleteTrigger x); run the deploy again once the other one has finished'
    )
  })

  it('says "another deploy" on evidence: another run\'s provenance tags appear on the workflow', async () => {
    let n = 0
    const other = 'https://github.com/o/r/actions/runs/2'
    const { deps } = fakeDeps(Array.from({ length: 2 * MAX_ROUNDS }, () => planned([del('x')], `b${++n}`, [], other)))
    await expect(
      converge(CTX, planned([del('x')], 'b0', [], 'https://github.com/o/r/actions/runs/0'), deps)
    ).rejects.toThrow(
      `another deploy is writing it at the same time (the workflow's provenance tags name another run (${other}))`
    )
  })
})
