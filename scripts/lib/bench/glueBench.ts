/** The local Glue endpoint as the benchmarks use it: a fixed latency per call, jobs set up without it. */
import { createJobs } from '../../../testkit/glue.js'
import type { GlueLocal } from '../../../glue-local/index.js'

/**
 * Empties the endpoint, creates the jobs (at no latency: set-up is not measured), then restores the latency.
 * @param jobDurationMs how long a run of each job takes: one figure for all, or one per job
 */
export async function freshAccount(
  glue: GlueLocal,
  jobs: string[],
  latencyMs: number,
  jobDurationMs: number | number[] = 200
): Promise<void> {
  glue.setFaults({ latencyMs: 0 })
  glue.reset('state')
  if (typeof jobDurationMs === 'number') await createJobs(glue.url, jobs, jobDurationMs)
  else for (const [i, job] of jobs.entries()) await createJobs(glue.url, [job], jobDurationMs[i])
  glue.setFaults({ latencyMs })
  glue.reset('calls')
}
