import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'

const AWS_CLI = '/usr/bin/aws'
const hasAwsCli = fs.existsSync(AWS_CLI)
/** Under CI (CI=true, as GitHub and .ci/run set it) the contract is checked, never skipped: .ci/run installs the CLI. */
const inCi = /^(true|1)$/i.test(process.env.CI ?? '')
const run = promisify(execFile)

if (!hasAwsCli && !inCi) {
  console.warn(`glue-local: skipping the AWS CLI test because ${AWS_CLI} (Debian awscli v2) is not installed`)
}

;(hasAwsCli || inCi ? describe : describe.skip)(`AWS CLI (${AWS_CLI}) against glue-local`, () => {
  let glue: GlueLocal
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_PAGER: '' }

  beforeAll(async () => {
    glue = await startGlueLocal()
  })
  afterAll(async () => {
    await glue.close()
  })

  it(`is installed (Debian's awscli package; required when CI=true, .ci/run installs it)`, () => {
    expect({ cli: AWS_CLI, installed: fs.existsSync(AWS_CLI) }).toEqual({ cli: AWS_CLI, installed: true })
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
