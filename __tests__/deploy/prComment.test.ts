/** The comment's shell, in process, against the stand-in of GitHub's comment routes. */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commentPlanOnPullRequest } from '../../src/deploy/planOnPullRequest.js'
import { currentPullRequest, upsertPlanComment } from '../../src/deploy/prComment.js'
import type { DeployInputs } from '../../src/inputs/deployInputs.js'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { ROOT } from '../../testkit/actionStep.js'
import { startGitHubApi, type GitHubStandIn } from '../../testkit/githubApi.js'

const TOKEN = 'ghs_unit0123456789'
const PAYLOAD = path.join(ROOT, '__tests__', 'fixtures', 'github', 'pull_request.opened.json')
let github: GitHubStandIn
const saved = { ...process.env }
let out: string[] = []

beforeAll(async () => {
  github = await startGitHubApi({ token: TOKEN })
})
afterAll(async () => {
  await github.close()
})
afterEach(() => {
  process.env = { ...saved }
  jest.restoreAllMocks()
})

function pullRequestEnv(): void {
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: PAYLOAD,
    GITHUB_REPOSITORY: 'metriccare/lakehouse',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77'
  })
  out = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk))
    return true
  })
}

const inputs = (enabled: boolean, token = TOKEN): DeployInputs => ({
  spec: {
    workflowName: 'unit-wf',
    description: '',
    pipeline: parseJobs('bronze: b'),
    startOn: { type: 'on-demand' },
    tags: {},
    defaultRunProperties: {}
  },
  dryRun: true,
  prComment: { enabled, token },
  verifyFollows: false
})
const plan = { entries: [], writes: [] }

describe('commentPlanOnPullRequest', () => {
  it('creates the comment, then updates it', async () => {
    pullRequestEnv()
    await commentPlanOnPullRequest(inputs(true), plan)
    await commentPlanOnPullRequest(inputs(true), plan)
    const comments = github.comments('metriccare/lakehouse#17')
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('[workflow run](https://github.com/metriccare/lakehouse/actions/runs/77)')
    expect(out.join('')).toContain('Updated the plan comment on pull request #17')
  })

  it('does nothing when turned off, and warns without a token', async () => {
    pullRequestEnv()
    github.requests.length = 0
    await commentPlanOnPullRequest(inputs(false), plan)
    expect(github.requests).toEqual([])
    await commentPlanOnPullRequest(inputs(true, ''), plan)
    expect(github.requests).toEqual([])
    expect(out.join('')).toContain('::warning::No github-token to comment the plan on pull request #17')
  })

  it('warns when the payload cannot be read, and when GitHub refuses the comment', async () => {
    pullRequestEnv()
    process.env.GITHUB_EVENT_PATH = path.join(os.tmpdir(), 'no-such-event.json')
    expect(currentPullRequest()).toBeUndefined()
    expect(out.join('')).toContain('::warning::Could not read the pull_request event payload')
    // (octokit takes GITHUB_API_URL when it is first loaded: the stand-in refuses instead of a dead address.)
    github.denyWrites = true
    try {
      expect(await upsertPlanComment({ owner: 'o', repo: 'r', number: 1 }, TOKEN, '<!-- m -->', 'body')).toBeUndefined()
    } finally {
      github.denyWrites = false
    }
    expect(out.join('')).toContain('::warning::Could not comment the plan on pull request #1: GitHub answered 403')
  })

  it('reads nothing for other events', () => {
    expect(currentPullRequest({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: PAYLOAD })).toBeUndefined()
    expect(fs.existsSync(PAYLOAD)).toBe(true)
  })
})
