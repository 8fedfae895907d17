/**
 * Reliability: `if-running: fail` when several starts of one workflow race. The endpoint holds each StartWorkflowRun
 * until all of them have passed the RUNNING-run check, so every start sees no other run. Exactly one run may go on;
 * each other start stops the run it started and fails the step with one clear line.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { errorLines, runMainStep } from '../../testkit/actionStep.js'
import { CreateJobCommand } from '@aws-sdk/client-glue'
import { glueClient } from '../e2e/startSetup.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { report, sleep } from './helpers/pool.js'

const STARTS = 4

let relay: KillSwitch | undefined
afterAll(async () => {
  await relay?.close()
})

describe('concurrent starts with if-running: fail', () => {
  it('leave exactly one run going; the others stop their own run and fail clearly', async () => {
    let arrived = 0
    let release: () => void = () => {}
    const allArrived = new Promise<void>((resolve) => (release = resolve))
    relay = await startKillSwitch(
      { seed: 1 },
      {
        gate: (op) => {
          if (op !== 'StartWorkflowRun') return undefined
          if (++arrived === STARTS) release()
          return allArrived
        }
      }
    )
    // A job that may run several times at once (else Glue fails the extra job runs and the runs end by themselves).
    const workflow = 'concurrent-starts'
    const glue = glueClient(relay.local.url)
    await glue.send(
      new CreateJobCommand({
        Name: `${workflow}-job`,
        Role: 'arn:aws:iam::123456789012:role/glue',
        Command: { Name: 'glueetl', ScriptLocation: 's3://scripts/job.py' },
        ExecutionProperty: { MaxConcurrentRuns: 10 },
        DefaultArguments: { '--simulate-duration-ms': '4000' }
      })
    )
    glue.destroy()
    const deployed = await runMainStep({
      endpoint: relay.local.url,
      inputs: { mode: 'deploy', 'workflow-name': workflow, jobs: `only: ${workflow}-job` }
    })
    expect(deployed.code).toBe(0)

    const steps = await Promise.all(
      Array.from({ length: STARTS }, () =>
        runMainStep({
          endpoint: relay!.url,
          inputs: {
            mode: 'start',
            'workflow-name': workflow,
            'if-running': 'fail',
            'poll-interval-seconds': '1'
          },
          killAfterMs: 90_000
        })
      )
    )
    let runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === workflow)
    for (let t = 0; t < 50 && runs.some((r) => r.Status === 'STOPPING'); t++) {
      await sleep(100)
      runs = Object.values(relay.local.state().workflowRuns).filter((r) => r.Name === workflow)
    }
    const failedSteps = steps.filter((s) => s.code !== 0)
    report('concurrent starts', {
      starts: STARTS,
      'steps succeeded': steps.length - failedSteps.length,
      'runs started': runs.length,
      'runs not stopped': runs.filter((r) => r.Status !== 'STOPPED').length
    })
    expect(steps.filter((s) => s.code === 0)).toHaveLength(1)
    expect(runs.filter((r) => r.Status !== 'STOPPED').map((r) => r.Status)).toEqual(['COMPLETED'])
    expect(runs).toHaveLength(STARTS)
    for (const step of failedSteps) {
      const errors = errorLines(step)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/at the same time/)
      expect(errors[0]).toMatch(/stopped/)
    }
  }, 120_000)
})
