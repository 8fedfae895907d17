/**
 * The README's reference tables, rendered as GitHub renders them (GFM, through marked): every input and output is one
 * row of an unbroken table, inputs with action.yml's default; and the IAM policy allows every Glue call the code makes.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Tokens } from 'marked'
import { ROOT } from '../../testkit/actionStep.js'
import { ACTION_YML } from '../e2e/workflowRunner.js'
import { README, readmeHtml, tableUnder, TOKENS } from './readme.js'

const code = (text: string) => `\`${text}\``

describe('README tables', () => {
  it('render as tables: no row of pipes falls out of its table into a paragraph', () => {
    const html = readmeHtml()
    const strayRows = [...html.matchAll(/<p>([^<]*\|.*?)<\/p>/gs)].map((m) => m[1].slice(0, 80))
    expect(strayRows).toEqual([])
    // Each table is one block: a blank line inside a table would end it and leave its rest as a paragraph.
    const lines = README.split('\n')
    const orphans = lines.filter(
      (l, i) => /^\|.*\|$/.test(l) && i > 0 && lines[i - 1] === '' && !/^\|[- |:]+\|$/.test(lines[i + 1] ?? '')
    )
    expect(orphans).toEqual([])
  })

  it("has one Inputs row per action.yml input, in an unbroken table, with action.yml's default", () => {
    const { header, rows } = tableUnder('Inputs')
    expect(header).toEqual(['input', 'modes', 'default', 'description'])
    const inputs = Object.entries(ACTION_YML.inputs)
    expect(rows.map((r) => r[0]).sort()).toEqual(inputs.map(([name]) => code(name)).sort())
    for (const [name, input] of inputs) {
      const row = rows.find((r) => r[0] === code(name))!
      expect([name, row[2]]).toEqual([name, code(input.default === '' ? "''" : input.default!)])
      expect([name, row[3].length > 10]).toEqual([name, true])
    }
    const rendered = readmeHtml()
    const inputsTable = rendered.slice(rendered.indexOf('<h2>Inputs</h2>')).split('</table>')[0]
    expect(inputsTable.match(/<tr>/g)?.length).toBe(inputs.length + 1)
  })

  it('has one Outputs row per action.yml output, in an unbroken table, with its mode', () => {
    const { header, rows } = tableUnder('Outputs')
    expect(header).toEqual(['output', 'mode', 'description'])
    const outputs = Object.keys(ACTION_YML.outputs)
    expect(rows.map((r) => r[0]).sort()).toEqual(outputs.map(code).sort())
    for (const row of rows) expect(['deploy', 'start', 'verify']).toContain(row[1])
    const rendered = readmeHtml()
    const outputsTable = rendered.slice(rendered.indexOf('<h2>Outputs</h2>')).split('</table>')[0]
    expect(outputsTable.match(/<tr>/g)?.length).toBe(outputs.length + 1)
  })

  it('gives an IAM policy that allows every Glue operation the action calls', () => {
    const policyBlock = TOKENS.filter((t): t is Tokens.Code => t.type === 'code').find(
      (t) => t.lang === 'json' && t.text.includes('glue:')
    )!
    const policy = JSON.parse(policyBlock.text) as { Statement: { Sid: string; Action: string[] }[] }
    const allowed = new Set(policy.Statement.flatMap((s) => s.Action))
    const sourceFiles = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : []
      })
    const calls = new Set<string>()
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      const text = fs.readFileSync(file, 'utf8')
      for (const m of text.matchAll(/new (\w+)Command\(/g)) if (m[1] !== 'GetCallerIdentity') calls.add(`glue:${m[1]}`)
    }
    expect(calls.size).toBeGreaterThan(10)
    expect([...calls].filter((c) => !allowed.has(c))).toEqual([])
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      'Deploy',
      'Start',
      'StartStopJobRunsOnCancel',
      'Verify',
      'LogLinks'
    ])
    // The roles table names only statements the policy has.
    const roles = tableUnder('IAM permissions').rows
    for (const row of roles)
      for (const sid of row[2].match(/`(\w+)`/g) ?? [])
        expect(policy.Statement.map((s) => `\`${s.Sid}\``)).toContain(sid)
  })
})
