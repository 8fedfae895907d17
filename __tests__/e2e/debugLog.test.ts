/**
 * With the runner's debug logging on (RUNNER_DEBUG=1, as GitHub sets it when ACTIONS_STEP_DEBUG is true or a job is
 * re-run with debug logging), every AWS call is one `::debug::` line: operation, milliseconds, request id and the
 * SDK's attempts. GitHub shows these lines only then, so without it the action writes none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { CANARY, runMainStep } from '../../testkit/actionStep.js'
import { createJobs } from '../../testkit/glue.js'

let local: GlueLocal
const JOBS = 'bronze: dbg-bronze\nsilver: dbg-silver\ngold: dbg-gold'

beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
  await createJobs(local.url, ['dbg-bronze', 'dbg-silver', 'dbg-gold'], 150)
})
afterAll(async () => {
  await local.close()
})

const debugLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('::debug::'))
    .map((l) => l.slice('::debug::'.length))

describe('debug logging of AWS calls', () => {
  it('logs every Glue and STS call once, with its request id and attempts, and never a credential', async () => {
    // Throttle a third of the polls, so that some calls need more than one attempt.
    local.setFaults({ throttleRate: 0.3, operations: ['GetWorkflowRun'], seed: 11 })
    local.reset('calls')
    try {
      const step = await runMainStep({
        endpoint: local.url,
        inputs: { mode: 'deploy start verify', 'workflow-name': 'dbg', jobs: JOBS, 'poll-interval-seconds': '1' },
        env: { RUNNER_DEBUG: '1' }
      })
      expect(step.code).toBe(0)
      const lines = debugLines(step.stdout)
      const calls = local.calls().calls
      // One line per call the SDK made, retries folded into it: the attempts add up to the requests the endpoint saw.
      const attempts = lines.map((l) => Number(/ · (\d+) attempts?/.exec(l)?.[1]))
      expect(attempts.reduce((a, b) => a + b, 0)).toBe(calls.length)
      expect(attempts.some((n) => n > 1)).toBe(true)
      // Each answered call is named with the request id of its last attempt.
      for (const call of calls.filter((c) => c.outcome !== 'fault')) {
        const prefix = `${call.service}:${call.operation} `
        expect(lines.filter((l) => l.startsWith(prefix) && l.includes(`request ${call.requestId}`))).toHaveLength(1)
      }
      for (const line of lines) {
        expect(line).toMatch(
          /^(glue|sts):[A-Za-z]+ (failed after )?(\d+ ms|[\d.]+ s)(: \w+ \(HTTP \d+\))? · request \S+ · \d+ attempts?(, .* of backoff)?$/
        )
      }
      // The first read of a workflow that does not exist yet is an answered error, logged as such.
      expect(lines).toContainEqual(
        expect.stringMatching(/^glue:GetWorkflow failed after .*: EntityNotFoundException \(HTTP 400\)/)
      )
      for (const secret of Object.values(CANARY)) expect(step.stdout + step.stderr).not.toContain(secret)
    } finally {
      local.setFaults({ throttleRate: 0, operations: [] })
    }
  })

  it('writes no debug line when the runner does not show them', async () => {
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'deploy', 'workflow-name': 'dbg', jobs: JOBS }
    })
    expect(step.code).toBe(0)
    expect(debugLines(step.stdout)).toEqual([])
  })
})
