/**
 * One home for every rule about text the action prints: one-line shortening, Markdown and Mermaid escaping, times
 * and durations. Glue-sourced text (names, errors, tags) passes through these before it reaches a log, an output or
 * the job summary. Pure.
 */

/** Bidirectional overrides and isolates: they make a line read differently from what it holds (Trojan Source). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
/** C0/C1 control characters other than whitespace (which is folded into single spaces). */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g

/** Shortens any text to one printable line (whitespace folded, controls removed, `…` where cut). */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * Text for a log line: one line (see {@link oneLine}), and never a runner workflow command: a line that would start
 * with `::` gets a leading space.
 */
export function inertLine(text: string, max = 2000): string {
  const line = oneLine(text, max)
  return line.startsWith('::') ? ` ${line}` : line
}

/** Text for Markdown (a table cell or a list item): no HTML, no table breaks, no emphasis, one line. */
export function markdownText(text: string, max = 300): string {
  return oneLine(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (m) => `\\${m}`)
}

/**
 * Text for a double-quoted Mermaid label: Mermaid entity codes for everything that could end the label, open HTML,
 * or close the Markdown code fence (a backtick); one line.
 */
export function mermaidLabel(text: string): string {
  return oneLine(text, 300)
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
}

/**
 * Text for a Gantt task or section name, which has no quoting: `:` starts the task data, `;` and `#` end or comment
 * the line, `<` `>` could read as HTML; these become look-alike characters, and the text stays on one line.
 */
export function ganttText(text: string): string {
  return oneLine(text, 300)
    .replace(/:/g, '꞉')
    .replace(/;/g, ',')
    .replace(/#/g, '＃')
    .replace(/%/g, '％')
    .replace(/`/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim()
}

/** A fenced Mermaid block (GitHub renders it as a diagram in job summaries). */
export function mermaidBlock(lines: string[]): string {
  return ['```mermaid', ...lines, '```', ''].join('\n')
}

/** `00:05:12Z`: the UTC time of day, for log lines and messages (evidence carries the full timestamp). */
export function clock(date: Date): string {
  return `${date.toISOString().slice(11, 19)}Z`
}

/** ISO-8601 UTC with milliseconds, or null when unknown. */
export function iso(date: Date | undefined): string | null {
  return date ? date.toISOString() : null
}

/** A duration for people: `0.3 s`, `59.4 s`, `1 min 1 s`, `2 h 3 min`. */
export function duration(seconds: number): string {
  const abs = Math.abs(seconds)
  if (abs < 60) return `${Math.round(abs * 10) / 10} s`
  const whole = Math.round(abs)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`
}

/**
 * `wr_7443a480…`, `jr_0a1b2c3d…`: enough of a 64-character Glue id to tell runs apart in a line that mentions it
 * again (the first mention, the links and the outputs carry it whole).
 */
export function shortId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 11)}…` : id
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * GitHub refuses a step output over 1 MB, and a job's outputs together over 1 MB: each output of the action stays
 * well under, so that four large ones in one step still fit.
 */
export const OUTPUT_MAX_BYTES = 200 * 1024

/** Glue error messages are often long stack traces: findings and outputs keep the first part, on one line. */
export const ERROR_EXCERPT_CHARS = 1000

export function errorExcerpt(text: string): string {
  return oneLine(text, ERROR_EXCERPT_CHARS)
}

/**
 * A JSON array of as many leading items as fit in `maxBytes`; when some are left out, a last entry says how many:
 * `{"truncated": "… 12 more entries left out (output capped at 200 KB)"}`.
 */
export function jsonListWithin(items: unknown[], maxBytes = OUTPUT_MAX_BYTES): string {
  const whole = JSON.stringify(items)
  if (Buffer.byteLength(whole) <= maxBytes) return whole
  const parts = items.map((item) => JSON.stringify(item))
  const marker = (left: number) =>
    JSON.stringify({
      truncated: `… ${left} more entries left out (output capped at ${Math.round(maxBytes / 1024)} KB)`
    })
  let bytes = 2 + Buffer.byteLength(marker(items.length))
  let kept = 0
  while (kept < parts.length && bytes + Buffer.byteLength(parts[kept]) + 1 <= maxBytes) {
    bytes += Buffer.byteLength(parts[kept]) + 1
    kept++
  }
  return `[${[...parts.slice(0, kept), marker(items.length - kept)].join(',')}]`
}

/** Text cut to at most `maxBytes` of UTF-8, with `…` where cut. */
export function textWithin(text: string, maxBytes = OUTPUT_MAX_BYTES): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  let chars = Math.min(text.length, maxBytes)
  while (chars > 0 && Buffer.byteLength(text.slice(0, chars)) + 3 > maxBytes) chars = Math.floor(chars * 0.9)
  return `${text.slice(0, chars)}…`
}
