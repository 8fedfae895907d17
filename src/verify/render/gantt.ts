/**
 * The stages on a time axis as a Mermaid Gantt chart: one bar per attempt, grouped by stage, so that overlaps jump
 * out. Failed attempts and attempts of stages with findings are red (crit), running ones active. Times are UTC wall
 * clock written without a zone, so the chart shows the same clock times as the table whatever the reader's time zone.
 * Pure.
 */
import { isTerminalAttempt } from '../../run/stages.js'
import type { StageRun } from '../../run/types.js'
import type { Finding } from '../findings.js'
import { ganttText, mermaidBlock } from '../../text.js'

export interface GanttInput {
  stages: StageRun[]
  unexpected: StageRun[]
  findings: Finding[]
  /** End of bars still running (the run's end, or now). */
  now: Date
}

export const GANTT_MAX_CHARS = 40_000

export function renderGantt(input: GanttInput): string {
  const all = [...input.stages, ...input.unexpected]
  const times = all
    .flatMap((s) => s.attempts.flatMap((a) => [a.startedOn, a.completedOn]))
    .filter((d) => d !== undefined)
  if (times.length === 0) return '_No stage ran: nothing to put on a time axis._\n'
  const span = Math.max(...times.map((d) => d.getTime())) - Math.min(...times.map((d) => d.getTime()))
  const flagged = new Set(input.findings.map((f) => f.stage))
  const unexpected = new Set(input.unexpected.map((s) => s.stage))

  const lines = [
    'gantt',
    '  title Stage attempts (UTC)',
    '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
    `  axisFormat ${axisFormat(span)}`,
    '  todayMarker off'
  ]
  for (const stage of all) {
    if (stage.attempts.length === 0) continue
    lines.push(`  section ${ganttText(unexpected.has(stage.stage) ? `${stage.stage} (not expected)` : stage.stage)}`)
    stage.attempts.forEach((attempt, i) => {
      const start = attempt.startedOn
      if (!start) return
      const final = isTerminalAttempt(stage.kind, attempt.state)
      const end = attempt.completedOn ?? (final ? start : input.now)
      const tag = !final
        ? 'active'
        : attempt.state !== 'SUCCEEDED' || flagged.has(stage.stage) || unexpected.has(stage.stage)
          ? 'crit'
          : 'done'
      const name = stage.attempts.length > 1 ? `attempt ${i + 1} ${attempt.state}` : attempt.state
      lines.push(`  ${ganttText(name)} :${tag}, ${wallClock(start)}, ${wallClock(end < start ? start : end)}`)
    })
  }
  const text = mermaidBlock(lines)
  return text.length > GANTT_MAX_CHARS ? '_Too many attempts to draw a timeline here._\n' : text
}

/** Tick labels fine enough to tell the ticks apart over the chart's time span (ms). */
function axisFormat(span: number): string {
  if (span < 10_000) return '%H:%M:%S.%L'
  if (span < 3_600_000) return '%H:%M:%S'
  return span < 86_400_000 ? '%H:%M' : '%d %H:%M'
}

/** `2026-01-01 00:03:50.000`: UTC wall clock without a zone (Mermaid reads and shows it as local time). */
function wallClock(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '')
}
