import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ConcurrentModificationException,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  type GlueClient
} from '@aws-sdk/client-glue'
import { startGlueLocal, type CallSummary, type GlueLocal } from '../../glue-local/index.js'
import { FaultInjector } from '../../glue-local/faults/fault-injector.js'
import { glueClient, rawGlueCall } from './helpers/glue-clients.js'
import { createJob } from './helpers/medallion.js'

let glue: GlueLocal
let client: GlueClient

beforeAll(async () => {
  glue = await startGlueLocal({ seed: 42 })
  client = glueClient(glue.url)
})

beforeEach(() => glue.reset('all'))

afterAll(async () => {
  client.destroy()
  await glue.close()
})

async function admin<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${glue.url}/__glue_local/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, body: (await response.json()) as T }
}

/**
 * Sends `count` ListWorkflows calls, `parallel` at a time, and returns the outcomes in the order the server drew them
 * (the call log order: with no latency each call is handled synchronously once its body has arrived).
 */
async function outcomes(count: number, parallel = 20): Promise<string[]> {
  glue.reset('calls')
  let next = 0
  const worker = async () => {
    while (next < count) {
      next++
      await rawGlueCall(glue.url, 'ListWorkflows', {})
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker))
  return glue.calls().calls.map((call) => call.error ?? call.outcome)
}

describe('seeded fault injection', () => {
  it('throttles at the configured rate, and the same seed gives the same sequence', async () => {
    glue.setFaults({ throttleRate: 0.3, seed: 7 })
    const first = await outcomes(1000)
    expect(first).toHaveLength(1000)
    const throttled = first.filter((o) => o === 'ThrottlingException').length
    expect(throttled).toBeGreaterThan(250)
    expect(throttled).toBeLessThan(350)
    glue.setFaults({ seed: 7 })
    expect(await outcomes(200)).toEqual(first.slice(0, 200))
    glue.setFaults({ seed: 8 })
    expect(await outcomes(200)).not.toEqual(first.slice(0, 200))
    const calls = glue.calls()
    expect(calls.faults).toBe(calls.calls.filter((c) => c.fault === 'throttle').length)
  })

  it('draws the same decisions for the same seed (in process, 1000 calls with every kind of fault)', () => {
    const config = { throttleRate: 0.1, internalErrorRate: 0.1, dropConnectionRate: 0.05, latencySpikeRate: 0.2 }
    const draw = (seed: number) => {
      const injector = new FaultInjector({ ...config, latencySpikeMs: 10 }, seed)
      return Array.from({ length: 1000 }, () => injector.decide('GetWorkflowRun'))
    }
    const decisions = draw(99)
    expect(draw(99)).toEqual(decisions)
    expect(draw(100)).not.toEqual(decisions)
    const count = (fault: string) => decisions.filter((d) => d.fault === fault).length
    expect(count('drop-connection')).toBeGreaterThan(25)
    expect(count('drop-connection')).toBeLessThan(80)
    expect(count('throttle')).toBeGreaterThan(60)
    expect(count('internal-error')).toBeGreaterThan(50)
    expect(decisions.filter((d) => d.latencyMs === 10).length).toBeGreaterThan(150)
  })

  it('answers InternalServiceException with HTTP 500 and drops connections without a response', async () => {
    glue.setFaults({ internalErrorRate: 1 })
    const internal = await rawGlueCall(glue.url, 'ListWorkflows', {})
    expect(internal.status).toBe(500)
    expect(internal.body.__type).toBe('InternalServiceException')
    glue.setFaults({ internalErrorRate: 0, dropConnectionRate: 1 })
    await expect(rawGlueCall(glue.url, 'ListWorkflows', {})).rejects.toThrow()
    glue.setFaults({ dropConnectionRate: 0 })
    expect(glue.calls().calls.map((c) => c.fault)).toEqual(['internal-error', 'drop-connection'])
  })

  it('never changes state when a fault is injected, and limits faults to the listed operations', async () => {
    glue.setFaults({ throttleRate: 1, operations: ['CreateWorkflow'] })
    const created = await rawGlueCall(glue.url, 'CreateWorkflow', { Name: 'not-created' })
    expect(created.body.__type).toBe('ThrottlingException')
    const listed = await rawGlueCall(glue.url, 'ListWorkflows', {})
    expect(listed.status).toBe(200)
    expect(listed.body.Workflows).toBeUndefined()
    expect(glue.state().workflows).toEqual({})
  })

  it('adds latency, with seeded spikes', async () => {
    glue.setFaults({ latencyMs: 80 })
    const started = Date.now()
    await rawGlueCall(glue.url, 'ListWorkflows', {})
    expect(Date.now() - started).toBeGreaterThanOrEqual(75)
    glue.setFaults({ latencyMs: 0, latencySpikeRate: 0.5, latencySpikeMs: 30, seed: 3 })
    await outcomes(40, 1)
    const spikes = glue.calls().calls.filter((c) => c.latencyMs === 30).length
    expect(spikes).toBeGreaterThan(8)
    expect(spikes).toBeLessThan(32)
  })

  it('SDK retries ride through throttling (the default retry strategy retries ThrottlingException)', async () => {
    glue.setFaults({ throttleRate: 0.5, seed: 11 })
    const retrying = glueClient(glue.url, 10)
    await retrying.send(new CreateWorkflowCommand({ Name: 'retried' }))
    retrying.destroy()
    expect(glue.state().workflows.retried).toBeDefined()
  })
})

