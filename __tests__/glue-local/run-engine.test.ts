import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ConcurrentRunsExceededException,
  CreateCrawlerCommand,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  GetWorkflowRunCommand,
  GetWorkflowRunsCommand,
  IllegalWorkflowStateException,
  PutWorkflowRunPropertiesCommand,
  ResumeWorkflowRunCommand,
  StartTriggerCommand,
  StartWorkflowRunCommand,
  StopWorkflowRunCommand,
  UpdateTriggerCommand,
  type GlueClient
} from '@aws-sdk/client-glue'
import { manualClock, startGlueLocal, type GlueLocal, type ManualClock } from '../../glue-local/index.js'
import { glueClient } from './helpers/glue-clients.js'
import { conditional, createJob, createMedallion, finishRun, jobRunsOf } from './helpers/medallion.js'

let glue: GlueLocal
let client: GlueClient
// Simulated time: nothing moves between two calls unless the test advances the clock, so no read races a timer.
let clock: ManualClock

beforeAll(async () => {
  clock = manualClock()
  glue = await startGlueLocal({ clock, simulation: { jobDurationMs: 60, crawlerDurationMs: 60, stopDurationMs: 200 } })
  client = glueClient(glue.url)
})

const finish = (name: string, runId: string) => finishRun(client, clock, name, runId)

/**
 * Lets the triggers just created finish their lifecycle (CREATING → ACTIVATING → ACTIVATED, 300 ms each by default)
 * before a run starts; only call it while no run is in flight (it fires every pending timer).
 */
const settleTriggers = () => clock.runAll()

async function medallion(name: string, options?: Parameters<typeof createMedallion>[2]) {
  const jobs = await createMedallion(client, name, options)
  settleTriggers()
  return jobs
}

afterAll(async () => {
  client.destroy()
  await glue.close()
})

async function start(name: string, RunProperties?: Record<string, string>) {
  const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: name, RunProperties }))
  return RunId!
}

describe('run engine: completion and statistics', () => {
  it('a run whose Silver job fails still ends COMPLETED, with the failure in Statistics and Gold never run', async () => {
    const jobs = await medallion('fails')
    const runId = await start('fails', {
      [`glue-local:${jobs.silver}:outcome`]: 'FAILED',
      [`glue-local:${jobs.silver}:error-message`]: 'AnalysisException: Table or view not found: bronze_cars'
    })
    const run = await finish('fails', runId)
    expect(run.Status).toBe('COMPLETED')
    expect(run.CompletedOn).toBeInstanceOf(Date)
    expect(run.Statistics).toEqual({
      TotalActions: 2,
      TimeoutActions: 0,
      FailedActions: 1,
      StoppedActions: 0,
      SucceededActions: 1,
      RunningActions: 0,
      ErroredActions: 0,
      WaitingActions: 0
    })
    const [silver] = jobRunsOf(run, jobs.silver)
    expect(silver).toMatchObject({
      JobRunState: 'FAILED',
      ErrorMessage: 'AnalysisException: Table or view not found: bronze_cars'
    })
    expect(run.Graph?.Nodes?.find((n) => n.Name === jobs.gold)?.JobDetails).toEqual({})
  })

  it('runs the chain in dependency order with TriggerName and the workflow arguments on each job run', async () => {
    const jobs = await medallion('order')
    const runId = await start('order')
    const run = await finish('order', runId)
    const [bronze] = jobRunsOf(run, jobs.bronze)
    const [silver] = jobRunsOf(run, jobs.silver)
    const [gold] = jobRunsOf(run, jobs.gold)
    expect([bronze.TriggerName, silver.TriggerName, gold.TriggerName]).toEqual([
      'order-start',
      'order-bronze-to-silver',
      'order-silver-to-gold'
    ])
    expect(silver.StartedOn!.getTime()).toBeGreaterThanOrEqual(bronze.CompletedOn!.getTime())
    expect(gold.StartedOn!.getTime()).toBeGreaterThanOrEqual(silver.CompletedOn!.getTime())
    expect(gold.Arguments).toMatchObject({ '--WORKFLOW_NAME': 'order', '--WORKFLOW_RUN_ID': runId })
    expect(gold.Id).toMatch(/^jr_[0-9a-f]{64}$/)
    expect(run.Statistics).toMatchObject({ TotalActions: 3, SucceededActions: 3 })
    expect(run.CompletedOn!.getTime()).toBeGreaterThanOrEqual(gold.CompletedOn!.getTime())
  })

  it('ends a TIMEOUT outcome in TIMEOUT and counts it as TimeoutActions', async () => {
    const jobs = await medallion('timeout')
    const run = await finish('timeout', await start('timeout', { [`glue-local:${jobs.bronze}:outcome`]: 'TIMEOUT' }))
    expect(jobRunsOf(run, jobs.bronze)[0].JobRunState).toBe('TIMEOUT')
    expect(run.Statistics).toMatchObject({ TotalActions: 1, TimeoutActions: 1 })
  })
})

