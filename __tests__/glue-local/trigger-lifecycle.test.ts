import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  AlreadyExistsException,
  BatchGetTriggersCommand,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  DeleteTriggerCommand,
  DeleteWorkflowCommand,
  EntityNotFoundException,
  GetTagsCommand,
  GetTriggerCommand,
  GetTriggersCommand,
  GetWorkflowCommand,
  GetWorkflowRunCommand,
  InvalidInputException,
  ListTriggersCommand,
  StartTriggerCommand,
  StartWorkflowRunCommand,
  StopTriggerCommand,
  UpdateTriggerCommand,
  type GlueClient,
  type WorkflowGraph
} from '@aws-sdk/client-glue'
import {
  DEFAULT_SIMULATION,
  glueArn,
  manualClock,
  startGlueLocal,
  type GlueLocal,
  type ManualClock
} from '../../glue-local/index.js'
import { glueClient, TEST_REGION } from './helpers/glue-clients.js'
import { createJob, createMedallion, finishRun, jobRunsOf } from './helpers/medallion.js'

let glue: GlueLocal
let client: GlueClient
let clock: ManualClock

const TRANSITION_MS = 300
const DELETE_MS = 1000

beforeAll(async () => {
  clock = manualClock()
  glue = await startGlueLocal({ clock })
  client = glueClient(glue.url)
})

beforeEach(() => {
  glue.reset('all')
  clock.runAll()
})

afterAll(async () => {
  client.destroy()
  await glue.close()
})

async function stateOf(name: string): Promise<string | undefined> {
  return (await client.send(new GetTriggerCommand({ Name: name }))).Trigger?.State
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e as Error
  )
  expect(error).toBeInstanceOf(InvalidInputException)
  return error
}

function graphTriggerStates(graph: WorkflowGraph | undefined): Record<string, string | undefined> {
  const triggers = (graph?.Nodes ?? []).filter((node) => node.Type === 'TRIGGER')
  return Object.fromEntries(triggers.map((node) => [node.Name!, node.TriggerDetails?.Trigger?.State]))
}

async function staticGraphStates(workflow: string) {
  const { Workflow } = await client.send(new GetWorkflowCommand({ Name: workflow, IncludeGraph: true }))
  return graphTriggerStates(Workflow?.Graph)
}

/** Workflow `wf` with jobs a and b, a start trigger `start` (a) and a conditional trigger `cond` (a → b). */
async function smallWorkflow(options: { activate?: boolean } = {}) {
  await client.send(new CreateWorkflowCommand({ Name: 'wf' }))
  await createJob(client, 'a')
  await createJob(client, 'b')
  await client.send(
    new CreateTriggerCommand({ Name: 'start', WorkflowName: 'wf', Type: 'ON_DEMAND', Actions: [{ JobName: 'a' }] })
  )
  await client.send(
    new CreateTriggerCommand({
      Name: 'cond',
      WorkflowName: 'wf',
      Type: 'CONDITIONAL',
      StartOnCreation: options.activate ?? true,
      Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'a', State: 'SUCCEEDED' }] },
      Actions: [{ JobName: 'b' }],
      Tags: { team: 'data' }
    })
  )
}

