/**
 * .github/workflows/self-test.yml, run here the way a runner runs it (see __tests__/e2e/workflowRunner.ts): its own
 * steps start glue-local in the background and create the Glue jobs, then every `uses: ./` step runs the built dist/,
 * and its assertions (run steps, `if:` conditions, continue-on-error) decide the job. Checkout, setup-node and npm ci
 * are skipped: this working tree is already installed. The port is changed to a free one so that tests can run side by
 * side.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../../testkit/actionStep.js'
import { describeJob, runWorkflowJob, type StepRun, type Workflow } from '../e2e/workflowRunner.js'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

describe('.github/workflows/self-test.yml', () => {
  it('passes as written: deploy, unchanged redeploy, deploy start verify, a failing stage that fails its step, post steps', async () => {
    const text = fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'self-test.yml'), 'utf8')
    expect(text).toContain('127.0.0.1:4599')
    const port = await freePort()
    const workflow = parse(
      text.replaceAll('127.0.0.1:4599', `127.0.0.1:${port}`).replaceAll('--port 4599', `--port ${port}`)
    ) as Workflow

    const run = await runWorkflowJob(workflow, {
      endpoint: `http://127.0.0.1:${port}`,
      skip: (step) =>
        /^actions\/(checkout|setup-node)@/.test(step.uses ?? '') || (step.run ?? '').trimStart().startsWith('npm ci')
    })

    // On failure, the message lists every step with its outcome and the end of the failing steps' logs.
    expect(run.conclusion === 'success' ? 'success' : describeJob(run)).toBe('success')
    const byId: Record<string, StepRun> = Object.fromEntries(run.steps.filter((s) => s.id).map((s) => [s.id!, s]))
    expect(byId.deploy.outputs.changed).toBe('true')
    expect(byId.redeploy.outputs.changed).toBe('false')
    expect(byId.run.outputs).toMatchObject({ 'run-status': 'COMPLETED', verified: 'true', changed: 'false' })
    expect([byId.failing.outcome, byId.failing.conclusion, byId.failing.outputs.verified]).toEqual([
      'failure',
      'success',
      'false'
    ])
    // Every step ran (none was skipped by a failed assertion), and every post step succeeded.
    expect(run.steps.filter((s) => s.outcome === 'skipped').map((s) => s.label)).toEqual([
      'actions/checkout@v6',
      'actions/setup-node@v6',
      'Install from the lockfile (glue-local runs from source)',
      'The unchanged redeploy changed nothing'
    ])
    expect(run.posts.map((p) => p.result.code)).toEqual([0, 0, 0, 0, 0])
  }, 120_000)
})
