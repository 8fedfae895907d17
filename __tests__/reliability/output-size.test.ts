/**
 * Reliability: outputs stay well under GitHub's 1 MB limit whatever Glue says. Fifty stages start together and each
 * fails with a 20 KB error message: every output of `mode: start verify` (and the job outputs they add up to) must stay
 * small, parse as JSON where it is JSON, and show where text was cut.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { runMainStep } from '../../testkit/actionStep.js'
import { createJobs } from '../../testkit/glue.js'
import { report } from './helpers/pool.js'

/** Each output at most this much: four such outputs in one step still stay under 1 MB. */
const OUTPUT_LIMIT = 256 * 1024
const STAGES = 50
const ERROR = `${'Py4JJavaError: stage failed because the input was not what it should have been. '.repeat(250)}END`

let local: GlueLocal
beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
})
afterAll(async () => {
  await local.close()
})

describe('output size', () => {
  it('caps every output of 50 stages failing with 20 KB errors well under 1 MB', async () => {
    const wf = 'outputs-wide'
    const jobs = Array.from({ length: STAGES }, (_, i) => `${wf}-job-${i + 1}`)
    await createJobs(local.url, jobs, 100, { '--simulate-outcome': 'FAILED', '--simulate-error-message': ERROR })
    const jobsInput = jobs.map((j, i) => `s${i + 1}: { job: ${j}, after: [] }`).join('\n')
    const deploy = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'deploy', 'workflow-name': wf, jobs: jobsInput }
    })
    expect(deploy.code).toBe(0)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'start verify', 'workflow-name': wf, jobs: jobsInput, 'poll-interval-seconds': '1' }
    })
    const sizes = Object.fromEntries(Object.entries(step.outputs).map(([k, v]) => [k, Buffer.byteLength(v)]))
    report('output size', {
      'error per stage': `${ERROR.length} characters`,
      outputs: Object.entries(sizes)
        .map(([k, n]) => `${k} ${n} B`)
        .join(', ')
    })
    expect(step.code).toBe(1)
    expect(Object.entries(sizes).filter(([, n]) => n > OUTPUT_LIMIT)).toEqual([])
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeLessThan(1024 * 1024)
    const stages = JSON.parse(step.outputs.stages) as { error: string | null }[]
    expect(stages).toHaveLength(STAGES)
    expect(stages.every((s) => s.error?.endsWith('…'))).toBe(true)
    expect(() => JSON.parse(step.outputs.findings) as unknown).not.toThrow()
  }, 120_000)
})
