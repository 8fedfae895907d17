import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'
import { manualClock, startGlueLocal, type GlueLocal, type ManualClock } from '../../glue-local/index.js'

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
  // Simulated time moves only when the test says so, however long each CLI process takes to start.
  let clock: ManualClock
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_PAGER: '' }

  beforeAll(async () => {
    clock = manualClock()
    glue = await startGlueLocal({ clock })
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

  const failure = (...args: string[]) =>
    aws(...args).then(
      () => undefined,
      (e: unknown) => e as { stderr: string }
    )

  it('gets a named error for a missing workflow', async () => {
    const error = await failure('glue', 'get-workflow', '--name', 'missing')
    expect(error?.stderr).toContain('EntityNotFoundException')
  })

  it('drives the trigger lifecycle: transient states, refused writes, DELETING keeps the name taken', async () => {
    const stateOf = async (name: string) =>
      (JSON.parse((await aws('glue', 'get-trigger', '--name', name)).stdout) as { Trigger: { State: string } }).Trigger
        .State
    for (const job of ['cli-a', 'cli-b']) {
      await aws(
        'glue',
        'create-job',
        '--name',
        job,
        '--role',
        'arn:aws:iam::123456789012:role/glue',
        '--command',
        `Name=glueetl,ScriptLocation=s3://scripts/${job}.py`
      )
    }
    await aws(
      'glue',
      'create-trigger',
      '--name',
      'cli-start',
      '--workflow-name',
      'cli-wf',
      '--type',
      'ON_DEMAND',
      '--actions',
      'JobName=cli-a'
    )
    const predicate = JSON.stringify({
      Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'cli-a', State: 'SUCCEEDED' }]
    })
    await aws(
      'glue',
      'create-trigger',
      '--name',
      'cli-next',
      '--workflow-name',
      'cli-wf',
      '--type',
      'CONDITIONAL',
      '--start-on-creation',
      '--predicate',
      predicate,
      '--actions',
      'JobName=cli-b'
    )
    expect(await stateOf('cli-next')).toBe('CREATING')
    const early = await failure('glue', 'start-trigger', '--name', 'cli-next')
    expect(early?.stderr).toContain('InvalidInputException')
    expect(early?.stderr).toContain('The operation is not allowed when trigger is in state: CREATING')

    clock.advance(300)
    const batch = JSON.parse(
      (await aws('glue', 'batch-get-triggers', '--trigger-names', 'cli-start', 'cli-next')).stdout
    ) as { Triggers: { Name: string; State: string }[] }
    expect(batch.Triggers.map((t) => [t.Name, t.State])).toEqual([
      ['cli-start', 'CREATED'],
      ['cli-next', 'ACTIVATING']
    ])
    const graph = JSON.parse((await aws('glue', 'get-workflow', '--name', 'cli-wf', '--include-graph')).stdout) as {
      Workflow: { Graph: { Nodes: { Name: string; TriggerDetails?: { Trigger: { State: string } } }[] } }
    }
    const graphState = graph.Workflow.Graph.Nodes.find((n) => n.Name === 'cli-next')?.TriggerDetails?.Trigger.State
    expect(graphState).toBe('ACTIVATING')
    clock.advance(300)
    expect(await stateOf('cli-next')).toBe('ACTIVATED')

    await aws('glue', 'stop-trigger', '--name', 'cli-next')
    expect(await stateOf('cli-next')).toBe('DEACTIVATING')
    clock.advance(300)
    expect(await stateOf('cli-next')).toBe('DEACTIVATED')

    await aws('glue', 'delete-trigger', '--name', 'cli-next')
    expect(await stateOf('cli-next')).toBe('DELETING')
    const again = await failure('glue', 'delete-trigger', '--name', 'cli-next')
    expect(again?.stderr).toContain('The operation is not allowed when trigger is in state: DELETING')
    const taken = await failure(
      'glue',
      'create-trigger',
      '--name',
      'cli-next',
      '--type',
      'ON_DEMAND',
      '--actions',
      'JobName=cli-b'
    )
    expect(taken?.stderr).toContain('AlreadyExistsException')
    clock.advance(1000)
    const gone = await failure('glue', 'get-trigger', '--name', 'cli-next')
    expect(gone?.stderr).toContain('EntityNotFoundException')
  })
})