describe('run engine: conditional triggers', () => {
  it('fires a trigger only on the watched state', async () => {
    await client.send(new CreateWorkflowCommand({ Name: 'watch' }))
    await createJob(client, 'watch-main')
    await createJob(client, 'watch-on-success')
    await createJob(client, 'watch-on-failure')
    await client.send(
      new CreateTriggerCommand({
        Name: 'watch-start',
        WorkflowName: 'watch',
        Type: 'ON_DEMAND',
        Actions: [{ JobName: 'watch-main' }]
      })
    )
    await conditional(client, 'watch', 'watch-ok', ['watch-main'], 'watch-on-success')
    await conditional(client, 'watch', 'watch-ko', ['watch-main'], 'watch-on-failure', { state: 'FAILED' })
    settleTriggers()
    const ok = await finish('watch', await start('watch'))
    expect(jobRunsOf(ok, 'watch-on-success')).toHaveLength(1)
    expect(jobRunsOf(ok, 'watch-on-failure')).toHaveLength(0)
    const ko = await finish('watch', await start('watch', { 'glue-local:watch-main:outcome': 'FAILED' }))
    expect(jobRunsOf(ko, 'watch-on-success')).toHaveLength(0)
    expect(jobRunsOf(ko, 'watch-on-failure')[0]).toMatchObject({ JobRunState: 'SUCCEEDED', TriggerName: 'watch-ko' })
  })

  it('AND needs every condition, ANY one of them, and each fires at most once per run', async () => {
    await client.send(new CreateWorkflowCommand({ Name: 'fanin' }))
    for (const job of ['fanin-a', 'fanin-b', 'fanin-and', 'fanin-any']) await createJob(client, job)
    await client.send(
      new CreateTriggerCommand({
        Name: 'fanin-start',
        WorkflowName: 'fanin',
        Type: 'ON_DEMAND',
        Actions: [{ JobName: 'fanin-a' }, { JobName: 'fanin-b' }]
      })
    )
    await conditional(client, 'fanin', 'fanin-all', ['fanin-a', 'fanin-b'], 'fanin-and', { logical: 'AND' })
    await conditional(client, 'fanin', 'fanin-one', ['fanin-a', 'fanin-b'], 'fanin-any', { logical: 'ANY' })
    settleTriggers()

    const oneFailed = await finish('fanin', await start('fanin', { 'glue-local:fanin-b:outcome': 'FAILED' }))
    expect(jobRunsOf(oneFailed, 'fanin-and')).toHaveLength(0)
    expect(jobRunsOf(oneFailed, 'fanin-any')).toHaveLength(1)

    const bothOk = await finish('fanin', await start('fanin', { 'glue-local:fanin-b:duration-ms': '150' }))
    const [andRun] = jobRunsOf(bothOk, 'fanin-and')
    expect(andRun.StartedOn!.getTime()).toBeGreaterThanOrEqual(jobRunsOf(bothOk, 'fanin-b')[0].CompletedOn!.getTime())
    expect(jobRunsOf(bothOk, 'fanin-any')).toHaveLength(1)
    expect(bothOk.Statistics).toMatchObject({ TotalActions: 4, SucceededActions: 4 })
  })

  it('does not fire a CONDITIONAL trigger that is not ACTIVATED', async () => {
    await client.send(new CreateWorkflowCommand({ Name: 'inactive' }))
    await createJob(client, 'inactive-a')
    await createJob(client, 'inactive-b')
    await client.send(
      new CreateTriggerCommand({
        Name: 'inactive-start',
        WorkflowName: 'inactive',
        Type: 'ON_DEMAND',
        Actions: [{ JobName: 'inactive-a' }]
      })
    )
    await conditional(client, 'inactive', 'inactive-next', ['inactive-a'], 'inactive-b', { activate: false })
    settleTriggers()
    const run = await finish('inactive', await start('inactive'))
    expect(run.Status).toBe('COMPLETED')
    expect(jobRunsOf(run, 'inactive-b')).toHaveLength(0)
    expect(run.Graph?.Nodes?.find((n) => n.Name === 'inactive-next')?.TriggerDetails?.Trigger?.State).toBe('CREATED')
  })

  it('uses the triggers frozen at run start (an UpdateTrigger during the run does not change it)', async () => {
    const jobs = await medallion('frozen')
    await createJob(client, 'frozen-other')
    const runId = await start('frozen', { [`glue-local:${jobs.bronze}:duration-ms`]: '150' })
    await client.send(
      new UpdateTriggerCommand({
        Name: 'frozen-silver-to-gold',
        TriggerUpdate: {
          Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: jobs.silver, State: 'SUCCEEDED' }] },
          Actions: [{ JobName: 'frozen-other' }]
        }
      })
    )
    const run = await finish('frozen', runId)
    expect(jobRunsOf(run, jobs.gold)).toHaveLength(1)
    expect(run.Graph?.Nodes?.some((n) => n.Name === 'frozen-other')).toBe(false)
  })

  it('fires on crawler states (CrawlState) and records crawls on CRAWLER nodes', async () => {
    await client.send(new CreateWorkflowCommand({ Name: 'crawl' }))
    await client.send(
      new CreateCrawlerCommand({ Name: 'crawl-c', Role: 'r', Targets: { S3Targets: [{ Path: 's3://b/p' }] } })
    )
    await createJob(client, 'crawl-after-failure')
    await client.send(
      new CreateTriggerCommand({
        Name: 'crawl-start',
        WorkflowName: 'crawl',
        Type: 'ON_DEMAND',
        Actions: [{ CrawlerName: 'crawl-c' }]
      })
    )
    await client.send(
      new CreateTriggerCommand({
        Name: 'crawl-failed',
        WorkflowName: 'crawl',
        Type: 'CONDITIONAL',
        StartOnCreation: true,
        Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', CrawlerName: 'crawl-c', CrawlState: 'FAILED' }] },
        Actions: [{ JobName: 'crawl-after-failure' }]
      })
    )
    settleTriggers()
    const run = await finish('crawl', await start('crawl', { 'glue-local:crawl-c:outcome': 'FAILED' }))
    const crawls = run.Graph?.Nodes?.find((n) => n.Type === 'CRAWLER')?.CrawlerDetails?.Crawls
    expect(crawls?.[0].State).toBe('FAILED')
    expect(jobRunsOf(run, 'crawl-after-failure')).toHaveLength(1)
    expect(run.Statistics).toMatchObject({ TotalActions: 2, FailedActions: 1, SucceededActions: 1 })
  })
})

