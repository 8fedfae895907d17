import { EnvironmentError, InputError } from './errors.js'
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
  checkEndpointUrls(env)
  return { workflowName, region }
}

/** Endpoint overrides the AWS SDK reads (a proxy, a VPC endpoint, a local stand-in): each must be a URL. */
const ENDPOINT_VARIABLES = ['AWS_ENDPOINT_URL_GLUE', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL']

function checkEndpointUrls(env: NodeJS.ProcessEnv): void {
  for (const variable of ENDPOINT_VARIABLES) {
    const value = env[variable]?.trim()
    // The value is not printed: a URL may carry credentials (https://user:password@host).
    if (value && !URL.canParse(value)) {
      throw new EnvironmentError(variable, 'is not a URL (e.g. https://glue.us-east-1.amazonaws.com); fix or unset it')
    }
  }
}
