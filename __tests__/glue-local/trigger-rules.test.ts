import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AlreadyExistsException,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  DeleteTriggerCommand,
  EntityNotFoundException,
  GetTriggerCommand,
  InvalidInputException,
  StartTriggerCommand,
  StopTriggerCommand,
  UpdateTriggerCommand,
  type CreateTriggerCommandInput,
  type GlueClient
} from '@aws-sdk/client-glue'
import { manualClock, startGlueLocal, type GlueLocal, type ManualClock } from '../../glue-local/index.js'
import { glueClient, rawGlueCall } from './helpers/glue-clients.js'
import { createJob } from './helpers/medallion.js'
import { cronProblem } from '../../glue-local/ops/cron.js'

let glue: GlueLocal
let client: GlueClient
// The rules are checked on settled triggers: each test lets the lifecycle of what it creates run out (runAll).
let clock: ManualClock

beforeAll(async () => {
  clock = manualClock()
  glue = await startGlueLocal({ clock })
  client = glueClient(glue.url)
  await client.send(new CreateWorkflowCommand({ Name: 'wf' }))
  for (const job of ['a', 'b']) await createJob(client, job)
  await client.send(
    new CreateTriggerCommand({ Name: 'start', WorkflowName: 'wf', Type: 'ON_DEMAND', Actions: [{ JobName: 'a' }] })
  )
  await client.send(
    new CreateTriggerCommand({
      Name: 'cond',
      WorkflowName: 'wf',
      Type: 'CONDITIONAL',
      Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'a', State: 'SUCCEEDED' }] },
      Actions: [{ JobName: 'b' }]
    })
  )
  clock.runAll()
})

afterAll(async () => {
  client.destroy()
  await glue.close()
})

async function rejection(input: CreateTriggerCommandInput): Promise<Error> {
  const error = await client.send(new CreateTriggerCommand(input)).then(
    () => new Error('expected a rejection'),
    (e: unknown) => e as Error
  )
  return error
}

const onA = { LogicalOperator: 'EQUALS' as const, JobName: 'a', State: 'SUCCEEDED' as const }