describe('run engine: retries, stop, concurrency, resume', () => {
  it('retries a failed job MaxRetries times with <jr>_attempt_N ids', async () => {
    const jobs = await medallion('retry', { silverRetries: 2 })
    const run = await finish('retry', await start('retry', { [`glue-local:${jobs.silver}:fail-attempts`]: '2' }))
    const silverRuns = jobRunsOf(run, jobs.silver)
    expect(silverRuns.map((r) => [r.Attempt, r.JobRunState])).toEqual([
      [0, 'FAILED'],
      [1, 'FAILED'],
      [2, 'SUCCEEDED']
    ])
    expect(silverRuns[1].Id).toBe(`${silverRuns[0].Id}_attempt_1`)
    expect(silverRuns[2].Id).toBe(`${silverRuns[0].Id}_attempt_2`)
    expect(silverRuns[2].PreviousRunId).toBe(silverRuns[1].Id)
    expect(jobRunsOf(run, jobs.gold)).toHaveLength(1)
    expect(run.Statistics).toMatchObject({ TotalActions: 5, FailedActions: 2, SucceededActions: 3 })
  })

  it('stops a run through STOPPING to STOPPED; stopping it again is IllegalWorkflowStateException', async () => {
    const jobs = await medallion('stop')
    const runId = await start('stop', { [`glue-local:${jobs.bronze}:duration-ms`]: '5000' })
    await client.send(new StopWorkflowRunCommand({ Name: 'stop', RunId: runId }))
    const stopping = await client.send(new GetWorkflowRunCommand({ Name: 'stop', RunId: runId, IncludeGraph: true }))
    expect(stopping.Run?.Status).toBe('STOPPING')
    expect(jobRunsOf(stopping.Run!, jobs.bronze)[0].JobRunState).toBe('STOPPING')
    clock.advance(199)
    const still = await client.send(new GetWorkflowRunCommand({ Name: 'stop', RunId: runId }))
    expect(still.Run?.Status).toBe('STOPPING')
    clock.advance(1)
    const run = await finish('stop', runId)
    expect(run.Status).toBe('STOPPED')
    expect(jobRunsOf(run, jobs.bronze)[0].JobRunState).toBe('STOPPED')
    expect(jobRunsOf(run, jobs.silver)).toHaveLength(0)
    expect(run.Statistics).toMatchObject({ TotalActions: 1, StoppedActions: 1 })
    const error = await client.send(new StopWorkflowRunCommand({ Name: 'stop', RunId: runId })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IllegalWorkflowStateException)
    const done = await finish('stop', await start('stop'))
    const again = await client
      .send(new StopWorkflowRunCommand({ Name: 'stop', RunId: done.WorkflowRunId }))
      .catch((e: unknown) => e)
    expect(again).toBeInstanceOf(IllegalWorkflowStateException)
  })

  it('rejects a start over MaxConcurrentRuns with ConcurrentRunsExceededException', async () => {
    const jobs = await medallion('limit', { maxConcurrentRuns: 1 })
    const runId = await start('limit', { [`glue-local:${jobs.bronze}:duration-ms`]: '150' })
    const error = await client.send(new StartWorkflowRunCommand({ Name: 'limit' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConcurrentRunsExceededException)
    expect((error as Error).message).toBe('Concurrent runs exceeded for workflow: limit')
    await finish('limit', runId)
    await finish('limit', await start('limit'))
    const { Runs } = await client.send(new GetWorkflowRunsCommand({ Name: 'limit' }))
    expect(Runs).toHaveLength(2)
    expect(Runs![0].StartedOn!.getTime()).toBeGreaterThan(Runs![1].StartedOn!.getTime())
  })

  it('StartTrigger on a workflow ON_DEMAND start trigger starts a workflow run', async () => {
    await medallion('fire')
    await client.send(new StartTriggerCommand({ Name: 'fire-start' }))
    const { Runs } = await client.send(new GetWorkflowRunsCommand({ Name: 'fire' }))
    expect(Runs).toHaveLength(1)
    expect((await finish('fire', Runs![0].WorkflowRunId!)).Statistics?.SucceededActions).toBe(3)
  })

  it('resumes a COMPLETED run from a failed node: it and everything downstream run again', async () => {
    const jobs = await medallion('resume')
    const key = `glue-local:${jobs.silver}:outcome`
    const original = await finish('resume', await start('resume', { [key]: 'FAILED' }))
    await client.send(
      new PutWorkflowRunPropertiesCommand({
        Name: 'resume',
        RunId: original.WorkflowRunId,
        RunProperties: { [key]: 'SUCCEEDED' }
      })
    )
    const silverNode = original.Graph!.Nodes!.find((n) => n.Name === jobs.silver)!
    const goldNode = original.Graph!.Nodes!.find((n) => n.Name === jobs.gold)!
    const bronzeNode = original.Graph!.Nodes!.find((n) => n.Name === jobs.bronze)!
    const notRun = await client
      .send(
        new ResumeWorkflowRunCommand({ Name: 'resume', RunId: original.WorkflowRunId, NodeIds: [goldNode.UniqueId!] })
      )
      .catch((e: unknown) => e)
    expect((notRun as Error).name).toBe('InvalidInputException')
    const resumed = await client.send(
      new ResumeWorkflowRunCommand({
        Name: 'resume',
        RunId: original.WorkflowRunId,
        NodeIds: [silverNode.UniqueId!, bronzeNode.UniqueId!]
      })
    )
    expect(resumed.NodeIds).toEqual([bronzeNode.UniqueId])
    const run = await finish('resume', resumed.RunId!)
    expect(run.PreviousRunId).toBe(original.WorkflowRunId)
    expect(jobRunsOf(run, jobs.silver).at(-1)?.JobRunState).toBe('SUCCEEDED')
    expect(jobRunsOf(run, jobs.gold)).toHaveLength(1)
    expect(run.Statistics).toMatchObject({ TotalActions: 3, SucceededActions: 3 })
    const running = await client
      .send(
        new ResumeWorkflowRunCommand({ Name: 'resume', RunId: original.WorkflowRunId, NodeIds: [silverNode.UniqueId!] })
      )
      .then((r) => r.RunId!)
    const illegal = await client
      .send(new ResumeWorkflowRunCommand({ Name: 'resume', RunId: running, NodeIds: [silverNode.UniqueId!] }))
      .catch((e: unknown) => e)
    expect(illegal).toBeInstanceOf(IllegalWorkflowStateException)
    await finish('resume', running)
  })
})
