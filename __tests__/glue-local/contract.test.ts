import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AlreadyExistsException,
  BatchGetCrawlersCommand,
  BatchGetJobsCommand,
  BatchGetTriggersCommand,
  BatchGetWorkflowsCommand,
  BatchStopJobRunCommand,
  ConcurrentModificationException,
  ConcurrentRunsExceededException,
  CreateCrawlerCommand,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  DeleteCrawlerCommand,
  DeleteJobCommand,
  DeleteTriggerCommand,
  DeleteWorkflowCommand,
  EntityNotFoundException,
  GetCrawlerCommand,
  GetJobCommand,
  GetJobRunCommand,
  GetJobRunsCommand,
  GetTagsCommand,
  GetTriggerCommand,
  GetTriggersCommand,
  GetWorkflowCommand,
  GetWorkflowRunCommand,
  GetWorkflowRunPropertiesCommand,
  GetWorkflowRunsCommand,
  IllegalWorkflowStateException,
  InternalServiceException,
  InvalidInputException,
  ListTriggersCommand,
  ListWorkflowsCommand,
  PutWorkflowRunPropertiesCommand,
  ResumeWorkflowRunCommand,
  StartJobRunCommand,
  StartTriggerCommand,
  StartWorkflowRunCommand,
  StopTriggerCommand,
  StopWorkflowRunCommand,
  TagResourceCommand,
  ThrottlingException,
  UntagResourceCommand,
  UpdateTriggerCommand,
  UpdateWorkflowCommand,
  GlueClient,
  type WorkflowGraph
} from '@aws-sdk/client-glue'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  declaredErrors,
  GLUE_OPERATIONS,
  glueArn,
  manualClock,
  startGlueLocal,
  validateOperationOutput,
  type GlueLocal,
  type ManualClock
} from '../../glue-local/index.js'
import {
  capturingGlueClient,
  rawGlueCall,
  stsClient,
  TEST_REGION,
  type CapturedResponse
} from './helpers/glue-clients.js'
import { createJob, finishRun } from './helpers/medallion.js'

/** Errors that Glue returns on any operation although the model does not declare them. */
const UNDECLARED_BUT_REAL = ['ThrottlingException', 'InternalServiceException', 'ConcurrentModificationException']

let glue: GlueLocal
let client: GlueClient
let captured: CapturedResponse[]
// Simulated time only moves when a test advances it: a run stays RUNNING for as many reads as a test makes.
let clock: ManualClock

async function expectError(promise: Promise<unknown>, errorClass: abstract new (...args: never[]) => Error) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(errorClass)
  return error as Error
}

async function triggerState(name: string): Promise<string | undefined> {
  return (await client.send(new GetTriggerCommand({ Name: name }))).Trigger?.State
}

function graphTriggerStates(graph: WorkflowGraph | undefined): Record<string, string | undefined> {
  const triggers = (graph?.Nodes ?? []).filter((node) => node.Type === 'TRIGGER')
  return Object.fromEntries(triggers.map((node) => [node.Name!, node.TriggerDetails?.Trigger?.State]))
}

beforeAll(async () => {
  clock = manualClock()
  glue = await startGlueLocal({
    clock,
    simulation: { jobDurationMs: 60, crawlerDurationMs: 60, stopDurationMs: 30 }
  })
  ;({ client, captured } = capturingGlueClient(glue.url))
})

afterAll(async () => {
  client.destroy()
  await glue.close()
})

