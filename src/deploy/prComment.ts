/**
 * Posts the plan on the pull request a `pull_request` event is about, and updates that same comment on every later
 * push (found by its hidden marker, one per Glue workflow) instead of adding one. @actions/github (octokit) is loaded
 * only here, only when a comment will be posted. A comment is never worth a failed deploy: no token, no permission
 * (forks, `pull-requests: read`) or GitHub being down is a warning that says what to add.
 */
import * as core from '../inertCore.js'
import fs from 'node:fs'
import { oneLine } from '../text.js'

/** The pull request a step runs for. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  /** The pull request's head commit (GITHUB_SHA is the merge commit on pull_request events). */
  headSha?: string
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
/** Everything the comment costs at most (list, then create or update), so that GitHub cannot hang a deploy. */
const COMMENT_TIMEOUT_MS = 30_000

/** The pull request of a pull_request event payload; undefined for any other event. Pure. */
export function pullRequestOf(
  eventName: string | undefined,
  payload: unknown,
  repository: string | undefined
): PullRequestRef | undefined {
  if (!eventName || !PULL_REQUEST_EVENTS.has(eventName)) return undefined
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } } | undefined)?.pull_request
  const repoOf = (payload as { repository?: { name?: unknown; owner?: { login?: unknown } } } | undefined)?.repository
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  if (typeof pr?.number !== 'number') return undefined
  const [owner, repo] = repository?.includes('/')
    ? repository.split('/', 2)
    : [text(repoOf?.owner?.login), text(repoOf?.name)]
  if (!owner || !repo) return undefined
  return { owner, repo, number: pr.number, ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {}) }
}

/** The pull request of this step's event, read from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export function currentPullRequest(env: NodeJS.ProcessEnv = process.env): PullRequestRef | undefined {
  if (!env.GITHUB_EVENT_NAME || !PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME)) return undefined
  let payload: unknown
  try {
    payload = env.GITHUB_EVENT_PATH ? JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined
  } catch (error) {
    core.warning(`Could not read the pull_request event payload (${oneLine(String(error), 200)}): no plan comment`)
    return undefined
  }
  return pullRequestOf(env.GITHUB_EVENT_NAME, payload, env.GITHUB_REPOSITORY)
}

/**
 * Creates or updates the comment whose body starts with `marker`; returns what it did, or undefined after a warning.
 * @param body the whole comment (its first line is `marker`)
 */
export async function upsertPlanComment(
  pr: PullRequestRef,
  token: string,
  marker: string,
  body: string
): Promise<'created' | 'updated' | undefined> {
  const where = `pull request #${pr.number}`
  if (token === '') {
    core.warning(
      `No github-token to comment the plan on ${where}: pass github-token (default: the job's GITHUB_TOKEN), ` +
        'or set pr-comment: false. The plan is in the job summary'
    )
    return undefined
  }
  try {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(token, { request: { signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS) } })
    const issue = { owner: pr.owner, repo: pr.repo, issue_number: pr.number }
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
    const mine = comments.find((c) => c.body?.startsWith(marker))
    if (mine) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: mine.id,
        body
      })
      core.info(`Updated the plan comment on ${where}: ${data.html_url}`)
      return 'updated'
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body })
    core.info(`Commented the plan on ${where}: ${data.html_url}`)
    return 'created'
  } catch (error) {
    core.warning(commentFailure(where, error))
    return undefined
  }
}

/** Why the comment failed and what to do, on one line. Pure. */
export function commentFailure(where: string, error: unknown): string {
  const status = (error as { status?: unknown } | undefined)?.status
  const said = oneLine(error instanceof Error ? error.message : String(error), 200)
  if (status === 403 || status === 404) {
    return (
      `Could not comment the plan on ${where}: GitHub answered ${status} (${said}). Give the job ` +
      '`permissions: pull-requests: write` (a pull request from a fork gets a read-only token whatever the ' +
      'permissions), or set pr-comment: false. The plan is in the job summary'
    )
  }
  const what = typeof status === 'number' ? `GitHub answered ${status} (${said})` : said
  return `Could not comment the plan on ${where}: ${what}. The plan is in the job summary`
}
