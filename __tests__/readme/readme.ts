/** The README as the tests read it: its YAML examples and its tables, through a GFM renderer (marked). */
import fs from 'node:fs'
import path from 'node:path'
import { marked, type Token, type Tokens } from 'marked'
import { parse } from 'yaml'
import { ROOT } from '../../testkit/actionStep.js'
import type { Workflow } from '../e2e/workflowRunner.js'

export const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
export const TOKENS = marked.lexer(README, { gfm: true })

function allTokens(): Token[] {
  const out: Token[] = []
  void marked.walkTokens(TOKENS, (t) => {
    out.push(t)
  })
  return out
}

export interface YamlExample {
  /** 1-based position among the README's YAML blocks. */
  index: number
  /** The heading the block is under. */
  heading: string
  text: string
  kind: 'workflow' | 'jobs-input'
  workflow?: Workflow
  /** For a `jobs: |` example: the value of the jobs input. */
  jobsInput?: string
}

/** Every ```yaml block, classified: a whole workflow file, or a value of the `jobs` input (`jobs: |`). */
export function yamlExamples(): YamlExample[] {
  const examples: YamlExample[] = []
  let heading = ''
  for (const token of allTokens()) {
    if (token.type === 'heading') heading = (token as Tokens.Heading).text
    if (token.type !== 'code' || (token as Tokens.Code).lang !== 'yaml') continue
    const text = (token as Tokens.Code).text
    const value = parse(text) as Record<string, unknown>
    const index = examples.length + 1
    if (value && typeof value.jobs === 'object' && 'on' in value)
      examples.push({ index, heading, text, kind: 'workflow', workflow: value as unknown as Workflow })
    else if (value && Object.keys(value).length === 1 && typeof value.jobs === 'string')
      examples.push({ index, heading, text, kind: 'jobs-input', jobsInput: value.jobs })
    else throw new Error(`README YAML block ${index} (under "${heading}") is neither a workflow nor a jobs input`)
  }
  return examples
}

/** The rows of the first table under a heading, as plain text cells. */
export function tableUnder(headingText: string): { header: string[]; rows: string[][] } {
  let inSection = false
  for (const token of TOKENS) {
    if (token.type === 'heading') inSection = (token as Tokens.Heading).text === headingText
    else if (inSection && token.type === 'table') {
      const table = token as Tokens.Table
      return { header: table.header.map((c) => c.text), rows: table.rows.map((r) => r.map((c) => c.text)) }
    }
  }
  throw new Error(`no table under the heading "${headingText}"`)
}

/** The README rendered to HTML by marked with GitHub-flavoured Markdown, as GitHub renders it. */
export function readmeHtml(): string {
  return marked.parse(README, { gfm: true, async: false })
}
