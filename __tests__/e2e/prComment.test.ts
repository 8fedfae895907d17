/**
 * The plan on the pull request, end to end: the built action on a pull_request event (GITHUB_EVENT_NAME and a real
 * event payload at GITHUB_EVENT_PATH) against the local Glue endpoint and a local stand-in of GitHub's REST API
 * (GITHUB_API_URL): the first push creates the comment, the next push updates it in place, a refused write warns.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { ROOT, runMainStep, type StepResult } from '../../testkit/actionStep.js'
import { startGitHubApi, type GitHubStandIn } from '../../testkit/githubApi.js'
import { createJobs } from '../../testkit/glue.js'

const TOKEN = 'ghs_StandInToken0123456789abcdefABCDEF'
const ISSUE = 'metriccare/lakehouse#17'
const FIXTURE = path.join(ROOT, '__tests__', 'fixtures', 'github', 'pull_request.opened.json')
const HEAD_1 = '3f1c2a9be40d0c6a1f5e9b7d2c8a4e6f0b1d3c5a'
const HEAD_2 = 'c0ffee5e4f30211f2e3d4c5b6a79881a2b3c4d5e'

const jobs = (quality: string, extra = '') =>
  `bronze: pr-bronze\nsilver:\n  job: pr-silver\n  arguments: { --quality-checks: ${quality} }${extra}\ngold: pr-gold\n`

let glue: GlueLocal
let github: GitHubStandIn
let dir: string

beforeAll(async () => {
  glue = await startGlueLocal({ port: 0 })
  github = await startGitHubApi({ token: TOKEN, perPage: 2 })
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-pr-'))
})
afterAll(async () => {
  await github.close()
  await glue.close()
  fs.rmSync(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  glue.reset('all')
  await createJobs(glue.url, ['pr-bronze', 'pr-silver', 'pr-gold'], 100)
})

/** The event payload of a push to the pull request: `opened` for the first, `synchronize` for the next ones. */
function eventFile(headSha: string, action: 'opened' | 'synchronize'): string {
  const payload = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as {
    action: string
    before?: string
    after?: string
    pull_request: { head: { sha: string } }
  }
  payload.action = action
  if (action === 'synchronize') Object.assign(payload, { before: HEAD_1, after: headSha })
  payload.pull_request.head.sha = headSha
  const file = path.join(dir, `event-${headSha}.json`)
  fs.writeFileSync(file, JSON.stringify(payload))
  return file
}

function deploy(
  inputs: Record<string, string>,
  event: { name: string; path?: string },
  env: Record<string, string> = {}
): Promise<StepResult> {
  return runMainStep({
    endpoint: glue.url,
    inputs: { mode: 'deploy', 'workflow-name': 'lakehouse', 'github-token': TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: event.name,
      ...(event.path ? { GITHUB_EVENT_PATH: event.path } : {}),
      GITHUB_API_URL: github.url,
      ...env
    }
  })
}

const warnings = (step: StepResult) => step.stdout.split('\n').filter((l) => l.startsWith('::warning'))

