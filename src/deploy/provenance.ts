/**
 * Which repository, commit and workflow run made a deploy, from the runner's variables (what @actions/github's
 * context reads too; that package is loaded only to comment on a pull request).
 */
import type { Provenance } from './tags.js'

export function provenanceFromContext(env: NodeJS.ProcessEnv = process.env): Provenance {
  const repository = env.GITHUB_REPOSITORY?.includes('/') ? env.GITHUB_REPOSITORY : ''
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const runId = env.GITHUB_RUN_ID ? parseInt(env.GITHUB_RUN_ID, 10) : NaN
  return {
    repository,
    commit: env.GITHUB_SHA,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''
  }
}
