/** Graph facts about a pipeline: order, roots, cycles. Pure. */
import type { PipelineSpec, Stage } from './spec.js'

/** Stages started by the start trigger (they wait for nothing). */
export function rootStages(pipeline: PipelineSpec): Stage[] {
  return pipeline.stages.filter((s) => s.after.length === 0)
}

/**
 * Stages in dependency order (each after everything it waits for), keeping the written order among equals.
 * Returns the stages of a cycle instead when there is one.
 */
export function topologicalOrder(stages: Stage[]): { order: Stage[] } | { cycle: string[] } {
  const byName = new Map(stages.map((s) => [s.name, s]))
  const state = new Map<string, 'visiting' | 'done'>()
  const order: Stage[] = []
  const path: string[] = []
  const visit = (stage: Stage): string[] | undefined => {
    const seen = state.get(stage.name)
    if (seen === 'done') return undefined
    if (seen === 'visiting') return [...path.slice(path.indexOf(stage.name)), stage.name]
    state.set(stage.name, 'visiting')
    path.push(stage.name)
    for (const upstream of stage.after) {
      const up = byName.get(upstream)
      if (!up) continue
      const cycle = visit(up)
      if (cycle) return cycle
    }
    path.pop()
    state.set(stage.name, 'done')
    order.push(stage)
    return undefined
  }
  for (const stage of stages) {
    const cycle = visit(stage)
    if (cycle) return { cycle }
  }
  return { order }
}

/** Stages that wait (directly) for `name`. */
export function downstreamOf(stages: Stage[], name: string): Stage[] {
  return stages.filter((s) => s.after.includes(name))
}
