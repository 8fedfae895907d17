/**
 * Reliability suite 6, the trigger lifecycle: Glue takes time with triggers (CREATING, ACTIVATING, DELETING; a name
 * stays taken while its trigger is deleted; writes on a busy trigger are refused). The built action against glue-local
 * with the lifecycle on: a start-trigger type change with a 30 s delete converges in one deploy; a trigger name held
 * elsewhere fails the deploy with one line and 0 writes; `mode: deploy start` starts its run only once the conditional
 * triggers are ACTIVATED; with a read-after-write lag on the workflow graph, deploys still converge.
 *
 * The 30 s delete runs on glue-local's manual clock: each workflow read of the action moves Glue's time on by 10 s, so
 * the test waits on state (the deploy's own reads), not 30 s of wall time.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { CreateTriggerCommand, CreateWorkflowCommand, DeleteTriggerCommand } from '@aws-sdk/client-glue'
import { manualClock, startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { errorLines, runMainStep } from '../../testkit/actionStep.js'
import { glueClient } from '../../testkit/glue.js'
import { CHAIN, FAN_IN, createTargets, deployStep, differences, type Scenario } from './helpers/medallion.js'
import { report } from './helpers/pool.js'

const endpoints: GlueLocal[] = []
afterAll(async () => {
  await Promise.all(endpoints.map((e) => e.close()))
})

/** CHAIN started on a schedule: the start trigger's type changes (ON_DEMAND -> SCHEDULED), so it is deleted and made again. */
const SCHEDULED_CHAIN: Scenario = {
  ...CHAIN,
  name: 'scheduled chain',
  inputs: (wf) => ({ ...CHAIN.inputs(wf), 'start-on': 'cron(0 2 * * ? *)' }),
  triggers: (wf) =>
    CHAIN.triggers(wf).map((t) =>
      t.type === 'ON_DEMAND' ? { ...t, type: 'SCHEDULED', state: 'ACTIVATED', schedule: 'cron(0 2 * * ? *)' } : t
    )
}

const writesOf = (local: GlueLocal) =>
  local
    .calls()
    .calls.filter((c) => c.write && c.outcome === 'ok')
    .map((c) => c.operation)

