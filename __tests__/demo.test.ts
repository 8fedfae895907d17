/**
 * `npm run demo` end to end, as a user runs it after `npm ci`: the demo must finish with every check passed, and
 * leave the job summaries as Markdown and as HTML pages that draw their Mermaid diagrams (no browser needed here).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

describe('npm run demo', () => {
  it('deploys, runs and verifies the pipeline, redeploys as a no-op, reports the Silver failure, redacts quoted credentials, exits 0', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-test-'))
    try {
      const demo = spawnSync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'demo.ts'), '--out', out], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 85_000
      })
      const recap = demo.stdout.slice(demo.stdout.lastIndexOf('━━ Recap'))
      expect({ code: demo.status, failed: recap.split('\n').filter((l) => l.includes('✗')) }).toEqual({
        code: 0,
        failed: []
      })
      expect(recap).toMatch(/All \d+ checks passed/)
      expect(recap).toContain('unchanged redeploy: "No changes", zero writes')
      expect(recap).toContain('silver is named with its error')
      expect(
        recap.match(/✓ the post step had nothing to clean up +exit code 0, 0 writes: .*nothing to clean up/g)
      ).toHaveLength(2)
      expect(recap).toMatch(
        /✓ no credential printed or saved, even those an AWS error quoted +3 canary values \([1-9] quoted/
      )

      const summary = fs.readFileSync(path.join(out, '1-deploy-start-verify', 'summary.md'), 'utf8')
      expect(summary).toContain('```mermaid')
      const html = fs.readFileSync(path.join(out, '1-deploy-start-verify', 'summary.html'), 'utf8')
      expect(html.match(/<pre class="mermaid">/g)?.length).toBe(summary.match(/^```mermaid$/gm)?.length)
      const script = /<script src="(file:[^"]+mermaid\.min\.js)"><\/script>/.exec(html)?.[1]
      expect(script && fs.existsSync(new URL(script))).toBe(true)
      expect(fs.existsSync(path.join(out, '2b-silver-fails', 'summary.html'))).toBe(true)
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  }, 90_000)
})