describe('contract: every operation through @aws-sdk/client-glue, every response checked against the model', () => {
  const wf = 'contract'
  const jobs = { bronze: 'c-bronze', silver: 'c-silver', gold: 'c-gold' }
  const crawler = 'c-crawler'
  let firstRunId = ''

  it('creates and reads workflows, jobs, crawlers and triggers', async () => {
    await client.send(
      new CreateWorkflowCommand({
        Name: wf,
        Description: 'contract test',
        DefaultRunProperties: { env: 'ci' },
        MaxConcurrentRuns: 1,
        Tags: { team: 'data' }
      })
    )
    await client.send(
      new UpdateWorkflowCommand({ Name: wf, Description: 'contract test (updated)', MaxConcurrentRuns: 1 })
    )
    for (const job of Object.values(jobs)) await createJob(client, job)
    await client.send(
      new CreateCrawlerCommand({
        Name: crawler,
        Role: 'arn:aws:iam::123456789012:role/glue',
        DatabaseName: 'lake',
        Targets: { S3Targets: [{ Path: 's3://lake/bronze/' }] }
      })
    )
    await client.send(
      new CreateTriggerCommand({
        Name: 'c-start',
        WorkflowName: wf,
        Type: 'ON_DEMAND',
        Actions: [{ JobName: jobs.bronze, Arguments: { '--stage': 'bronze' } }],
        Tags: { kind: 'start' }
      })
    )
    await client.send(
      new CreateTriggerCommand({
        Name: 'c-after-bronze',
        WorkflowName: wf,
        Type: 'CONDITIONAL',
        StartOnCreation: true,
        Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: jobs.bronze, State: 'SUCCEEDED' }] },
        Actions: [{ JobName: jobs.silver }, { CrawlerName: crawler }]
      })
    )
    await client.send(
      new CreateTriggerCommand({
        Name: 'c-gold',
        WorkflowName: wf,
        Type: 'CONDITIONAL',
        StartOnCreation: true,
        Predicate: {
          Logical: 'AND',
          Conditions: [
            { LogicalOperator: 'EQUALS', JobName: jobs.silver, State: 'SUCCEEDED' },
            { LogicalOperator: 'EQUALS', CrawlerName: crawler, CrawlState: 'SUCCEEDED' }
          ]
        },
        Actions: [{ JobName: jobs.gold }]
      })
    )
    // The lifecycle on the manual clock: CREATING (300 ms), then CREATED, or ACTIVATING (300 ms) → ACTIVATED.
    expect(await triggerState('c-gold')).toBe('CREATING')
    const early = await client.send(new BatchGetTriggersCommand({ TriggerNames: ['c-start', 'c-gold'] }))
    expect(early.Triggers?.map((t) => [t.Name, t.State])).toEqual([
      ['c-start', 'CREATING'],
      ['c-gold', 'CREATING']
    ])
    const creating = await client.send(new GetWorkflowCommand({ Name: wf, IncludeGraph: true }))
    expect(graphTriggerStates(creating.Workflow?.Graph)).toEqual({
      'c-start': 'CREATING',
      'c-after-bronze': 'CREATING',
      'c-gold': 'CREATING'
    })
    const refused = await expectError(client.send(new StartTriggerCommand({ Name: 'c-gold' })), InvalidInputException)
    expect(refused.message).toBe('The operation is not allowed when trigger is in state: CREATING')
    clock.advance(300)
    expect(await triggerState('c-start')).toBe('CREATED')
    expect(await triggerState('c-gold')).toBe('ACTIVATING')
    await expectError(client.send(new StopTriggerCommand({ Name: 'c-gold' })), InvalidInputException)
    clock.advance(299)
    expect(await triggerState('c-gold')).toBe('ACTIVATING')
    clock.advance(1)
    const { Trigger } = await client.send(new GetTriggerCommand({ Name: 'c-gold' }))
    expect(Trigger?.State).toBe('ACTIVATED')
    const page1 = await client.send(new GetTriggersCommand({ MaxResults: 2 }))
    expect(page1.Triggers).toHaveLength(2)
    const page2 = await client.send(new GetTriggersCommand({ MaxResults: 2, NextToken: page1.NextToken }))
    expect(page2.Triggers?.map((t) => t.Name)).toHaveLength(1)
    expect(page2.NextToken).toBeUndefined()
    const listed = await client.send(new ListTriggersCommand({ Tags: { kind: 'start' } }))
    expect(listed.TriggerNames).toEqual(['c-start'])
    const dependent = await client.send(new GetTriggersCommand({ DependentJobName: jobs.gold }))
    expect(dependent.Triggers?.map((t) => t.Name)).toEqual(['c-gold'])
    const batch = await client.send(new BatchGetTriggersCommand({ TriggerNames: ['c-start', 'nope'] }))
    expect(batch.TriggersNotFound).toEqual(['nope'])
    const updated = await client.send(
      new UpdateTriggerCommand({
        Name: 'c-start',
        TriggerUpdate: { Description: 'starts bronze', Actions: [{ JobName: jobs.bronze }] }
      })
    )
    expect(updated.Trigger?.Description).toBe('starts bronze')
    expect(updated.Trigger?.State).toBe('UPDATING')
    const again = client.send(
      new UpdateTriggerCommand({ Name: 'c-start', TriggerUpdate: { Actions: [{ JobName: jobs.bronze }] } })
    )
    expect((await expectError(again, InvalidInputException)).message).toMatch(/in state: UPDATING$/)
    clock.advance(300)
    expect(await triggerState('c-start')).toBe('CREATED')
    await client.send(new StopTriggerCommand({ Name: 'c-gold' }))
    expect(await triggerState('c-gold')).toBe('DEACTIVATING')
    clock.advance(300)
    expect(await triggerState('c-gold')).toBe('DEACTIVATED')
    await client.send(new StartTriggerCommand({ Name: 'c-gold' }))
    const triggers = await client.send(new GetTriggersCommand({}))
    expect(triggers.Triggers?.find((t) => t.Name === 'c-gold')?.State).toBe('ACTIVATING')
    clock.advance(300)
    expect(await triggerState('c-gold')).toBe('ACTIVATED')

    const { Workflow } = await client.send(new GetWorkflowCommand({ Name: wf, IncludeGraph: true }))
    expect(Workflow?.Graph?.Nodes).toHaveLength(7)
    expect(Workflow?.Graph?.Edges).toHaveLength(7)
    expect((await client.send(new ListWorkflowsCommand({}))).Workflows).toEqual([wf])
    const workflows = await client.send(new BatchGetWorkflowsCommand({ Names: [wf, 'missing'], IncludeGraph: true }))
    expect(workflows.MissingWorkflows).toEqual(['missing'])
    expect((await client.send(new GetJobCommand({ JobName: jobs.bronze }))).Job?.Name).toBe(jobs.bronze)
    const batchJobs = await client.send(new BatchGetJobsCommand({ JobNames: [jobs.gold, 'nope'] }))
    expect(batchJobs.JobsNotFound).toEqual(['nope'])
    expect((await client.send(new GetCrawlerCommand({ Name: crawler }))).Crawler?.State).toBe('READY')
    const crawlers = await client.send(new BatchGetCrawlersCommand({ CrawlerNames: [crawler, 'nope'] }))
    expect(crawlers.CrawlersNotFound).toEqual(['nope'])
  })

  it('runs the workflow and reads runs, run properties and job runs', async () => {
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: wf, RunProperties: { batch: '42' } }))
    firstRunId = RunId!
    expect(RunId).toMatch(/^wr_[0-9a-f]{64}$/)
    await client.send(new PutWorkflowRunPropertiesCommand({ Name: wf, RunId, RunProperties: { stage: 'bronze' } }))
    const props = await client.send(new GetWorkflowRunPropertiesCommand({ Name: wf, RunId }))
    expect(props.RunProperties).toEqual({ env: 'ci', batch: '42', stage: 'bronze' })
    const running = await client.send(new GetWorkflowRunCommand({ Name: wf, RunId, IncludeGraph: true }))
    expect(running.Run?.Status).toBe('RUNNING')
    const run = await finishRun(client, clock, wf, RunId!)
    expect(run.Status).toBe('COMPLETED')
    expect(run.Statistics).toMatchObject({ TotalActions: 4, SucceededActions: 4, FailedActions: 0 })
    const runs = await client.send(new GetWorkflowRunsCommand({ Name: wf, IncludeGraph: true }))
    expect(runs.Runs?.[0].WorkflowRunId).toBe(RunId)
    const { Workflow } = await client.send(new GetWorkflowCommand({ Name: wf, IncludeGraph: true }))
    expect(Workflow?.LastRun?.WorkflowRunId).toBe(RunId)

    const { JobRuns } = await client.send(new GetJobRunsCommand({ JobName: jobs.gold }))
    expect(JobRuns).toHaveLength(1)
    const { JobRun } = await client.send(new GetJobRunCommand({ JobName: jobs.gold, RunId: JobRuns?.[0].Id }))
    expect(JobRun?.TriggerName).toBe('c-gold')
    expect(JobRun?.Arguments?.['--WORKFLOW_RUN_ID']).toBe(RunId)
  })

  it('resumes a completed run and stops a running one', async () => {
    const { Run } = await client.send(new GetWorkflowRunCommand({ Name: wf, RunId: firstRunId, IncludeGraph: true }))
    const silverNode = Run?.Graph?.Nodes?.find((n) => n.Name === jobs.silver)
    const resumed = await client.send(
      new ResumeWorkflowRunCommand({ Name: wf, RunId: firstRunId, NodeIds: [silverNode!.UniqueId!] })
    )
    expect(resumed.NodeIds).toEqual([silverNode!.UniqueId])
    const resumedRun = await finishRun(client, clock, wf, resumed.RunId!)
    expect(resumedRun.PreviousRunId).toBe(firstRunId)
    expect(resumedRun.Statistics).toMatchObject({ TotalActions: 2, SucceededActions: 2 })

    const { RunId } = await client.send(
      new StartWorkflowRunCommand({ Name: wf, RunProperties: { [`glue-local:${jobs.bronze}:duration-ms`]: '5000' } })
    )
    await expectError(client.send(new StartWorkflowRunCommand({ Name: wf })), ConcurrentRunsExceededException)
    await client.send(new StopWorkflowRunCommand({ Name: wf, RunId }))
    const stopped = await finishRun(client, clock, wf, RunId!)
    expect(stopped.Status).toBe('STOPPED')
    await expectError(client.send(new StopWorkflowRunCommand({ Name: wf, RunId })), IllegalWorkflowStateException)
  })

  it('starts and stops standalone job runs', async () => {
    const { JobRunId } = await client.send(
      new StartJobRunCommand({ JobName: jobs.gold, Arguments: { '--simulate-duration-ms': '5000' } })
    )
    const stop = await client.send(
      new BatchStopJobRunCommand({ JobName: jobs.gold, JobRunIds: [JobRunId!, 'jr_nope'] })
    )
    expect(stop.SuccessfulSubmissions).toEqual([{ JobName: jobs.gold, JobRunId }])
    expect(stop.Errors?.[0].JobRunId).toBe('jr_nope')
  })

  it('tags resources by Glue ARN', async () => {
    const arn = glueArn(TEST_REGION, glue.accountId, 'workflow', wf)
    await client.send(new TagResourceCommand({ ResourceArn: arn, TagsToAdd: { owner: 'me' } }))
    expect((await client.send(new GetTagsCommand({ ResourceArn: arn }))).Tags).toEqual({ team: 'data', owner: 'me' })
    await client.send(new UntagResourceCommand({ ResourceArn: arn, TagsToRemove: ['team'] }))
    expect((await client.send(new GetTagsCommand({ ResourceArn: arn }))).Tags).toEqual({ owner: 'me' })
    const triggerArn = glueArn(TEST_REGION, glue.accountId, 'trigger', 'c-start')
    expect((await client.send(new GetTagsCommand({ ResourceArn: triggerArn }))).Tags).toEqual({ kind: 'start' })
    const missing = glueArn(TEST_REGION, glue.accountId, 'workflow', 'missing')
    await expectError(client.send(new GetTagsCommand({ ResourceArn: missing })), EntityNotFoundException)
    await expectError(
      client.send(new TagResourceCommand({ ResourceArn: arn, TagsToAdd: { 'aws:x': 'y' } })),
      InvalidInputException
    )
  })

  it('raises the named exception classes of @aws-sdk/client-glue', async () => {
    await expectError(client.send(new GetWorkflowCommand({ Name: 'missing' })), EntityNotFoundException)
    await expectError(client.send(new CreateWorkflowCommand({ Name: wf })), AlreadyExistsException)
    const invalid = await expectError(
      client.send(new CreateWorkflowCommand({ Name: 'bad\nname' })),
      InvalidInputException
    )
    expect(invalid.message).toMatch(/at 'Name' failed to satisfy constraint/)
    await expectError(
      client.send(new StopWorkflowRunCommand({ Name: wf, RunId: firstRunId })),
      IllegalWorkflowStateException
    )
    const slow = `glue-local:${'c-bronze'}:duration-ms`
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: wf, RunProperties: { [slow]: '5000' } }))
    await expectError(client.send(new DeleteCrawlerCommand({ Name: 'nope' })), EntityNotFoundException)
    await client.send(new StopWorkflowRunCommand({ Name: wf, RunId }))
    await finishRun(client, clock, wf, RunId!)

    glue.setFaults({ triggerWriteWindowMs: 150 })
    const writes = await Promise.allSettled([
      client.send(new UpdateTriggerCommand({ Name: 'c-start', TriggerUpdate: { Actions: [{ JobName: 'c-bronze' }] } })),
      client.send(new StopTriggerCommand({ Name: 'c-gold' }))
    ])
    glue.setFaults({ triggerWriteWindowMs: 0 })
    expect(writes[0].status).toBe('fulfilled')
    expect(writes[1].status === 'rejected' && writes[1].reason instanceof ConcurrentModificationException).toBe(true)

    glue.setFaults({ throttleRate: 1, operations: ['GetJob'] })
    const throttled = await expectError(client.send(new GetJobCommand({ JobName: 'c-bronze' })), ThrottlingException)
    expect(throttled.message).toBe('Rate exceeded')
    glue.setFaults({ throttleRate: 0, internalErrorRate: 1 })
    await expectError(client.send(new GetJobCommand({ JobName: 'c-bronze' })), InternalServiceException)
    glue.setFaults({ internalErrorRate: 0, operations: [] })
  })

  it('answers unknown operations and malformed bodies like AWS JSON services', async () => {
    const unknown = await rawGlueCall(glue.url, 'NoSuchOperation', {})
    expect(unknown.status).toBe(400)
    expect(unknown.body.__type).toBe('UnknownOperationException')
    expect(unknown.headers.get('x-amzn-errortype')).toBe('UnknownOperationException')
    expect(unknown.headers.get('content-type')).toBe('application/x-amz-json-1.1')
    const malformed = await rawGlueCall(glue.url, 'GetWorkflow', '{not json')
    expect(malformed.body.__type).toBe('SerializationException')
  })

  it('deletes everything (DELETING keeps the name taken; DeleteTrigger of a missing trigger succeeds)', async () => {
    // c-start is UPDATING (the UpdateTrigger of the overlapping writes above) until the clock moves on below.
    expect(await triggerState('c-start')).toBe('UPDATING')
    await client.send(new DeleteTriggerCommand({ Name: 'c-gold' }))
    expect(await triggerState('c-gold')).toBe('DELETING')
    expect((await client.send(new ListTriggersCommand({}))).TriggerNames).toContain('c-gold')
    const taken = await expectError(
      client.send(new CreateTriggerCommand({ Name: 'c-gold', Type: 'ON_DEMAND', Actions: [{ JobName: jobs.gold }] })),
      AlreadyExistsException
    )
    expect(taken.message).toBe('Trigger c-gold already exists')
    const twice = await expectError(client.send(new DeleteTriggerCommand({ Name: 'c-gold' })), InvalidInputException)
    expect(twice.message).toBe('The operation is not allowed when trigger is in state: DELETING')
    clock.advance(999)
    expect(await triggerState('c-gold')).toBe('DELETING')
    clock.advance(1)
    await expectError(client.send(new GetTriggerCommand({ Name: 'c-gold' })), EntityNotFoundException)
    await client.send(new DeleteTriggerCommand({ Name: 'never-existed' }))
    await client.send(new DeleteJobCommand({ JobName: jobs.gold }))
    await client.send(new DeleteWorkflowCommand({ Name: wf }))
    expect(await triggerState('c-start')).toBe('DELETING')
    clock.advance(1000)
    await expectError(client.send(new GetTriggerCommand({ Name: 'c-start' })), EntityNotFoundException)
    await client.send(new DeleteCrawlerCommand({ Name: crawler }))
    await expectError(client.send(new GetCrawlerCommand({ Name: crawler })), EntityNotFoundException)
  })

  it('answered every captured response with a model-valid body, header and error shape', () => {
    expect(captured.length).toBeGreaterThan(60)
    for (const response of captured) {
      expect(response.headers['content-type']).toBe('application/x-amz-json-1.1')
      expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/)
      if (response.status === 200) {
        expect({
          op: response.operation,
          violations: validateOperationOutput(response.operation, response.body)
        }).toEqual({
          op: response.operation,
          violations: []
        })
      } else {
        const body = response.body as { __type: string; Message: string }
        expect(Object.keys(body).sort()).toEqual(['Message', '__type'])
        expect(response.headers['x-amzn-errortype']).toBe(body.__type)
        expect(response.status).toBe(body.__type === 'InternalServiceException' ? 500 : 400)
        expect([...declaredErrors(response.operation), ...UNDECLARED_BUT_REAL]).toContain(body.__type)
      }
    }
  })

  it('exercised every implemented operation successfully', () => {
    const succeeded = new Set(captured.filter((r) => r.status === 200).map((r) => r.operation))
    expect(Object.keys(GLUE_OPERATIONS).filter((op) => !succeeded.has(op))).toEqual([])
  })
})

