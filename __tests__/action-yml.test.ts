/** action.yml is the public interface: it must declare exactly the inputs and outputs the code uses. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { INPUT_DEFAULTS } from '../src/inputs/defaults.js'

interface ActionYml {
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const root = path.resolve(import.meta.dirname, '..')
const meta = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : []
  })
}
const source = sourceFiles(path.join(root, 'src'))
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n')
const found = (pattern: RegExp) => [...new Set([...source.matchAll(pattern)].map((m) => m[1]))].sort()

describe('action.yml', () => {
  it('runs on node24 with a post step that can stop an orphaned run', () => {
    expect(meta.runs).toMatchObject({ using: 'node24', main: 'dist/index.js', post: 'dist/post/index.js' })
  })

  it('declares every input the code reads, and the code reads every declared input', () => {
    const read = found(/(?:\b(?:read|rawRead)|getInput)\(\s*'([a-z][a-z0-9-]*)'/g)
    expect(Object.keys(meta.inputs).sort()).toEqual(read)
  })

  it('declares every output the code sets, and the code sets every declared output', () => {
    const set = found(/setOutput\(\s*'([a-z][a-z0-9-]*)'/g)
    expect(Object.keys(meta.outputs).sort()).toEqual(set)
  })

  it('describes every input and output, and gives every input a default', () => {
    for (const [name, input] of Object.entries(meta.inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string'])
      expect([name, typeof input.default]).toEqual([name, 'string'])
    }
    for (const [name, output] of Object.entries(meta.outputs))
      expect([name, typeof output.description]).toEqual([name, 'string'])
  })

  it("defines every default once: the code applies exactly action.yml's (npm run input-defaults)", () => {
    const declared = Object.fromEntries(Object.entries(meta.inputs).map(([name, input]) => [name, input.default]))
    expect(INPUT_DEFAULTS).toEqual(declared)
  })

  it('leaves no default written in the code outside the generated file', () => {
    const literals = [...source.matchAll(/\|\|\s*'([^']+)'/g)].map((m) => m[1])
    expect(literals.filter((l) => Object.values(INPUT_DEFAULTS).includes(l as never) && l !== '')).toEqual([])
  })
})