describe('trigger lifecycle: states over time', () => {
  it('has the documented defaults: 300 ms per transition, 1000 ms to delete, no graph lag', () => {
    expect(DEFAULT_SIMULATION).toMatchObject({ triggerTransitionMs: 300, triggerDeleteMs: 1000, graphLagMs: 0 })
    expect(glue.getSimulation()).toMatchObject({ triggerTransitionMs: 300, triggerDeleteMs: 1000, graphLagMs: 0 })
  })

  it('CreateTrigger: CREATING → CREATED, or CREATING → ACTIVATING → ACTIVATED with StartOnCreation', async () => {
    await smallWorkflow()
    expect([await stateOf('start'), await stateOf('cond')]).toEqual(['CREATING', 'CREATING'])
    clock.advance(TRANSITION_MS - 1)
    expect([await stateOf('start'), await stateOf('cond')]).toEqual(['CREATING', 'CREATING'])
    clock.advance(1)
    expect([await stateOf('start'), await stateOf('cond')]).toEqual(['CREATED', 'ACTIVATING'])
    clock.advance(TRANSITION_MS - 1)
    expect(await stateOf('cond')).toBe('ACTIVATING')
    clock.advance(1)
    expect(await stateOf('cond')).toBe('ACTIVATED')
    expect(clock.pending()).toBe(0)
  })

  it('StartTrigger: ACTIVATING → ACTIVATED; StopTrigger: DEACTIVATING → DEACTIVATED; again from DEACTIVATED', async () => {
    await smallWorkflow({ activate: false })
    clock.runAll()
    expect(await stateOf('cond')).toBe('CREATED')
    await client.send(new StartTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('ACTIVATING')
    clock.advance(TRANSITION_MS)
    expect(await stateOf('cond')).toBe('ACTIVATED')
    await client.send(new StartTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('ACTIVATED')
    await client.send(new StopTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('DEACTIVATING')
    clock.advance(TRANSITION_MS)
    expect(await stateOf('cond')).toBe('DEACTIVATED')
    await client.send(new StopTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('DEACTIVATED')
    await client.send(new StartTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('ACTIVATING')
    clock.advance(TRANSITION_MS)
    expect(await stateOf('cond')).toBe('ACTIVATED')
  })

  it('UpdateTrigger: the new definition at once, UPDATING, then back to the state it had', async () => {
    await smallWorkflow()
    clock.runAll()
    await client.send(new StopTriggerCommand({ Name: 'cond' }))
    clock.runAll()
    const actions = [{ JobName: 'b', Arguments: { '--v': '2' } }]
    const predicate = { Conditions: [{ LogicalOperator: 'EQUALS' as const, JobName: 'a', State: 'FAILED' as const }] }
    const { Trigger } = await client.send(
      new UpdateTriggerCommand({ Name: 'cond', TriggerUpdate: { Actions: actions, Predicate: predicate } })
    )
    expect(Trigger).toMatchObject({ State: 'UPDATING', Actions: actions })
    expect((await client.send(new GetTriggerCommand({ Name: 'cond' }))).Trigger).toMatchObject({
      State: 'UPDATING',
      Predicate: predicate
    })
    clock.advance(TRANSITION_MS)
    expect(await stateOf('cond')).toBe('DEACTIVATED')
    await client.send(new UpdateTriggerCommand({ Name: 'start', TriggerUpdate: { Actions: [{ JobName: 'a' }] } }))
    expect(await stateOf('start')).toBe('UPDATING')
    clock.advance(TRANSITION_MS)
    expect(await stateOf('start')).toBe('CREATED')
  })

  it('DeleteTrigger: DELETING keeps the name taken (AlreadyExistsException) and the tags, then the trigger is gone', async () => {
    await smallWorkflow()
    clock.runAll()
    const arn = glueArn(TEST_REGION, glue.accountId, 'trigger', 'cond')
    await client.send(new DeleteTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('DELETING')
    expect((await client.send(new ListTriggersCommand({}))).TriggerNames).toEqual(['cond', 'start'])
    expect((await client.send(new GetTagsCommand({ ResourceArn: arn }))).Tags).toEqual({ team: 'data' })
    const recreate = await client
      .send(new CreateTriggerCommand({ Name: 'cond', Type: 'ON_DEMAND', Actions: [{ JobName: 'b' }] }))
      .catch((e: unknown) => e)
    expect(recreate).toBeInstanceOf(AlreadyExistsException)
    clock.advance(DELETE_MS - 1)
    expect(await stateOf('cond')).toBe('DELETING')
    clock.advance(1)
    const gone = await client.send(new GetTriggerCommand({ Name: 'cond' })).catch((e: unknown) => e)
    expect(gone).toBeInstanceOf(EntityNotFoundException)
    expect((await client.send(new ListTriggersCommand({}))).TriggerNames).toEqual(['start'])
    expect(glue.state().tags['trigger/cond']).toBeUndefined()
    await client.send(new CreateTriggerCommand({ Name: 'cond', Type: 'ON_DEMAND', Actions: [{ JobName: 'b' }] }))
    expect(await stateOf('cond')).toBe('CREATING')
  })

  it('a start trigger that is DELETING still counts: its replacement waits for the deletion to finish', async () => {
    await smallWorkflow()
    clock.runAll()
    await client.send(new DeleteTriggerCommand({ Name: 'start' }))
    const replacement = () =>
      client.send(
        new CreateTriggerCommand({
          Name: 'start-v2',
          WorkflowName: 'wf',
          Type: 'SCHEDULED',
          Schedule: 'cron(0 6 * * ? *)',
          Actions: [{ JobName: 'a' }]
        })
      )
    expect((await refusal(replacement())).message).toMatch(/only have one starting trigger/)
    clock.advance(DELETE_MS)
    await replacement()
    expect(await stateOf('start-v2')).toBe('CREATING')
  })

  it('DeleteWorkflow puts every trigger of the workflow in DELETING, whatever state it is in', async () => {
    await smallWorkflow()
    clock.advance(TRANSITION_MS)
    expect([await stateOf('start'), await stateOf('cond')]).toEqual(['CREATED', 'ACTIVATING'])
    await client.send(new DeleteWorkflowCommand({ Name: 'wf' }))
    expect([await stateOf('start'), await stateOf('cond')]).toEqual(['DELETING', 'DELETING'])
    clock.advance(DELETE_MS)
    expect((await client.send(new ListTriggersCommand({}))).TriggerNames).toEqual([])
  })
})

describe('trigger lifecycle: a write on a trigger in a transient state is refused', () => {
  const writes = {
    UpdateTrigger: () =>
      client.send(new UpdateTriggerCommand({ Name: 'start', TriggerUpdate: { Actions: [{ JobName: 'b' }] } })),
    StartTrigger: () => client.send(new StartTriggerCommand({ Name: 'start' })),
    StopTrigger: () => client.send(new StopTriggerCommand({ Name: 'start' })),
    DeleteTrigger: () => client.send(new DeleteTriggerCommand({ Name: 'start' }))
  }

  /** Puts the SCHEDULED trigger `start` in the given transient state (at the start of that state). */
  const enter: Record<string, () => Promise<void>> = {
    CREATING: async () => {
      await client.send(
        new CreateTriggerCommand({
          Name: 'start',
          Type: 'SCHEDULED',
          Schedule: 'cron(0 6 * * ? *)',
          Actions: [{ JobName: 'a' }]
        })
      )
    },
    ACTIVATING: async () => {
      await enter.CREATING()
      clock.runAll()
      await client.send(new StartTriggerCommand({ Name: 'start' }))
    },
    DEACTIVATING: async () => {
      await enter.ACTIVATING()
      clock.runAll()
      await client.send(new StopTriggerCommand({ Name: 'start' }))
    },
    UPDATING: async () => {
      await enter.CREATING()
      clock.runAll()
      await client.send(
        new UpdateTriggerCommand({
          Name: 'start',
          TriggerUpdate: { Schedule: 'cron(0 7 * * ? *)', Actions: [{ JobName: 'a' }] }
        })
      )
    },
    DELETING: async () => {
      await enter.CREATING()
      clock.runAll()
      await client.send(new DeleteTriggerCommand({ Name: 'start' }))
    }
  }

  for (const state of Object.keys(enter)) {
    it(`in ${state}: UpdateTrigger, StartTrigger, StopTrigger and DeleteTrigger get InvalidInputException`, async () => {
      await createJob(client, 'a')
      await createJob(client, 'b')
      await enter[state]()
      const before = glue.state().triggers.start
      expect(before.State).toBe(state)
      for (const [operation, write] of Object.entries(writes)) {
        const error = await refusal(write())
        expect([operation, error.message]).toEqual([
          operation,
          `The operation is not allowed when trigger is in state: ${state}`
        ])
      }
      // Refused writes change nothing: same definition, same planned end of the transition.
      expect(glue.state().triggers.start).toEqual(before)
      const planned = state === 'DELETING' ? DELETE_MS : TRANSITION_MS
      expect(clock.nextDueIn()).toBe(planned)
    })
  }
})

describe('trigger lifecycle: what reads show while a transition lasts', () => {
  it('GetTrigger, GetTriggers, BatchGetTriggers and both graphs show the transient state', async () => {
    await smallWorkflow()
    clock.runAll()
    await client.send(new StopTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('DEACTIVATING')
    const all = await client.send(new GetTriggersCommand({}))
    expect(all.Triggers?.map((t) => [t.Name, t.State])).toEqual([
      ['cond', 'DEACTIVATING'],
      ['start', 'CREATED']
    ])
    const dependent = await client.send(new GetTriggersCommand({ DependentJobName: 'b' }))
    expect(dependent.Triggers?.map((t) => t.State)).toEqual(['DEACTIVATING'])
    const batch = await client.send(new BatchGetTriggersCommand({ TriggerNames: ['cond'] }))
    expect(batch.Triggers?.[0].State).toBe('DEACTIVATING')
    expect(await staticGraphStates('wf')).toEqual({ start: 'CREATED', cond: 'DEACTIVATING' })

    // A run started now: its graph shows the trigger's current state while the trigger exists.
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: 'wf' }))
    const runGraph = async () =>
      (await client.send(new GetWorkflowRunCommand({ Name: 'wf', RunId, IncludeGraph: true }))).Run?.Graph
    expect(graphTriggerStates(await runGraph())).toEqual({ start: 'CREATED', cond: 'DEACTIVATING' })
    const lastRun = (await client.send(new GetWorkflowCommand({ Name: 'wf', IncludeGraph: true }))).Workflow?.LastRun
    expect(graphTriggerStates(lastRun?.Graph)).toEqual({ start: 'CREATED', cond: 'DEACTIVATING' })
    clock.advance(TRANSITION_MS)
    expect(graphTriggerStates(await runGraph())).toEqual({ start: 'CREATED', cond: 'DEACTIVATED' })
    await client.send(new DeleteTriggerCommand({ Name: 'cond' }))
    expect(graphTriggerStates(await runGraph())).toEqual({ start: 'CREATED', cond: 'DELETING' })
    clock.runAll()
    // Once the trigger is gone the run graph keeps the state it had when the run started.
    expect(graphTriggerStates(await runGraph())).toEqual({ start: 'CREATED', cond: 'DEACTIVATING' })
  })
})

describe('trigger lifecycle: a run started too early misses stages', () => {
  it('conditional triggers still CREATING or ACTIVATING do not fire in that run', async () => {
    const jobs = await createMedallion(client, 'early')
    clock.advance(TRANSITION_MS)
    const creating = await client.send(new StartWorkflowRunCommand({ Name: 'early' }))
    const tooEarly = await finishRun(client, clock, 'early', creating.RunId!)
    expect(tooEarly.Status).toBe('COMPLETED')
    expect(jobRunsOf(tooEarly, jobs.bronze)).toHaveLength(1)
    expect(jobRunsOf(tooEarly, jobs.silver)).toHaveLength(0)
    expect(jobRunsOf(tooEarly, jobs.gold)).toHaveLength(0)
    expect(tooEarly.Statistics).toMatchObject({ TotalActions: 1, SucceededActions: 1 })

    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: 'early' }))
    const settled = await finishRun(client, clock, 'early', RunId!)
    expect(settled.Statistics).toMatchObject({ TotalActions: 3, SucceededActions: 3 })
  })

  it('a conditional trigger being stopped when the run starts does not fire; one stopped after does', async () => {
    const jobs = await createMedallion(client, 'stops')
    clock.runAll()
    await client.send(new StopTriggerCommand({ Name: 'stops-silver-to-gold' }))
    const stopping = await client.send(new StartWorkflowRunCommand({ Name: 'stops' }))
    const missed = await finishRun(client, clock, 'stops', stopping.RunId!)
    expect(jobRunsOf(missed, jobs.silver)).toHaveLength(1)
    expect(jobRunsOf(missed, jobs.gold)).toHaveLength(0)

    await client.send(new StartTriggerCommand({ Name: 'stops-silver-to-gold' }))
    clock.advance(TRANSITION_MS)
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: 'stops' }))
    await client.send(new StopTriggerCommand({ Name: 'stops-silver-to-gold' }))
    const frozen = await finishRun(client, clock, 'stops', RunId!)
    expect(jobRunsOf(frozen, jobs.gold)).toHaveLength(1)
  })

  it('a start trigger still CREATING does not fire: the run completes at once with no actions', async () => {
    await createMedallion(client, 'nostart')
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: 'nostart' }))
    const { Run } = await client.send(new GetWorkflowRunCommand({ Name: 'nostart', RunId }))
    expect(Run?.Status).toBe('COMPLETED')
    expect(Run?.Statistics).toMatchObject({ TotalActions: 0 })
    const fire = await refusal(client.send(new StartTriggerCommand({ Name: 'nostart-start' })))
    expect(fire.message).toBe('The operation is not allowed when trigger is in state: CREATING')
  })
})

