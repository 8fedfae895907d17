import type { TriggerRecord } from '../state/types.js'
import { watchedNodes, type NodeType } from './trigger-graph.js'

/** Latest terminal state of a job/crawler within one workflow run (undefined while running or never run). */
export type LatestStateLookup = (type: NodeType, name: string) => string | undefined

/** True when a conditional trigger's predicate holds: `AND` (default) needs every condition, `ANY` needs one. */
export function predicateHolds(trigger: TriggerRecord, latestState: LatestStateLookup): boolean {
  const conditions = trigger.Predicate?.Conditions ?? []
  if (conditions.length === 0) return false
  const results = conditions.map((condition) => {
    if (condition.JobName) return latestState('JOB', condition.JobName) === condition.State
    if (condition.CrawlerName) return latestState('CRAWLER', condition.CrawlerName) === condition.CrawlState
    return false
  })
  return trigger.Predicate?.Logical === 'ANY' ? results.some(Boolean) : results.every(Boolean)
}

/** True when the trigger has a condition on the given job/crawler. */
export function watches(trigger: TriggerRecord, type: NodeType, name: string): boolean {
  return watchedNodes(trigger).some((node) => node.type === type && node.name === name)
}
