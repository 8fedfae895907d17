/** The local Glue endpoint as the benchmarks use it: a fixed latency per call, jobs set up without it. */
import { createJobs } from '../../../__tests__/e2e/glueSetup.js'
import type { GlueLocal } from '../../../glue-local/index.js'

/** Empties the endpoint, creates the jobs (at no latency: set-up is not measured), then restores the latency. */
export async function freshAccount(
  glue: GlueLocal,
  jobs: string[],
  latencyMs: number,
  jobDurationMs = 200
): Promise<void> {
  glue.setFaults({ latencyMs: 0 })
  glue.reset('state')
  await createJobs(glue.url, jobs, jobDurationMs)
  glue.setFaults({ latencyMs })
  glue.reset('calls')
}
