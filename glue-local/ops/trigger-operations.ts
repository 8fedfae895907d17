import { assertTriggerWritable, notAllowedInState } from '../engine/trigger-states.js'
import { alreadyExists, entityNotFound, invalidInput } from '../protocol/glue-error.js'
import { renderTrigger } from '../render/render-resources.js'
import type { ActionRecord, PredicateRecord, StringMap, TriggerRecord, TriggerType } from '../state/types.js'
import { clone, compact } from '../util/objects.js'
import type { OperationContext } from './operation-context.js'
import { paginate } from './pagination.js'
import { resourceKey, validateTagsToAdd } from './tag-rules.js'
import { validateSingleStartTrigger, validateTriggerDefinition } from './trigger-rules.js'
import { requireWorkflow } from './workflow-operations.js'

interface CreateTriggerInput {
  Name: string
  WorkflowName?: string
  Type: TriggerType
  Schedule?: string
  Predicate?: PredicateRecord
  Actions: ActionRecord[]
  Description?: string
  StartOnCreation?: boolean
  Tags?: StringMap
  EventBatchingCondition?: { BatchSize: number; BatchWindow?: number }
}

interface TriggerUpdateInput {
  Name?: string
  Description?: string
  Schedule?: string
  Actions?: ActionRecord[]
  Predicate?: PredicateRecord
  EventBatchingCondition?: { BatchSize: number; BatchWindow?: number }
}

export function requireTrigger(ctx: OperationContext, name: string): TriggerRecord {
  const trigger = ctx.store.state.triggers[name]
  if (!trigger) throw entityNotFound(`Trigger ${name} not found`)
  return trigger
}

/**
 * CreateTrigger: CREATING → CREATED, or CREATING → ACTIVATING → ACTIVATED with StartOnCreation. A name is taken from
 * CREATING until the end of DELETING.
 */
export function createTrigger(ctx: OperationContext, input: CreateTriggerInput) {
  const { state } = ctx.store
  if (state.triggers[input.Name]) throw alreadyExists(`Trigger ${input.Name} already exists`)
  if (input.WorkflowName) requireWorkflow(ctx, input.WorkflowName)
  if (input.StartOnCreation && input.Type === 'ON_DEMAND') {
    throw invalidInput('StartOnCreation is not supported for ON_DEMAND triggers')
  }
  if (input.StartOnCreation && input.Type === 'EVENT') throw invalidInput('Trigger Type EVENT cannot be started')
  validateTriggerDefinition(state, input)
  if (input.WorkflowName) validateSingleStartTrigger(state, input.WorkflowName, input.Type)
  if (input.Tags) validateTagsToAdd(input.Tags)
  const trigger: TriggerRecord = compact({
    Name: input.Name,
    WorkflowName: input.WorkflowName,
    Type: input.Type,
    State: 'CREATING',
    Description: input.Description,
    Schedule: input.Schedule,
    Actions: clone(input.Actions),
    Predicate: input.Predicate ? clone(input.Predicate) : undefined,
    EventBatchingCondition: input.EventBatchingCondition ? clone(input.EventBatchingCondition) : undefined
  })
  ctx.lifecycle.create(trigger, input.StartOnCreation === true)
  if (input.Tags && Object.keys(input.Tags).length > 0)
    state.tags[resourceKey('trigger', input.Name)] = clone(input.Tags)
  return { Name: input.Name }
}

/**
 * UpdateTrigger replaces the whole definition (Description, Schedule, Actions, Predicate, EventBatchingCondition) and
 * validates it against the trigger's existing Type; Type, WorkflowName and State cannot be changed here. The trigger
 * is UPDATING for a while, then back in the state it had; the response already shows UPDATING.
 */
export function updateTrigger(ctx: OperationContext, input: { Name: string; TriggerUpdate: TriggerUpdateInput }) {
  const trigger = requireTrigger(ctx, input.Name)
  assertTriggerWritable(trigger)
  const update = input.TriggerUpdate
  if (update.Name !== undefined && update.Name !== input.Name) {
    throw invalidInput('TriggerUpdate.Name is reserved; a trigger cannot be renamed')
  }
  validateTriggerDefinition(ctx.store.state, { ...update, Type: trigger.Type })
  const updated: TriggerRecord = compact({
    Name: trigger.Name,
    WorkflowName: trigger.WorkflowName,
    Type: trigger.Type,
    State: trigger.State,
    Description: update.Description,
    Schedule: update.Schedule,
    Actions: clone(update.Actions ?? []),
    Predicate: update.Predicate ? clone(update.Predicate) : undefined,
    EventBatchingCondition: update.EventBatchingCondition ? clone(update.EventBatchingCondition) : undefined
  })
  ctx.lifecycle.update(trigger, updated)
  return { Trigger: renderTrigger(updated) }
}

