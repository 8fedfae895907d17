/** Escaping for text inside Mermaid diagrams and Markdown. Pure. (Owner: verify mode.) */

/**
 * Text for a double-quoted Mermaid label: Mermaid entity codes for everything that could end the label, open HTML,
 * or close the Markdown code fence (a backtick); one line.
 */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
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
  return text
    .replace(/\s+/g, ' ')
    .replace(/:/g, '꞉')
    .replace(/;/g, ',')
    .replace(/#/g, '＃')
    .replace(/%/g, '％')
    .replace(/`/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim()
}

/** Text for Markdown (a table cell or a list item): no HTML, no table breaks, no emphasis, one line. */
export function markdownText(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
  return short
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (m) => `\\${m}`)
}

/** A fenced Mermaid block (GitHub renders it as a diagram in job summaries). */
export function mermaidBlock(lines: string[]): string {
  return ['```mermaid', ...lines, '```', ''].join('\n')
}
