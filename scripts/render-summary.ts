/**
 * Renders job-summary Markdown the way GitHub shows it (GitHub-flavoured Markdown, fenced `mermaid` blocks drawn as
 * diagrams) to HTML, then to a PNG screenshot with headless Chromium, and fails when a Mermaid block does not parse.
 * A development check for the verify summary; CI does not need it.
 *
 *   tsx scripts/render-summary.ts --modules /tmp/render/node_modules [--out DIR] [--chromium PATH]
 *       [--width 1280] [--height 3000] summary.md [more.md ...]
 *
 * Needs, in the --modules directory (or devDependencies): `marked`, `mermaid`, optionally `github-markdown-css`;
 * and Debian's `chromium` (or --chromium PATH). Writes DIR/<name>.html and DIR/<name>.png; prints one line per file.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

interface MarkedModule {
  Marked: new (options: { renderer: { code: (token: { text: string; lang?: string }) => string | false } }) => {
    parse: (markdown: string, options: { async: false; gfm: true }) => string
  }
}

interface Options {
  modules: string
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

const FALLBACK_CSS = `
.markdown-body { font: 14px/1.5 -apple-system, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif; color: #1f2328; }
.markdown-body table { border-collapse: collapse; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { background: #eff1f3; border-radius: 6px; padding: 0.2em 0.4em; font-size: 85%; }
.markdown-body a { color: #0969da; }`

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The file a package's main ESM entry resolves to, read from its package.json (no require of ESM-only packages). */
function entryOf(modules: string, name: string): string {
  const dir = path.join(modules, name)
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>
    module?: string
    main?: string
  }
  const dot = pkg.exports?.['.']
  const fromExports =
    typeof dot === 'string'
      ? dot
      : ((dot as Record<string, unknown> | undefined)?.import ?? (dot as Record<string, unknown> | undefined)?.default)
  const entry = typeof fromExports === 'string' ? fromExports : (pkg.module ?? pkg.main ?? 'index.js')
  return path.join(dir, entry)
}

async function toHtml(markdown: string, options: Options, title: string): Promise<string> {
  const { Marked } = (await import(pathToFileURL(entryOf(options.modules, 'marked')).href)) as MarkedModule
  const marked = new Marked({
    renderer: {
      code: ({ text, lang }) => (lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false)
    }
  })
  const body = marked.parse(markdown, { async: false, gfm: true })
  const mermaidJs = fs.readFileSync(path.join(options.modules, 'mermaid', 'dist', 'mermaid.min.js'), 'utf8')
  const cssFile = path.join(options.modules, 'github-markdown-css', 'github-markdown-light.css')
  // github-markdown-css when installed; else enough of GitHub's look to judge the layout.
  const css = fs.existsSync(cssFile) ? fs.readFileSync(cssFile, 'utf8') : FALLBACK_CSS
  // The report block is read back with --dump-dom: which Mermaid blocks parsed and which did not.
  const script = `
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    (async () => {
      const blocks = [...document.querySelectorAll('pre.mermaid')];
      const errors = [];
      for (const [i, block] of blocks.entries()) {
        try { await mermaid.parse(block.textContent); } catch (e) { errors.push('block ' + (i + 1) + ': ' + String(e.message || e).split('\\n').slice(0, 3).join(' ')); }
      }
      try { await mermaid.run({ nodes: blocks, suppressErrors: true }); } catch (e) { errors.push('run: ' + (e.message || e)); }
      const svgs = document.querySelectorAll('pre.mermaid svg').length;
      document.getElementById('render-report').textContent = JSON.stringify({ blocks: blocks.length, svgs, errors });
    })();`
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${css}
body { background: #fff; margin: 0; } .markdown-body { box-sizing: border-box; max-width: ${options.width - 40}px; margin: 0 auto; padding: 24px; }
pre.mermaid { background: #fff; } #render-report { display: none; }</style></head>
<body><article class="markdown-body">${body}</article><pre id="render-report">pending</pre>
<script>${mermaidJs}</script><script>${script}</script></body></html>`
}

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

async function renderOne(file: string, options: Options): Promise<RenderReport> {
  const name = path.basename(file).replace(/\.[^.]+$/, '')
  const htmlFile = path.join(options.out, `${name}.html`)
  const pngFile = path.join(options.out, `${name}.png`)
  fs.writeFileSync(htmlFile, await toHtml(fs.readFileSync(file, 'utf8'), options, name))
  const url = pathToFileURL(htmlFile).href
  const dom = chromium(options, ['--dump-dom', url])
  const match = /<pre id="render-report">([^<]*)<\/pre>/.exec(dom)
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

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      modules: { type: 'string', default: path.resolve('node_modules') },
      out: { type: 'string', default: path.join(os.tmpdir(), 'render-summary') },
      chromium: { type: 'string', default: 'chromium' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '3000' }
    }
  })
  if (positionals.length === 0) {
    console.error('usage: tsx scripts/render-summary.ts --modules DIR [--out DIR] [--chromium PATH] summary.md ...')
    process.exit(2)
  }
  const options: Options = {
    modules: path.resolve(values.modules),
    out: path.resolve(values.out),
    chromium: values.chromium,
    width: Number(values.width),
    height: Number(values.height)
  }
  fs.mkdirSync(options.out, { recursive: true })
  let failed = false
  for (const file of positionals) {
    const report = await renderOne(file, options)
    failed ||= report.errors.length > 0 || report.svgs !== report.blocks
  }
  process.exit(failed ? 1 : 0)
}

await main()
