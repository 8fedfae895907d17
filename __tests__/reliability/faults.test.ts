/**
 * Reliability suite 1, faults: the built action against local Glue endpoints that throttle 30% of calls, answer 10%
 * with InternalServiceException, drop 5% of connections and add latency spikes (seeded, so a failure is reproducible
 * from its seed). Every deploy must converge to exactly the desired state; start must reach the verdict it reaches
 * without faults, with exactly one run.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { isWriteOperation, startGlueLocal, type FaultConfig, type GlueLocal } from '../../glue-local/index.js'
import { seededRandom } from '../../glue-local/faults/seeded-random.js'
import { errorLines, runMainStep, type StepResult } from '../../testkit/actionStep.js'
import { CHAIN, FAN_IN, createTargets, deployStep, differences, type Scenario } from './helpers/medallion.js'
import { mapPool, report } from './helpers/pool.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { createMedallion, glueClient, type Medallion } from '../e2e/startSetup.js'

const FAULTS: Partial<FaultConfig> = {
  throttleRate: 0.3,
  internalErrorRate: 0.1,
  dropConnectionRate: 0.05,
  latencyMs: 2,
  latencySpikeRate: 0.1,
  latencySpikeMs: 400
}
const NO_FAULTS: Partial<FaultConfig> = {
  throttleRate: 0,
  internalErrorRate: 0,
  dropConnectionRate: 0,
  latencyMs: 0,
  latencySpikeRate: 0
}
const DEPLOY_TRIALS = 52 // an even number: pairs of a first deploy and a graph change
const START_TRIALS = 12
const LOST_TRIALS = 10
/** Share of write calls whose answer the relay loses after Glue carried them out. */
const LOST_ANSWER_RATE = 0.3
/** Trials in flight at once: each mostly waits for SDK back-off, so this is bound by endpoints, not cores. */
const PARALLEL = 13

const endpoints: GlueLocal[] = []
const relays: KillSwitch[] = []
afterAll(async () => {
  await Promise.all([...endpoints.map((e) => e.close()), ...relays.map((r) => r.close())])
})

async function endpoint(seed: number): Promise<GlueLocal> {
  const local = await startGlueLocal({ port: 0, seed })
  endpoints.push(local)
  return local
}

interface Tally {
  faults: number
  throttle: number
  internal: number
  dropped: number
  calls: number
  writes: number
}

function tally(local: GlueLocal): Tally {
  const calls = local.calls().calls
  const by = (fault: string) => calls.filter((c) => c.fault === fault).length
  return {
    faults: calls.filter((c) => c.outcome === 'fault').length,
    throttle: by('throttle'),
    internal: by('internal-error'),
    dropped: by('drop-connection'),
    calls: calls.length,
    writes: calls.filter((c) => c.write && c.outcome === 'ok').length
  }
}

function sum(tallies: Tally[], key: keyof Tally): number {
  return tallies.reduce((n, t) => n + t[key], 0)
}

const step = (r: StepResult) => ({ code: r.code, errors: errorLines(r) })

/**
 * Trials come in pairs on one endpoint: a first deploy, then a graph change to the other scenario (chain and fan-in
 * take turns being first). Each deploy runs under its own seed.
 */
const PAIRS = DEPLOY_TRIALS / 2
function pairPlan(pair: number): [Scenario, Scenario] {
  return pair % 2 === 0 ? [CHAIN, FAN_IN] : [FAN_IN, CHAIN]
}

