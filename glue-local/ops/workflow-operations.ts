import { alreadyExists, entityNotFound, invalidInput } from '../protocol/glue-error.js'
import { renderWorkflow } from '../render/render-workflow.js'
import type { StringMap, WorkflowRecord } from '../state/types.js'
import { clone } from '../util/objects.js'
import type { OperationContext } from './operation-context.js'
import { paginate } from './pagination.js'
import { resourceKey, validateTagsToAdd } from './tag-rules.js'

interface WorkflowInput {
  Name: string
  Description?: string
  DefaultRunProperties?: StringMap
  MaxConcurrentRuns?: number
  Tags?: StringMap
}

function checkMaxConcurrentRuns(value: number | undefined): void {
  if (value !== undefined && value < 1) throw invalidInput(`MaxConcurrentRuns must be at least 1, got ${value}`)
}

export function requireWorkflow(ctx: OperationContext, name: string): WorkflowRecord {
  const workflow = ctx.store.state.workflows[name]
  if (!workflow) throw entityNotFound(`Workflow ${name} not found`)
  return workflow
}

export function createWorkflow(ctx: OperationContext, input: WorkflowInput) {
  const { state } = ctx.store
  if (state.workflows[input.Name]) throw alreadyExists(`Workflow ${input.Name} already exists`)
  checkMaxConcurrentRuns(input.MaxConcurrentRuns)
  if (input.Tags) validateTagsToAdd(input.Tags)
  const now = ctx.clock.now()
  state.workflows[input.Name] = {
    Name: input.Name,
    Description: input.Description,
    DefaultRunProperties: input.DefaultRunProperties ? clone(input.DefaultRunProperties) : undefined,
    MaxConcurrentRuns: input.MaxConcurrentRuns,
    CreatedOn: now,
    LastModifiedOn: now
  }
  if (input.Tags && Object.keys(input.Tags).length > 0)
    state.tags[resourceKey('workflow', input.Name)] = clone(input.Tags)
  return { Name: input.Name }
}

/** UpdateWorkflow: the members sent replace the stored ones; members left out keep their value. */
export function updateWorkflow(ctx: OperationContext, input: WorkflowInput) {
  const workflow = requireWorkflow(ctx, input.Name)
  checkMaxConcurrentRuns(input.MaxConcurrentRuns)
  if (input.Description !== undefined) workflow.Description = input.Description
  if (input.DefaultRunProperties !== undefined) workflow.DefaultRunProperties = clone(input.DefaultRunProperties)
  if (input.MaxConcurrentRuns !== undefined) workflow.MaxConcurrentRuns = input.MaxConcurrentRuns
  workflow.LastModifiedOn = ctx.clock.now()
  return { Name: input.Name }
}

export function getWorkflow(ctx: OperationContext, input: { Name: string; IncludeGraph?: boolean }) {
  const workflow = requireWorkflow(ctx, input.Name)
  const graph = input.IncludeGraph === true ? ctx.graphLag.graphTriggers(workflow.Name) : undefined
  return { Workflow: renderWorkflow(ctx.store.state, ctx.engine, workflow, graph) }
}

/**
 * DeleteWorkflow cascades like the Glue console: the workflow's triggers go DELETING (then are gone, with their tags),
 * whatever state they are in; its run history is deleted, unfinished job runs are stopped; jobs and crawlers are kept.
 * An unknown name succeeds.
 */
export function deleteWorkflow(ctx: OperationContext, input: { Name: string }) {
  const { state } = ctx.store
  if (!state.workflows[input.Name]) return { Name: input.Name }
  for (const trigger of Object.values(state.triggers)) {
    if (trigger.WorkflowName === input.Name && trigger.State !== 'DELETING') ctx.lifecycle.delete(trigger)
  }
  ctx.engine.dropWorkflowRuns(input.Name)
  delete state.workflows[input.Name]
  delete state.tags[resourceKey('workflow', input.Name)]
  return { Name: input.Name }
}

/** ListWorkflows pages at most 25 names (the model's WorkflowNames list allows 1–25 items). */
export function listWorkflows(ctx: OperationContext, input: { NextToken?: string; MaxResults?: number }) {
  const names = Object.keys(ctx.store.state.workflows).sort()
  const page = paginate(names, input.NextToken, input.MaxResults, 25, 25)
  return { Workflows: page.items.length > 0 ? page.items : undefined, NextToken: page.NextToken }
}

export function batchGetWorkflows(ctx: OperationContext, input: { Names: string[]; IncludeGraph?: boolean }) {
  const { state } = ctx.store
  const names = [...new Set(input.Names)]
  const found = names.filter((name) => state.workflows[name])
  const missing = names.filter((name) => !state.workflows[name])
  const workflows = found.map((name) =>
    renderWorkflow(
      state,
      ctx.engine,
      state.workflows[name],
      input.IncludeGraph === true ? ctx.graphLag.graphTriggers(name) : undefined
    )
  )
  return {
    Workflows: workflows.length > 0 ? workflows : undefined,
    MissingWorkflows: missing.length > 0 ? missing : undefined
  }
}
