import type { TriggerRecord } from '../state/types.js'
import { nodeUniqueId } from '../util/ids.js'

export type NodeType = 'TRIGGER' | 'JOB' | 'CRAWLER'

export interface GraphNodeRef {
  Type: NodeType
  Name: string
  UniqueId: string
}

export interface GraphEdgeRef {
  SourceId: string
  DestinationId: string
}

export interface TriggerGraph {
  nodes: GraphNodeRef[]
  edges: GraphEdgeRef[]
}

function nodeKey(type: NodeType, name: string): string {
  return `${type}:${name}`
}

/** The job/crawler nodes a trigger's actions start. */
export function actionTargets(trigger: TriggerRecord): { type: NodeType; name: string }[] {
  return trigger.Actions.flatMap((action): { type: NodeType; name: string }[] => {
    if (action.JobName) return [{ type: 'JOB' as const, name: action.JobName }]
    if (action.CrawlerName) return [{ type: 'CRAWLER' as const, name: action.CrawlerName }]
    return []
  })
}

/** The job/crawler nodes a conditional trigger watches. */
export function watchedNodes(trigger: TriggerRecord): { type: NodeType; name: string }[] {
  return (trigger.Predicate?.Conditions ?? []).flatMap((condition): { type: NodeType; name: string }[] => {
    if (condition.JobName) return [{ type: 'JOB' as const, name: condition.JobName }]
    if (condition.CrawlerName) return [{ type: 'CRAWLER' as const, name: condition.CrawlerName }]
    return []
  })
}

/**
 * Builds a workflow graph from trigger definitions, with Glue's edge convention: start trigger → job,
 * watched job → conditional trigger → started job. Nodes come in breadth-first order from the start trigger(s).
 */
export function buildTriggerGraph(workflowName: string, triggers: TriggerRecord[]): TriggerGraph {
  const nodes = new Map<string, GraphNodeRef>()
  const addNode = (type: NodeType, name: string): GraphNodeRef => {
    const key = nodeKey(type, name)
    let node = nodes.get(key)
    if (!node) {
      node = { Type: type, Name: name, UniqueId: nodeUniqueId(workflowName, type, name) }
      nodes.set(key, node)
    }
    return node
  }
  const starts = triggers.filter((t) => t.Type !== 'CONDITIONAL')
  const conditionals = triggers.filter((t) => t.Type === 'CONDITIONAL')
  const ordered: TriggerRecord[] = []
  const queue = [...starts]
  const seen = new Set<string>()
  while (queue.length > 0 || ordered.length < triggers.length) {
    const trigger = queue.shift() ?? triggers.find((t) => !seen.has(t.Name))
    if (!trigger) break
    if (seen.has(trigger.Name)) continue
    seen.add(trigger.Name)
    ordered.push(trigger)
    const targets = new Set(actionTargets(trigger).map((t) => nodeKey(t.type, t.name)))
    for (const next of conditionals) {
      if (!seen.has(next.Name) && watchedNodes(next).some((w) => targets.has(nodeKey(w.type, w.name)))) queue.push(next)
    }
  }
  const edges: GraphEdgeRef[] = []
  for (const trigger of ordered) {
    for (const watched of watchedNodes(trigger)) addNode(watched.type, watched.name)
    const triggerNode = addNode('TRIGGER', trigger.Name)
    for (const watched of watchedNodes(trigger)) {
      edges.push({ SourceId: addNode(watched.type, watched.name).UniqueId, DestinationId: triggerNode.UniqueId })
    }
    for (const target of actionTargets(trigger)) {
      edges.push({ SourceId: triggerNode.UniqueId, DestinationId: addNode(target.type, target.name).UniqueId })
    }
  }
  return { nodes: [...nodes.values()], edges: dedupeEdges(edges) }
}

function dedupeEdges(edges: GraphEdgeRef[]): GraphEdgeRef[] {
  const seen = new Set<string>()
  return edges.filter((edge) => {
    const key = `${edge.SourceId}>${edge.DestinationId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Job/crawler nodes downstream of the given ones (through conditional triggers), excluding the starting nodes. */
export function downstreamOf(
  triggers: TriggerRecord[],
  start: { type: NodeType; name: string }[]
): { nodes: Set<string>; triggers: Set<string> } {
  const reachedNodes = new Set<string>()
  const reachedTriggers = new Set<string>()
  const queue = start.map((s) => nodeKey(s.type, s.name))
  const startKeys = new Set(queue)
  while (queue.length > 0) {
    const current = queue.shift()!
    for (const trigger of triggers) {
      if (trigger.Type !== 'CONDITIONAL' || reachedTriggers.has(trigger.Name)) continue
      if (!watchedNodes(trigger).some((w) => nodeKey(w.type, w.name) === current)) continue
      reachedTriggers.add(trigger.Name)
      for (const target of actionTargets(trigger)) {
        const key = nodeKey(target.type, target.name)
        if (!reachedNodes.has(key)) {
          reachedNodes.add(key)
          queue.push(key)
        }
      }
    }
  }
  for (const key of startKeys) if (!isReachedFromOthers(triggers, key, startKeys)) reachedNodes.delete(key)
  return { nodes: reachedNodes, triggers: reachedTriggers }
}

function isReachedFromOthers(triggers: TriggerRecord[], key: string, startKeys: Set<string>): boolean {
  const others = [...startKeys].filter((k) => k !== key)
  if (others.length === 0) return false
  const seen = new Set<string>(others)
  const queue = [...others]
  while (queue.length > 0) {
    const current = queue.shift()!
    for (const trigger of triggers) {
      if (trigger.Type !== 'CONDITIONAL') continue
      if (!watchedNodes(trigger).some((w) => nodeKey(w.type, w.name) === current)) continue
      for (const target of actionTargets(trigger)) {
        const targetKey = nodeKey(target.type, target.name)
        if (targetKey === key) return true
        if (!seen.has(targetKey)) {
          seen.add(targetKey)
          queue.push(targetKey)
        }
      }
    }
  }
  return false
}

export { nodeKey }
