/**
 * Reliability suite 2, crash at every step: SIGKILL the built action right after the endpoint answered its k-th write
 * call, for every k of a first deploy and of deploys that change the graph; then deploy again: Glue must end in exactly
 * the desired state, with no trigger orphaned, duplicated, missing, left inactive or carrying stale tags.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { errorLines, type StepResult } from '../../testkit/actionStep.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { CHAIN, FAN_IN, answeredWrites, deployStep, differences, type Scenario } from './helpers/medallion.js'
import { mapPool, report } from './helpers/pool.js'
import { copyOf, removeSnapshots, snapshot } from './helpers/snapshot.js'

const PARALLEL = 6

const switches: KillSwitch[] = []
afterAll(async () => {
  await Promise.all(switches.map((s) => s.close()))
})

interface Case {
  name: string
  from?: Scenario
  to: Scenario
}

const CASES: Case[] = [
  { name: 'first deploy (fan-in)', to: FAN_IN },
  { name: 'graph change chain -> fan-in', from: CHAIN, to: FAN_IN },
  { name: 'graph change fan-in -> chain', from: FAN_IN, to: CHAIN }
]

const ok = (r: StepResult) => ({ code: r.code, errors: errorLines(r) })

const WF = 'crash'
/** Per case, a state file with the targets created and the `from` state deployed (made once, loaded per endpoint). */
const snapshots = new Map<Case, string>()
beforeAll(async () => {
  for (const c of CASES) snapshots.set(c, await snapshot(WF, c.from))
})
afterAll(() => removeSnapshots())

/** A fresh endpoint in the case's starting state. */
async function prepared(c: Case): Promise<{ ks: KillSwitch; wf: string }> {
  const ks = await startKillSwitch({ stateFile: copyOf(snapshots.get(c)!) })
  switches.push(ks)
  return { ks, wf: WF }
}

describe('crash at every step: SIGKILL after the k-th write, then deploy again', () => {
  it('converges from every crash point, with nothing orphaned or duplicated', async () => {
    const started = Date.now()
    // The writes of each case when nothing goes wrong: one crash point per write.
    const writesOf = await Promise.all(
      CASES.map(async (c) => {
        const { ks, wf } = await prepared(c)
        expect(ok(await deployStep(ks.url, wf, c.to))).toEqual({ code: 0, errors: [] })
        expect(differences(ks.local.state(), wf, c.to)).toEqual([])
        const writes = ks.local.calls().calls.filter((call) => call.write)
        await ks.close()
        return writes.map((w) => w.operation)
      })
    )
    expect(writesOf.map((w) => w.length)).toEqual([5, 10, 10])
    const points = CASES.flatMap((c, i) => writesOf[i].map((op, k) => ({ c, k: k + 1, op })))

    const results = await mapPool(points, PARALLEL, async ({ c, k, op }) => {
      const { ks, wf } = await prepared(c)
      const crashed = await deployStep(ks.url, wf, c.to, { onSpawn: (child) => ks.arm(child, k) })
      const killedAt = ks.killedAt()
      const writesBeforeRedeploy = answeredWrites(ks.local)
      const again = await deployStep(ks.url, wf, c.to)
      const problems = differences(ks.local.state(), wf, c.to)
      await ks.close()
      return { case: c.name, k, op, signal: crashed.signal, killedAt, writesBeforeRedeploy, again: ok(again), problems }
    })
    report('crash', {
      cases: CASES.map((c, i) => `${c.name} (${writesOf[i].length} writes)`).join(', '),
      'crash points': results.length,
      killed: results.filter((r) => r.signal === 'SIGKILL').length,
      converged: results.filter((r) => r.again.code === 0 && r.problems.length === 0).length,
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    // Each crash point: killed exactly there (k writes answered, none after), then one deploy converges exactly.
    const wrong = results.filter(
      (r) =>
        r.signal !== 'SIGKILL' ||
        r.killedAt !== r.k ||
        r.writesBeforeRedeploy !== r.k ||
        r.again.code !== 0 ||
        r.problems.length > 0
    )
    expect(wrong).toEqual([])
  }, 240_000)
})
