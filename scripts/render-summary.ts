/**
 * Renders job-summary Markdown the way GitHub shows it (GitHub-flavoured Markdown, fenced `mermaid` blocks drawn as
 * diagrams) to HTML, then to a PNG screenshot with headless Chromium, and fails when a Mermaid block does not parse.
 * A development check for the verify summary; CI does not need it.
 *
 *   tsx scripts/render-summary.ts [--out DIR] [--chromium PATH] [--width 1280] [--height 3000] summary.md [more.md ...]
 *
 * The HTML comes from scripts/lib/summaryHtml.ts (marked + mermaid from devDependencies); the screenshot needs
 * Debian's `chromium` (or --chromium PATH). Writes DIR/<name>.html and DIR/<name>.png; prints one line per file.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { summaryToHtml } from './lib/summaryHtml.js'

interface Options {
  out: string
  chromium: string
  width: number
  height: number
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  '--virtual-time-budget=20000'
]

function chromium(options: Options, args: string[]): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'render-summary-profile-'))
  try {
    return execFileSync(options.chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000
    })
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
}

interface RenderReport {
  blocks: number
  svgs: number
  errors: string[]
}

function renderOne(file: string, options: Options): RenderReport {
  const name = path.basename(file).replace(/\.[^.]+$/, '')
  const htmlFile = path.join(options.out, `${name}.html`)
  const pngFile = path.join(options.out, `${name}.png`)
  const markdown = fs.readFileSync(file, 'utf8')
  fs.writeFileSync(htmlFile, summaryToHtml(markdown, { title: name, mermaid: 'inline', report: true }))
  const url = pathToFileURL(htmlFile).href
  const dom = chromium(options, ['--dump-dom', url])
  const match = /<pre id="render-report"[^>]*>([^<]*)<\/pre>/.exec(dom)
  const raw = (match?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
  const report: RenderReport = raw.startsWith('{')
    ? (JSON.parse(raw) as RenderReport)
    : { blocks: -1, svgs: 0, errors: [`the page did not finish rendering (${raw || 'no report'})`] }
  chromium(options, [`--screenshot=${pngFile}`, `--window-size=${options.width},${options.height}`, url])
  const status = report.errors.length === 0 ? 'ok' : `FAILED: ${report.errors.join(' | ')}`
  console.log(`${file}: ${report.svgs}/${report.blocks} Mermaid diagrams drawn, ${status} -> ${pngFile}`)
  return report
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: path.join(os.tmpdir(), 'render-summary') },
      chromium: { type: 'string', default: 'chromium' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '3000' }
    }
  })
  if (positionals.length === 0) {
    console.error('usage: tsx scripts/render-summary.ts [--out DIR] [--chromium PATH] summary.md ...')
    process.exit(2)
  }
  const options: Options = {
    out: path.resolve(values.out),
    chromium: values.chromium,
    width: Number(values.width),
    height: Number(values.height)
  }
  fs.mkdirSync(options.out, { recursive: true })
  let failed = false
  for (const file of positionals) {
    const report = renderOne(file, options)
    failed ||= report.errors.length > 0 || report.svgs !== report.blocks
  }
  process.exit(failed ? 1 : 0)
}

main()