export function getTrigger(ctx: OperationContext, input: { Name: string }) {
  return { Trigger: renderTrigger(requireTrigger(ctx, input.Name)) }
}

/**
 * DeleteTrigger: DELETING, then gone (its tags with it). Deleting an unknown trigger succeeds (the model says no
 * exception is raised); a trigger in a transient state (DELETING included) is refused.
 */
export function deleteTrigger(ctx: OperationContext, input: { Name: string }) {
  const trigger = ctx.store.state.triggers[input.Name]
  if (trigger) {
    assertTriggerWritable(trigger)
    ctx.lifecycle.delete(trigger)
  }
  return { Name: input.Name }
}

/**
 * StartTrigger: ON_DEMAND fires now (a workflow's start trigger starts a workflow run) and stays CREATED;
 * SCHEDULED/CONDITIONAL go ACTIVATING → ACTIVATED (already ACTIVATED: no change); EVENT is rejected.
 */
export function startTrigger(ctx: OperationContext, input: { Name: string }) {
  const trigger = requireTrigger(ctx, input.Name)
  assertTriggerWritable(trigger)
  if (trigger.Type === 'EVENT') throw invalidInput('Trigger Type EVENT cannot be started')
  if (trigger.Type === 'ON_DEMAND') ctx.engine.fireOnDemandTrigger(trigger)
  else if (trigger.State !== 'ACTIVATED') ctx.lifecycle.activate(trigger)
  return { Name: input.Name }
}

/** StopTrigger: ACTIVATED → DEACTIVATING → DEACTIVATED (already DEACTIVATED: no change); CREATED is rejected. */
export function stopTrigger(ctx: OperationContext, input: { Name: string }) {
  const trigger = requireTrigger(ctx, input.Name)
  assertTriggerWritable(trigger)
  if (trigger.State === 'CREATED') throw notAllowedInState(trigger.State)
  if (trigger.State !== 'DEACTIVATED') ctx.lifecycle.deactivate(trigger)
  return { Name: input.Name }
}

/**
 * Triggers filtered by DependentJobName as the model documents it: the triggers that can start that job, or all
 * triggers when none can.
 */
function triggersFor(ctx: OperationContext, dependentJobName: string | undefined): TriggerRecord[] {
  const all = Object.values(ctx.store.state.triggers).sort((a, b) => a.Name.localeCompare(b.Name))
  if (dependentJobName === undefined) return all
  if (!ctx.store.state.jobs[dependentJobName]) throw entityNotFound(`Job ${dependentJobName} not found`)
  const starting = all.filter((t) => t.Actions.some((a) => a.JobName === dependentJobName))
  return starting.length > 0 ? starting : all
}

export function getTriggers(
  ctx: OperationContext,
  input: { NextToken?: string; DependentJobName?: string; MaxResults?: number }
) {
  const page = paginate(triggersFor(ctx, input.DependentJobName), input.NextToken, input.MaxResults, 100)
  return { Triggers: page.items.map(renderTrigger), NextToken: page.NextToken }
}

export function listTriggers(
  ctx: OperationContext,
  input: { NextToken?: string; DependentJobName?: string; MaxResults?: number; Tags?: StringMap }
) {
  const tagFilter = Object.entries(input.Tags ?? {})
  const matching = triggersFor(ctx, input.DependentJobName).filter((trigger) => {
    const tags = ctx.store.state.tags[resourceKey('trigger', trigger.Name)] ?? {}
    return tagFilter.every(([key, value]) => tags[key] === value)
  })
  const page = paginate(
    matching.map((t) => t.Name),
    input.NextToken,
    input.MaxResults,
    100
  )
  return { TriggerNames: page.items, NextToken: page.NextToken }
}

export function batchGetTriggers(ctx: OperationContext, input: { TriggerNames: string[] }) {
  const names = [...new Set(input.TriggerNames)]
  const { triggers } = ctx.store.state
  return {
    Triggers: names.filter((name) => triggers[name]).map((name) => renderTrigger(triggers[name])),
    TriggersNotFound: names.filter((name) => !triggers[name])
  }
}
