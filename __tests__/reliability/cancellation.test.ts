/**
 * Reliability suite 4, cancellation: the GitHub runner cancels a job by signalling the step (SIGINT, then SIGTERM
 * 7.5 s later; some runners send SIGHUP) or kills it outright, then runs the post step. In every case the run id is
 * in GITHUB_OUTPUT before the wait begins, the step ends within 7.5 s of the signal, and no Glue run or job run is
 * left RUNNING on the endpoint afterwards (also under throttling and dropped connections, where the post step
 * finishes a stop the main step could not confirm in time).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FaultConfig } from '../../glue-local/index.js'
import { parseCommandFile, runMainStep, runPostStep, type StepResult } from '../../testkit/actionStep.js'
import { createMedallion, glueClient, waitForOutput, type Medallion } from '../e2e/startSetup.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { mapPool, report, sleep } from './helpers/pool.js'

/** The runner's grace time between SIGINT and SIGTERM. */
const GRACE_MS = 7500
const FAULTS: Partial<FaultConfig> = { throttleRate: 0.3, internalErrorRate: 0.1, dropConnectionRate: 0.05 }
const NO_FAULTS: Partial<FaultConfig> = { throttleRate: 0, internalErrorRate: 0, dropConnectionRate: 0 }

type How = NodeJS.Signals | 'SIGKILL after StartWorkflowRun'

interface Case {
  name: string
  how: How
  /** When to cancel: while following the run, or while StartWorkflowRun is still in flight. */
  when: 'waiting' | 'starting'
  faults?: boolean
  seed?: number
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
const CASES: Case[] = [
  ...SIGNALS.map((s): Case => ({ name: `${s} during the wait`, how: s, when: 'waiting' })),
  ...SIGNALS.map((s): Case => ({ name: `${s} while StartWorkflowRun is in flight`, how: s, when: 'starting' })),
  ...SIGNALS.map((s, i): Case => ({
    name: `${s} during the wait, under faults`,
    how: s,
    when: 'waiting',
    faults: true,
    seed: 70 + i
  })),
  { name: 'SIGKILL during the wait, then the post step', how: 'SIGKILL', when: 'waiting' },
  {
    name: 'SIGKILL during the wait under faults, then the post step',
    how: 'SIGKILL',
    when: 'waiting',
    faults: true,
    seed: 80
  },
  {
    name: 'SIGKILL right after StartWorkflowRun answered, then the post step',
    how: 'SIGKILL after StartWorkflowRun',
    when: 'starting'
  }
]

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-cancel-'))
const relays: KillSwitch[] = []
afterAll(async () => {
  await Promise.all(relays.map((r) => r.close()))
  fs.rmSync(dir, { recursive: true, force: true })
})

interface Outcome {
  name: string
  /** The run id was in GITHUB_OUTPUT when the step was cancelled during the wait (or killed after the start). */
  runIdBeforeCancel: boolean
  exit: string
  exitMs: number
  postCode?: number | null
  runStatus: string
  runningJobRuns: number
  runs: number
  faults: number
}

async function runCase(c: Case, i: number): Promise<Outcome> {
  let startRequested: () => void = () => {}
  const starting = new Promise<void>((resolve) => (startRequested = resolve))
  const relay = await startKillSwitch(
    { seed: c.seed ?? 1 },
    {
      onRequest: (op) => op === 'StartWorkflowRun' && startRequested(),
      holdMs: (op) =>
        c.when === 'starting' && c.how !== 'SIGKILL after StartWorkflowRun' && op === 'StartWorkflowRun' ? 1500 : 0
    }
  )
  relays.push(relay)
  const glue = glueClient(relay.local.url)
  const medallion: Medallion = await createMedallion(glue, { durationMs: 600_000 })
  glue.destroy()
  const files = { output: path.join(dir, `output-${i}`), state: path.join(dir, `state-${i}`) }
  for (const f of Object.values(files)) fs.writeFileSync(f, '')
  if (c.faults) relay.local.setFaults({ ...FAULTS, seed: c.seed })

  // Cancelled while StartWorkflowRun is in flight there is no run id yet: the handler must wait for it and stop it.
  let runIdBeforeCancel = c.when === 'starting'
  let cancelledAt = 0
  const cancel = (child: ChildProcess, signal: NodeJS.Signals) => {
    if (c.when === 'waiting') runIdBeforeCancel = /^run-id<</m.test(fs.readFileSync(files.output, 'utf8'))
    cancelledAt = Date.now()
    child.kill(signal)
  }
  const step: StepResult = await runMainStep({
    endpoint: relay.url,
    inputs: {
      mode: 'start',
      'workflow-name': medallion.workflow,
      jobs: medallion.jobsInput,
      'poll-interval-seconds': '1'
    },
    env: { GITHUB_OUTPUT: files.output, GITHUB_STATE: files.state },
    killAfterMs: 60_000,
    onSpawn: (child) => {
      if (c.how === 'SIGKILL after StartWorkflowRun') {
        relay.arm(child, 1)
        cancelledAt = Date.now()
        return
      }
      const signal = c.how
      if (c.when === 'starting') void starting.then(() => sleep(300)).then(() => cancel(child, signal))
      else void waitForOutput(child, /attempt 1 RUNNING/).then(() => cancel(child, signal))
    }
  })
  const exitMs = Date.now() - cancelledAt
  if (c.how === 'SIGKILL after StartWorkflowRun')
    runIdBeforeCancel = /^run-id<</m.test(fs.readFileSync(files.output, 'utf8'))

  // The post step runs after every main step on GitHub (post-if: always()), with what the main step saved.
  const state = parseCommandFile(fs.readFileSync(files.state, 'utf8'))
  const post = await runPostStep({ endpoint: relay.url, inputs: {}, state, killAfterMs: 60_000 })
  relay.local.setFaults(NO_FAULTS)
  const faults = relay.local.calls().calls.filter((call) => call.outcome === 'fault').length

  // Nothing may be left RUNNING once Glue has carried out the stop (STOPPING lasts about 200 ms in glue-local).
  let runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === medallion.workflow)
  for (let t = 0; t < 50 && runs.some((r) => r.Status === 'RUNNING' || r.Status === 'STOPPING'); t++) {
    await sleep(100)
    runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === medallion.workflow)
  }
  const jobRuns = Object.values(relay.local.state().jobRuns).filter((r) => r.simWorkflowName === medallion.workflow)
  await relay.close()
  return {
    name: c.name,
    runIdBeforeCancel,
    exit: step.signal ?? `code ${step.code}`,
    exitMs,
    postCode: post.code,
    runStatus: runs.map((r) => r.Status).join(',') || 'no run',
    runningJobRuns: jobRuns.filter((r) => ['STARTING', 'RUNNING', 'WAITING'].includes(r.JobRunState)).length,
    runs: runs.length,
    faults
  }
}