describe('faults: throttling 30%, internal errors 10%, dropped connections 5%, latency spikes', () => {
  it(`every one of ${DEPLOY_TRIALS} seeded deploys (first deploys and graph changes) converges exactly`, async () => {
    const started = Date.now()
    const pairs = await mapPool(
      Array.from({ length: PAIRS }, (_, i) => i),
      PARALLEL,
      async (pair) => {
        const local = await endpoint(pair)
        const wf = `faults-${pair}`
        await createTargets(local.url, wf)
        const results = []
        let from: Scenario | undefined
        for (const [i, to] of pairPlan(pair).entries()) {
          const seed = 2 * pair + i + 1
          local.reset('calls')
          local.setFaults({ ...FAULTS, seed })
          const t0 = Date.now()
          const result = await deployStep(local.url, wf, to)
          const ms = Date.now() - t0
          local.setFaults(NO_FAULTS)
          const kind = from ? `${from.name}->${to.name}` : `first ${to.name}`
          results.push({ seed, kind, result, problems: differences(local.state(), wf, to), counts: tally(local), ms })
          from = to
        }
        await local.close()
        return results
      }
    )
    const trials = pairs.flat()
    const failed = trials.filter((t) => t.result.code !== 0 || t.problems.length > 0)
    const counts = trials.map((t) => t.counts)
    report('faults/deploy', {
      trials: trials.length,
      'first deploys': trials.filter((t) => t.kind.startsWith('first')).length,
      'graph changes': trials.filter((t) => !t.kind.startsWith('first')).length,
      converged: trials.length - failed.length,
      calls: sum(counts, 'calls'),
      'faults injected': sum(counts, 'faults'),
      throttled: sum(counts, 'throttle'),
      'internal errors': sum(counts, 'internal'),
      'dropped connections': sum(counts, 'dropped'),
      writes: sum(counts, 'writes'),
      'slowest deploy': `${(Math.max(...trials.map((t) => t.ms)) / 1000).toFixed(1)} s`,
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    expect(failed.map((t) => ({ seed: t.seed, kind: t.kind, ...step(t.result), problems: t.problems }))).toEqual([])
    expect(sum(counts, 'faults')).toBeGreaterThan(DEPLOY_TRIALS * 2)
  }, 240_000)

  it(`start and verify reach the same verdict as without faults, with exactly one run, in ${START_TRIALS} seeded trials`, async () => {
    const started = Date.now()
    /** Even trials: every stage succeeds; odd trials: silver fails, so gold never runs. */
    const startInputs = (m: Medallion, i: number): Record<string, string> => ({
      mode: 'start verify',
      'workflow-name': m.workflow,
      jobs: m.jobsInput,
      'poll-interval-seconds': '1',
      'max-poll-interval-seconds': '2',
      ...(i % 2 === 1 ? { 'run-properties': `"glue-local:${m.jobs.silver}:outcome": FAILED` } : {})
    })
    const verdict = (r: StepResult, m: Medallion) => ({
      code: r.code,
      status: r.outputs['run-status'],
      stages: (JSON.parse(r.outputs.stages ?? '[]') as { stage: string; state: string }[]).map(
        (s) => `${s.stage}:${s.state}`
      ),
      verified: r.outputs.verified,
      findings: (JSON.parse(r.outputs.findings ?? '[]') as { stage: string; rule: string }[])
        .map((f) => `${f.stage}:${f.rule}`)
        .sort(),
      // The lines themselves carry times; their number and their stages are the verdict.
      errors: errorLines(r).map(
        (l) =>
          l
            .replaceAll(r.outputs['run-id'] ?? '?', '<run>')
            .replaceAll(m.workflow, '<wf>')
            .split(':')[0]
      )
    })
    const run = async (local: GlueLocal, i: number) => {
      const glue = glueClient(local.url)
      const medallion = await createMedallion(glue, { durationMs: 150 })
      glue.destroy()
      return { medallion, startInputs: startInputs(medallion, i) }
    }
    // Without faults: the verdict of a run that succeeds and of one whose silver stage fails.
    const clean = await endpoint(999)
    const baselines = await Promise.all(
      [0, 1].map(async (i) => {
        const { medallion, startInputs } = await run(clean, i)
        return verdict(await runMainStep({ endpoint: clean.url, inputs: startInputs }), medallion)
      })
    )
    expect(baselines.map((b) => [b.code, b.status, b.stages, b.verified])).toEqual([
      [0, 'COMPLETED', ['bronze:SUCCEEDED', 'silver:SUCCEEDED', 'gold:SUCCEEDED'], 'true'],
      [1, 'COMPLETED', ['bronze:SUCCEEDED', 'silver:FAILED', 'gold:NOT_RUN'], 'false']
    ])
    const trials = await mapPool(
      Array.from({ length: START_TRIALS }, (_, i) => i),
      PARALLEL,
      async (i) => {
        const seed = 1000 + i
        const local = await endpoint(seed)
        const { medallion, startInputs } = await run(local, i)
        local.reset('calls')
        local.setFaults({ ...FAULTS, seed })
        const result = await runMainStep({ endpoint: local.url, inputs: startInputs })
        local.setFaults(NO_FAULTS)
        const counts = tally(local)
        const runs = Object.values(local.state().workflowRuns).filter((r) => r.Name === medallion.workflow)
        await local.close()
        return { i, seed, verdict: verdict(result, medallion), counts, runs: runs.length }
      }
    )
    const counts = trials.map((t) => t.counts)
    const same = trials.filter((t) => JSON.stringify(t.verdict) === JSON.stringify(baselines[t.i % 2]))
    report('faults/start', {
      trials: trials.length,
      'same verdict': same.length,
      'runs started': trials.reduce((n, t) => n + t.runs, 0),
      calls: sum(counts, 'calls'),
      'faults injected': sum(counts, 'faults'),
      throttled: sum(counts, 'throttle'),
      'internal errors': sum(counts, 'internal'),
      'dropped connections': sum(counts, 'dropped'),
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    for (const t of trials) {
      expect({ seed: t.seed, ...t.verdict }).toEqual({ seed: t.seed, ...baselines[t.i % 2] })
      // A retried StartWorkflowRun must not start a second run.
      expect({ seed: t.seed, runs: t.runs }).toEqual({ seed: t.seed, runs: 1 })
    }
    expect(sum(counts, 'faults')).toBeGreaterThan(START_TRIALS)
  }, 180_000)

  it(`deploys converge when Glue applies a write but its answer is lost (${LOST_TRIALS} seeded trials)`, async () => {
    const started = Date.now()
    const pairs = await mapPool(
      Array.from({ length: LOST_TRIALS / 2 }, (_, i) => i),
      PARALLEL,
      async (pair) => {
        const random = seededRandom(3000 + pair)
        let lost = 0
        const relay = await startKillSwitch(
          { seed: 3000 + pair },
          { loseAnswer: (op) => isWriteOperation(op) && random() < LOST_ANSWER_RATE && ++lost > 0 }
        )
        relays.push(relay)
        const wf = `lost-${pair}`
        await createTargets(relay.local.url, wf)
        const results = []
        let from: Scenario | undefined
        for (const to of pairPlan(pair)) {
          const result = await deployStep(relay.url, wf, to)
          results.push({
            pair,
            kind: from ? `${from.name}->${to.name}` : `first ${to.name}`,
            ...step(result),
            problems: differences(relay.local.state(), wf, to)
          })
          from = to
        }
        await relay.close()
        return results.map((r) => ({ ...r, lost }))
      }
    )
    const trials = pairs.flat()
    const lost = pairs.reduce((n, p) => n + (p[0]?.lost ?? 0), 0)
    report('faults/lost answers', {
      trials: trials.length,
      'answers lost': lost,
      converged: trials.filter((t) => t.code === 0 && t.problems.length === 0).length,
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    expect(trials.filter((t) => t.code !== 0 || t.problems.length > 0)).toEqual([])
    expect(lost).toBeGreaterThan(LOST_TRIALS / 2)
  }, 120_000)

  it('start: a lost StartWorkflowRun answer leaves no second run and no orphan', async () => {
    // Glue starts the run, the connection drops before the answer: a blind retry starts a second run, and the first
    // one runs on with nobody following or stopping it (StartWorkflowRun has no idempotency token).
    let answers = 0
    const relay = await startKillSwitch({}, { loseAnswer: (op) => op === 'StartWorkflowRun' && answers++ === 0 })
    relays.push(relay)
    const glue = glueClient(relay.local.url)
    const medallion = await createMedallion(glue, { durationMs: 300 })
    glue.destroy()
    const result = await runMainStep({
      endpoint: relay.url,
      inputs: {
        mode: 'start',
        'workflow-name': medallion.workflow,
        jobs: medallion.jobsInput,
        'poll-interval-seconds': '1'
      }
    })
    const runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === medallion.workflow)
    report('faults/lost StartWorkflowRun answer', {
      'runs started': runs.length,
      'step exit': result.code ?? 'killed',
      'run statuses': runs.map((r) => r.Status).join(', ')
    })
    expect({ code: result.code, errors: errorLines(result) }).toEqual({ code: 0, errors: [] })
    expect(runs.map((r) => r.WorkflowRunId)).toEqual([result.outputs['run-id']])
  }, 60_000)
})
