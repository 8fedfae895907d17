/** Which repository, commit and workflow run made a deploy, from @actions/github's context. */
import * as github from '@actions/github'
import type { Provenance } from './tags.js'

export function provenanceFromContext(): Provenance {
  const { serverUrl, runId, sha } = github.context
  const repository = process.env.GITHUB_REPOSITORY ? `${github.context.repo.owner}/${github.context.repo.repo}` : ''
  return {
    repository,
    commit: sha,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''
  }
}
