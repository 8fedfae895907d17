/**
 * Reliability: text read from Glue must never become a runner workflow command. The endpoint appends a newline and
 * `::stop-commands::` (which would silence every later annotation) and a forged `::error::` to every Glue text field
 * the plan, start, verify and the post step print: the workflow, trigger and job names, a tag key, a predicate's job
 * name, a job run's error message and the run id. No line of the log may start with either command.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateTriggerCommand, TagResourceCommand, UpdateTriggerCommand } from '@aws-sdk/client-glue'
import { runMainStep, runPostStep, type StepResult } from '../../testkit/actionStep.js'
import { createJobs, glueClient } from '../../testkit/glue.js'
import { hostileRewrite, MARKER } from './helpers/hostileText.js'
import { startKillSwitch, type KillSwitch } from './helpers/killSwitch.js'
import { report } from './helpers/pool.js'

const FORGED = '\n::stop-commands::gwa-silenced\n::error::forged by Glue text\n'
const FIELDS = [
  'workflow name',
  'trigger name',
  'job (stage) name',
  'tag key',
  'predicate job',
  'error message',
  'run id'
]

const WF = `inj-${MARKER}`
const JOBS = { bronze: `${WF}-bronze`, silver: `${WF}-silver`, gold: `${WF}-gold` }
const CLEANUP = `${WF}-cleanup`
const JOBS_INPUT = `bronze: ${JOBS.bronze}\nsilver: ${JOBS.silver}\ngold: ${JOBS.gold}`

let relay: KillSwitch
beforeAll(async () => {
  relay = await startKillSwitch({ seed: 1 }, { rewrite: hostileRewrite(FORGED) })
})
afterAll(async () => {
  await relay.close()
})

/** Lines of the log that the runner would take as a forged command. */
function forgedCommands(result: StepResult): string[] {
  return result.stdout.split('\n').filter((line) => /^::(stop-commands|error::forged)/.test(line))
}

describe('injection: Glue text never becomes a workflow command', () => {
  it('in the plan, start, verify and the post step, for every Glue text field they print', async () => {
    const url = relay.local.url
    await createJobs(url, [...Object.values(JOBS), CLEANUP], 200)
    const clean = await runMainStep({
      endpoint: url,
      inputs: { mode: 'deploy', 'workflow-name': WF, jobs: JOBS_INPUT }
    })
    expect(clean.code).toBe(0)

    // Changes made outside the action, so that the next plan prints Glue's names: a tag key, a stray trigger, a
    // changed predicate.
    const glue = glueClient(url)
    await glue.send(
      new TagResourceCommand({
        ResourceArn: `arn:aws:glue:us-east-1:123456789012:workflow/${WF}`,
        TagsToAdd: { [`${MARKER}-key`]: 'v' }
      })
    )
    await glue.send(
      new CreateTriggerCommand({
        Name: `${WF}-stray`,
        WorkflowName: WF,
        Type: 'CONDITIONAL',
        Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: JOBS.gold, State: 'FAILED' }] },
        Actions: [{ JobName: CLEANUP }]
      })
    )
    await glue.send(
      new UpdateTriggerCommand({
        Name: `${WF}-run-gold`,
        TriggerUpdate: {
          Predicate: {
            Logical: 'AND',
            Conditions: [{ LogicalOperator: 'EQUALS', JobName: JOBS.bronze, State: 'SUCCEEDED' }]
          },
          Actions: [{ JobName: JOBS.gold }]
        }
      })
    )
    glue.destroy()

    const hostile = relay.url
    const steps: Record<string, StepResult> = {}
    steps.deploy = await runMainStep({
      endpoint: hostile,
      inputs: { mode: 'deploy', 'workflow-name': WF, jobs: JOBS_INPUT }
    })
    steps['start verify'] = await runMainStep({
      endpoint: hostile,
      inputs: {
        mode: 'start verify',
        'workflow-name': WF,
        'poll-interval-seconds': '1',
        'run-properties': `"glue-local:${JOBS.silver}:outcome": FAILED\n"glue-local:${JOBS.silver}:error-message": "${MARKER} silver broke"`
      }
    })
    steps.verify = await runMainStep({ endpoint: hostile, inputs: { mode: 'verify', 'workflow-name': WF } })
    steps.post = await runPostStep({
      endpoint: hostile,
      inputs: {},
      state: { ...steps['start verify'].state, 'stop-in-post': 'true' }
    })

    const forged = Object.entries(steps).flatMap(([step, result]) => forgedCommands(result).map((l) => `${step}: ${l}`))
    report('injection', {
      'Glue text fields': FIELDS.length,
      steps: Object.keys(steps).length,
      'hostile text seen in the log': Object.values(steps).filter((r) => r.stdout.includes('forged by Glue text'))
        .length,
      'forged commands': forged.length
    })
    // The hostile text did reach every step (else the test proves nothing), and never as a command.
    expect(
      Object.entries(steps)
        .filter(([, r]) => !r.stdout.includes('forged by Glue text'))
        .map(([s]) => s)
    ).toEqual([])
    expect(forged).toEqual([])
  }, 120_000)
})
