/**
 * `npm run validate:actions` (part of npm test, so of CI): action.yml, the workflows and dependabot.yml are validated
 * against SchemaStore's current schemas (vendored), workflows also by actionlint and against action.yml's inputs and
 * outputs. The repository's files pass; an invalid file fails the command.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { actionUsageFindings, schemaFindings, type ActionMeta } from '../../scripts/lib/actionFiles.js'
import { ROOT } from '../../testkit/actionStep.js'

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const ACTION = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
const ACTION_YML = parse(ACTION) as ActionMeta

function validate(root?: string) {
  const run = spawnSync(
    process.execPath,
    [TSX, path.join(ROOT, 'scripts', 'validate-actions.ts'), ...(root ? ['--root', root] : [])],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000
    }
  )
  return { code: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr }
}

function repoWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-actions-'))
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  return dir
}

const INVALID_WORKFLOW = `name: broken
on: pull_requests
jobs:
  test:
    steps:
      - uses: actions/checkout@v6
      - uses: ./
        id: glue
        with:
          mode: deploy
          workflow: metriccare_etl_workflow
      - run: echo "\${{ steps.glue.outputs.run_id }}"
        timeout-minute: 5
`

describe('validate:actions', () => {
  it("passes the repository's action.yml, every workflow and dependabot.yml", () => {
    const result = validate()
    expect(result).toMatchObject({ code: 0 })
    const workflows = fs.readdirSync(path.join(ROOT, '.github', 'workflows')).filter((f) => f.endsWith('.yml'))
    expect(workflows.sort()).toEqual(['ci.yml', 'codeql.yml', 'release.yml', 'self-test.yml'])
    for (const file of ['action.yml', '.github/dependabot.yml', ...workflows.map((w) => `.github/workflows/${w}`)])
      expect(result.lines.at(-1)).toContain(file)
  }, 60_000)

  it('rejects an invalid workflow, naming each problem with its line (schema, actionlint and action.yml)', () => {
    const dir = repoWith({ 'action.yml': ACTION, '.github/workflows/broken.yml': INVALID_WORKFLOW })
    try {
      const result = validate(dir)
      expect(result.code).toBe(1)
      const text = result.lines.join('\n')
      expect(text).toMatch(/broken\.yml:2:\d+: \/on: must be equal to one of the allowed values .*\(schema\)/)
      expect(text).toMatch(/broken\.yml:13:\d+: .*unknown key 'timeout-minute' \(schema\)/)
      expect(text).toMatch(/broken\.yml:2:\d+: unknown Webhook event "pull_requests".*\(actionlint\)/)
      expect(text).toMatch(/broken\.yml:4:\d+: "runs-on" section is missing in job "test".*\(actionlint\)/)
      expect(text).toMatch(
        /broken\.yml:11:\d+: step 2 of job 'test': action\.yml has no input 'workflow' \(action\.yml\)/
      )
      expect(text).toMatch(/broken\.yml:12:\d+: steps\.glue\.outputs\.run_id: action\.yml has no output 'run_id'/)
      expect(result.lines.at(-1)).toMatch(/^validate-actions: \d+ finding\(s\) in 1 of 2 files$/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('accepts runs.using: node24 and rejects a runtime GitHub does not have', () => {
    expect(schemaFindings('action.yml', ACTION, 'action')).toEqual([])
    const bad = schemaFindings('action.yml', ACTION.replace("using: 'node24'", "using: 'node25'"), 'action')
    expect(bad.map((f) => f.message)).toContain(
      '/runs/using: must be equal to one of the allowed values (node12, node16, node20, node24)'
    )
  })

  it('rejects an invalid action.yml and dependabot.yml, and YAML that does not parse', () => {
    expect(
      schemaFindings('action.yml', `${ACTION}\nbranding: { icon: cloud, colour: orange }\n`, 'action')
    ).not.toEqual([])
    const dependabot = 'version: 2\nupdates:\n  - package-ecosystem: npm\n    schedule: { interval: hourly }\n'
    expect(schemaFindings('.github/dependabot.yml', dependabot, 'dependabot').map((f) => f.line)).toContain(4)
    expect(schemaFindings('x.yml', 'on: push\njobs: [\n', 'workflow')[0]).toMatchObject({ source: 'yaml' })
  })

  it("checks this action's inputs and outputs wherever a workflow uses it, at any ref", () => {
    const workflow = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: metriccare/glue-workflow-action@v1
        id: glue
        with: { mode: verify, max-age-hours: 26, max_age: 1 }
      - uses: someone/else@v1
        id: other
        with: { anything: 1 }
      - run: echo "\${{ steps.glue.outputs.verified }} \${{ steps.glue.outputs.verdict }} \${{ steps.other.outputs.x }}"
`
    expect(actionUsageFindings('w.yml', workflow, ACTION_YML).map((f) => f.message)).toEqual([
      "step 1 of job 'a': action.yml has no input 'max_age'",
      "steps.glue.outputs.verdict: action.yml has no output 'verdict'"
    ])
  })
})
