/** Terminal output of the demo: sections, the step log as GitHub shows it, outputs, the summary in brief. */
import { countMermaidBlocks } from '../summaryHtml.js'

const useColor = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code: string) => (text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text)
export const bold = paint('1')
export const dim = paint('2')
export const red = paint('31')
export const green = paint('32')
export const yellow = paint('33')
export const cyan = paint('36')

export function say(line = ''): void {
  process.stdout.write(`${line}\n`)
}

export function section(title: string): void {
  say()
  say(bold(cyan(`━━ ${title} ${'━'.repeat(Math.max(0, 74 - title.length))}`)))
}

/**
 * One line of a step's log as the GitHub log viewer shows it: workflow commands become a group title, an error or
 * a warning annotation; `::debug::` lines are hidden (they show only with step debug logging on).
 */
export function githubLogLine(line: string): string | undefined {
  const command = /^::(group|endgroup|error|warning|notice|debug)(?: [^:]*)?::(.*)$/.exec(line)
  if (!command) return line
  const [, name, text] = command
  if (name === 'group') return bold(`▼ ${text}`)
  if (name === 'endgroup' || name === 'debug') return undefined
  if (name === 'error') return red(`Error: ${text}`)
  if (name === 'warning') return yellow(`Warning: ${text}`)
  return `Notice: ${text}`
}

/** Streams a step's output line by line, as the GitHub log does. */
export function logPrinter(prefix = '  │ '): {
  write: (chunk: string, stream: 'stdout' | 'stderr') => void
  flush: () => void
} {
  const pending = { stdout: '', stderr: '' }
  const emit = (line: string, stream: 'stdout' | 'stderr') => {
    const shown = stream === 'stdout' ? githubLogLine(line) : dim(line)
    if (shown !== undefined) say(`${dim(prefix)}${shown}`)
  }
  return {
    write(chunk, stream) {
      const lines = (pending[stream] + chunk).split('\n')
      pending[stream] = lines.pop() ?? ''
      for (const line of lines) emit(line, stream)
    },
    flush() {
      for (const stream of ['stdout', 'stderr'] as const) {
        if (pending[stream] !== '') emit(pending[stream], stream)
        pending[stream] = ''
      }
    }
  }
}

/** The step's outputs, one a line; long JSON values are cut (the full values are in outputs.json). */
export function printOutputs(outputs: Record<string, string>, width = 110): void {
  const names = Object.keys(outputs)
  if (names.length === 0) return say(dim('  (no outputs)'))
  const pad = Math.max(...names.map((n) => n.length))
  for (const name of names) {
    const value = outputs[name].replace(/\n/g, '\\n')
    const cut = value.length > width - pad ? `${value.slice(0, width - pad - 1)}…` : value
    say(`  ${name.padEnd(pad)}  ${cut}`)
  }
}

/** The job summary as text: Markdown as written, each Mermaid block replaced by a one-line placeholder. */
export function summaryPreview(markdown: string, htmlFile: string): string[] {
  const lines: string[] = []
  let inMermaid = false
  let kind = ''
  for (const line of markdown.split('\n')) {
    if (/^```mermaid\s*$/.test(line)) {
      inMermaid = true
      kind = ''
      continue
    }
    if (inMermaid) {
      if (kind === '' && line.trim() !== '') kind = line.trim().split(/\s+/)[0]
      if (line.trim() === '```') {
        inMermaid = false
        lines.push(dim(`[Mermaid ${kind || 'diagram'}: drawn in ${htmlFile}]`))
      }
      continue
    }
    lines.push(line)
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  return lines
}

export function describeSummary(markdown: string): string {
  const n = countMermaidBlocks(markdown)
  return `${markdown.split('\n').length} lines, ${n} Mermaid diagram${n === 1 ? '' : 's'}`
}
