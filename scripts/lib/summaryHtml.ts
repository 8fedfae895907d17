/**
 * Job-summary Markdown to an HTML page that looks like GitHub's rendering: GitHub-flavoured Markdown, and fenced
 * `mermaid` blocks drawn as diagrams by the mermaid package of node_modules (no network: the script is inlined or
 * referenced by its absolute file URL). Opening the page needs a browser, writing it does not.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Marked } from 'marked'

export interface SummaryHtmlOptions {
  title: string
  /** inline: the page carries mermaid.min.js (5 MB, works anywhere); file-url: it points at node_modules (small). */
  mermaid: 'inline' | 'file-url'
  /**
   * Also parse every diagram and write what failed into a hidden `#render-report` element as JSON
   * `{blocks, svgs, errors}`, for a headless browser to read back (scripts/render-summary.ts).
   */
  report?: boolean
}

/** Draws the diagrams one after the other (concurrent rendering can misplace a Gantt chart). */
const DRAW = `
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  mermaid.run({ querySelector: 'pre.mermaid', suppressErrors: true });`

/** Parses each diagram first and reports which failed, then draws them. */
const DRAW_AND_REPORT = `
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

/** The mermaid bundle that draws the diagrams in the browser. */
export function mermaidScriptPath(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Number of fenced mermaid blocks in a Markdown text. */
export function countMermaidBlocks(markdown: string): number {
  return (markdown.match(/^```mermaid\s*$/gm) ?? []).length
}

export function summaryToHtml(markdown: string, options: SummaryHtmlOptions): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      code: ({ text, lang }) => (lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false)
    }
  })
  const body = marked.parse(markdown, { async: false })
  const script = mermaidScriptPath()
  const mermaidTag =
    options.mermaid === 'inline'
      ? `<script>${fs.readFileSync(script, 'utf8').replace(/<\/script/gi, '<\\/script')}</script>`
      : `<script src="${pathToFileURL(script).href}"></script>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)}</title>
<style>
  body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  header { padding: 12px 24px; background: #24292f; color: #fff; font-weight: 600; }
  article { box-sizing: border-box; max-width: 1200px; margin: 16px auto; padding: 24px 32px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  h1, h2, h3 { border-bottom: 1px solid #d8dee4; padding-bottom: .3em; }
  table { border-collapse: collapse; margin: 12px 0; display: block; overflow: auto; }
  th, td { border: 1px solid #d0d7de; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { background: rgba(175, 184, 193, .2); border-radius: 6px; padding: .2em .4em; font-size: 85%; }
  pre.mermaid { background: #fff; text-align: center; }
  details { margin: 8px 0; }
</style>
</head>
<body>
<header>${escapeHtml(options.title)}</header>
<article class="markdown-body">
${body}
</article>
${options.report ? '<pre id="render-report" style="display:none">pending</pre>' : ''}
${mermaidTag}
<script>${options.report ? DRAW_AND_REPORT : DRAW}
</script>
</body>
</html>
`
}