describe('the plan on the pull request', () => {
  it('the first push creates the comment with before → after values; the next push updates it in place', async () => {
    expect((await deploy({ jobs: jobs('lax') }, { name: 'push' })).code).toBe(0)
    const human = github.addComment(ISSUE, 'Looks good to me, but what does the plan say?')
    github.requests.length = 0

    const first = await deploy(
      { jobs: jobs('strict'), 'dry-run': 'true' },
      { name: 'pull_request', path: eventFile(HEAD_1, 'opened') }
    )
    expect([first.code, warnings(first)]).toEqual([0, []])
    const [, created] = github.comments(ISSUE)
    expect(created.user.login).toBe('github-actions[bot]')
    expect(created.body.split('\n')[0]).toBe('<!-- glue-workflow-action:plan workflow=lakehouse -->')
    expect(created.body).toContain('**Dry run: nothing was written to AWS Glue.** It would make 1 write: 1 to update.')
    expect(created.body).toContain('! update trigger lakehouse-run-silver\n!     --quality-checks: lax → strict\n')
    expect(created.body).toContain('3 resources unchanged.')
    expect(created.body).toContain(`commit \`${HEAD_1.slice(0, 12)}\``)
    expect(created.body).toContain('[workflow run](https://github.com/metriccare/lakehouse/actions/runs/4242)')
    expect(first.stdout).toContain(`Commented the plan on pull request #17: ${created.html_url}`)
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/metriccare/lakehouse/issues/17/comments?per_page=100',
      'POST /repos/metriccare/lakehouse/issues/17/comments'
    ])
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    // The plan output and the job summary show the same values.
    const plan = JSON.parse(first.outputs.plan) as { name: string; fields: unknown[] }[]
    expect(plan.find((e) => e.name === 'lakehouse-run-silver')?.fields).toEqual([
      { field: '--quality-checks', before: 'lax', after: 'strict' }
    ])
    expect(first.summary).toContain('| trigger `lakehouse-run-silver` | ~ update | ~ --quality-checks: lax → strict |')
    expect(first.stdout).toContain('~ update trigger lakehouse-run-silver\n    ~ --quality-checks: lax → strict\n')

    // The next push changes Silver's timeout too: the same comment is rewritten, nothing is added. With more
    // comments than a page holds, it is found on a later page.
    github.addComment(ISSUE, 'Another remark')
    github.requests.length = 0
    const second = await deploy(
      { jobs: jobs('strict', '\n  timeout: 60'), 'dry-run': 'true' },
      { name: 'pull_request', path: eventFile(HEAD_2, 'synchronize') }
    )
    expect([second.code, warnings(second)]).toEqual([0, []])
    const comments = github.comments(ISSUE)
    expect(comments.map((c) => c.id)).toEqual([human.id, created.id, comments[2].id])
    expect(comments[0].body).toBe('Looks good to me, but what does the plan say?')
    const updated = comments[1]
    expect(updated.body).toContain('!     --quality-checks: lax → strict\n+     timeout: 60 min\n')
    expect(updated.body).toContain(`commit \`${HEAD_2.slice(0, 12)}\``)
    expect(updated.body).not.toContain(HEAD_1.slice(0, 12))
    expect(second.stdout).toContain(`Updated the plan comment on pull request #17: ${created.html_url}`)
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/metriccare/lakehouse/issues/17/comments?per_page=100',
      'GET /repos/metriccare/lakehouse/issues/17/comments?per_page=100&page=2',
      `PATCH /repos/metriccare/lakehouse/issues/comments/${created.id}`
    ])
  })

  it('a token that may not comment (403: a fork, or pull-requests: read) is a warning naming the permission', async () => {
    github.denyWrites = true
    try {
      const step = await deploy(
        { jobs: jobs('strict'), 'dry-run': 'true', 'workflow-name': 'forked' },
        { name: 'pull_request', path: eventFile(HEAD_1, 'opened') }
      )
      expect(step.code).toBe(0)
      expect(step.stdout).not.toContain('::error')
      expect(warnings(step)).toEqual([
        '::warning::Could not comment the plan on pull request #17: GitHub answered 403 (Resource not accessible by ' +
          'integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment). Give the job ' +
          '`permissions: pull-requests: write` (a pull request from a fork gets a read-only token whatever the ' +
          'permissions), or set pr-comment: false. The plan is in the job summary'
      ])
      expect(step.outputs.changed).toBe('true')
    } finally {
      github.denyWrites = false
    }
  })

  it('pr-comment: false, and events other than pull_request, post nothing', async () => {
    github.requests.length = 0
    const off = await deploy(
      { jobs: jobs('lax'), 'dry-run': 'true', 'pr-comment': 'false' },
      { name: 'pull_request', path: eventFile(HEAD_1, 'opened') }
    )
    const push = await deploy({ jobs: jobs('lax'), 'dry-run': 'true' }, { name: 'push' })
    expect([off.code, push.code]).toEqual([0, 0])
    expect(github.requests).toEqual([])
  })

  it('loads octokit only when it comments: not for a push, nor for start or verify on a pull request', async () => {
    const octokitChunk = fs
      .readdirSync(path.join(ROOT, 'dist'))
      .filter((f) => f.endsWith('.index.js'))
      .find((f) => fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8').includes('function getOctokit('))
    expect(octokitChunk).toBeDefined()
    const loaded = async (inputs: Record<string, string>, event: { name: string; path?: string }) => {
      const trace = path.join(dir, `trace-${Math.random()}.txt`)
      fs.writeFileSync(trace, '')
      const step = await deploy(inputs, event, {
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, 'testkit', 'traceImports.mjs')).href}`,
        TRACE_IMPORTS_FILE: trace
      })
      // Start and verify fail here (no such workflow): only what the step loaded matters.
      expect(step.stdout).not.toBe('')
      const urls = fs.readFileSync(trace, 'utf8').split('\n')
      expect(urls.some((u) => u.endsWith('/dist/index.js'))).toBe(true)
      return urls.some((u) => u.endsWith(`/dist/${octokitChunk}`))
    }
    expect(await loaded({ jobs: jobs('lax') }, { name: 'push' })).toBe(false)
    expect(
      await loaded({ mode: 'verify', jobs: jobs('lax') }, { name: 'pull_request', path: eventFile(HEAD_1, 'opened') })
    ).toBe(false)
    expect(
      await loaded(
        { jobs: jobs('lax'), 'dry-run': 'true' },
        { name: 'pull_request', path: eventFile(HEAD_1, 'opened') }
      )
    ).toBe(true)
  })
})
