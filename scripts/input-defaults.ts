/**
 * Writes src/inputs/defaults.ts from action.yml, the one place where input defaults are defined (the runner applies
 * them on GitHub; the code applies the same ones for an empty input, in tests and local runs).
 * `npm run input-defaults`; __tests__/action-yml.test.ts fails when the file is out of date.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

export const DEFAULTS_FILE = path.resolve(import.meta.dirname, '..', 'src', 'inputs', 'defaults.ts')

export function renderInputDefaults(actionYml: string): string {
  const meta = parse(actionYml) as { inputs: Record<string, { default?: string }> }
  const entries = Object.entries(meta.inputs).map(
    ([name, input]) => `  '${name}': ${JSON.stringify(input.default ?? '')}`
  )
  return [
    '/** Generated from action.yml by `npm run input-defaults`: do not edit (a test checks it is current). */',
    'export const INPUT_DEFAULTS = {',
    entries.join(',\n'),
    '} as const',
    '',
    'export type InputName = keyof typeof INPUT_DEFAULTS',
    ''
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const actionYml = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'action.yml'), 'utf8')
  fs.writeFileSync(DEFAULTS_FILE, renderInputDefaults(actionYml))
  console.log(`wrote ${path.relative(process.cwd(), DEFAULTS_FILE)}`)
}
