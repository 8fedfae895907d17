/** provenanceFromContext reads the GITHUB_* variables as @actions/github's context does, without loading it. */
import { afterEach, describe, expect, it } from '@jest/globals'
import * as github from '@actions/github'
import { provenanceFromContext } from '../../src/deploy/provenance.js'

const NAMES = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_SERVER_URL', 'GITHUB_RUN_ID', 'GITHUB_EVENT_PATH'] as const
const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]))
afterEach(() => {
  for (const n of NAMES) {
    if (saved[n] === undefined) delete process.env[n]
    else process.env[n] = saved[n]
  }
})

/** What the code before read from @actions/github: a fresh Context, as the first import of the package makes. */
function fromGithubContext() {
  const context = new (github.context.constructor as new () => typeof github.context)()
  const { serverUrl, runId, sha } = context
  const repository = process.env.GITHUB_REPOSITORY ? `${context.repo.owner}/${context.repo.repo}` : ''
  return {
    repository,
    commit: sha,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ''
  }
}

const CASES: Record<string, Partial<Record<(typeof NAMES)[number], string>>> = {
  'a GitHub-hosted run': {
    GITHUB_REPOSITORY: 'metriccare/lakehouse',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242'
  },
  'GitHub Enterprise Server': {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'abc',
    GITHUB_SERVER_URL: 'https://ghe.example',
    GITHUB_RUN_ID: '7'
  },
  'no server URL (github.com)': { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_RUN_ID: '7' },
  'no run id': { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' },
  'a run id that is not a number': { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: 'x' },
  'a run id of 0': { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '0' },
  'a run id with a suffix': { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '12abc' },
  'no repository': { GITHUB_SHA: 'abc', GITHUB_RUN_ID: '7' },
  'an empty repository': { GITHUB_REPOSITORY: '', GITHUB_RUN_ID: '7' },
  'a repository with more than one slash': { GITHUB_REPOSITORY: 'o/r/x', GITHUB_RUN_ID: '7' },
  'a repository without a slash': { GITHUB_REPOSITORY: 'o', GITHUB_RUN_ID: '7' },
  'nothing at all': {}
}

describe('provenanceFromContext', () => {
  it.each(Object.entries(CASES))('%s: the same as @actions/github context', (_, env) => {
    for (const n of NAMES) delete process.env[n]
    Object.assign(process.env, env)
    expect(provenanceFromContext()).toEqual(fromGithubContext())
  })

  it('reads the variables when called, not when loaded', () => {
    for (const n of NAMES) delete process.env[n]
    Object.assign(process.env, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_RUN_ID: '7' })
    expect(provenanceFromContext()).toEqual({
      repository: 'o/r',
      commit: 'abc',
      runUrl: 'https://github.com/o/r/actions/runs/7'
    })
  })
})
