/**
 * Reliability: the post step after the main step was killed, when the workflow was deleted meanwhile (its runs with
 * it). Nothing is left to stop: that is a notice, and the post step succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DeleteWorkflowCommand } from '@aws-sdk/client-glue'
import { errorLines, runMainStep, runPostStep } from '../../testkit/actionStep.js'
import { createMedallion, glueClient, startGlueLocal, waitForOutput, type GlueLocal } from '../e2e/startSetup.js'
import { report } from './helpers/pool.js'

let local: GlueLocal
beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
})
afterAll(async () => {
  await local.close()
})

describe('post step after the workflow was deleted', () => {
  it('says there is nothing left to stop in a notice and succeeds', async () => {
    const glue = glueClient(local.url)
    const medallion = await createMedallion(glue, { durationMs: 600_000 })
    const main = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start', 'workflow-name': medallion.workflow, 'poll-interval-seconds': '1' },
      onSpawn: (child) => void waitForOutput(child, /Started run/).then(() => child.kill('SIGKILL'))
    })
    expect(main.signal).toBe('SIGKILL')
    expect(main.state['run-id']).toBeTruthy()
    await glue.send(new DeleteWorkflowCommand({ Name: medallion.workflow }))
    glue.destroy()

    const post = await runPostStep({ endpoint: local.url, inputs: {}, state: main.state })
    const notices = post.stdout.split('\n').filter((l) => l.startsWith('::notice'))
    report('post after delete', { 'post exit code': String(post.code), notices: notices.length })
    expect(errorLines(post)).toEqual([])
    expect(post.code).toBe(0)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/no longer exists.*nothing to stop/)
  }, 60_000)
})
