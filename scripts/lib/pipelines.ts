/** The pipelines the demo and the benchmarks deploy: Bronze -> Silver -> Gold, and a layered 100-stage DAG. Pure. */

export interface PipelineStage {
  name: string
  job: string
  /** Stages this one waits for (all of them); empty for a stage that starts with the workflow. */
  after: string[]
}

export interface DemoPipeline {
  stages: PipelineStage[]
  /** The action's `jobs` input. */
  jobsInput: string
  /** Glue job names, in stage order. */
  jobNames: string[]
  /** Glue triggers deploy creates: one start trigger plus one per stage that waits for others. */
  triggers: number
}

function pipelineOf(stages: PipelineStage[]): DemoPipeline {
  // The plain `stage: job` form chains each stage after the one written before it; anything else is spelled out.
  const jobsInput = stages
    .map((s, i) => {
      const chained = i === 0 ? s.after.length === 0 : s.after.length === 1 && s.after[0] === stages[i - 1].name
      return chained ? `${s.name}: ${s.job}` : `${s.name}: { job: ${s.job}, after: [${s.after.join(', ')}] }`
    })
    .join('\n')
  return {
    stages,
    jobsInput,
    jobNames: stages.map((s) => s.job),
    triggers: 1 + stages.filter((s) => s.after.length > 0).length
  }
}

/** bronze -> silver -> gold, jobs named `<prefix>-<stage>`; the `jobs` input is the plain chain form. */
export function medallion(prefix: string): DemoPipeline {
  const names = ['bronze', 'silver', 'gold']
  return pipelineOf(names.map((name, i) => ({ name, job: `${prefix}-${name}`, after: i === 0 ? [] : [names[i - 1]] })))
}

/**
 * `layers` × `width` stages: the first layer starts with the workflow, every later stage waits for two stages of the
 * layer before it (the one in the same column and its right neighbour), so the DAG has fan-in and fan-out throughout.
 */
export function layeredDag(prefix: string, layers = 10, width = 10): DemoPipeline {
  const name = (layer: number, column: number) => `l${layer}s${column}`
  const stages: PipelineStage[] = []
  for (let layer = 0; layer < layers; layer++) {
    for (let column = 0; column < width; column++) {
      const after = layer === 0 ? [] : [...new Set([name(layer - 1, column), name(layer - 1, (column + 1) % width)])]
      stages.push({ name: name(layer, column), job: `${prefix}-${name(layer, column)}`, after })
    }
  }
  return pipelineOf(stages)
}
