/** Test helper: builds GetWorkflowRun responses (with graph) from a compact description. */
import type { Node, WorkflowRun } from '@aws-sdk/client-glue'

export type TargetSpec = string | { crawler: string; state?: string } | { job: string; state?: string }

export interface TriggerSpec {
  name: string
  /** Default: CONDITIONAL when it waits for something, else ON_DEMAND. */
  type?: string
  logic?: 'AND' | 'ANY'
  waitsFor?: TargetSpec[]
  starts: TargetSpec[]
  /** Default: ACTIVATED when it waits for something, else CREATED. */
  state?: string
}

export interface AttemptSpec {
  state: string
  /** Seconds after the run start. */
  start: number
  end?: number
  trigger?: string
  error?: string
}

export interface RunsSpec {
  /** Job name, or crawler name when `crawler` is true. */
  target: string
  crawler?: boolean
  attempts: AttemptSpec[]
}

export interface RunSpec {
  workflow?: string
  runId?: string
  status?: string
  errorMessage?: string
  /** Epoch seconds of the run start (default 2026-01-01T00:00:00Z). */
  startedAt?: number
  /** Seconds after the start; default: the latest attempt end. */
  completedAfter?: number
  triggers: TriggerSpec[]
  runs?: RunsSpec[]
}

export const T0 = 1767225600

function target(t: TargetSpec): { kind: 'job' | 'crawler'; name: string; state?: string } {
  if (typeof t === 'string') return { kind: 'job', name: t }
  if ('crawler' in t) return { kind: 'crawler', name: t.crawler, state: t.state }
  return { kind: 'job', name: t.job, state: t.state }
}

const at = (base: number, seconds: number | undefined): Date | undefined =>
  seconds === undefined ? undefined : new Date((base + seconds) * 1000)

export function buildRun(spec: RunSpec): WorkflowRun {
  const workflow = spec.workflow ?? 'wf'
  const base = spec.startedAt ?? T0
  const nodes: Node[] = []
  const edges: { SourceId: string; DestinationId: string }[] = []
  const targetNodes = new Map<string, Node>()
  const nodeFor = (kind: 'job' | 'crawler', name: string): Node => {
    const key = `${kind}:${name}`
    let node = targetNodes.get(key)
    if (!node) {
      node =
        kind === 'job'
          ? { Type: 'JOB', Name: name, UniqueId: `wnode_${key}`, JobDetails: {} }
          : { Type: 'CRAWLER', Name: name, UniqueId: `wnode_${key}`, CrawlerDetails: {} }
      targetNodes.set(key, node)
      nodes.push(node)
    }
    return node
  }
  for (const t of spec.triggers) {
    const waits = (t.waitsFor ?? []).map(target)
    const starts = t.starts.map(target)
    const id = `wnode_trigger:${t.name}`
    nodes.push({
      Type: 'TRIGGER',
      Name: t.name,
      UniqueId: id,
      TriggerDetails: {
        Trigger: {
          Name: t.name,
          WorkflowName: workflow,
          Type: (t.type ?? (waits.length > 0 ? 'CONDITIONAL' : 'ON_DEMAND')) as never,
          State: (t.state ?? (waits.length > 0 ? 'ACTIVATED' : 'CREATED')) as never,
          Actions: starts.map((s) => (s.kind === 'job' ? { JobName: s.name } : { CrawlerName: s.name })),
          ...(waits.length > 0
            ? {
                Predicate: {
                  ...(t.logic || waits.length > 1 ? { Logical: t.logic ?? 'AND' } : {}),
                  Conditions: waits.map((w) =>
                    w.kind === 'job'
                      ? { LogicalOperator: 'EQUALS', JobName: w.name, State: (w.state ?? 'SUCCEEDED') as never }
                      : {
                          LogicalOperator: 'EQUALS',
                          CrawlerName: w.name,
                          CrawlState: (w.state ?? 'SUCCEEDED') as never
                        }
                  )
                }
              }
            : {})
        }
      }
    })
    for (const w of waits) edges.push({ SourceId: nodeFor(w.kind, w.name).UniqueId!, DestinationId: id })
    for (const s of starts) edges.push({ SourceId: id, DestinationId: nodeFor(s.kind, s.name).UniqueId! })
  }
  let latest = 0
  for (const r of spec.runs ?? []) {
    const node = nodeFor(r.crawler ? 'crawler' : 'job', r.target)
    for (const a of r.attempts) latest = Math.max(latest, a.end ?? a.start)
    if (r.crawler) {
      node.CrawlerDetails = {
        Crawls: r.attempts.map((a) => ({
          State: a.state as never,
          StartedOn: at(base, a.start),
          CompletedOn: at(base, a.end),
          ...(a.error ? { ErrorMessage: a.error } : {})
        }))
      }
    } else {
      const firstId = `jr_${r.target}`
      node.JobDetails = {
        JobRuns: r.attempts.map((a, i) => ({
          Id: i === 0 ? firstId : `${firstId}_attempt_${i}`,
          Attempt: i,
          ...(i > 0 ? { PreviousRunId: i === 1 ? firstId : `${firstId}_attempt_${i - 1}` } : {}),
          TriggerName: a.trigger,
          JobName: r.target,
          StartedOn: at(base, a.start),
          LastModifiedOn: at(base, a.end ?? a.start),
          CompletedOn: at(base, a.end),
          JobRunState: a.state as never,
          PredecessorRuns: [],
          ...(a.error ? { ErrorMessage: a.error } : {})
        }))
      }
    }
  }
  const status = spec.status ?? 'COMPLETED'
  return {
    Name: workflow,
    WorkflowRunId: spec.runId ?? 'wr_test',
    StartedOn: new Date(base * 1000),
    ...(status === 'RUNNING' ? {} : { CompletedOn: at(base, spec.completedAfter ?? latest + 1) }),
    Status: status as never,
    ...(spec.errorMessage ? { ErrorMessage: spec.errorMessage } : {}),
    Graph: { Nodes: nodes, Edges: edges }
  }
}
