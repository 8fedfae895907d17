import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { FINDING_RULES } from '../../src/verify/findings.js'

/** The rule names in the first column of the README's table of verify rules. */
function readmeRules(): string[] {
  const lines = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n')
  const header = lines.findIndex((line) => /^\|\s*rule\s*\|\s*fails when/.test(line))
  expect(header).toBeGreaterThan(0)
  const rows = []
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line.split('|')[1])
  }
  return rows.flatMap((cell) => [...cell.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]))
}

describe('finding rules', () => {
  it('the README table names exactly the rules verify can report', () => {
    expect([...readmeRules()].sort()).toEqual([...FINDING_RULES].sort())
  })
})
