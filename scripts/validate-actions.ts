/**
 * Validates action.yml, .github/workflows/*.yml and .github/dependabot.yml (see scripts/lib/actionFiles.ts): the
 * current SchemaStore JSON schemas (vendored in schemas/schemastore/), actionlint for workflows, and this action's
 * inputs and outputs as workflows use them. Exits 1 on any finding. Part of `npm test`.
 *
 *   npm run validate:actions [-- --root DIR]
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatFinding, validateRepository } from './lib/actionFiles.js'

const { values } = parseArgs({ options: { root: { type: 'string' } } })
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'))
const { files, findings } = await validateRepository(root)
for (const f of findings) console.log(formatFinding(f))
if (files.length === 0) {
  console.log(`validate-actions: no action.yml or workflow under ${root}`)
  process.exit(1)
}
console.log(
  findings.length === 0
    ? `validate-actions: ${files.length} files valid (${files.join(', ')})`
    : `validate-actions: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} of ${files.length} files`
)
process.exit(findings.length === 0 ? 0 : 1)
