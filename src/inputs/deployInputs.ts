import type { WorkflowSpec } from '../pipeline/spec.js'
import type { CommonInputs } from './commonInputs.js'
import type { InputReader } from './fields.js'
import { parseJobs } from './parseJobs.js'

export interface DeployInputs {
  spec: WorkflowSpec
  dryRun: boolean
}

export function readDeployInputs(read: InputReader, common: CommonInputs): DeployInputs {
  return {
    spec: {
      workflowName: common.workflowName,
      description: read('description'),
      pipeline: parseJobs(read('jobs')),
      startOn: { type: 'on-demand' },
      tags: {},
      defaultRunProperties: {}
    },
    dryRun: false
  }
}