describe('trigger lifecycle: settings', () => {
  it('0 ms makes every transition instant', async () => {
    glue.setSimulation({ triggerTransitionMs: 0, triggerDeleteMs: 0 })
    await smallWorkflow()
    expect([await stateOf('start'), await stateOf('cond')]).toEqual(['CREATED', 'ACTIVATED'])
    await client.send(new StopTriggerCommand({ Name: 'cond' }))
    expect(await stateOf('cond')).toBe('DEACTIVATED')
    await client.send(new DeleteTriggerCommand({ Name: 'cond' }))
    expect(await client.send(new GetTriggerCommand({ Name: 'cond' })).catch((e: unknown) => e)).toBeInstanceOf(
      EntityNotFoundException
    )
    expect(clock.pending()).toBe(0)
  })

  it('are read and set at runtime through /__glue_local/simulation, validated, and restored by reset', async () => {
    const admin = async (method: 'GET' | 'POST', body?: unknown) => {
      const response = await fetch(`${glue.url}/__glue_local/simulation`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body)
      })
      return { status: response.status, body: (await response.json()) as Record<string, unknown> }
    }
    expect((await admin('GET')).body).toEqual(DEFAULT_SIMULATION)
    const set = await admin('POST', { triggerTransitionMs: 50, triggerDeleteMs: 70, graphLagMs: 20 })
    expect(set.body).toMatchObject({ triggerTransitionMs: 50, triggerDeleteMs: 70, graphLagMs: 20 })
    expect((await admin('POST', { triggerTransitionMs: -1 })).status).toBe(400)
    expect((await admin('POST', { triggerTransitionMS: 1 })).status).toBe(400)
    await smallWorkflow()
    clock.advance(49)
    expect(await stateOf('start')).toBe('CREATING')
    clock.advance(1)
    expect(await stateOf('start')).toBe('CREATED')
    clock.runAll()
    await client.send(new DeleteTriggerCommand({ Name: 'start' }))
    expect(clock.nextDueIn()).toBe(70)
    glue.reset('simulation')
    expect(glue.getSimulation()).toEqual(DEFAULT_SIMULATION)
    // A transition already under way keeps its planned end.
    expect(clock.nextDueIn()).toBe(70)
  })

  it('startGlueLocal rejects invalid simulation settings', async () => {
    await expect(startGlueLocal({ simulation: { triggerDeleteMs: -5 } })).rejects.toThrow(/triggerDeleteMs/)
  })
})

