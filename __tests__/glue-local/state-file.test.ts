import { describe, expect, it } from '@jest/globals'
import {
  GetTriggerCommand,
  GetWorkflowCommand,
  GetWorkflowRunCommand,
  StartWorkflowRunCommand
} from '@aws-sdk/client-glue'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { manualClock, startGlueLocal } from '../../glue-local/index.js'
import { glueClient } from './helpers/glue-clients.js'
import { createMedallion, finishRun } from './helpers/medallion.js'

describe('--state FILE', () => {
  it('saves after every change and a new server loads it (redeploy across processes)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glue-local-state-'))
    const stateFile = path.join(dir, 'state.json')
    const clock = manualClock()
    const first = await startGlueLocal({ stateFile, clock, simulation: { jobDurationMs: 50 } })
    const client1 = glueClient(first.url)
    await createMedallion(client1, 'persisted')
    clock.runAll()
    const { RunId } = await client1.send(new StartWorkflowRunCommand({ Name: 'persisted' }))
    const run = await finishRun(client1, clock, 'persisted', RunId!)
    client1.destroy()
    await first.close()
    const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { format: string }
    expect(saved.format).toBe('glue-local-state/1')
    expect(fs.readdirSync(dir)).toEqual(['state.json'])

    const second = await startGlueLocal({ stateFile })
    const client2 = glueClient(second.url)
    const { Workflow } = await client2.send(new GetWorkflowCommand({ Name: 'persisted', IncludeGraph: true }))
    expect(Workflow?.Graph?.Nodes).toHaveLength(6)
    expect(Workflow?.LastRun?.WorkflowRunId).toBe(RunId)
    expect((await client2.send(new GetTriggerCommand({ Name: 'persisted-silver-to-gold' }))).Trigger?.State).toBe(
      'ACTIVATED'
    )
    const again = await client2.send(new GetWorkflowRunCommand({ Name: 'persisted', RunId, IncludeGraph: true }))
    expect(again.Run?.Statistics).toEqual(run.Statistics)
    client2.destroy()
    await second.close()
    fs.rmSync(dir, { recursive: true })
  })

  it('finishes runs that were still running when the previous server stopped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glue-local-state-'))
    const stateFile = path.join(dir, 'state.json')
    const clock = manualClock()
    const first = await startGlueLocal({ stateFile, clock, simulation: { jobDurationMs: 150 } })
    const client1 = glueClient(first.url)
    await createMedallion(client1, 'interrupted')
    clock.runAll()
    const { RunId } = await client1.send(
      new StartWorkflowRunCommand({
        Name: 'interrupted',
        RunProperties: { 'glue-local:interrupted-bronze:duration-ms': '150' }
      })
    )
    client1.destroy()
    await first.close()
    // The second server goes on from the same simulated time: Bronze is 150 ms from its planned end.
    const later = manualClock({ start: clock.now() })
    const second = await startGlueLocal({ stateFile, clock: later, simulation: { jobDurationMs: 50 } })
    const client2 = glueClient(second.url)
    later.advance(149)
    expect(Object.values(second.state().jobRuns).map((jr) => jr.JobRunState)).toEqual(['RUNNING'])
    const run = await finishRun(client2, later, 'interrupted', RunId!)
    expect(run.Status).toBe('COMPLETED')
    expect(run.Statistics?.SucceededActions).toBe(3)
    client2.destroy()
    await second.close()
    fs.rmSync(dir, { recursive: true })
  })

  it('keeps a trigger transition under way across a restart (the planned steps are saved with the trigger)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glue-local-state-'))
    const stateFile = path.join(dir, 'state.json')
    const clock = manualClock()
    const first = await startGlueLocal({ stateFile, clock })
    const client1 = glueClient(first.url)
    await createMedallion(client1, 'midway')
    clock.advance(400)
    client1.destroy()
    await first.close()
    // 400 ms in: the conditional triggers are ACTIVATING (CREATING 0–300 ms, ACTIVATING 300–600 ms).
    const later = manualClock({ start: clock.now() })
    const second = await startGlueLocal({ stateFile, clock: later })
    const client2 = glueClient(second.url)
    const state = async () =>
      (await client2.send(new GetTriggerCommand({ Name: 'midway-bronze-to-silver' }))).Trigger?.State
    expect(await state()).toBe('ACTIVATING')
    later.advance(199)
    expect(await state()).toBe('ACTIVATING')
    later.advance(1)
    expect(await state()).toBe('ACTIVATED')
    expect(second.state().triggers['midway-bronze-to-silver'].simSteps).toBeUndefined()
    client2.destroy()
    await second.close()
    fs.rmSync(dir, { recursive: true })
  })
})
