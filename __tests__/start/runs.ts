/** Test data for start mode: Glue runs as the SDK hands them over (timestamps as Date), by hand or from fixtures. */
import fs from 'node:fs'
import path from 'node:path'
import type { JobRun, Node, WorkflowRun } from '@aws-sdk/client-glue'
import type { ExpectedGraph, ExpectedStage } from '../../src/run/types.js'

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'glue')
const TIMESTAMPS = new Set(['StartedOn', 'CompletedOn', 'LastModifiedOn', 'CreatedOn'])

function withDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withDates)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      TIMESTAMPS.has(k) && typeof v === 'number' ? new Date(v * 1000) : withDates(v)
    ])
  )
}

/** The `Run` of a GetWorkflowRun fixture from shared/fixtures/glue (copied to __tests__/fixtures/glue). */
export function fixtureRun(name: string): WorkflowRun {
  const body = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { Run: unknown }
  return withDates(body.Run) as WorkflowRun
}

/** 2026-01-01T00:00:00Z plus `seconds`. */
export function at(seconds: number): Date {
  return new Date(Date.UTC(2026, 0, 1) + seconds * 1000)
}

export interface AttemptSpec {
  state: string
  start?: number
  end?: number
  error?: string
  trigger?: string
}

export function jobNode(name: string, attempts: AttemptSpec[]): Node {
  const runs: JobRun[] = attempts.map((a, i) => ({
    Id: i === 0 ? `jr_${name}` : `jr_${name}_attempt_${i}`,
    Attempt: i,
    JobName: name,
    JobRunState: a.state as JobRun['JobRunState'],
    ...(a.start !== undefined ? { StartedOn: at(a.start) } : {}),
    ...(a.end !== undefined ? { CompletedOn: at(a.end) } : {}),
    ...(a.error ? { ErrorMessage: a.error } : {}),
    ...(a.trigger ? { TriggerName: a.trigger } : {})
  }))
  return { Type: 'JOB', Name: name, UniqueId: `wnode_${name}`, JobDetails: runs.length > 0 ? { JobRuns: runs } : {} }
}

export function crawlerNode(name: string, crawls: AttemptSpec[]): Node {
  return {
    Type: 'CRAWLER',
    Name: name,
    UniqueId: `wnode_${name}`,
    CrawlerDetails: {
      Crawls: crawls.map((c) => ({
        State: c.state as 'SUCCEEDED',
        ...(c.start !== undefined ? { StartedOn: at(c.start) } : {}),
        ...(c.end !== undefined ? { CompletedOn: at(c.end) } : {}),
        ...(c.error ? { ErrorMessage: c.error } : {})
      }))
    }
  }
}

export function workflowRun(status: string, nodes: Node[], extra: Partial<WorkflowRun> = {}): WorkflowRun {
  return {
    Name: 'medallion',
    WorkflowRunId: 'wr_1',
    Status: status as WorkflowRun['Status'],
    StartedOn: at(0),
    ...(status === 'RUNNING' ? {} : { CompletedOn: at(100) }),
    Graph: { Nodes: nodes, Edges: [] },
    ...extra
  }
}

/** A chain of job stages named after their jobs: bronze -> silver -> gold by default. */
export function chain(...names: string[]): ExpectedGraph {
  const list = names.length > 0 ? names : ['bronze', 'silver', 'gold']
  const stages = list.map((name, i): ExpectedStage => ({
    name,
    kind: 'job',
    target: name,
    after: i === 0 ? [] : [list[i - 1]],
    when: 'all',
    arguments: {},
    trigger: i === 0 ? 'start' : `run-${name}`
  }))
  return { stages, source: 'jobs-input' }
}
