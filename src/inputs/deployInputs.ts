/** Inputs of `mode: deploy`, parsed into the desired WorkflowSpec. Pure. */
import type { PipelineSpec, WorkflowSpec } from '../pipeline/spec.js'
import type { CommonInputs } from './commonInputs.js'
import { InputError } from './errors.js'
import { checkGlueKey, parseBoolean, parseNumber, parseStringMap, withDefaults, type InputReader } from './fields.js'
import type { Mode } from './modes.js'
import { parseJobs } from './parseJobs.js'
import { parseStartOn } from './parseStartOn.js'
import { parseTags } from './parseTags.js'

export interface DeployInputs {
  spec: WorkflowSpec
  dryRun: boolean
  /** On a pull_request event: post the plan as a comment on the pull request (`pr-comment`), with `github-token`. */
  prComment: { enabled: boolean; token: string }
  /** `mode: deploy … verify`: verify draws the stage graph in this step's summary (coloured by outcome). */
  verifyFollows: boolean
}

export function readDeployInputs(
  rawRead: InputReader,
  common: CommonInputs,
  pipeline: PipelineSpec = parseJobs(rawRead('jobs')),
  modes: Mode[] = ['deploy']
): DeployInputs {
  const read = withDefaults(rawRead)
  const description = read('description')
  if (description.length > 2048)
    throw new InputError('description', `is ${description.length} characters; Glue allows 2048`)
  const maxConcurrentRuns = parseNumber('max-concurrent-runs', read('max-concurrent-runs'), {
    min: 1,
    max: 1000,
    integer: true
  })
  const defaultRunProperties = parseStringMap('default-run-properties', read('default-run-properties'))
  for (const key of Object.keys(defaultRunProperties)) checkGlueKey('default-run-properties', 'key', key)
  return {
    spec: {
      workflowName: common.workflowName,
      description,
      pipeline,
      startOn: parseStartOn(read('start-on'), read('event-batch-size'), read('event-batch-window')),
      tags: parseTags(read('tags')),
      ...(maxConcurrentRuns === undefined ? {} : { maxConcurrentRuns }),
      defaultRunProperties
    },
    dryRun: parseBoolean('dry-run', read('dry-run')),
    prComment: { enabled: parseBoolean('pr-comment', read('pr-comment')), token: githubToken(read('github-token')) },
    verifyFollows: modes.includes('verify')
  }
}

/**
 * The token, or '' when there is none: empty, or action.yml's default expression left unexpanded (a local run, where
 * no runner evaluated `${{ github.token }}`).
 */
function githubToken(raw: string): string {
  const token = raw.trim()
  return /^\$\{\{.*\}\}$/s.test(token) ? '' : token
}
