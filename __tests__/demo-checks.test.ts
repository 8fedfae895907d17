/**
 * The demo's recap check "the post step had nothing to clean up" can fail: it is false for a real post step that
 * stopped a run (which also exits 0), true for one that had nothing to do. Runs the built post step (dist/post).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { postStepFigure } from '../scripts/lib/demo/checks.js'
import { countCalls } from '../scripts/lib/glueCalls.js'
import { runPostStep } from '../testkit/actionStep.js'
import { createMedallion, glueClient, startGlueLocal, startRun, type GlueLocal } from './e2e/startSetup.js'

let local: GlueLocal
beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
})
afterAll(async () => {
  await local.close()
})

async function postStepOn(stopInPost: boolean) {
  const glue = glueClient(local.url)
  const m = await createMedallion(glue, { durationMs: 60_000 })
  const runId = await startRun(glue, m.workflow)
  glue.destroy()
  local.reset('calls')
  const post = await runPostStep({
    endpoint: local.url,
    inputs: {},
    state: { 'run-id': runId, 'workflow-name': m.workflow, region: 'us-east-1', 'stop-in-post': String(stopInPost) }
  })
  return { post, calls: countCalls(local.calls().calls) }
}

describe("the demo's post-step check", () => {
  it('fails for a post step that stopped a run, although that step exits 0', async () => {
    const { post, calls } = await postStepOn(true)
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('Stopped run')
    const [ok, figure] = postStepFigure(post, calls)
    expect(ok).toBe(false)
    expect(figure).toMatch(/^exit code 0, [1-9]\d* writes: /)
  })

  it('passes for a post step whose main step saw the run end', async () => {
    const { post, calls } = await postStepOn(false)
    const [ok, figure] = postStepFigure(post, calls)
    expect(ok).toBe(true)
    expect(figure).toMatch(/^exit code 0, 0 writes: .*nothing to clean up$/)
  })
})
