/** Cancelling the GitHub job never leaves an orphan Glue run: signals in the main step, the post step as fallback. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { errorLines, runMainStep, runPostStep, type StepResult } from '../../testkit/actionStep.js'
import {
  createMedallion,
  eventually,
  getRun,
  glueClient,
  startGlueLocal,
  waitForOutput,
  type GlueLocal,
  type Medallion
} from './startSetup.js'

let local: GlueLocal
let glue: ReturnType<typeof glueClient>

beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
  glue = glueClient(local.url)
})
afterAll(async () => {
  glue.destroy()
  await local.close()
})

/** Runs the main step on a long run and sends `signal` once it has logged the run's first stage transition. */
async function cancelDuringWait(
  medallion: Medallion,
  signal: NodeJS.Signals,
  inputs: Record<string, string> = {}
): Promise<{ step: StepResult; runId: string; exitMs: number }> {
  let sentAt = 0
  let runId = ''
  const step = await runMainStep({
    endpoint: local.url,
    inputs: { mode: 'start', 'workflow-name': medallion.workflow, 'poll-interval-seconds': '1', ...inputs },
    onSpawn: (child: ChildProcess) => {
      void waitForOutput(child, /runId=(wr_[0-9a-f]+)[\s\S]*attempt 1 RUNNING/).then((text) => {
        runId = /runId=(wr_[0-9a-f]+)/.exec(text)![1]
        sentAt = Date.now()
        child.kill(signal)
      })
    }
  })
  return { step, runId, exitMs: Date.now() - sentAt }
}

describe('cancelling mode: start', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'on %s, stops the Glue run within the grace time and leaves nothing for the post step',
    async (signal) => {
      const medallion = await createMedallion(glue, { durationMs: 600_000 })
      const { step, runId, exitMs } = await cancelDuringWait(medallion, signal)
      expect(exitMs).toBeLessThan(7500)
      expect(step.code).toBe(1)
      expect(step.outputs['run-id']).toBe(runId)
      expect(step.stdout).toContain(`Received ${signal}: the job is being cancelled`)
      // The step ends with what became of the Glue run.
      expect(errorLines(step)).toEqual([
        expect.stringMatching(
          new RegExp(`^Cancelled by ${signal}: Glue run ${runId.slice(0, 11)}… stopped, STOPPED after \\d+(\\.\\d)? s$`)
        )
      ])
      // The outputs show the run as Glue has it after the stop, not as last polled (RUNNING).
      expect(step.outputs['run-status']).toBe('STOPPED')
      expect(step.state['stop-in-post']).toBe('false')
      const run = await eventually(
        () => getRun(glue, medallion.workflow, runId),
        (r) => r.Status === 'STOPPED'
      )
      expect(run.Status).toBe('STOPPED')

      local.reset('calls')
      const post = await runPostStep({ endpoint: local.url, inputs: {}, state: step.state })
      expect(post.code).toBe(0)
      expect(local.calls().total).toBe(0)
    }
  )

  it('with stop-on-cancel: false, leaves the run going', async () => {
    const medallion = await createMedallion(glue, { durationMs: 600_000 })
    const { step, runId } = await cancelDuringWait(medallion, 'SIGINT', { 'stop-on-cancel': 'false' })
    expect(step.code).toBe(1)
    expect(errorLines(step)).toEqual([
      `Cancelled by SIGINT: Glue run ${runId.slice(0, 11)}… left running (stop-on-cancel: false)`
    ])
    expect(step.state['stop-in-post']).toBe('false')
    expect((await getRun(glue, medallion.workflow, runId)).Status).toBe('RUNNING')
  })

  it('when the main step is killed (SIGKILL), the run id is already out and the post step stops the run', async () => {
    const medallion = await createMedallion(glue, { durationMs: 600_000 })
    const { step, runId } = await cancelDuringWait(medallion, 'SIGKILL')
    expect(step.signal).toBe('SIGKILL')
    expect(step.outputs['run-id']).toBe(runId)
    expect(step.state).toEqual({
      'workflow-name': medallion.workflow,
      region: 'us-east-1',
      'stop-in-post': 'true',
      'start-token': expect.stringMatching(/^[0-9a-f-]{36}$/),
      'run-id': runId
    })
    expect((await getRun(glue, medallion.workflow, runId)).Status).toBe('RUNNING')

    const post = await runPostStep({ endpoint: local.url, inputs: {}, state: step.state })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(
      `The main step did not see run ${runId} end (it was cancelled or killed): stopping it`
    )
    expect(post.stdout).toContain(`Stopped run ${runId} of workflow ${medallion.workflow}`)
    const run = await eventually(
      () => getRun(glue, medallion.workflow, runId),
      (r) => r.Status === 'STOPPED'
    )
    expect(run.Status).toBe('STOPPED')

    // Stopping is idempotent: a second post step finds the run ended and leaves it alone, without error.
    const again = await runPostStep({ endpoint: local.url, inputs: {}, state: step.state })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`Run ${runId} of workflow ${medallion.workflow} is STOPPED: nothing to stop`)
  })

  it('the post step does nothing (no Glue call) after a run the main step saw end, or without state', async () => {
    const medallion = await createMedallion(glue)
    const main = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': medallion.workflow, 'poll-interval-seconds': '1' }
    })
    expect(main.code).toBe(0)
    local.reset('calls')
    for (const state of [main.state, {}]) {
      const post = await runPostStep({ endpoint: local.url, inputs: {}, state })
      expect(post.code).toBe(0)
    }
    expect(local.calls().total).toBe(0)
  })
})
