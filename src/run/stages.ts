/** Reads what each stage did in a run from GetWorkflowRun's graph. Pure. (Owner: start mode.) */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import type { ExpectedGraph, StageRun } from './types.js'

/** One StageRun per expected stage, in the expected order; stages that never ran have no attempts. */
export function readStages(_run: WorkflowRun, _expected: ExpectedGraph): StageRun[] {
  throw new Error('readStages: not implemented yet')
}
