/** What verify and start expect a run to contain: from the `jobs` input, or from the run's own graph. Pure. (Owner: verify mode.) */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import type { PipelineSpec } from '../pipeline/spec.js'
import type { ExpectedGraph } from './types.js'

/** The expected graph of a pipeline deployed by this action (trigger names from src/deploy/names.ts). */
export function expectedFromPipeline(_workflowName: string, _pipeline: PipelineSpec): ExpectedGraph {
  throw new Error('expectedFromPipeline: not implemented yet')
}

/** The expected graph read from a run's graph: its start trigger's actions and its conditional triggers. */
export function expectedFromRunGraph(_run: WorkflowRun): ExpectedGraph {
  throw new Error('expectedFromRunGraph: not implemented yet')
}
