/**
 * mode: deploy against a mocked Glue (aws-sdk-client-mock): which calls it makes, and that every request it sends
 * fits the official Glue service model.
 */
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  BatchGetJobsCommand,
  BatchGetTriggersCommand,
  CreateTriggerCommand,
  CreateWorkflowCommand,
  DeleteTriggerCommand,
  GetTagsCommand,
  GetWorkflowCommand,
  GlueClient,
  StartTriggerCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateTriggerCommand,
  UpdateWorkflowCommand,
  type Trigger,
  type Workflow
} from '@aws-sdk/client-glue'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { validateOperationInput } from '../../glue-local/model/validate.js'
import { parseCommandFile } from '../../testkit/actionStep.js'

// @actions/github reads its context when first imported: set the run's identity before importing the action.
Object.assign(process.env, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '7' })
const { run } = await import('../../src/main.js')

const glue = mockClient(GlueClient)
const sts = mockClient(STSClient)
const WRITES = /^(Create|Update|Delete|Start|Stop|Tag|Untag|Put|BatchStop)/

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-mode-'))
let stdout = ''
jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
  stdout += chunk.toString()
  return true
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const BASE_INPUTS: Record<string, string> = {
  mode: 'deploy',
  'workflow-name': 'wf',
  jobs: 'bronze: mc-bronze\nsilver: mc-silver\ngold: mc-gold',
  'start-on': 'on-demand',
  'event-batch-size': '1',
  'dry-run': 'false',
  tags: 'team: data'
}

