/** What verify and start expect a run to contain: from the `jobs` input, or from the run's own graph. Pure. */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { startTriggerName, stageTriggerName } from '../pipeline/triggerNames.js'
import { topologicalOrder } from '../pipeline/graph.js'
import type { PipelineSpec } from '../pipeline/spec.js'
import { readTriggers, targetKey, type GraphTrigger } from './graphTriggers.js'
import type { ExpectedGraph, ExpectedStage } from './types.js'

/** The expected graph of a pipeline deployed by this action (trigger names from src/pipeline/triggerNames.ts). */
export function expectedFromPipeline(workflowName: string, pipeline: PipelineSpec): ExpectedGraph {
  const start = startTriggerName(workflowName)
  const stages = pipeline.stages.map((stage): ExpectedStage => ({
    ...stage,
    after: [...stage.after],
    arguments: { ...stage.arguments },
    trigger: stage.after.length === 0 ? start : stageTriggerName(workflowName, stage.name)
  }))
  return { stages: inDependencyOrder(stages), source: 'jobs-input', startTrigger: start }
}

/**
 * The expected graph read from a run's graph: the start trigger's actions are the root stages; each conditional
 * trigger's actions are stages that wait for the jobs/crawlers of its predicate (Logical AND = all, ANY = any; one
 * condition = all). Stage names are the job/crawler names (a crawler that shares its name with a job gets a
 * `crawler:` prefix). A job started by several triggers keeps the first one (the structure check reports the others).
 */
export function expectedFromRunGraph(run: WorkflowRun): ExpectedGraph {
  const triggers = readTriggers(run.Graph)
  const names = stageNames(triggers)
  const stages = new Map<string, ExpectedStage>()
  const ordered = [...triggers.filter((t) => !t.conditional), ...triggers.filter((t) => t.conditional)]
  for (const trigger of ordered) {
    const after = trigger.conditional ? trigger.conditions.map((c) => names.get(targetKey(c)) ?? c.target) : []
    for (const action of trigger.actions) {
      const key = targetKey(action)
      if (stages.has(key)) continue
      stages.set(key, {
        name: names.get(key) ?? action.target,
        kind: action.kind,
        target: action.target,
        after: [...new Set(after)],
        when: trigger.logic === 'ANY' && after.length > 1 ? 'any' : 'all',
        arguments: { ...action.arguments },
        ...(action.timeoutMinutes !== undefined ? { timeoutMinutes: action.timeoutMinutes } : {}),
        trigger: trigger.name
      })
    }
  }
  const start = triggers.find((t) => !t.conditional)
  return {
    stages: inDependencyOrder([...stages.values()]),
    source: 'run-graph',
    ...(start ? { startTrigger: start.name } : {})
  }
}

/** Stage name per job/crawler: its own name, unless a job and a crawler share it. */
function stageNames(triggers: GraphTrigger[]): Map<string, string> {
  const targets = triggers.flatMap((t) => [...t.actions, ...t.conditions])
  const jobNames = new Set(targets.filter((t) => t.kind === 'job').map((t) => t.target))
  return new Map(
    targets.map((t) => [
      targetKey(t),
      t.kind === 'crawler' && jobNames.has(t.target) ? `crawler:${t.target}` : t.target
    ])
  )
}

/** Dependency order, keeping the given order among equals; the given order when the graph has a cycle. */
function inDependencyOrder(stages: ExpectedStage[]): ExpectedStage[] {
  const sorted = topologicalOrder(stages)
  return 'order' in sorted ? (sorted.order as ExpectedStage[]) : stages
}
