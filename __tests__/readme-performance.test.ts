/**
 * The README's performance figures are those of the latest benchmark (bench/results/latest.md): the generated regions
 * are what `npm run bench:readme` would write, every target of the bench is shown with its verdict (missed ones too),
 * no target is marked met that the bench did not measure, and every figure of the section's prose is in latest.md.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { readRegion, regionText, REGIONS } from '../scripts/lib/benchReadme.js'

const root = path.resolve(import.meta.dirname, '..')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const latest = fs.readFileSync(path.join(root, 'bench', 'results', 'latest.md'), 'utf8')

/** A `## Title` section of a Markdown file, up to the next `## ` heading. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`)
  expect(start).toBeGreaterThanOrEqual(0)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end < 0 ? undefined : end)
}

const tableRows = (text: string): string[] =>
  text.split('\n').filter((l) => l.startsWith('|') && !/^\|[\s:|-]+\|$/.test(l))
const performance = section(readme, 'Performance')

describe('README performance figures', () => {
  it.each(REGIONS)('region bench:%s is what `npm run bench:readme` writes from bench/results/latest.md', (region) => {
    expect(readRegion(readme, region)).toBe(regionText(region, latest))
  })

  it('shows every target of the latest bench with its verdict, the missed ones included, and no other verdict', () => {
    const benchTargets = tableRows(section(latest, 'Targets')).slice(1)
    expect(benchTargets.some((row) => row.includes('missed'))).toBe(true)
    const shown = tableRows(performance)
    for (const row of benchTargets) expect(shown).toContain(row)
    // A ✅ or ❌ anywhere in the section is one of the bench's own target rows.
    const verdicts = shown.filter((row) => /✅|❌/.test(row))
    expect(verdicts).toEqual(benchTargets)
  })

  it('quotes in its prose only figures that bench/results/latest.md has', () => {
    const prose = performance.replace(readRegion(readme, 'performance'), '')
    const figures = prose.match(/\d+(?:\.\d+)?(?: ?(?:ms|s|min|×)(?![\w-]))/g) ?? []
    expect(figures.length).toBeGreaterThan(5)
    expect(figures.filter((f) => !latest.includes(f))).toEqual([])
    // Rates: "22.9 … calls a minute" is the bench's "22.9" in its calls/min column.
    for (const [, rate] of prose.matchAll(/(\d+(?:\.\d+)?)(?: GetWorkflowRun calls)? a minute/g)) {
      expect(latest).toMatch(new RegExp(`\\| +${rate.replace('.', '\\.')} \\(`))
    }
  })
})
