/**
 * mode: deploy sends its first reads in one round trip: STS GetCallerIdentity, BatchGetJobs and GetWorkflow go out
 * together (the workflow read needs no account id), then GetTags. A mocked STS answers only once it has seen the other
 * two sent, so a deploy that waited for the account id before reading the workflow would be caught.
 */
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  BatchGetJobsCommand,
  BatchGetTriggersCommand,
  GetTagsCommand,
  GetWorkflowCommand,
  GlueClient
} from '@aws-sdk/client-glue'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

// getInput as @actions/core has it, counted: a runner sets every input, and then main.ts reads them without it.
const actual = await import('@actions/core')
const getInput = jest.fn(actual.getInput)
jest.unstable_mockModule('@actions/core', () => ({ ...actual, getInput }))
const { run } = await import('../../src/main.js')

const glue = mockClient(GlueClient)
const sts = mockClient(STSClient)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-reads-'))
let stdout = ''
jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
  stdout += chunk.toString()
  return true
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Operations in the order they were sent, STS included. */
let sent: string[] = []
const record = (op: string) => sent.push(op)
/** Waits up to 1 s for `done`; whether it came. */
const until = async (done: () => boolean): Promise<boolean> => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
  return done()
}
/** Whether GetWorkflow and BatchGetJobs were both sent before STS answered. */
let sentBeforeAccountId = false

beforeEach(() => {
  glue.reset()
  sts.reset()
  sent = []
  sentBeforeAccountId = false
  sts.on(GetCallerIdentityCommand).callsFake(async () => {
    record('GetCallerIdentity')
    sentBeforeAccountId = await until(() => sent.includes('GetWorkflow') && sent.includes('BatchGetJobs'))
    return { Account: '123456789012' }
  })
  glue.on(BatchGetJobsCommand).callsFake(() => (record('BatchGetJobs'), { JobsNotFound: [] }))
  glue.on(GetTagsCommand).callsFake(() => (record('GetTags'), { Tags: {} }))
  // The trigger names the plan creates are free.
  glue.on(BatchGetTriggersCommand).callsFake(() => (record('BatchGetTriggers'), { Triggers: [], TriggersNotFound: [] }))
})

/** Every input action.yml declares, with its default: what a GitHub runner sets before the step starts. */
const RUNNER_DEFAULTS = Object.fromEntries(
  Object.entries(
    (parseYaml(fs.readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string }> }).inputs
  ).map(([name, input]) => [`INPUT_${name.toUpperCase()}`, input.default])
)

async function deploy(
  runner = false,
  inputs: Record<string, string> = {}
): Promise<{ failed: boolean; errors: string[] }> {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  if (runner) Object.assign(process.env, RUNNER_DEFAULTS)
  getInput.mockClear()
  Object.assign(process.env, {
    INPUT_MODE: 'deploy',
    'INPUT_WORKFLOW-NAME': 'wf',
    INPUT_JOBS: 'bronze: mc-bronze\nsilver: mc-silver',
    'INPUT_START-ON': 'on-demand',
    'INPUT_EVENT-BATCH-SIZE': '1',
    'INPUT_DRY-RUN': 'true',
    AWS_REGION: 'us-east-1',
    GITHUB_OUTPUT: path.join(dir, 'out'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    ...inputs
  })
  for (const f of [process.env.GITHUB_OUTPUT!, process.env.GITHUB_STEP_SUMMARY!]) fs.writeFileSync(f, '')
  stdout = ''
  process.exitCode = undefined
  await run()
  const failed = process.exitCode === 1
  process.exitCode = undefined
  return { failed, errors: stdout.split('\n').filter((l) => l.startsWith('::error::')) }
}

describe('mode: deploy, first reads', () => {
  it('sends GetWorkflow without waiting for the account id, then GetTags with it', async () => {
    glue.on(GetWorkflowCommand).callsFake(() => (record('GetWorkflow'), { Workflow: { Name: 'wf', Graph: {} } }))
    const result = await deploy()
    expect(result).toEqual({ failed: false, errors: [] })
    expect(sentBeforeAccountId).toBe(true)
    expect(sent.slice(0, 3).sort()).toEqual(['BatchGetJobs', 'GetCallerIdentity', 'GetWorkflow'])
    expect(sent.slice(3)).toEqual(['GetTags', 'BatchGetTriggers'])
  })

  it('a missing job is still the error reported when the workflow read fails too', async () => {
    glue.on(BatchGetJobsCommand).callsFake(() => (record('BatchGetJobs'), { JobsNotFound: ['mc-silver'] }))
    glue.on(GetWorkflowCommand).callsFake(() => {
      record('GetWorkflow')
      throw Object.assign(new Error('User is not authorized to perform glue:GetWorkflow'), {
        name: 'AccessDeniedException'
      })
    })
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(result.errors).toEqual([
      "::error::Input 'jobs': job 'mc-silver' not found in AWS Glue (create them first, or fix the names)"
    ])
  })

  it('a failed workflow read is reported once the account id and the jobs are known', async () => {
    glue.on(GetWorkflowCommand).callsFake(() => {
      record('GetWorkflow')
      throw Object.assign(new Error('User is not authorized to perform glue:GetWorkflow'), {
        name: 'AccessDeniedException'
      })
    })
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('glue:GetWorkflow')
    expect(sent).not.toContain('GetTags')
  })

  it('with every input set, as a runner sets them, reads them from the environment (trimmed) without getInput', async () => {
    glue.on(GetWorkflowCommand).callsFake(() => (record('GetWorkflow'), { Workflow: { Name: 'wf', Graph: {} } }))
    const result = await deploy(true, { 'INPUT_WORKFLOW-NAME': ' wf ' })
    expect(result).toEqual({ failed: false, errors: [] })
    expect(sentBeforeAccountId).toBe(true)
    expect(getInput).not.toHaveBeenCalled()
    expect(glue.commandCalls(GetWorkflowCommand)[0].args[0].input.Name).toBe('wf')
  })

  it('with an input not set at all, reads every input through @actions/core getInput, as before', async () => {
    glue.on(GetWorkflowCommand).callsFake(() => (record('GetWorkflow'), { Workflow: { Name: 'wf', Graph: {} } }))
    const result = await deploy()
    expect(result).toEqual({ failed: false, errors: [] })
    expect(getInput).toHaveBeenCalledWith('mode')
    expect(getInput).toHaveBeenCalledWith('region')
  })
})
