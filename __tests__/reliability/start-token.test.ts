/**
 * Reliability: a job cancelled while StartWorkflowRun's answer is slow. Glue has started the run, but the action does
 * not know its id yet. Whether the step gets SIGINT, SIGTERM or SIGHUP (and waits past the runner's grace) or is
 * SIGKILLed outright, the Glue run must end STOPPED: the start token saved in the step state before the request lets
 * the cancel handler, or else the post step, find the run and stop it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseCommandFile, runMainStep, runPostStep } from '../../testkit/actionStep.js'
import { createMedallion, glueClient } from '../e2e/startSetup.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { mapPool, report, sleep } from './helpers/pool.js'

/** The runner's grace time between SIGINT and SIGTERM. */
const GRACE_MS = 7500

interface Case {
  signal: NodeJS.Signals
  /** How long Glue's answer to StartWorkflowRun takes (Glue has started the run at once). */
  answerDelayMs: number
}

/** Answers that come back inside the cancel budget, and answers that come back only after the step is gone. */
const CASES: Case[] = [
  ...(['SIGINT', 'SIGTERM', 'SIGHUP'] as const).flatMap((signal) => [
    { signal, answerDelayMs: 3000 },
    { signal, answerDelayMs: 15_000 }
  ]),
  { signal: 'SIGKILL', answerDelayMs: 3000 },
  { signal: 'SIGKILL', answerDelayMs: 15_000 }
]

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-token-'))
const relays: KillSwitch[] = []
afterAll(async () => {
  await Promise.all(relays.map((r) => r.close()))
  fs.rmSync(dir, { recursive: true, force: true })
})

async function runCase(c: Case, i: number) {
  let startSent: () => void = () => {}
  const sent = new Promise<void>((resolve) => (startSent = resolve))
  const relay = await startKillSwitch(
    { seed: 1 },
    {
      onRequest: (op) => op === 'StartWorkflowRun' && startSent(),
      answerDelayMs: (op) => (op === 'StartWorkflowRun' ? c.answerDelayMs : 0)
    }
  )
  relays.push(relay)
  const glue = glueClient(relay.local.url)
  const medallion = await createMedallion(glue, { durationMs: 600_000 })
  glue.destroy()
  const state = path.join(dir, `state-${i}`)
  fs.writeFileSync(state, '')

  let signalledAt = 0
  const step = await runMainStep({
    endpoint: relay.url,
    inputs: { mode: 'start', 'workflow-name': medallion.workflow, 'poll-interval-seconds': '1' },
    env: { GITHUB_STATE: state },
    killAfterMs: 60_000,
    onSpawn: (child) =>
      void sent
        // The request has reached Glue: the run exists, its id is on its slow way back.
        .then(() => sleep(300))
        .then(() => {
          signalledAt = Date.now()
          child.kill(c.signal)
        })
  })
  const exitMs = Date.now() - signalledAt
  const saved = parseCommandFile(fs.readFileSync(state, 'utf8'))
  const post = await runPostStep({ endpoint: relay.url, inputs: {}, state: saved, killAfterMs: 60_000 })

  let runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === medallion.workflow)
  for (let t = 0; t < 50 && runs.some((r) => r.Status === 'STOPPING'); t++) {
    await sleep(100)
    runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === medallion.workflow)
  }
  return {
    name: `${c.signal}, answer after ${c.answerDelayMs / 1000} s`,
    exit: step.signal ?? `code ${step.code}`,
    exitMs,
    postCode: post.code,
    postErrors: post.stdout.split('\n').filter((l) => l.startsWith('::error')),
    runs: runs.map((r) => r.Status).join(',') || 'no run'
  }
}

describe('cancelled while the StartWorkflowRun answer is slow', () => {
  it('stops the run Glue started, found by its start token, in the main step or the post step', async () => {
    const started = Date.now()
    const outcomes = await mapPool(CASES, 4, runCase)
    const signalled = outcomes.filter((o) => o.exit !== 'SIGKILL')
    report('start token', {
      'cancel windows': outcomes.length,
      'slowest exit after a signal': `${Math.max(...signalled.map((o) => o.exitMs))} ms`,
      'runs left RUNNING': outcomes.filter((o) => o.runs.includes('RUNNING')).length,
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    const wrong = outcomes.filter(
      (o) =>
        o.runs !== 'STOPPED' ||
        o.postCode !== 0 ||
        o.postErrors.length > 0 ||
        (o.exit !== 'SIGKILL' && (o.exit !== 'code 1' || o.exitMs >= GRACE_MS))
    )
    expect(wrong).toEqual([])
  }, 180_000)
})
