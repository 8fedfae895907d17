/**
 * Reliability: what the user reads says what is meant. A malformed endpoint variable is named in the error; the
 * stage-name rule says ASCII; bidirectional-override characters in Glue text never reach the job summary (they would
 * make a name read differently from what it holds); the README says how large inputs may be.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { TagResourceCommand } from '@aws-sdk/client-glue'
import { errorLines, ROOT, runMainStep, type StepResult } from '../../testkit/actionStep.js'
import { createJobs, glueClient } from '../../testkit/glue.js'
import { hostileRewrite, MARKER } from './helpers/hostileText.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { report } from './helpers/pool.js'

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/
/** Runs of this workflow carry the hostile text in job (stage) names, error messages and the run id. */
const WF = `bidi-${MARKER}`
const JOBS = { bronze: `${WF}-bronze`, silver: `${WF}-silver`, gold: `${WF}-gold` }
const JOBS_INPUT = `bronze: ${JOBS.bronze}\nsilver: ${JOBS.silver}\ngold: ${JOBS.gold}`
/** The plan of this one carries it in a tag key only (changed names would keep the deploy from converging). */
const WF_PLAN = 'bidi-plan'
const PLAN_JOBS = `bronze: ${WF_PLAN}-bronze`

let relay: KillSwitch
beforeAll(async () => {
  relay = await startKillSwitch({ seed: 1 }, { rewrite: hostileRewrite('\u202Eexe.\u2066txt\u2069\u200F') })
})
afterAll(async () => {
  await relay.close()
})

describe('wording', () => {
  it('names a malformed AWS_ENDPOINT_URL_GLUE', async () => {
    const step = await runMainStep({
      endpoint: 'not a url',
      inputs: { mode: 'start', 'workflow-name': 'wf' }
    })
    expect(step.code).toBe(1)
    expect(errorLines(step)).toEqual([expect.stringContaining('AWS_ENDPOINT_URL_GLUE')])
  })

  it('says the stage-name rule is about ASCII letters', async () => {
    const step = await runMainStep({
      endpoint: relay.local.url,
      inputs: { mode: 'deploy', 'workflow-name': 'wf', jobs: 'bronzé: some-job' }
    })
    expect(errorLines(step)).toEqual([expect.stringMatching(/Input 'jobs'.*ASCII letters/)])
  })

  it('keeps bidirectional overrides in Glue text out of every job summary', async () => {
    const url = relay.local.url
    await createJobs(url, [...Object.values(JOBS), `${WF_PLAN}-bronze`], 200)
    for (const [wf, jobs] of [
      [WF, JOBS_INPUT],
      [WF_PLAN, PLAN_JOBS]
    ]) {
      const deployed = await runMainStep({ endpoint: url, inputs: { mode: 'deploy', 'workflow-name': wf, jobs } })
      expect(deployed.code).toBe(0)
    }
    const glue = glueClient(url)
    await glue.send(
      new TagResourceCommand({
        ResourceArn: `arn:aws:glue:us-east-1:123456789012:workflow/${WF_PLAN}`,
        TagsToAdd: { [`${MARKER}-key`]: 'v' }
      })
    )
    glue.destroy()
    const hostile = relay.url
    const failSilver = `"glue-local:${JOBS.silver}:outcome": FAILED\n"glue-local:${JOBS.silver}:error-message": "${MARKER} broke"`
    const steps: Record<string, StepResult> = {
      deploy: await runMainStep({
        endpoint: hostile,
        inputs: { mode: 'deploy', 'workflow-name': WF_PLAN, jobs: PLAN_JOBS }
      }),
      start: await runMainStep({
        endpoint: hostile,
        inputs: { mode: 'start', 'workflow-name': WF, 'poll-interval-seconds': '1', 'run-properties': failSilver }
      }),
      'start verify': await runMainStep({
        endpoint: hostile,
        inputs: {
          mode: 'start verify',
          'workflow-name': WF,
          'poll-interval-seconds': '1',
          'run-properties': failSilver
        }
      }),
      verify: await runMainStep({ endpoint: hostile, inputs: { mode: 'verify', 'workflow-name': WF } })
    }
    const leaking = Object.entries(steps)
      .filter(([, r]) => BIDI.test(r.summary))
      .map(([step]) => step)
    report('wording/bidi', {
      summaries: Object.keys(steps).length,
      'with a bidi control': leaking.length
    })
    expect(
      Object.entries(steps)
        .filter(([, r]) => r.summary === '')
        .map(([s]) => s)
    ).toEqual([])
    expect(leaking).toEqual([])
  }, 90_000)

  it('the README says how large inputs may be', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    expect(readme).toMatch(/128 KB/)
  })
})
