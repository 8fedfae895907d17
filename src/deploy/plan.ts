/** The Glue resources a WorkflowSpec calls for: the workflow and its triggers. Pure. */
import type { Action, Condition, EventBatchingCondition, Predicate, TriggerType } from '@aws-sdk/client-glue'
import { rootStages, topologicalOrder } from '../pipeline/graph.js'
import type { Stage, WorkflowSpec } from '../pipeline/spec.js'
import { startTriggerName, stageTriggerName } from '../pipeline/triggerNames.js'
import { DESCRIPTION_MAX } from '../aws/requestLimits.js'
import { oneLine } from '../text.js'

export interface DesiredWorkflow {
  name: string
  description: string
  defaultRunProperties: Record<string, string>
  maxConcurrentRuns?: number
}

export interface DesiredTrigger {
  name: string
  type: TriggerType
  /** The stage a conditional trigger starts; absent for the start trigger. */
  stage?: string
  description: string
  schedule?: string
  predicate?: Predicate
  actions: Action[]
  eventBatchingCondition?: EventBatchingCondition
  /** SCHEDULED and CONDITIONAL triggers must be ACTIVATED to fire; ON_DEMAND and EVENT triggers never are. */
  activated: boolean
}

export interface DesiredState {
  workflow: DesiredWorkflow
  /** Start trigger first, then stage triggers in dependency order. */
  triggers: DesiredTrigger[]
}

const MANAGED = '(managed by glue-workflow-action)'

export function planResources(spec: WorkflowSpec): DesiredState {
  const stages = spec.pipeline.stages
  const byName = new Map(stages.map((s) => [s.name, s]))
  const sorted = topologicalOrder(stages)
  const ordered = 'order' in sorted ? sorted.order : stages
  return {
    workflow: {
      name: spec.workflowName,
      description: spec.description,
      defaultRunProperties: spec.defaultRunProperties,
      ...(spec.maxConcurrentRuns === undefined ? {} : { maxConcurrentRuns: spec.maxConcurrentRuns })
    },
    triggers: [
      planStartTrigger(spec),
      ...ordered.filter((s) => s.after.length > 0).map((s) => planStageTrigger(spec.workflowName, s, byName))
    ]
  }
}

function planStartTrigger(spec: WorkflowSpec): DesiredTrigger {
  const roots = rootStages(spec.pipeline)
  const base = {
    name: startTriggerName(spec.workflowName),
    description: triggerDescription(`Starts ${roots.map((s) => s.name).join(', ')}`),
    actions: roots.map(actionOf)
  }
  const startOn = spec.startOn
  if (startOn.type === 'schedule') return { ...base, type: 'SCHEDULED', schedule: startOn.cron, activated: true }
  if (startOn.type === 'event') {
    const eventBatchingCondition: EventBatchingCondition = { BatchSize: startOn.batchSize }
    if (startOn.batchWindowSeconds !== undefined) eventBatchingCondition.BatchWindow = startOn.batchWindowSeconds
    return { ...base, type: 'EVENT', eventBatchingCondition, activated: false }
  }
  return { ...base, type: 'ON_DEMAND', activated: false }
}

function planStageTrigger(workflowName: string, stage: Stage, byName: Map<string, Stage>): DesiredTrigger {
  const conditions: Condition[] = stage.after.map((name) => {
    const upstream = byName.get(name)!
    return upstream.kind === 'job'
      ? { LogicalOperator: 'EQUALS', JobName: upstream.target, State: 'SUCCEEDED' }
      : { LogicalOperator: 'EQUALS', CrawlerName: upstream.target, CrawlState: 'SUCCEEDED' }
  })
  const logic = stage.when === 'any' ? 'any' : 'all'
  return {
    name: stageTriggerName(workflowName, stage.name),
    type: 'CONDITIONAL',
    stage: stage.name,
    description: triggerDescription(`Starts ${stage.name} when ${logic} of ${stage.after.join(', ')} succeeded`),
    predicate: { Logical: stage.when === 'any' ? 'ANY' : 'AND', Conditions: conditions },
    actions: [actionOf(stage)],
    activated: true
  }
}

/**
 * A trigger's description, within Glue's 2,048 characters: a wide fan-in of long stage names is cut (`…`) before the
 * ownership note, which always ends it. The same stages always give the same text, so a redeploy writes nothing.
 */
function triggerDescription(what: string): string {
  return `${oneLine(what, DESCRIPTION_MAX - MANAGED.length - 1)} ${MANAGED}`
}

function actionOf(stage: Stage): Action {
  if (stage.kind === 'crawler') return { CrawlerName: stage.target }
  const action: Action = { JobName: stage.target }
  if (Object.keys(stage.arguments).length > 0) action.Arguments = stage.arguments
  if (stage.timeoutMinutes !== undefined) action.Timeout = stage.timeoutMinutes
  return action
}