describe('ConcurrentModificationException on overlapping trigger writes', () => {
  beforeEach(async () => {
    await client.send(new CreateWorkflowCommand({ Name: 'wf' }))
    await client.send(new CreateWorkflowCommand({ Name: 'other' }))
    for (const job of ['a', 'b', 'c']) await createJob(client, job)
  })

  it('rejects the second of two trigger writes on one workflow and applies only the first', async () => {
    glue.setFaults({ latencyMs: 120 })
    const [first, second] = await Promise.allSettled([
      client.send(
        new CreateTriggerCommand({ Name: 't1', WorkflowName: 'wf', Type: 'ON_DEMAND', Actions: [{ JobName: 'a' }] })
      ),
      client.send(
        new CreateTriggerCommand({
          Name: 't2',
          WorkflowName: 'wf',
          Type: 'CONDITIONAL',
          StartOnCreation: true,
          Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'a', State: 'SUCCEEDED' }] },
          Actions: [{ JobName: 'b' }]
        })
      ),
      client.send(
        new CreateTriggerCommand({ Name: 't3', WorkflowName: 'other', Type: 'ON_DEMAND', Actions: [{ JobName: 'c' }] })
      )
    ])
    expect(first.status).toBe('fulfilled')
    expect(second.status).toBe('rejected')
    const reason = (second as PromiseRejectedResult).reason as Error
    expect(reason).toBeInstanceOf(ConcurrentModificationException)
    expect(reason.message).toBe('Workflow wf was modified while adding trigger t2 to it')
    expect(Object.keys(glue.state().triggers).sort()).toEqual(['t1', 't3'])
    expect(glue.calls().calls.filter((c) => c.fault === 'conflict')).toHaveLength(1)
  })

  it('can be switched off', async () => {
    glue.setFaults({ triggerWriteWindowMs: 100, concurrentTriggerWriteConflicts: false })
    await Promise.all([
      client.send(
        new CreateTriggerCommand({ Name: 't1', WorkflowName: 'wf', Type: 'ON_DEMAND', Actions: [{ JobName: 'a' }] })
      ),
      client.send(
        new CreateTriggerCommand({
          Name: 't2',
          WorkflowName: 'wf',
          Type: 'CONDITIONAL',
          Predicate: { Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'a', State: 'SUCCEEDED' }] },
          Actions: [{ JobName: 'b' }]
        })
      )
    ])
    expect(Object.keys(glue.state().triggers)).toHaveLength(2)
  })
})

describe('admin routes', () => {
  it('reports per-operation counts, writes and the ordered call log', async () => {
    await rawGlueCall(glue.url, 'CreateWorkflow', { Name: 'w1' })
    await rawGlueCall(glue.url, 'GetWorkflow', { Name: 'w1' })
    await rawGlueCall(glue.url, 'GetWorkflow', { Name: 'missing' })
    const { status, body } = await admin<CallSummary>('GET', 'calls')
    expect(status).toBe(200)
    expect(body).toMatchObject({ total: 3, writes: 1, errors: 1, faults: 0 })
    expect(body.byOperation).toEqual({ CreateWorkflow: 1, GetWorkflow: 2 })
    expect(body.calls.map((c) => [c.seq, c.operation, c.write, c.outcome, c.error])).toEqual([
      [1, 'CreateWorkflow', true, 'ok', undefined],
      [2, 'GetWorkflow', false, 'ok', undefined],
      [3, 'GetWorkflow', false, 'error', 'EntityNotFoundException']
    ])
  })

  it('resets calls, state or all; sets and reads faults; dumps state; is never faulted', async () => {
    await rawGlueCall(glue.url, 'CreateWorkflow', { Name: 'w1' })
    expect((await admin('POST', 'reset?what=calls')).status).toBe(200)
    expect(glue.calls().total).toBe(0)
    expect(Object.keys((await admin<{ workflows: object }>('GET', 'state')).body.workflows)).toEqual(['w1'])
    await admin('POST', 'reset?what=state')
    expect((await admin<{ workflows: object }>('GET', 'state')).body.workflows).toEqual({})
    const faults = await admin<{ throttleRate: number; seed: number }>('POST', 'faults', { throttleRate: 1, seed: 5 })
    expect(faults.body).toMatchObject({ throttleRate: 1, seed: 5 })
    expect((await admin<{ throttleRate: number }>('GET', 'faults')).body.throttleRate).toBe(1)
    expect((await admin('GET', 'calls')).status).toBe(200)
    expect((await rawGlueCall(glue.url, 'ListWorkflows', {})).body.__type).toBe('ThrottlingException')
    expect((await admin('POST', 'faults', { throttleRate: 2 })).status).toBe(400)
    expect((await admin('POST', 'reset?what=bogus')).status).toBe(400)
    await admin('POST', 'reset?what=all')
    expect((await admin<{ throttleRate: number }>('GET', 'faults')).body.throttleRate).toBe(0)
    expect(glue.calls().total).toBe(0)
  })
})
