/** Test helpers: Glue responses as the SDK hands them over (timestamps as Date), from JSON fixtures or built by hand. */
import fs from 'node:fs'
import path from 'node:path'
import type { WorkflowRun } from '@aws-sdk/client-glue'

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'glue')
const TIMESTAMP_KEYS = new Set(['StartedOn', 'CompletedOn', 'LastModifiedOn', 'CreatedOn'])

/** Epoch-second numbers become Dates, as the SDK's JSON 1.1 deserializer does. */
export function withDates<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withDates(v)) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      TIMESTAMP_KEYS.has(k) && typeof v === 'number' ? new Date(v * 1000) : withDates(v as unknown)
    ])
  ) as T
}

/** The `Run` of a GetWorkflowRun fixture. */
export function loadRunFixture(name: string): WorkflowRun {
  const body = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as { Run: WorkflowRun }
  return withDates(body.Run)
}

/** The `Workflow` of a GetWorkflow fixture. */
export function loadWorkflowFixture(name: string): { Graph?: WorkflowRun['Graph'] } {
  const body = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as {
    Workflow: { Graph?: WorkflowRun['Graph'] }
  }
  return withDates(body.Workflow)
}
