import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'

const AWS_CLI = '/usr/bin/aws'
const hasAwsCli = fs.existsSync(AWS_CLI)
const run = promisify(execFile)

if (!hasAwsCli) {
  console.warn(`glue-local: skipping the AWS CLI test because ${AWS_CLI} (Debian awscli v2) is not installed`)
}

;(hasAwsCli ? describe : describe.skip)(`AWS CLI (${AWS_CLI}) against glue-local`, () => {
  let glue: GlueLocal
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_PAGER: '' }

  beforeAll(async () => {
    glue = await startGlueLocal()
  })
  afterAll(async () => {
    await glue.close()
  })

  const aws = (...args: string[]) =>
    run(AWS_CLI, [...args, '--endpoint-url', glue.url, '--region', 'us-east-1', '--output', 'json'], { env })

  it('creates and reads a workflow', async () => {
    await aws('glue', 'create-workflow', '--name', 'cli-wf', '--description', 'from the CLI')
    const { stdout } = await aws('glue', 'get-workflow', '--name', 'cli-wf')
    expect((JSON.parse(stdout) as { Workflow: { Name: string } }).Workflow.Name).toBe('cli-wf')
  })

  it('gets a named error for a missing workflow', async () => {
    const error = await aws('glue', 'get-workflow', '--name', 'missing').then(
      () => undefined,
      (e: unknown) => e as { stderr: string }
    )
    expect(error?.stderr).toContain('EntityNotFoundException')
  })
})