describe('contract: STS GetCallerIdentity on the same port', () => {
  it('answers @aws-sdk/client-sts (awsQuery + XML) with the configured account', async () => {
    const sts = stsClient(glue.url)
    const identity = await sts.send(new GetCallerIdentityCommand({}))
    sts.destroy()
    expect(identity).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/glue-local' })
    expect(identity.$metadata.requestId).toBeDefined()
  })

  it('is reached through AWS_ENDPOINT_URL_GLUE / AWS_ENDPOINT_URL_STS without an endpoint option', async () => {
    const saved = { glue: process.env.AWS_ENDPOINT_URL_GLUE, sts: process.env.AWS_ENDPOINT_URL_STS }
    process.env.AWS_ENDPOINT_URL_GLUE = glue.url
    process.env.AWS_ENDPOINT_URL_STS = glue.url
    try {
      const credentials = { accessKeyId: 'test', secretAccessKey: 'test' }
      const viaEnv = new GlueClient({ region: TEST_REGION, credentials, maxAttempts: 1 })
      await expectError(viaEnv.send(new GetWorkflowCommand({ Name: 'missing' })), EntityNotFoundException)
      viaEnv.destroy()
      const sts = new STSClient({ region: TEST_REGION, credentials, maxAttempts: 1 })
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(glue.accountId)
      sts.destroy()
    } finally {
      for (const [key, value] of Object.entries({
        AWS_ENDPOINT_URL_GLUE: saved.glue,
        AWS_ENDPOINT_URL_STS: saved.sts
      })) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
  })

  it('answers the JSON dialect too', async () => {
    const response = await fetch(`${glue.url}/`, {
      method: 'POST',
      headers: {
        'X-Amz-Target': 'AWSSecurityTokenServiceV20110615.GetCallerIdentity',
        'Content-Type': 'application/x-amz-json-1.0'
      },
      body: '{}'
    })
    expect(await response.json()).toMatchObject({ Account: '123456789012' })
  })
})
