/** StartWorkflowRun is not idempotent: a lost answer must never make a second run. */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { GetWorkflowRunsCommand, GlueClient, StartWorkflowRunCommand } from '@aws-sdk/client-glue'
import { mockClient } from 'aws-sdk-client-mock'
import { GlueGateway, START_TOKEN_PROPERTY } from '../../src/aws/glue.js'

const glue = mockClient(GlueClient)
const lostAnswer = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
const badRequest = () =>
  Object.assign(new Error('bad'), { name: 'InvalidInputException', $metadata: { httpStatusCode: 400 } })

beforeEach(() => {
  glue.reset()
})

function tokenSent(call = 0): string {
  const input = glue.commandCalls(StartWorkflowRunCommand)[call].args[0].input
  return input.RunProperties![START_TOKEN_PROPERTY]
}

describe('GlueGateway.startWorkflowRun', () => {
  it('adopts the run a lost answer started, instead of starting another', async () => {
    glue.on(StartWorkflowRunCommand).rejects(lostAnswer())
    glue.on(GetWorkflowRunsCommand).callsFake(() => ({
      Runs: [
        { WorkflowRunId: 'wr_other', WorkflowRunProperties: { [START_TOKEN_PROPERTY]: 'someone-else' } },
        { WorkflowRunId: 'wr_mine', WorkflowRunProperties: { [START_TOKEN_PROPERTY]: tokenSent() } }
      ]
    }))
    const runId = await new GlueGateway({ region: 'us-east-1' }).startWorkflowRun('wf', { env: 'ci' })
    expect(runId).toBe('wr_mine')
    expect(glue.commandCalls(StartWorkflowRunCommand)).toHaveLength(1)
    expect(glue.commandCalls(StartWorkflowRunCommand)[0].args[0].input.RunProperties).toMatchObject({ env: 'ci' })
  })

  it('starts again with the same token when no run carries it', async () => {
    glue.on(StartWorkflowRunCommand).rejectsOnce(lostAnswer()).resolves({ RunId: 'wr_second_try' })
    glue.on(GetWorkflowRunsCommand).resolves({ Runs: [] })
    const runId = await new GlueGateway({ region: 'us-east-1' }).startWorkflowRun('wf', {})
    expect(runId).toBe('wr_second_try')
    expect(tokenSent(1)).toBe(tokenSent(0))
  })

  it('does not retry an error Glue answered before acting', async () => {
    glue.on(StartWorkflowRunCommand).rejects(badRequest())
    await expect(new GlueGateway({ region: 'us-east-1' }).startWorkflowRun('wf', {})).rejects.toMatchObject({
      name: 'InvalidInputException'
    })
    expect(glue.commandCalls(StartWorkflowRunCommand)).toHaveLength(1)
    expect(glue.commandCalls(GetWorkflowRunsCommand)).toHaveLength(0)
  })
})
