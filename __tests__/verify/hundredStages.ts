/** Test helper: a 100-stage run (10 layers of 10, each stage waiting for two stages of the layer before). */
import type { RunSpec } from './runBuilder.js'

export function hundredStages(options: { failing?: number; errorBytes?: number } = {}): {
  spec: RunSpec
  jobs: string
} {
  const lines: string[] = []
  const triggers: RunSpec['triggers'] = [{ name: 'wf-start', starts: [] }]
  const runs: NonNullable<RunSpec['runs']> = []
  let failed = 0
  for (let layer = 0; layer < 10; layer++) {
    for (let i = 0; i < 10; i++) {
      const name = `s${layer}_${i}`
      const job = `job-${layer}-${i}`
      const after = layer === 0 ? [] : [`s${layer - 1}_${i}`, `s${layer - 1}_${(i + 1) % 10}`]
      lines.push(`${name}: {job: ${job}, after: [${after.join(', ')}]}`)
      const trigger = layer === 0 ? 'wf-start' : `wf-run-${name}`
      if (layer === 0) triggers[0].starts.push(job)
      else
        triggers.push({
          name: trigger,
          logic: 'AND',
          waitsFor: after.map((a) => `job-${a.slice(1).replace('_', '-')}`),
          starts: [job]
        })
      // Every stage runs (even after a failed upstream: worst case for the summary), in layer order.
      const fail = failed < (options.failing ?? 0) && (layer * 10 + i) % 3 === 0
      if (fail) failed++
      runs.push({
        target: job,
        attempts: [
          {
            state: fail ? 'FAILED' : 'SUCCEEDED',
            start: layer * 60 + i,
            end: layer * 60 + 50,
            trigger,
            ...(fail ? { error: 'x'.repeat(options.errorBytes ?? 100) } : {})
          }
        ]
      })
    }
  }
  return { spec: { triggers, runs }, jobs: lines.join('\n') }
}