describe('cancellation: every way the runner ends a step leaves no Glue run burning', () => {
  it('stops the run within the grace time, and the post step finishes what the main step could not', async () => {
    const started = Date.now()
    const outcomes = await mapPool(CASES, 6, runCase)
    const signalled = outcomes.filter((o) => !o.exit.startsWith('SIGKILL'))
    report('cancellation', {
      cases: outcomes.length,
      'slowest exit after a signal': `${Math.max(...signalled.map((o) => o.exitMs))} ms`,
      exits: signalled
        .map(
          (o) =>
            `${o.name.split(' ')[0]}${o.name.includes('flight') ? '/start' : ''}${o.name.includes('faults') ? '/faults' : ''} ${o.exitMs} ms`
        )
        .join(', '),
      'runs left RUNNING': outcomes.filter((o) => o.runStatus.includes('RUNNING')).length,
      'faults injected': outcomes.reduce((n, o) => n + o.faults, 0),
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    const wrong = outcomes.filter(
      (o) =>
        !o.runIdBeforeCancel ||
        o.runs !== 1 ||
        o.runStatus !== 'STOPPED' ||
        o.runningJobRuns !== 0 ||
        o.postCode !== 0 ||
        (!o.exit.startsWith('SIGKILL') && (o.exit !== 'code 1' || o.exitMs >= GRACE_MS))
    )
    expect(wrong).toEqual([])
  }, 180_000)
})
