import { buildTriggerGraph } from '../engine/trigger-graph.js'
import { computeStatistics } from '../engine/statistics.js'
import type { RunEngine } from '../engine/run-engine.js'
import type { GlueState, TriggerRecord, WorkflowRecord, WorkflowRunRecord } from '../state/types.js'
import { compact, clone } from '../util/objects.js'
import { toEpochSeconds } from '../util/time.js'
import { renderCrawl, renderJobRun, renderTrigger } from './render-resources.js'

type Details = (node: { Type: string; Name: string }) => Record<string, unknown>

function renderGraph(workflowName: string, triggers: TriggerRecord[], details: Details): Record<string, unknown> {
  const graph = buildTriggerGraph(workflowName, triggers)
  const nodes = graph.nodes.map((node) => {
    if (node.Type === 'TRIGGER') {
      const trigger = triggers.find((t) => t.Name === node.Name)!
      return { ...node, TriggerDetails: { Trigger: renderTrigger(trigger) } }
    }
    return { ...node, ...details(node) }
  })
  return { Nodes: nodes, Edges: graph.edges }
}

/**
 * Static graph (GetWorkflow): the workflow's triggers as GraphLag shows them (the current ones, or as they were
 * `graphLagMs` ago); job and crawler nodes carry empty details.
 */
export function renderStaticGraph(workflowName: string, triggers: TriggerRecord[]): Record<string, unknown> {
  return renderGraph(workflowName, triggers, (node) =>
    node.Type === 'JOB' ? { JobDetails: {} } : { CrawlerDetails: {} }
  )
}

/**
 * Dynamic graph (GetWorkflowRun): the trigger definitions frozen at run start — they decided what fired — each with
 * the trigger's current State while the trigger still exists in the workflow (so a transition in progress shows);
 * nodes carry this run's job runs / crawls.
 */
function renderRunGraph(engine: RunEngine, run: WorkflowRunRecord): Record<string, unknown> {
  const jobRuns = engine.runJobRuns(run, true)
  const crawls = engine.runCrawls(run, true)
  const triggers = run.simTriggers.map((frozen) => {
    const live = engine.currentTrigger(frozen.Name)
    return live && live.WorkflowName === run.Name ? { ...frozen, State: live.State } : frozen
  })
  return renderGraph(run.Name, triggers, (node) => {
    if (node.Type === 'JOB') {
      const runs = jobRuns.filter((jr) => jr.JobName === node.Name).map((jr) => renderJobRun(jr))
      return { JobDetails: runs.length > 0 ? { JobRuns: runs } : {} }
    }
    const nodeCrawls = crawls.filter((c) => c.simCrawlerName === node.Name).map(renderCrawl)
    return { CrawlerDetails: nodeCrawls.length > 0 ? { Crawls: nodeCrawls } : {} }
  })
}

export function renderWorkflowRun(
  engine: RunEngine,
  run: WorkflowRunRecord,
  includeGraph: boolean
): Record<string, unknown> {
  return compact({
    Name: run.Name,
    WorkflowRunId: run.WorkflowRunId,
    PreviousRunId: run.PreviousRunId,
    WorkflowRunProperties: clone(run.WorkflowRunProperties),
    StartedOn: toEpochSeconds(run.StartedOn),
    CompletedOn: run.CompletedOn === undefined ? undefined : toEpochSeconds(run.CompletedOn),
    Status: run.Status,
    ErrorMessage: run.ErrorMessage,
    Statistics: computeStatistics(engine.runJobRuns(run, false), engine.runCrawls(run, false)),
    Graph: includeGraph ? renderRunGraph(engine, run) : undefined
  })
}

/** A workflow; `graphTriggers` (the triggers GetWorkflow's graph shows) is given when IncludeGraph is true. */
export function renderWorkflow(
  state: GlueState,
  engine: RunEngine,
  workflow: WorkflowRecord,
  graphTriggers: TriggerRecord[] | undefined
): Record<string, unknown> {
  const includeGraph = graphTriggers !== undefined
  const lastRun = workflow.simLastRunId ? state.workflowRuns[workflow.simLastRunId] : undefined
  return compact({
    Name: workflow.Name,
    Description: workflow.Description,
    DefaultRunProperties: workflow.DefaultRunProperties ? clone(workflow.DefaultRunProperties) : undefined,
    CreatedOn: toEpochSeconds(workflow.CreatedOn),
    LastModifiedOn: toEpochSeconds(workflow.LastModifiedOn),
    LastRun: lastRun ? renderWorkflowRun(engine, lastRun, includeGraph) : undefined,
    Graph: graphTriggers ? renderStaticGraph(workflow.Name, graphTriggers) : undefined,
    MaxConcurrentRuns: workflow.MaxConcurrentRuns
  })
}
