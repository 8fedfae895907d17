/**
 * Benchmark 5: how long verify takes to judge a 100-stage run. The run is real glue-local output (the 100-stage DAG
 * run once, read back with GetWorkflowRun IncludeGraph, as verify reads it); the judge is called directly, in this
 * process: the expected graph from the `jobs` input, the wiring from the run's graph snapshot, then verifyRun.
 */
import { GetWorkflowRunCommand, StartWorkflowRunCommand, type WorkflowRun } from '@aws-sdk/client-glue'
import { glueClient } from '../../../testkit/glue.js'
import type { GlueLocal } from '../../../glue-local/index.js'
import { parseJobs } from '../../../src/inputs/parseJobs.js'
import { expectedFromPipeline } from '../../../src/run/expectedGraph.js'
import { readTriggers } from '../../../src/run/graphTriggers.js'
import { verifyRun } from '../../../src/verify/verifyRun.js'
import { preciseNow } from '../actionStep.js'
import type { DemoPipeline } from '../pipelines.js'

export interface VerifyResult {
  stages: number
  graphNodes: number
  findings: number
  perJudgementMs: number[]
}

/** Starts one run of the (deployed) workflow and returns it, with its graph, once it has ended. */
export async function finishedRun(glue: GlueLocal, workflow: string): Promise<WorkflowRun> {
  const client = glueClient(glue.url)
  try {
    const { RunId } = await client.send(new StartWorkflowRunCommand({ Name: workflow }))
    for (;;) {
      const { Run } = await client.send(new GetWorkflowRunCommand({ Name: workflow, RunId, IncludeGraph: true }))
      if (Run && Run.Status !== 'RUNNING') return Run
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  } finally {
    client.destroy()
  }
}

export function verifyBench(
  run: WorkflowRun,
  workflow: string,
  pipeline: DemoPipeline,
  iterations: number
): VerifyResult {
  const spec = parseJobs(pipeline.jobsInput)
  const judge = () => {
    const expected = expectedFromPipeline(workflow, spec)
    return verifyRun({ run, expected, wiring: readTriggers(run.Graph), now: new Date() })
  }
  const findings = judge().findings.length
  for (let i = 0; i < 20; i++) judge() // warm-up (JIT)
  const perJudgementMs: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = preciseNow()
    judge()
    perJudgementMs.push(preciseNow() - start)
  }
  return { stages: spec.stages.length, graphNodes: run.Graph?.Nodes?.length ?? 0, findings, perJudgementMs }
}