describe('the trigger lifecycle', () => {
  it('a start-trigger type change with a 30 s trigger delete converges in one deploy (simulated time)', async () => {
    const clock = manualClock()
    // Glue's time moves on 10 s after each workflow read the action makes: it sees the delete progress as it polls.
    const onCall = (line: string) => {
      if (/ GetWorkflow -> ok/.test(line)) setImmediate(() => clock.advance(10_000))
    }
    const local = await startGlueLocal({ port: 0, clock, log: onCall, simulation: { triggerDeleteMs: 30_000 } })
    endpoints.push(local)
    const wf = 'lifecycle'
    await createTargets(local.url, wf)
    expect(errorLines(await deployStep(local.url, wf, CHAIN))).toEqual([])
    expect(differences(local.state(), wf, CHAIN)).toEqual([])

    local.reset('calls')
    const startedAt = clock.now()
    const step = await deployStep(local.url, wf, SCHEDULED_CHAIN)
    const simulatedMs = clock.now() - startedAt
    report('lifecycle/type change', {
      'trigger delete': '30 s (simulated)',
      deploys: 1,
      exit: step.code ?? 'killed',
      writes: writesOf(local).join(', '),
      'Glue calls': local.calls().calls.filter((c) => c.service === 'glue').length,
      'simulated time': `${(simulatedMs / 1000).toFixed(0)} s`
    })
    expect([step.code, errorLines(step)]).toEqual([0, []])
    expect(step.stdout).toContain(`waiting for Glue: 1 trigger DELETING (${wf}-start)`)
    expect(writesOf(local)).toEqual(['DeleteTrigger', 'CreateTrigger'])
    expect(simulatedMs).toBeGreaterThanOrEqual(30_000)
    expect(differences(local.state(), wf, SCHEDULED_CHAIN)).toEqual([])
  }, 120_000)

  it('a trigger name held by another workflow, or still being deleted, fails with one line and 0 writes', async () => {
    const clock = manualClock()
    const local = await startGlueLocal({ port: 0, clock, simulation: { triggerDeleteMs: 60_000 } })
    endpoints.push(local)
    const glue = glueClient(local.url)
    const [taken, deleting] = ['held', 'deleted']
    await createTargets(local.url, taken)
    await createTargets(local.url, deleting)
    // Another workflow has a trigger named like the one deploy makes for gold of `taken`.
    await glue.send(new CreateWorkflowCommand({ Name: 'other' }))
    await glue.send(
      new CreateTriggerCommand({
        Name: `${taken}-run-gold`,
        WorkflowName: 'other',
        Type: 'ON_DEMAND',
        Actions: [{ JobName: `${taken}-gold` }]
      })
    )
    // A trigger named like the start trigger of `deleting`, being deleted (for 60 s: the clock stands still).
    await glue.send(
      new CreateTriggerCommand({
        Name: `${deleting}-start`,
        Type: 'ON_DEMAND',
        Actions: [{ JobName: `${deleting}-bronze` }]
      })
    )
    clock.runAll()
    await glue.send(new DeleteTriggerCommand({ Name: `${deleting}-start` }))
    glue.destroy()
    local.reset('calls')

    const heldStep = await deployStep(local.url, taken, CHAIN)
    const deletingStep = await deployStep(local.url, deleting, CHAIN)
    const dryRun = await deployStep(local.url, taken, CHAIN, { inputs: { 'dry-run': 'true' } })
    const writes = local.calls().calls.filter((c) => c.write)
    report('lifecycle/taken names', {
      deploys: 3,
      failed: [heldStep, deletingStep, dryRun].filter((s) => s.code === 1).length,
      'write calls': writes.length
    })
    expect(errorLines(heldStep)).toEqual([
      `Workflow ${taken} needs a trigger name that Glue already has: '${taken}-run-gold' is held by a trigger of workflow 'other' (not managed by this action); trigger names come from workflow-name (${taken}-start, ${taken}-run-<stage>): choose another workflow-name, or delete or rename the holding trigger; nothing was written`
    ])
    expect(errorLines(deletingStep)).toHaveLength(1)
    expect(errorLines(deletingStep)[0]).toContain(
      `'${deleting}-start' is held by a trigger in no workflow (being deleted: its name stays taken until Glue has removed it`
    )
    expect(errorLines(dryRun)).toEqual(errorLines(heldStep))
    expect(heldStep.summary).toContain('nothing was written')
    expect(writes.map((w) => w.operation)).toEqual([])
    expect(local.state().workflows[taken]).toBeUndefined()
  }, 120_000)

  it('mode: deploy start starts the run only once every conditional trigger is ACTIVATED (2 s per transition)', async () => {
    const local = await startGlueLocal({ port: 0, simulation: { triggerTransitionMs: 2000 } })
    endpoints.push(local)
    const wf = 'deploy-start'
    await createTargets(local.url, wf, 100)
    const step = await runMainStep({
      endpoint: local.url,
      inputs: { mode: 'deploy start', 'workflow-name': wf, ...CHAIN.inputs(wf), 'poll-interval-seconds': '1' }
    })
    const calls = local.calls().calls.map((c) => c.operation)
    report('lifecycle/deploy start', {
      'trigger transition': '2 s',
      exit: step.code ?? 'killed',
      'run status': step.outputs['run-status'] ?? '?'
    })
    expect([step.code, errorLines(step)]).toEqual([0, []])
    expect(step.stdout).toMatch(/waiting for Glue: \d triggers? (CREATING|ACTIVATING)/)
    expect(calls.indexOf('StartWorkflowRun')).toBeGreaterThan(calls.lastIndexOf('CreateTrigger'))
    const stages = JSON.parse(step.outputs.stages) as { stage: string; state: string }[]
    expect(stages.map((s) => `${s.stage} ${s.state}`)).toEqual([
      'bronze SUCCEEDED',
      'silver SUCCEEDED',
      'gold SUCCEEDED'
    ])
  }, 120_000)

  it('with a 2 s read-after-write lag on the workflow graph, a first deploy and two graph changes each converge in one deploy', async () => {
    const local = await startGlueLocal({ port: 0, simulation: { graphLagMs: 2000 } })
    endpoints.push(local)
    const wf = 'lagged'
    await createTargets(local.url, wf)
    const results = []
    for (const scenario of [CHAIN, FAN_IN, CHAIN]) {
      const step = await deployStep(local.url, wf, scenario)
      results.push({
        scenario: scenario.name,
        errors: errorLines(step),
        problems: differences(local.state(), wf, scenario)
      })
    }
    report('lifecycle/graph lag', {
      'graph lag': '2 s',
      deploys: results.length,
      exact: results.filter((r) => r.errors.length === 0 && r.problems.length === 0).length
    })
    expect(results).toEqual([
      { scenario: 'chain', errors: [], problems: [] },
      { scenario: 'fan-in', errors: [], problems: [] },
      { scenario: 'chain', errors: [], problems: [] }
    ])
  }, 120_000)
})