describe('trigger rules', () => {
  it('rejects a condition without LogicalOperator', async () => {
    const error = await rejection({
      Name: 't1',
      Type: 'CONDITIONAL',
      Predicate: { Conditions: [{ JobName: 'a', State: 'SUCCEEDED' }] },
      Actions: [{ JobName: 'b' }]
    })
    expect(error).toBeInstanceOf(InvalidInputException)
    expect(error.message).toBe('Logical operator cannot be null or empty')
  })

  it('requires CrawlState on crawler conditions', async () => {
    const error = await rejection({
      Name: 't2',
      Type: 'CONDITIONAL',
      Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', CrawlerName: 'c', State: 'SUCCEEDED' }] },
      Actions: [{ JobName: 'b' }]
    })
    expect(error.message).toBe(
      'State cannot be null or empty, choose from one of the following crawler state: [SUCCEEDED, FAILED, CANCELLED]'
    )
  })

  it('rejects a job that is both in the predicate and in the actions', async () => {
    const error = await rejection({
      Name: 't3',
      Type: 'CONDITIONAL',
      Predicate: { Conditions: [onA] },
      Actions: [{ JobName: 'a' }]
    })
    expect(error.message).toBe('Job cannot be a Predicate and Action for Conditional Trigger.')
  })

  it('requires Logical with several conditions', async () => {
    const error = await rejection({
      Name: 't4',
      Type: 'CONDITIONAL',
      Predicate: { Conditions: [onA, { ...onA, JobName: 'b' }] },
      Actions: [{ JobName: 'a' }]
    })
    expect(error).toBeInstanceOf(InvalidInputException)
  })

  it('checks that the workflow, jobs and crawlers exist', async () => {
    expect(
      await rejection({ Name: 't5', WorkflowName: 'nope', Type: 'ON_DEMAND', Actions: [{ JobName: 'a' }] })
    ).toBeInstanceOf(EntityNotFoundException)
    expect(await rejection({ Name: 't6', Type: 'ON_DEMAND', Actions: [{ JobName: 'missing' }] })).toBeInstanceOf(
      EntityNotFoundException
    )
    expect(await rejection({ Name: 't7', Type: 'ON_DEMAND', Actions: [{ CrawlerName: 'missing' }] })).toBeInstanceOf(
      EntityNotFoundException
    )
    expect(await rejection({ Name: 'start', Type: 'ON_DEMAND', Actions: [{ JobName: 'a' }] })).toBeInstanceOf(
      AlreadyExistsException
    )
  })

  it('allows one start trigger per workflow', async () => {
    const error = await rejection({
      Name: 't8',
      WorkflowName: 'wf',
      Type: 'SCHEDULED',
      Schedule: 'cron(0 12 * * ? *)',
      Actions: [{ JobName: 'b' }]
    })
    expect(error).toBeInstanceOf(InvalidInputException)
    expect(error.message).toMatch(/only have one starting trigger/)
  })

  it('validates SCHEDULED cron expressions and type-specific members', async () => {
    expect(await rejection({ Name: 't9', Type: 'SCHEDULED', Actions: [{ JobName: 'a' }] })).toBeInstanceOf(
      InvalidInputException
    )
    const badCron = await rejection({
      Name: 't9',
      Type: 'SCHEDULED',
      Schedule: 'cron(0 12 * * *)',
      Actions: [{ JobName: 'a' }]
    })
    expect(badCron.message).toMatch(/6 fields/)
    const onDemandWithPredicate = await rejection({
      Name: 't9',
      Type: 'ON_DEMAND',
      Predicate: { Conditions: [onA] },
      Actions: [{ JobName: 'b' }]
    })
    expect(onDemandWithPredicate).toBeInstanceOf(InvalidInputException)
    expect(cronProblem('cron(15 12 * * ? *)')).toBeUndefined()
    expect(cronProblem('cron(0/15 8-17 ? * MON-FRI *)')).toBeUndefined()
    expect(cronProblem('cron(0 12 * * * *)')).toMatch(/must be \?/)
    expect(cronProblem('cron(61 12 * * ? *)')).toMatch(/Minutes/)
    expect(cronProblem('rate(5 minutes)')).toMatch(/cron expression/)
  })

  it('StartOnCreation activates SCHEDULED/CONDITIONAL and is rejected for ON_DEMAND', async () => {
    await client.send(
      new CreateTriggerCommand({
        Name: 'sched',
        Type: 'SCHEDULED',
        Schedule: 'cron(0 6 * * ? *)',
        StartOnCreation: true,
        Actions: [{ JobName: 'a' }]
      })
    )
    expect((await client.send(new GetTriggerCommand({ Name: 'sched' }))).Trigger?.State).toBe('CREATING')
    clock.runAll()
    expect((await client.send(new GetTriggerCommand({ Name: 'sched' }))).Trigger?.State).toBe('ACTIVATED')
    const error = await rejection({ Name: 'od', Type: 'ON_DEMAND', StartOnCreation: true, Actions: [{ JobName: 'a' }] })
    expect(error).toBeInstanceOf(InvalidInputException)
  })

  it('EVENT triggers cannot be started; StopTrigger on a CREATED trigger is rejected', async () => {
    await client.send(
      new CreateTriggerCommand({
        Name: 'event',
        Type: 'EVENT',
        EventBatchingCondition: { BatchSize: 5, BatchWindow: 60 },
        Actions: [{ JobName: 'a' }]
      })
    )
    clock.runAll()
    const start = await client.send(new StartTriggerCommand({ Name: 'event' })).catch((e: unknown) => e as Error)
    expect(start).toBeInstanceOf(InvalidInputException)
    expect((start as Error).message).toBe('Trigger Type EVENT cannot be started')
    const stop = await client.send(new StopTriggerCommand({ Name: 'cond' })).catch((e: unknown) => e as Error)
    expect((stop as Error).message).toBe('The operation is not allowed when trigger is in state: CREATED')
  })

  it('UpdateTrigger replaces the definition but cannot change the type', async () => {
    const toScheduled = await client
      .send(
        new UpdateTriggerCommand({
          Name: 'cond',
          TriggerUpdate: { Schedule: 'cron(0 6 * * ? *)', Actions: [{ JobName: 'b' }] }
        })
      )
      .catch((e: unknown) => e as Error)
    expect(toScheduled).toBeInstanceOf(InvalidInputException)
    const raw = await rawGlueCall(glue.url, 'UpdateTrigger', {
      Name: 'cond',
      TriggerUpdate: { Type: 'SCHEDULED', Predicate: { Conditions: [onA] }, Actions: [{ JobName: 'b' }] }
    })
    expect(raw.status).toBe(200)
    expect((raw.body.Trigger as { Type: string }).Type).toBe('CONDITIONAL')
    clock.runAll()
    const { Trigger } = await client.send(
      new UpdateTriggerCommand({
        Name: 'cond',
        TriggerUpdate: { Predicate: { Conditions: [onA] }, Actions: [{ JobName: 'b' }] }
      })
    )
    const expected = {
      Name: 'cond',
      WorkflowName: 'wf',
      Type: 'CONDITIONAL',
      State: 'UPDATING',
      Predicate: { Conditions: [onA] },
      Actions: [{ JobName: 'b' }]
    }
    expect(Trigger).toEqual(expected)
    clock.runAll()
    const settled = await client.send(new GetTriggerCommand({ Name: 'cond' }))
    expect(settled.Trigger).toEqual({ ...expected, State: 'CREATED' })
  })

  it('DeleteTrigger of a missing trigger succeeds', async () => {
    await expect(client.send(new DeleteTriggerCommand({ Name: 'does-not-exist' }))).resolves.toMatchObject({
      Name: 'does-not-exist'
    })
  })

  it('validates every request against the model (InvalidInputException with member paths)', async () => {
    const raw = await rawGlueCall(glue.url, 'CreateTrigger', {
      Name: 'x'.repeat(256),
      Type: 'WEEKLY',
      Actions: [{ JobName: 'a', Timeout: 0 }]
    })
    expect(raw.status).toBe(400)
    expect(raw.body.__type).toBe('InvalidInputException')
    const message = String(raw.body.Message)
    expect(message).toMatch(/^3 validation errors detected/)
    expect(message).toContain(
      "at 'Name' failed to satisfy constraint: Member must have length less than or equal to 255"
    )
    expect(message).toContain("at 'Type' failed to satisfy constraint: Member must satisfy enum value set")
    expect(message).toContain(
      "at 'Actions[0].Timeout' failed to satisfy constraint: Member must have value greater than or equal to 1"
    )
  })
})
