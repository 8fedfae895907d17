/**
 * Writes dist/post/index.js, the post step's entry (action.yml `runs.post`), after `ncc build src/index.ts -o dist`:
 * a few lines that enter the main bundle (dist/index.js) at the post step, so both steps share its chunks and dist/
 * has one copy of the AWS SDK. The symbol is the one src/index.ts checks. dist/package.json ("type": "module") covers
 * dist/post/ too.
 */
import fs from 'node:fs'
import path from 'node:path'

const dist = path.resolve(import.meta.dirname, '..', 'dist')
if (!fs.existsSync(path.join(dist, 'index.js'))) throw new Error('dist/index.js is missing: run ncc first')
fs.mkdirSync(path.join(dist, 'post'), { recursive: true })
fs.writeFileSync(
  path.join(dist, 'post', 'index.js'),
  [
    "// The post step (action.yml runs.post): the action's one bundle, ../index.js, entered at its post step.",
    '// Written by scripts/build-post-entry.mjs; the symbol is the one src/index.ts checks.',
    "globalThis[Symbol.for('glue-workflow-action.post-step')] = true",
    "await import('../index.js')",
    ''
  ].join('\n')
)
