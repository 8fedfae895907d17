import { LISTENABLE_CRAWL_STATES, LISTENABLE_JOB_STATES } from '../engine/run-states.js'
import { entityNotFound, invalidInput } from '../protocol/glue-error.js'
import type { ActionRecord, GlueState, PredicateRecord, TriggerType } from '../state/types.js'
import { cronProblem } from './cron.js'

/** The parts of a trigger that CreateTrigger sets and UpdateTrigger replaces. */
export interface TriggerDefinition {
  Type: TriggerType
  Schedule?: string
  Predicate?: PredicateRecord
  Actions?: ActionRecord[]
  EventBatchingCondition?: { BatchSize: number; BatchWindow?: number }
}

export const START_TRIGGER_TYPES: readonly TriggerType[] = ['ON_DEMAND', 'SCHEDULED', 'EVENT']

function validateActions(state: GlueState, actions: ActionRecord[] | undefined): void {
  if (!actions || actions.length === 0) throw invalidInput('Actions cannot be null or empty')
  actions.forEach((action, index) => {
    if (Boolean(action.JobName) === Boolean(action.CrawlerName)) {
      throw invalidInput(`Actions[${index}] must name exactly one of JobName or CrawlerName`)
    }
    if (action.JobName && !state.jobs[action.JobName]) throw entityNotFound(`Job ${action.JobName} not found`)
    if (action.CrawlerName && !state.crawlers[action.CrawlerName]) {
      throw entityNotFound(`Crawler ${action.CrawlerName} not found`)
    }
  })
}

function validatePredicate(state: GlueState, predicate: PredicateRecord | undefined, actions: ActionRecord[]): void {
  const conditions = predicate?.Conditions ?? []
  if (conditions.length === 0) throw invalidInput('Predicate cannot be null or empty for a CONDITIONAL trigger')
  for (const condition of conditions) {
    if (!condition.LogicalOperator) throw invalidInput('Logical operator cannot be null or empty')
    if (Boolean(condition.JobName) === Boolean(condition.CrawlerName)) {
      throw invalidInput('A condition must name exactly one of JobName or CrawlerName')
    }
    if (condition.CrawlerName) {
      if (!condition.CrawlState || !LISTENABLE_CRAWL_STATES.includes(condition.CrawlState)) {
        throw invalidInput(
          `State cannot be null or empty, choose from one of the following crawler state: [${LISTENABLE_CRAWL_STATES.join(', ')}]`
        )
      }
      if (!state.crawlers[condition.CrawlerName]) throw entityNotFound(`Crawler ${condition.CrawlerName} not found`)
    } else {
      if (!condition.State || !LISTENABLE_JOB_STATES.includes(condition.State)) {
        throw invalidInput(
          `State cannot be null or empty, choose from one of the following job state: [${LISTENABLE_JOB_STATES.join(', ')}]`
        )
      }
      if (!state.jobs[condition.JobName!]) throw entityNotFound(`Job ${condition.JobName} not found`)
    }
  }
  if (conditions.length > 1 && !predicate?.Logical) {
    throw invalidInput('Logical cannot be null or empty when a predicate has more than one condition')
  }
  const watchedJobs = new Set(conditions.map((c) => c.JobName).filter(Boolean))
  if (actions.some((action) => action.JobName && watchedJobs.has(action.JobName))) {
    throw invalidInput('Job cannot be a Predicate and Action for Conditional Trigger.')
  }
}

/** Glue's semantic rules for a trigger definition (shape constraints are checked by the model validator before). */
export function validateTriggerDefinition(state: GlueState, definition: TriggerDefinition): void {
  const { Type: type } = definition
  if (type === 'SCHEDULED') {
    if (!definition.Schedule) throw invalidInput('Schedule cannot be null or empty for a SCHEDULED trigger')
    const problem = cronProblem(definition.Schedule)
    if (problem) throw invalidInput(`Invalid schedule expression ${definition.Schedule}: ${problem}`)
  } else if (definition.Schedule !== undefined) {
    throw invalidInput(`Schedule is only supported for SCHEDULED triggers, not ${type}`)
  }
  if (type !== 'CONDITIONAL' && definition.Predicate !== undefined) {
    throw invalidInput(`Predicate is only supported for CONDITIONAL triggers, not ${type}`)
  }
  if (type !== 'EVENT' && definition.EventBatchingCondition !== undefined) {
    throw invalidInput(`EventBatchingCondition is only supported for EVENT triggers, not ${type}`)
  }
  validateActions(state, definition.Actions)
  if (type === 'CONDITIONAL') validatePredicate(state, definition.Predicate, definition.Actions ?? [])
}

/** A workflow has at most one start trigger (ON_DEMAND, SCHEDULED or EVENT). */
export function validateSingleStartTrigger(state: GlueState, workflowName: string, type: TriggerType): void {
  if (!START_TRIGGER_TYPES.includes(type)) return
  const existing = Object.values(state.triggers).find(
    (trigger) => trigger.WorkflowName === workflowName && START_TRIGGER_TYPES.includes(trigger.Type)
  )
  if (existing) {
    throw invalidInput(
      `Workflow ${workflowName} already has a starting trigger (${existing.Name}); a workflow can only have one starting trigger`
    )
  }
}