describe('graph lag (graphLagMs): GetWorkflow graph shows trigger writes only later', () => {
  it('shows the workflow triggers as they were graphLagMs ago; GetTrigger is current', async () => {
    glue.setSimulation({ graphLagMs: 500 })
    await smallWorkflow()
    expect(await stateOf('start')).toBe('CREATING')
    expect(await staticGraphStates('wf')).toEqual({})
    clock.advance(499)
    expect(await staticGraphStates('wf')).toEqual({})
    clock.advance(1)
    expect(await staticGraphStates('wf')).toEqual({ start: 'CREATING', cond: 'CREATING' })
    clock.advance(300)
    expect(await stateOf('cond')).toBe('ACTIVATED')
    expect(await staticGraphStates('wf')).toEqual({ start: 'CREATED', cond: 'ACTIVATING' })
    clock.advance(300)
    expect(await staticGraphStates('wf')).toEqual({ start: 'CREATED', cond: 'ACTIVATED' })

    await client.send(new UpdateTriggerCommand({ Name: 'start', TriggerUpdate: { Actions: [{ JobName: 'b' }] } }))
    clock.runAll()
    const lagging = (await client.send(new GetWorkflowCommand({ Name: 'wf', IncludeGraph: true }))).Workflow
    const startNode = lagging?.Graph?.Nodes?.find((n) => n.Name === 'start')
    expect(startNode?.TriggerDetails?.Trigger?.Actions).toEqual([{ JobName: 'a' }])
    clock.advance(500)
    const caughtUp = (await client.send(new GetWorkflowCommand({ Name: 'wf', IncludeGraph: true }))).Workflow
    expect(caughtUp?.Graph?.Nodes?.find((n) => n.Name === 'start')?.TriggerDetails?.Trigger?.Actions).toEqual([
      { JobName: 'b' }
    ])

    await client.send(new DeleteTriggerCommand({ Name: 'cond' }))
    clock.advance(DELETE_MS)
    expect(await staticGraphStates('wf')).toEqual({ start: 'CREATED', cond: 'DELETING' })
    clock.advance(500)
    expect(await staticGraphStates('wf')).toEqual({ start: 'CREATED' })
  })
})

