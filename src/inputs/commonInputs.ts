import { InputError } from './errors.js'
import { checkGlueName, withDefaults, type InputReader } from './fields.js'

export interface CommonInputs {
  workflowName: string
  region: string
}

export function readCommonInputs(rawRead: InputReader, env: NodeJS.ProcessEnv): CommonInputs {
  const read = withDefaults(rawRead)
  const workflowName = read('workflow-name').trim()
  checkGlueName('workflow-name', 'workflow name', workflowName)
  const region = read('region').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || ''
  if (region === '') {
    throw new InputError(
      'region',
      'no AWS region: set the region input or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
    )
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new InputError('region', `'${region}' is not an AWS region name (e.g. us-east-1)`)
  }
  return { workflowName, region }
}