/** Runs the action's main step in-process with these inputs; returns outputs, summary and what failed. */
async function deploy(inputs: Record<string, string> = {}) {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [k, v] of Object.entries({ ...BASE_INPUTS, ...inputs })) process.env[`INPUT_${k.toUpperCase()}`] = v
  const files = { GITHUB_OUTPUT: path.join(dir, 'out'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') }
  for (const f of Object.values(files)) fs.writeFileSync(f, '')
  Object.assign(process.env, files, { AWS_REGION: 'us-east-1', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123' })
  stdout = ''
  process.exitCode = undefined
  await run()
  const failed = process.exitCode === 1
  process.exitCode = undefined
  return {
    failed,
    errors: stdout.split('\n').filter((l) => l.startsWith('::error::')),
    outputs: parseCommandFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
}

const sent = () => glue.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''))
const writesSent = () => sent().filter((op) => WRITES.test(op))

// Glue's answers to GetWorkflow, written out by hand from the inputs and the README (not computed by the code under
// test): what the action must find when it re-reads the workflow after its writes.
const MANAGED = '(managed by glue-workflow-action)'
type GraphNode = NonNullable<NonNullable<Workflow['Graph']>['Nodes']>[number]

function trigger(name: string, type: string, extra: object): GraphNode {
  return {
    Type: 'TRIGGER',
    Name: name,
    TriggerDetails: { Trigger: { Name: name, WorkflowName: 'wf', Type: type, ...extra } }
  } as GraphNode
}
const succeeded = (job: string) => ({ LogicalOperator: 'EQUALS', JobName: job, State: 'SUCCEEDED' })
const waitsFor = (job: string) => ({ Logical: 'AND', Conditions: [succeeded(job)] })
const workflow = (nodes: GraphNode[], extra: Partial<Workflow> = {}): Workflow => ({
  Name: 'wf',
  Description: '',
  ...extra,
  Graph: { Nodes: nodes }
})

const START = trigger('wf-start', 'ON_DEMAND', {
  State: 'CREATED',
  Description: `Starts bronze ${MANAGED}`,
  Actions: [{ JobName: 'mc-bronze' }]
})
const RUN_SILVER = trigger('wf-run-silver', 'CONDITIONAL', {
  State: 'ACTIVATED',
  Description: `Starts silver when all of bronze succeeded ${MANAGED}`,
  Predicate: waitsFor('mc-bronze'),
  Actions: [{ JobName: 'mc-silver' }]
})
const runGold = (waitsOn = 'mc-silver') =>
  trigger('wf-run-gold', 'CONDITIONAL', {
    State: 'ACTIVATED',
    Description: `Starts gold when all of silver succeeded ${MANAGED}`,
    Predicate: waitsFor(waitsOn),
    Actions: [{ JobName: 'mc-gold' }]
  })
const SCHEDULED_START = trigger('wf-start', 'SCHEDULED', {
  State: 'ACTIVATED',
  Description: `Starts bronze ${MANAGED}`,
  Schedule: 'cron(0 2 * * ? *)',
  Actions: [{ JobName: 'mc-bronze' }]
})

/** A workflow as GetWorkflow returns it after the action deployed the three-stage chain (BASE_INPUTS). */
function deployedChain(changes: { goldWaitsOn?: string } = {}): Workflow {
  return workflow([START, RUN_SILVER, runGold(changes.goldWaitsOn)])
}
/** The chain without gold (`jobs: bronze, silver`). */
const DEPLOYED_WITHOUT_GOLD = workflow([START, RUN_SILVER])
/** The chain started by `start-on: cron(0 2 * * ? *)`. */
const DEPLOYED_SCHEDULED = workflow([SCHEDULED_START, RUN_SILVER, runGold()])

/**
 * GetWorkflow answers `before` first, then `after`, like Glue once the action's writes landed and Glue is done: a
 * trigger deleted and not created again since is not shown.
 */
function glueHas(before: Workflow | undefined, after: Workflow = deployedChain()) {
  let reads = 0
  glue.on(GetWorkflowCommand).callsFake(() => {
    if (reads++ === 0) {
      if (!before) throw Object.assign(new Error('Entity not found'), { name: 'EntityNotFoundException' })
      return { Workflow: before }
    }
    const gone = new Set<string>()
    for (const call of glue.calls()) {
      const command = call.args[0] as { input: { Name?: string } }
      if (command instanceof DeleteTriggerCommand) gone.add(command.input.Name ?? '')
      if (command instanceof CreateTriggerCommand) gone.delete(command.input.Name ?? '')
    }
    return { Workflow: { ...after, Graph: { Nodes: after.Graph!.Nodes!.filter((n) => !gone.has(n.Name ?? '')) } } }
  })
}
const OWN_TAGS = {
  team: 'data',
  'glue-workflow-action:managed-by': 'metriccare/glue-workflow-action',
  'glue-workflow-action:commit': 'older'
}
/**
 * Tags as Glue keeps them: every resource starts with OWN_TAGS; TagResource and UntagResource change what GetTags
 * answers next (deploy re-reads the workflow's tags to confirm a tag change landed).
 */
function tagsLikeGlue() {
  const tags = new Map<string, Record<string, string>>()
  const of = (arn: string | undefined) => tags.get(arn ?? '') ?? { ...OWN_TAGS }
  glue.on(GetTagsCommand).callsFake((input: { ResourceArn?: string }) => ({ Tags: of(input.ResourceArn) }))
  glue.on(TagResourceCommand).callsFake((input: { ResourceArn?: string; TagsToAdd?: Record<string, string> }) => {
    tags.set(input.ResourceArn ?? '', { ...of(input.ResourceArn), ...input.TagsToAdd })
    return {}
  })
  glue.on(UntagResourceCommand).callsFake((input: { ResourceArn?: string; TagsToRemove?: string[] }) => {
    const next = of(input.ResourceArn)
    for (const key of input.TagsToRemove ?? []) delete next[key]
    tags.set(input.ResourceArn ?? '', next)
    return {}
  })
}

beforeEach(() => {
  glue.reset()
  sts.reset()
  glue.resolves({})
  sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' })
  glue.on(BatchGetJobsCommand).resolves({ JobsNotFound: [] })
  tagsLikeGlue()
})

describe('mode: deploy with a mocked Glue', () => {
  it('first deploy creates the workflow and three triggers, never starts a run, and sets the outputs', async () => {
    glueHas(undefined)
    const result = await deploy()
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual(['CreateWorkflow', 'CreateTrigger', 'CreateTrigger', 'CreateTrigger'])
    expect(sent()).not.toContain('StartTrigger')
    expect(sent()).not.toContain('StartWorkflowRun')
    expect(result.outputs['workflow-arn']).toBe('arn:aws:glue:us-east-1:123456789012:workflow/wf')
    expect(JSON.parse(result.outputs['trigger-arns'])).toEqual([
      'arn:aws:glue:us-east-1:123456789012:trigger/wf-start',
      'arn:aws:glue:us-east-1:123456789012:trigger/wf-run-silver',
      'arn:aws:glue:us-east-1:123456789012:trigger/wf-run-gold'
    ])
    expect(result.outputs.changed).toBe('true')
    expect(glue.commandCalls(CreateWorkflowCommand)[0].args[0].input.Tags).toMatchObject({
      team: 'data',
      'glue-workflow-action:managed-by': 'metriccare/glue-workflow-action',
      'glue-workflow-action:repository': 'o/r',
      'glue-workflow-action:commit': 'abc123'
    })
    expect(result.summary).toContain('| trigger `wf-run-gold` | + create |')
    expect(result.summary).toContain('```mermaid\nflowchart LR')
  })

  it('redeploy with unchanged inputs sends no write at all, in 3 Glue calls', async () => {
    glue.on(GetWorkflowCommand).resolves({ Workflow: deployedChain() })
    const result = await deploy()
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual([])
    expect(sent().sort()).toEqual(['BatchGetJobs', 'GetTags', 'GetWorkflow'])
    expect(result.outputs.changed).toBe('false')
    expect(result.summary).toContain('No changes')
  })

  it('a changed stage updates only the triggers it touches', async () => {
    glueHas(deployedChain({ goldWaitsOn: 'mc-bronze' }))
    const result = await deploy()
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual(['UpdateTrigger'])
    expect(glue.commandCalls(UpdateTriggerCommand)[0].args[0].input).toMatchObject({
      Name: 'wf-run-gold',
      TriggerUpdate: { Predicate: { Conditions: [{ JobName: 'mc-silver', State: 'SUCCEEDED' }] } }
    })
  })

  it('a removed stage deletes its trigger (owned by this action)', async () => {
    glueHas(deployedChain(), DEPLOYED_WITHOUT_GOLD)
    const result = await deploy({ jobs: 'bronze: mc-bronze\nsilver: mc-silver' })
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual(['DeleteTrigger'])
    expect(glue.commandCalls(DeleteTriggerCommand)[0].args[0].input).toEqual({ Name: 'wf-run-gold' })
  })

  it('a type change replaces the start trigger: delete, then create an activated SCHEDULED trigger', async () => {
    glueHas(deployedChain(), DEPLOYED_SCHEDULED)
    const result = await deploy({ 'start-on': 'cron(0 2 * * ? *)' })
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual(['DeleteTrigger', 'CreateTrigger'])
    // The name is free (BatchGetTriggers finds no holder) before the create.
    expect(sent()).toEqual([
      'GetWorkflow',
      'BatchGetJobs',
      'GetTags',
      'DeleteTrigger',
      'GetWorkflow',
      'BatchGetTriggers',
      'CreateTrigger',
      'GetWorkflow',
      'GetTags'
    ])
    expect(glue.commandCalls(CreateTriggerCommand)[0].args[0].input).toMatchObject({
      Name: 'wf-start',
      Type: 'SCHEDULED',
      Schedule: 'cron(0 2 * * ? *)',
      StartOnCreation: true
    })
  })

  it('dry-run shows the plan and writes nothing', async () => {
    glue.on(GetWorkflowCommand).rejects(Object.assign(new Error('not found'), { name: 'EntityNotFoundException' }))
    const result = await deploy({ 'dry-run': 'true' })
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual([])
    expect(result.outputs.changed).toBe('true')
    expect(JSON.parse(result.outputs.plan)).toHaveLength(4)
    expect(result.summary).toContain('Dry run: nothing was written to AWS Glue.')
  })

  it('missing jobs are listed in one error before any write', async () => {
    glue.on(BatchGetJobsCommand).resolves({ JobsNotFound: ['mc-silver', 'mc-gold'] })
    glue.on(GetWorkflowCommand).rejects(Object.assign(new Error('not found'), { name: 'EntityNotFoundException' }))
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(writesSent()).toEqual([])
    expect(result.errors).toEqual([
      "::error::Input 'jobs': job 'mc-silver', job 'mc-gold' not found in AWS Glue (create them first, or fix the names)"
    ])
  })

  it('AccessDenied names the missing IAM action', async () => {
    glue.on(GetWorkflowCommand).rejects(Object.assign(new Error('not found'), { name: 'EntityNotFoundException' }))
    glue.on(CreateWorkflowCommand).rejects(
      Object.assign(new Error('User: arn:aws:sts::1:assumed-role/ci is not authorized'), {
        name: 'AccessDeniedException'
      })
    )
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('Access denied: the AWS role needs glue:CreateWorkflow')
  })

  it('bad input fails with one line and sends nothing to AWS', async () => {
    const result = await deploy({ jobs: 'bronze: a\nsilver: {job: s, after: bronz}' })
    expect(result.failed).toBe(true)
    expect(result.errors).toHaveLength(1)
    expect(glue.calls()).toHaveLength(0)
    expect(sts.calls()).toHaveLength(0)
  })

  it('a deactivated conditional trigger and new tags are fixed in place', async () => {
    const wf = deployedChain()
    wf.Graph!.Nodes![2].TriggerDetails!.Trigger!.State = 'DEACTIVATED'
    glueHas(wf)
    const result = await deploy({ tags: 'team: data\nowner: lakehouse' })
    expect(result.failed).toBe(false)
    expect(writesSent()).toEqual(['TagResource', 'TagResource', 'StartTrigger', 'TagResource', 'TagResource'])
    expect(glue.commandCalls(StartTriggerCommand)[0].args[0].input).toEqual({ Name: 'wf-run-gold' })
    expect(glue.commandCalls(TagResourceCommand)[0].args[0].input.TagsToAdd).toMatchObject({ owner: 'lakehouse' })
  })

  it('every request sent in these scenarios fits the official Glue service model', async () => {
    // [Glue before, inputs, Glue after]
    const scenarios: [Workflow | undefined, Record<string, string>, Workflow][] = [
      [undefined, {}, deployedChain()],
      [
        undefined,
        {
          'start-on': 'event',
          'event-batch-size': '10',
          'event-batch-window': '60',
          'max-concurrent-runs': '2',
          'default-run-properties': 'env: prod',
          description: 'd'
        },
        workflow(
          [
            trigger('wf-start', 'EVENT', {
              State: 'CREATED',
              Description: `Starts bronze ${MANAGED}`,
              EventBatchingCondition: { BatchSize: 10, BatchWindow: 60 },
              Actions: [{ JobName: 'mc-bronze' }]
            }),
            RUN_SILVER,
            runGold()
          ],
          { Description: 'd', DefaultRunProperties: { env: 'prod' }, MaxConcurrentRuns: 2 }
        )
      ],
      [deployedChain(), { 'start-on': 'cron(0 2 * * ? *)', tags: 'team: other' }, DEPLOYED_SCHEDULED],
      [
        deployedChain(),
        {
          jobs: 'bronze: {job: mc-bronze, arguments: {--env: prod}, timeout: 30}\nsilver: mc-silver\ncatalog: {crawler: c, after: [bronze, silver], when: any}'
        },
        workflow([
          trigger('wf-start', 'ON_DEMAND', {
            State: 'CREATED',
            Description: `Starts bronze ${MANAGED}`,
            Actions: [{ JobName: 'mc-bronze', Arguments: { '--env': 'prod' }, Timeout: 30 }]
          }),
          RUN_SILVER,
          trigger('wf-run-catalog', 'CONDITIONAL', {
            State: 'ACTIVATED',
            Description: `Starts catalog when any of bronze, silver succeeded ${MANAGED}`,
            Predicate: { Logical: 'ANY', Conditions: [succeeded('mc-bronze'), succeeded('mc-silver')] },
            Actions: [{ CrawlerName: 'c' }]
          })
        ])
      ],
      [deployedChain(), { jobs: 'bronze: mc-bronze' }, workflow([START])]
    ]
    const problems: string[] = []
    for (const [before, inputs, after] of scenarios) {
      glue.reset()
      glue.resolves({})
      glue.on(BatchGetJobsCommand).resolves({ JobsNotFound: [] })
      tagsLikeGlue()
      glueHas(before, after)
      const result = await deploy(inputs)
      expect({ failed: result.failed, errors: result.errors }).toEqual({ failed: false, errors: [] })
      for (const call of glue.calls()) {
        const command = call.args[0] as { constructor: { name: string }; input: unknown }
        const op = command.constructor.name.replace(/Command$/, '')
        problems.push(...validateOperationInput(op, command.input).map((p) => `${op}: ${p}`))
      }
    }
    expect(problems).toEqual([])
  })
  it('first deploy: reads the trigger names first, waits until Glue is done, says what it will write and what it wrote', async () => {
    glueHas(undefined)
    const activating = structuredClone(deployedChain())
    for (const node of activating.Graph!.Nodes!.slice(1)) node.TriggerDetails!.Trigger!.State = 'ACTIVATING'
    glue.on(GetWorkflowCommand).callsFake(
      (() => {
        let reads = 0
        return () => {
          reads++
          if (reads === 1) throw Object.assign(new Error('Entity not found'), { name: 'EntityNotFoundException' })
          return { Workflow: reads === 2 ? activating : structuredClone(deployedChain()) }
        }
      })()
    )
    const result = await deploy()
    expect(result.failed).toBe(false)
    expect(sent()).toEqual([
      'GetWorkflow',
      'BatchGetJobs',
      'BatchGetTriggers',
      'CreateWorkflow',
      'CreateTrigger',
      'CreateTrigger',
      'CreateTrigger',
      'GetWorkflow',
      'GetWorkflow',
      'GetTags'
    ])
    expect(glue.commandCalls(BatchGetTriggersCommand)[0].args[0].input).toEqual({
      TriggerNames: ['wf-start', 'wf-run-silver', 'wf-run-gold']
    })
    expect(stdout).toContain('Plan for workflow wf: Will make 4 writes: 4 to create.')
    expect(stdout).toContain('waiting for Glue: 2 triggers ACTIVATING (wf-run-silver, wf-run-gold)')
    expect(stdout).toContain('Deployed workflow wf: Made 4 writes: 4 to create; Glue is done with them.')
    expect(result.summary).toContain('Made 4 writes: 4 to create; Glue is done with them.')
  })

  it('a trigger name held by another workflow fails the deploy with one line naming it and its holder, 0 writes', async () => {
    glueHas(undefined)
    const holder: Trigger = { Name: 'wf-run-gold', WorkflowName: 'other', Type: 'CONDITIONAL', State: 'ACTIVATED' }
    glue.on(BatchGetTriggersCommand).resolves({ Triggers: [holder], TriggersNotFound: ['wf-start', 'wf-run-silver'] })
    glue.on(GetTagsCommand).resolves({ Tags: { team: 'other' } })
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(writesSent()).toEqual([])
    expect(result.errors).toEqual([
      "::error::Workflow wf needs a trigger name that Glue already has: 'wf-run-gold' is held by a trigger of workflow 'other' (not managed by this action); trigger names come from workflow-name (wf-start, wf-run-<stage>): choose another workflow-name, or delete or rename the holding trigger; nothing was written"
    ])
    expect(result.summary).toContain('Deploy failed before any write (4 writes planned): nothing was written.')
  })

  it('the same check in a dry run: a pull request learns of the taken name before the merge', async () => {
    glue.on(GetWorkflowCommand).rejects(Object.assign(new Error('not found'), { name: 'EntityNotFoundException' }))
    glue.on(BatchGetTriggersCommand).resolves({ Triggers: [{ Name: 'wf-start', State: 'DELETING' }] })
    const result = await deploy({ 'dry-run': 'true' })
    expect(result.failed).toBe(true)
    expect(result.errors[0]).toContain(
      "'wf-start' is held by a trigger in no workflow (being deleted: its name stays taken until Glue has removed it"
    )
    expect(result.errors[0]).toContain('run the deploy again once Glue has deleted it')
  })

  it('an AlreadyExistsException that still happens is explained by its holder, never as a concurrent deploy', async () => {
    glueHas(undefined)
    glue
      .on(BatchGetTriggersCommand)
      .resolvesOnce({ Triggers: [] })
      .resolves({ Triggers: [{ Name: 'wf-run-silver', WorkflowName: 'other', State: 'CREATED' }] })
    glue
      .on(CreateTriggerCommand, { Name: 'wf-run-silver' })
      .rejects(Object.assign(new Error('Trigger wf-run-silver already exists'), { name: 'AlreadyExistsException' }))
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain("'wf-run-silver' is held by a trigger of workflow 'other'")
    expect(result.errors[0]).not.toMatch(/another deploy|concurrent/)
    expect(writesSent()).toEqual(['CreateWorkflow', 'CreateTrigger', 'CreateTrigger'])
  })

  it('a write Glue accepts but does not take fails at once, naming the resource and the field, not another deploy', async () => {
    const before = structuredClone(deployedChain())
    before.Description = 'old text'
    glue.on(GetWorkflowCommand).resolves({ Workflow: before })
    const result = await deploy({ description: '' })
    expect(result.failed).toBe(true)
    expect(glue.commandCalls(UpdateWorkflowCommand)).toHaveLength(1)
    expect(result.errors).toEqual([
      "::error::Glue accepted the writes to workflow wf but did not take them: reading back shows workflow wf: description 'old text' → empty unchanged, and nothing else changed Glue in between; writing the same again would not help (check what this Glue endpoint supports)"
    ])
  })

  it('a deploy that fails part-way writes its job summary: what was written, what failed, what is left', async () => {
    glueHas(undefined)
    glue
      .on(CreateTriggerCommand, { Name: 'wf-run-silver' })
      .rejects(Object.assign(new Error('Schedule is not valid'), { name: 'InvalidInputException' }))
    const result = await deploy()
    expect(result.failed).toBe(true)
    expect(result.errors).toEqual([
      '::error::CreateTrigger wf-run-silver failed: glue:CreateTrigger failed: InvalidInputException: Schedule is not valid'
    ])
    expect(result.summary).toContain('Deploy failed after 2 writes (4 planned): 2 writes left.')
    expect(result.summary).toContain('**Written** (2):\n\n- CreateWorkflow wf\n- CreateTrigger wf-start')
    expect(result.summary).toContain('**Failed:** CreateTrigger wf-run-silver')
    expect(result.summary).toContain(
      '**Left to write** (2):\n\n- CreateTrigger wf-run-silver\n- CreateTrigger wf-run-gold'
    )
  })
})
