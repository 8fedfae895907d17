/** if-running: what mode: start does when the workflow already has a RUNNING run. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { StopWorkflowRunCommand } from '@aws-sdk/client-glue'
import { errorLines, runMainStep } from '../../testkit/actionStep.js'
import {
  createMedallion,
  getRun,
  glueClient,
  listRuns,
  startGlueLocal,
  startRun,
  type GlueLocal
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

describe('before starting', () => {
  it('explains a workflow that does not exist, and starts nothing', async () => {
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': 'no-such-workflow' }
    })
    expect(step.code).toBe(1)
    expect(errorLines(step)).toEqual([
      'Workflow no-such-workflow does not exist in us-east-1: deploy it first (mode: deploy start) or check workflow-name and region'
    ])
  })

  it('explains ConcurrentRunsExceededException on one line', async () => {
    // A run that takes long to stop still counts against max-concurrent-runs, but is not RUNNING for if-running.
    const slowStop = await startGlueLocal({ port: 0, simulation: { stopDurationMs: 60_000 } })
    const client = glueClient(slowStop.url)
    try {
      const medallion = await createMedallion(client, { durationMs: 600_000, maxConcurrentRuns: 1 })
      const stopping = await startRun(client, medallion.workflow)
      await client.send(new StopWorkflowRunCommand({ Name: medallion.workflow, RunId: stopping }))
      const step = await runMainStep({
        endpoint: slowStop.url,
        inputs: { mode: 'start', 'workflow-name': medallion.workflow }
      })
      expect(step.code).toBe(1)
      expect(errorLines(step)).toEqual([
        `Glue refused the run: workflow ${medallion.workflow} already runs as many times as its max-concurrent-runs ` +
          `allows (Glue: Concurrent runs exceeded for workflow: ${medallion.workflow}). Wait for the running run, ` +
          'raise max-concurrent-runs, or use if-running: wait'
      ])
      expect(step.outputs['run-id']).toBeUndefined()
    } finally {
      client.destroy()
      await slowStop.close()
    }
  })
})

describe('if-running', () => {
  it('fail (the default): fails with the running run id and starts nothing', async () => {
    const medallion = await createMedallion(glue, { durationMs: 600_000 })
    const running = await startRun(glue, medallion.workflow)
    local.reset('calls')
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': medallion.workflow }
    })
    expect(step.code).toBe(1)
    expect(errorLines(step)).toEqual([
      `Workflow ${medallion.workflow} already has a RUNNING run: ${running}. ` +
        'Set if-running: wait to start after it ends, or if-running: attach to follow it'
    ])
    expect(local.calls().byOperation).toEqual({ GetWorkflowRuns: 1 })
    expect(step.outputs['run-id']).toBeUndefined()
  })

  it('attach: follows the running run instead of starting another, and never stops it', async () => {
    const medallion = await createMedallion(glue, { durationMs: 1500 })
    const running = await startRun(glue, medallion.workflow)
    local.reset('calls')
    const step = await runMainStep({
      endpoint: local.url,
      inputs: {
        mode: 'start',
        'workflow-name': medallion.workflow,
        'if-running': 'attach',
        'poll-interval-seconds': '1'
      }
    })
    expect(step.code).toBe(0)
    expect(step.outputs['run-id']).toBe(running)
    expect(step.outputs['run-status']).toBe('COMPLETED')
    expect(step.state['stop-in-post']).toBe('false')
    expect(local.calls().byOperation.StartWorkflowRun).toBeUndefined()
    expect(await listRuns(glue, medallion.workflow)).toHaveLength(1)
  })

  it('wait: waits for the running run to end, then starts and follows a new one', async () => {
    const medallion = await createMedallion(glue, { durationMs: 800 })
    const running = await startRun(glue, medallion.workflow)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': medallion.workflow, 'if-running': 'wait', 'poll-interval-seconds': '1' }
    })
    expect(step.code).toBe(0)
    expect(step.stdout).toContain(`has a RUNNING run ${running}: waiting for it to end (if-running: wait)`)
    const started = step.outputs['run-id']
    expect(started).not.toBe(running)
    const [before, after] = [
      await getRun(glue, medallion.workflow, running),
      await getRun(glue, medallion.workflow, started)
    ]
    expect(before.Status).toBe('COMPLETED')
    expect(after.Status).toBe('COMPLETED')
    expect(after.StartedOn!.getTime()).toBeGreaterThanOrEqual(before.CompletedOn!.getTime())
  })
})
