/** The stage graph of a pipeline as a Mermaid flowchart. Pure. */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'
import { mermaidLabel } from '../text.js'

function startLabel(startOn: StartOn): string {
  if (startOn.type === 'schedule') return startOn.cron
  if (startOn.type === 'event') return 'EventBridge event'
  return 'on demand'
}

export function stageFlowchart(pipeline: PipelineSpec, startOn: StartOn): string {
  // Node ids come from positions, never from names: `silver-x` and `silver_x` are two nodes.
  const ids = new Map(pipeline.stages.map((s, i) => [s.name, `s${i}`]))
  const mermaidId = (stage: string) => ids.get(stage) ?? 's_unknown'
  const lines = ['flowchart LR', `  start(["start: ${mermaidLabel(startLabel(startOn))}"])`]
  for (const s of pipeline.stages) {
    const kind = s.kind === 'crawler' ? 'crawler' : 'job'
    lines.push(
      `  ${mermaidId(s.name)}["${mermaidLabel(s.name)}<br/><small>${kind}: ${mermaidLabel(s.target)}</small>"]`
    )
  }
  for (const s of pipeline.stages) {
    if (s.after.length === 0) lines.push(`  start --> ${mermaidId(s.name)}`)
    for (const up of s.after) {
      const label = s.when === 'any' && s.after.length > 1 ? '-- any -->' : '-->'
      lines.push(`  ${mermaidId(up)} ${label} ${mermaidId(s.name)}`)
    }
  }
  return lines.join('\n')
}
