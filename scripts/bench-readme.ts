/**
 * Copies the performance figures of bench/results/latest.md into README.md (the regions between the
 * `<!-- bench:… -->` markers; see scripts/lib/benchReadme.ts). `npm run bench` runs it after a full run.
 *
 *   npm run bench:readme             # rewrite the regions
 *   npm run bench:readme -- --check  # exit 1 when the README's regions differ from latest.md
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { updateReadme } from './lib/benchReadme.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const { values: flags } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const readmeFile = path.join(ROOT, 'README.md')
const readme = fs.readFileSync(readmeFile, 'utf8')
const updated = updateReadme(readme, fs.readFileSync(path.join(ROOT, 'bench', 'results', 'latest.md'), 'utf8'))
if (updated === readme) {
  console.log('README.md: performance figures are those of bench/results/latest.md')
} else if (flags.check) {
  console.error('README.md: performance figures differ from bench/results/latest.md; run `npm run bench:readme`')
  process.exit(1)
} else {
  fs.writeFileSync(readmeFile, updated)
  console.log('README.md: performance figures copied from bench/results/latest.md')
}