describe('trigger lifecycle on the real clock (the default)', () => {
  it('runs on real timers', async () => {
    const real = await startGlueLocal({ simulation: { triggerTransitionMs: 5_000 } })
    const realClient = glueClient(real.url)
    try {
      await realClient.send(new CreateWorkflowCommand({ Name: 'rt' }))
      await createJob(realClient, 'rt-a')
      await realClient.send(
        new CreateTriggerCommand({
          Name: 'rt-start',
          WorkflowName: 'rt',
          Type: 'ON_DEMAND',
          Actions: [{ JobName: 'rt-a' }]
        })
      )
      expect((await realClient.send(new GetTriggerCommand({ Name: 'rt-start' }))).Trigger?.State).toBe('CREATING')
      real.setSimulation({ triggerTransitionMs: 20 })
      await realClient.send(
        new CreateTriggerCommand({ Name: 'rt-other', Type: 'ON_DEMAND', Actions: [{ JobName: 'rt-a' }] })
      )
      const deadline = Date.now() + 10_000
      let state: string | undefined
      do {
        await new Promise((resolve) => setTimeout(resolve, 10))
        state = (await realClient.send(new GetTriggerCommand({ Name: 'rt-other' }))).Trigger?.State
      } while (state === 'CREATING' && Date.now() < deadline)
      expect(state).toBe('CREATED')
    } finally {
      realClient.destroy()
      await real.close()
    }
  })
})
