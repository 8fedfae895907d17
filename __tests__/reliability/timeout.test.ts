/**
 * Reliability: `timeout-minutes` holds under throttling. With most polls throttled, and with every call throttled
 * (the stop too), the step ends soon after the deadline (the SDK's retries are cut off by it, the stop has a short
 * budget of its own), fails with the timeout message, and the run does not burn on: the main step stops it, or, when
 * Glue refused every call, the post step does.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import type { FaultConfig } from '../../glue-local/index.js'
import { errorLines, runMainStep, runPostStep } from '../../testkit/actionStep.js'
import { createMedallion, glueClient, startGlueLocal, waitForOutput, type GlueLocal } from '../e2e/startSetup.js'
import { mapPool, report, sleep } from './helpers/pool.js'

/** timeout-minutes: 1, plus start-up, the stop's own budget and slack for a loaded machine. */
const BOUND_MS = 78_000

interface Case {
  name: string
  /** Faults from the moment the run id is out. */
  faults: Partial<FaultConfig> & { seed?: number }
  /** Whether the main step can still stop the run (else the post step must). */
  stopInMain: boolean
}

const CASES: Case[] = [
  {
    name: 'most polls throttled',
    faults: { throttleRate: 0.8, operations: ['GetWorkflowRun'], seed: 6 },
    stopInMain: true
  },
  { name: 'every call throttled', faults: { throttleRate: 1, operations: [], seed: 6 }, stopInMain: false }
]

const endpoints: GlueLocal[] = []
afterAll(async () => {
  await Promise.all(endpoints.map((e) => e.close()))
})

async function runCase(c: Case) {
  const local = await startGlueLocal({ port: 0 })
  endpoints.push(local)
  const glue = glueClient(local.url)
  const medallion = await createMedallion(glue, { durationMs: 600_000 })
  glue.destroy()
  const spawnedAt = Date.now()
  const step = await runMainStep({
    endpoint: local.url,
    inputs: {
      mode: 'start',
      'workflow-name': medallion.workflow,
      'timeout-minutes': '1',
      'poll-interval-seconds': '1'
    },
    killAfterMs: 240_000,
    onSpawn: (child) => void waitForOutput(child, /Started run/).then(() => local.setFaults(c.faults))
  })
  const tookMs = Date.now() - spawnedAt
  local.setFaults({ throttleRate: 0, operations: [] })
  const statusAfterMain = Object.values(local.state().workflowRuns).find((r) => r.Name === medallion.workflow)?.Status
  const post = await runPostStep({ endpoint: local.url, inputs: {}, state: step.state })
  let status = ''
  for (let t = 0; t < 50; t++) {
    status = Object.values(local.state().workflowRuns).find((r) => r.Name === medallion.workflow)?.Status ?? ''
    if (status !== 'STOPPING') break
    await sleep(100)
  }
  return {
    name: c.name,
    tookMs,
    code: step.code,
    errors: errorLines(step),
    stoppedByMain: statusAfterMain === 'STOPPING' || statusAfterMain === 'STOPPED',
    stopInMain: c.stopInMain,
    postCode: post.code,
    status
  }
}

describe('timeout-minutes under throttling', () => {
  it('ends soon after the deadline with the timeout message, and no run is left running', async () => {
    const outcomes = await mapPool(CASES, 2, runCase)
    report('timeout', {
      cases: outcomes.map((o) => `${o.name}: ended after ${(o.tookMs / 1000).toFixed(1)} s`).join('; ')
    })
    const wrong = outcomes.filter(
      (o) =>
        o.code !== 1 ||
        o.tookMs > BOUND_MS ||
        o.errors.length !== 1 ||
        !/did not end within 1 min \(timeout-minutes\)/.test(o.errors[0]) ||
        o.stoppedByMain !== o.stopInMain ||
        o.postCode !== 0 ||
        o.status !== 'STOPPED'
    )
    expect(wrong).toEqual([])
  }, 300_000)
})
