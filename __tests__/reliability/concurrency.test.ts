/**
 * Reliability suite 3, concurrency: two deploys of the built action on the same workflow at the same time, against an
 * endpoint that answers overlapping trigger writes on one workflow with ConcurrentModificationException (as Glue
 * does). Same inputs: Glue ends in the desired state. Different inputs: Glue ends in one of the two states, whole,
 * never a mix; a deploy that gives up says so in one clear line.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { errorLines, type StepResult } from '../../testkit/actionStep.js'
import { CHAIN, FAN_IN, deployStep, differences, type Scenario } from './helpers/medallion.js'
import { copyOf, removeSnapshots, snapshot } from './helpers/snapshot.js'
import { mapPool, report, sleep } from './helpers/pool.js'

const CONFLICTS = { concurrentTriggerWriteConflicts: true, triggerWriteWindowMs: 30, latencyMs: 15 }
const PARALLEL = 7

const endpoints: GlueLocal[] = []
afterAll(async () => {
  await Promise.all(endpoints.map((e) => e.close()))
  removeSnapshots()
})

interface Trial {
  from?: Scenario
  a: Scenario
  b: Scenario
  /** B starts this long after A. */
  staggerMs: number
}

/** A deploy that did not succeed must say why in one line, pointing at the other deploy. */
function clearFailure(r: StepResult): boolean {
  const errors = errorLines(r)
  return errors.length === 1 && /another deploy|concurrent/i.test(errors[0])
}

/** Not a word of the failure lines the test looks for (it once was 'concurrent', which every line matched). */
const WF = 'twin'
/** The starting states, made once: targets only, and the chain deployed. */
const snapshots = new Map<Scenario | undefined, string>()
beforeAll(async () => {
  snapshots.set(undefined, await snapshot(WF))
  snapshots.set(CHAIN, await snapshot(WF, CHAIN))
})

async function runTrial(t: Trial, i: number) {
  const local = await startGlueLocal({ port: 0, seed: 500 + i, stateFile: copyOf(snapshots.get(t.from)!) })
  endpoints.push(local)
  const wf = WF
  local.setFaults(CONFLICTS)
  const [a, b] = await Promise.all([
    deployStep(local.url, wf, t.a),
    sleep(t.staggerMs).then(() => deployStep(local.url, wf, t.b))
  ])
  const calls = local.calls().calls
  const state = local.state()
  await local.close()
  const asA = differences(state, wf, t.a)
  const asB = differences(state, wf, t.b)
  return {
    trial: `${t.from ? `${t.from.name} -> ` : ''}${t.a.name} | ${t.b.name} +${t.staggerMs} ms`,
    codes: [a.code, b.code],
    failuresClear: [a, b].every((r) => r.code === 0 || clearFailure(r)),
    errors: [...errorLines(a), ...errorLines(b)],
    endedAs: asA.length === 0 ? t.a.name : asB.length === 0 ? t.b.name : 'a mix',
    mix: asA.length && asB.length ? { [`not ${t.a.name}`]: asA, [`not ${t.b.name}`]: asB } : undefined,
    /** Writes that collided with the other deploy: ConcurrentModification, or AlreadyExists / EntityNotFound. */
    collisions: calls.filter((c) => c.write && (c.fault === 'conflict' || c.outcome === 'error')).length,
    writes: calls.filter((c) => c.write && c.outcome === 'ok').length
  }
}

const STAGGERS = [0, 0, 40, 80, 120, 200, 300]
const SAME: Trial[] = [
  ...STAGGERS.slice(0, 3).map((staggerMs) => ({ a: CHAIN, b: CHAIN, staggerMs })),
  ...STAGGERS.slice(0, 3).map((staggerMs) => ({ from: CHAIN, a: FAN_IN, b: FAN_IN, staggerMs }))
]
const DIFFERENT: Trial[] = [
  ...STAGGERS.map((staggerMs) => ({ a: CHAIN, b: FAN_IN, staggerMs })),
  ...STAGGERS.map((staggerMs) => ({ from: CHAIN, a: FAN_IN, b: CHAIN, staggerMs }))
]

describe('two deploys of one workflow at the same time', () => {
  it('with the same inputs end in the desired state', async () => {
    const started = Date.now()
    const results = await mapPool(SAME, PARALLEL, runTrial)
    report('concurrency/same inputs', {
      trials: results.length,
      'both succeeded': results.filter((r) => r.codes.every((c) => c === 0)).length,
      'desired state': results.filter((r) => r.endedAs !== 'a mix').length,
      'colliding writes': results.reduce((n, r) => n + r.collisions, 0),
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    const wrong = results.filter((r) => r.endedAs === 'a mix' || !r.failuresClear || !r.codes.includes(0))
    expect(wrong).toEqual([])
    expect(results.reduce((n, r) => n + r.collisions, 0)).toBeGreaterThan(0)
  }, 120_000)

  it('with different inputs end in one of the two states, whole, never a mix', async () => {
    const started = Date.now()
    const results = await mapPool(DIFFERENT, PARALLEL, (t, i) => runTrial(t, 100 + i))
    report('concurrency/different inputs', {
      trials: results.length,
      'both succeeded': results.filter((r) => r.codes.every((c) => c === 0)).length,
      'one failed clearly': results.filter((r) => r.codes.some((c) => c !== 0) && r.failuresClear).length,
      'ended as first': results.filter((r) => r.endedAs === DIFFERENT[results.indexOf(r)].a.name).length,
      'ended as second': results.filter((r) => r.endedAs === DIFFERENT[results.indexOf(r)].b.name).length,
      mixes: results.filter((r) => r.endedAs === 'a mix').length,
      'colliding writes': results.reduce((n, r) => n + r.collisions, 0),
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    for (const line of new Set(results.flatMap((r) => r.errors))) console.log(`[reliability] a deploy failed: ${line}`)
    const wrong = results.filter((r) => r.endedAs === 'a mix' || !r.failuresClear)
    expect(wrong).toEqual([])
    expect(results.reduce((n, r) => n + r.collisions, 0)).toBeGreaterThan(0)
  }, 120_000)
})
