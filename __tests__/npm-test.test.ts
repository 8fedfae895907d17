/**
 * `npm test` tests the code as it is: it builds dist/ before the tests, which run the built action (end-to-end,
 * reliability, demo), so a dist/ older than src/ is never what passes.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts

describe('npm test', () => {
  it('builds dist/ before it runs the tests', () => {
    const steps = scripts.test.split('&&').map((s) => s.trim())
    const build = steps.indexOf('npm run build')
    const tests = steps.findIndex((s) => s.startsWith('npm run test:unit'))
    expect({ build: build >= 0, tests: tests >= 0, buildFirst: build < tests }).toEqual({
      build: true,
      tests: true,
      buildFirst: true
    })
  })
})
