/** The triggers of a Glue workflow graph (run snapshot or static), as plain data. Pure. */
import type { WorkflowGraph } from '@aws-sdk/client-glue'
import type { StageKind } from '../pipeline/spec.js'

/** A job or a crawler, the thing a trigger starts or watches. */
export interface GraphTarget {
  kind: StageKind
  target: string
}

export interface GraphAction extends GraphTarget {
  arguments: Record<string, string>
  timeoutMinutes?: number
}

export interface GraphCondition extends GraphTarget {
  /** The state the trigger waits for (State for jobs, CrawlState for crawlers); '' when absent. */
  state: string
}

export interface GraphTrigger {
  name: string
  /** ON_DEMAND | SCHEDULED | CONDITIONAL | EVENT ('' when absent). */
  type: string
  /** The trigger's State as the graph shows it (CREATED, ACTIVATING, ...; '' when absent). */
  state: string
  /** True for a CONDITIONAL trigger (or any trigger with a predicate). */
  conditional: boolean
  /** AND | ANY ('' when absent). */
  logic: string
  conditions: GraphCondition[]
  actions: GraphAction[]
}

/** `job:name` or `crawler:name`: a job and a crawler may share a name. */
export function targetKey(t: GraphTarget): string {
  return `${t.kind}:${t.target}`
}

/** The trigger nodes of a graph, in node order. */
export function readTriggers(graph: WorkflowGraph | undefined): GraphTrigger[] {
  const triggers: GraphTrigger[] = []
  for (const node of graph?.Nodes ?? []) {
    const trigger = node.TriggerDetails?.Trigger
    if (node.Type !== 'TRIGGER' || !trigger) continue
    const predicate = trigger.Predicate
    const conditions = (predicate?.Conditions ?? []).flatMap((c): GraphCondition[] => {
      if (c.JobName) return [{ kind: 'job', target: c.JobName, state: c.State ?? '' }]
      if (c.CrawlerName) return [{ kind: 'crawler', target: c.CrawlerName, state: c.CrawlState ?? '' }]
      return []
    })
    const actions = (trigger.Actions ?? []).flatMap((a): GraphAction[] => {
      const extra = a.Timeout !== undefined ? { timeoutMinutes: a.Timeout } : {}
      if (a.JobName) return [{ kind: 'job', target: a.JobName, arguments: { ...(a.Arguments ?? {}) }, ...extra }]
      if (a.CrawlerName) return [{ kind: 'crawler', target: a.CrawlerName, arguments: {} }]
      return []
    })
    const type = trigger.Type ?? ''
    triggers.push({
      name: trigger.Name ?? node.Name ?? '',
      type,
      state: trigger.State ?? '',
      conditional: type === 'CONDITIONAL' || conditions.length > 0,
      logic: predicate?.Logical ?? '',
      conditions,
      actions
    })
  }
  return triggers
}
