/** Small helpers to write findings: the run-level pseudo stage, evidence formatting. Pure. (Owner: verify mode.) */
import type { Finding } from '../run/types.js'

/** The `stage` of findings about the run as a whole (its status, its age, its existence). */
export const RUN_STAGE = '(run)'

export type Evidence = Finding['evidence']

export function finding(stage: string, rule: string, message: string, evidence: Evidence = {}): Finding {
  return { stage, rule, message, evidence }
}

/** ISO-8601 UTC with milliseconds, or null when unknown: timestamps in evidence. */
export function iso(date: Date | undefined): string | null {
  return date ? date.toISOString() : null
}

/** `00:05:12Z`-style time of day for messages (the evidence carries the full timestamp). */
export function timeOfDay(date: Date): string {
  return `${date.toISOString().slice(11, 19)}Z`
}

/** A gap in seconds for a message: `12 s`, `0.4 s`, `3 min 5 s`. */
export function gap(ms: number): string {
  const seconds = Math.abs(ms) / 1000
  if (seconds < 10) return `${Math.round(seconds * 10) / 10} s`
  if (seconds < 60) return `${Math.round(seconds)} s`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)} min ${whole % 60} s`
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
