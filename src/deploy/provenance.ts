/**
 * Which repository, commit and workflow run made a deploy, from the runner's GITHUB_* variables. Read as
 * @actions/github's `context` reads them (repo, sha, serverUrl, runId), without loading @actions/github and its
 * Octokit: a deploy needs four variables, not an API client.
 */
import type { Provenance } from './tags.js'

export function provenanceFromContext(env: NodeJS.ProcessEnv = process.env): Provenance {
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runId = parseInt(env.GITHUB_RUN_ID as string, 10)
  const sha = env.GITHUB_SHA
  let repository = ''
  if (env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/')
    repository = `${owner}/${repo}`
  }
  return {
    repository,
    commit: sha,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''
  }
}
