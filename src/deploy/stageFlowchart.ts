/** The stage graph of a pipeline as a Mermaid flowchart. Pure. */
import type { PipelineSpec, StartOn } from '../pipeline/spec.js'

/** Mermaid-safe label text (quotes and markup characters replaced). */
export function mermaidLabel(text: string): string {
  return text.replace(/["<>`#&]/g, (c) => `#${c.charCodeAt(0)};`)
}

export function mermaidId(stage: string): string {
  return `s_${stage.replace(/[^A-Za-z0-9_]/g, '_')}`
}

function startLabel(startOn: StartOn): string {
  if (startOn.type === 'schedule') return startOn.cron
  if (startOn.type === 'event') return 'EventBridge event'
  return 'on demand'
}

export function stageFlowchart(pipeline: PipelineSpec, startOn: StartOn): string {
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
