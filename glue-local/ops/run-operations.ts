import { entityNotFound } from '../protocol/glue-error.js'
import { renderWorkflowRun } from '../render/render-workflow.js'
import type { StringMap, WorkflowRunRecord } from '../state/types.js'
import { clone } from '../util/objects.js'
import type { OperationContext } from './operation-context.js'
import { paginate } from './pagination.js'
import { requireWorkflow } from './workflow-operations.js'

interface RunRef {
  Name: string
  RunId: string
}

function requireRun(ctx: OperationContext, input: RunRef): WorkflowRunRecord {
  requireWorkflow(ctx, input.Name)
  const run = ctx.store.state.workflowRuns[input.RunId]
  if (!run || run.Name !== input.Name)
    throw entityNotFound(`Workflow run ${input.RunId} not found for workflow ${input.Name}`)
  return run
}

/** StartWorkflowRun; over the workflow's MaxConcurrentRuns it throws ConcurrentRunsExceededException. */
export function startWorkflowRun(ctx: OperationContext, input: { Name: string; RunProperties?: StringMap }) {
  requireWorkflow(ctx, input.Name)
  const run = ctx.engine.startWorkflowRun(input.Name, input.RunProperties ?? {})
  return { RunId: run.WorkflowRunId }
}

export function getWorkflowRun(ctx: OperationContext, input: RunRef & { IncludeGraph?: boolean }) {
  return { Run: renderWorkflowRun(ctx.engine, requireRun(ctx, input), input.IncludeGraph === true) }
}

/** GetWorkflowRuns pages the workflow's runs newest first. */
export function getWorkflowRuns(
  ctx: OperationContext,
  input: { Name: string; IncludeGraph?: boolean; NextToken?: string; MaxResults?: number }
) {
  requireWorkflow(ctx, input.Name)
  const runs = Object.values(ctx.store.state.workflowRuns)
    .filter((run) => run.Name === input.Name)
    .sort((a, b) => b.StartedOn - a.StartedOn)
  const page = paginate(runs, input.NextToken, input.MaxResults, 100)
  const rendered = page.items.map((run) => renderWorkflowRun(ctx.engine, run, input.IncludeGraph === true))
  return { Runs: rendered.length > 0 ? rendered : undefined, NextToken: page.NextToken }
}

export function stopWorkflowRun(ctx: OperationContext, input: RunRef) {
  requireRun(ctx, input)
  ctx.engine.stopWorkflowRun(input.Name, input.RunId)
  return {}
}

export function resumeWorkflowRun(ctx: OperationContext, input: RunRef & { NodeIds: string[] }) {
  requireRun(ctx, input)
  return ctx.engine.resumeWorkflowRun(input.Name, input.RunId, input.NodeIds)
}

export function getWorkflowRunProperties(ctx: OperationContext, input: RunRef) {
  return { RunProperties: clone(requireRun(ctx, input).WorkflowRunProperties) }
}

/** PutWorkflowRunProperties merges: existing keys are overwritten, new keys added. */
export function putWorkflowRunProperties(ctx: OperationContext, input: RunRef & { RunProperties: StringMap }) {
  const run = requireRun(ctx, input)
  run.WorkflowRunProperties = { ...run.WorkflowRunProperties, ...input.RunProperties }
  return {}
}
