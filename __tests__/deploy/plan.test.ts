import { describe, expect, it } from '@jest/globals'
import type { Trigger, Workflow } from '@aws-sdk/client-glue'
import { planResources, type DesiredState } from '../../src/deploy/plan.js'
import { diffResources, type Write } from '../../src/deploy/diff.js'
import type { ExistingState } from '../../src/deploy/existing.js'
import { managedTags } from '../../src/deploy/tags.js'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import type { StartOn, WorkflowSpec } from '../../src/pipeline/spec.js'

const CHAIN = 'bronze: mc-bronze\nsilver: mc-silver\ngold: mc-gold'

function spec(jobs = CHAIN, startOn: StartOn = { type: 'on-demand' }, extra: Partial<WorkflowSpec> = {}): WorkflowSpec {
  return {
    workflowName: 'wf',
    description: 'medallion',
    pipeline: parseJobs(jobs),
    startOn,
    tags: { team: 'data' },
    defaultRunProperties: {},
    ...extra
  }
}

const arnOf = (kind: string, name: string) => `arn:aws:glue:us-east-1:123456789012:${kind}/${name}`
const tagsAt = (commit: string, user: Record<string, string> = { team: 'data' }) =>
  managedTags(user, { repository: 'o/r', commit, runUrl: 'https://github.com/o/r/actions/runs/1' })

/** What Glue returns from GetWorkflow(IncludeGraph) after `desired` was deployed. */
function deployed(desired: DesiredState, patch: (t: Trigger) => Trigger = (t) => t): Workflow {
  const triggers: Trigger[] = desired.triggers.map((t) =>
    patch({
      Name: t.name,
      WorkflowName: desired.workflow.name,
      Type: t.type,
      State: t.activated ? 'ACTIVATED' : 'CREATED',
      Description: t.description,
      Schedule: t.schedule,
      Predicate: t.predicate,
      Actions: t.actions,
      EventBatchingCondition: t.eventBatchingCondition
    })
  )
  return {
    Name: desired.workflow.name,
    Description: desired.workflow.description,
    DefaultRunProperties: desired.workflow.defaultRunProperties,
    MaxConcurrentRuns: desired.workflow.maxConcurrentRuns,
    Graph: { Nodes: triggers.map((t) => ({ Type: 'TRIGGER', Name: t.Name, TriggerDetails: { Trigger: t } })) }
  }
}

function existing(
  workflow?: Workflow,
  workflowTags = tagsAt('old-commit'),
  strays: [string, boolean][] = []
): ExistingState {
  return { workflow, workflowTags: workflow ? workflowTags : {}, strayOwnership: new Map(strays) }
}

const ops = (writes: Write[]) =>
  writes.map(
    (w) => `${w.op} ${'name' in w ? w.name : 'request' in w ? (w.request.Name ?? '') : w.arn.split(':').pop()}`
  )

describe('planResources', () => {
  it('makes one start trigger for the root stages and one conditional trigger per later stage', () => {
    const desired = planResources(spec())
    expect(desired.triggers.map((t) => [t.name, t.type, t.activated])).toEqual([
      ['wf-start', 'ON_DEMAND', false],
      ['wf-run-silver', 'CONDITIONAL', true],
      ['wf-run-gold', 'CONDITIONAL', true]
    ])
    expect(desired.triggers[0].actions).toEqual([{ JobName: 'mc-bronze' }])
    expect(desired.triggers[2].predicate).toEqual({
      Logical: 'AND',
      Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'mc-silver', State: 'SUCCEEDED' }]
    })
  })

  it('waits on crawlers with CrawlState and on any-of with ANY', () => {
    const desired = planResources(spec('a: ja\nb: {crawler: cb, after: []}\nc: {job: jc, after: [a, b], when: any}'))
    expect(desired.triggers[0].actions).toEqual([{ JobName: 'ja' }, { CrawlerName: 'cb' }])
    expect(desired.triggers[1].predicate).toEqual({
      Logical: 'ANY',
      Conditions: [
        { LogicalOperator: 'EQUALS', JobName: 'ja', State: 'SUCCEEDED' },
        { LogicalOperator: 'EQUALS', CrawlerName: 'cb', CrawlState: 'SUCCEEDED' }
      ]
    })
  })

  it('orders stage triggers after the stages they wait for, whatever the written order', () => {
    const desired = planResources(
      spec('gold: {job: g, after: silver}\nbronze: {job: b, after: []}\nsilver: {job: s, after: bronze}')
    )
    expect(desired.triggers.map((t) => t.name)).toEqual(['wf-start', 'wf-run-silver', 'wf-run-gold'])
  })

  it.each([
    [{ type: 'schedule', cron: 'cron(0 2 * * ? *)' }, 'SCHEDULED', true],
    [{ type: 'event', batchSize: 5 }, 'EVENT', false]
  ] as [StartOn, string, boolean][])(
    'start-on %j gives a %s start trigger (activated: %s)',
    (startOn, type, activated) => {
      const start = planResources(spec(CHAIN, startOn)).triggers[0]
      expect([start.type, start.activated]).toEqual([type, activated])
    }
  )
})

describe('diffResources', () => {
  const ctx = { arnOf, tags: tagsAt('new-commit') }

  it('first deploy: creates the workflow, then each trigger in order, activating conditionals, never firing the start trigger', () => {
    const plan = diffResources(planResources(spec()), existing(), ctx)
    expect(ops(plan.writes)).toEqual([
      'CreateWorkflow wf',
      'CreateTrigger wf-start',
      'CreateTrigger wf-run-silver',
      'CreateTrigger wf-run-gold'
    ])
    const creates = plan.writes.filter((w) => w.op === 'CreateTrigger').map((w) => w.request)
    expect(creates.map((r) => r.StartOnCreation)).toEqual([undefined, true, true])
    expect(creates.every((r) => r.WorkflowName === 'wf' && r.Tags?.team === 'data')).toBe(true)
    expect(plan.entries.map((e) => e.action)).toEqual(['create', 'create', 'create', 'create'])
  })

  it('redeploy with unchanged inputs (from another commit): zero writes, everything unchanged', () => {
    const desired = planResources(spec())
    const plan = diffResources(desired, existing(deployed(desired)), ctx)
    expect(plan.writes).toEqual([])
    expect(plan.entries.every((e) => e.action === 'unchanged')).toBe(true)
  })

  it('Glue reporting its default job timeout is not a change', () => {
    const desired = planResources(spec())
    const found = deployed(desired, (t) => ({ ...t, Actions: t.Actions?.map((a) => ({ ...a, Timeout: 2880 })) }))
    expect(diffResources(desired, existing(found), ctx).writes).toEqual([])
  })

  it('a changed stage job updates its trigger and the trigger that waits for it, nothing else', () => {
    const before = planResources(spec())
    const after = planResources(spec('bronze: mc-bronze\nsilver: mc-silver-v2\ngold: mc-gold'))
    const plan = diffResources(after, existing(deployed(before)), ctx)
    expect(ops(plan.writes)).toEqual(['UpdateTrigger wf-run-silver', 'UpdateTrigger wf-run-gold'])
    const gold = plan.entries.find((e) => e.name === 'wf-run-gold')!
    expect(gold.changes.join()).toContain(
      'waits for all of job:mc-silver=SUCCEEDED → all of job:mc-silver-v2=SUCCEEDED'
    )
    const update = plan.writes[0]
    expect(update.op === 'UpdateTrigger' && update.update.Actions).toEqual([{ JobName: 'mc-silver-v2' }])
  })

  it('a removed stage deletes its trigger when this action owns it, and leaves a foreign one alone', () => {
    const before = planResources(spec())
    const after = planResources(spec('bronze: mc-bronze\nsilver: mc-silver'))
    const owned = diffResources(after, existing(deployed(before), undefined, [['wf-run-gold', true]]), ctx)
    expect(ops(owned.writes)).toEqual(['DeleteTrigger wf-run-gold'])
    const foreign = diffResources(after, existing(deployed(before), undefined, [['wf-run-gold', false]]), ctx)
    expect(foreign.writes).toEqual([])
    expect(foreign.entries.find((e) => e.name === 'wf-run-gold')?.action).toBe('keep')
  })

  it('a new start-on type replaces the start trigger: delete before create (Glue cannot change a type)', () => {
    const before = planResources(spec())
    const after = planResources(spec(CHAIN, { type: 'schedule', cron: 'cron(0 2 * * ? *)' }))
    const plan = diffResources(after, existing(deployed(before)), ctx)
    expect(ops(plan.writes)).toEqual(['DeleteTrigger wf-start', 'CreateTrigger wf-start'])
    expect(plan.entries.find((e) => e.name === 'wf-start')).toMatchObject({ action: 'replace' })
  })

  it('a changed schedule is an update in place', () => {
    const before = planResources(spec(CHAIN, { type: 'schedule', cron: 'cron(0 2 * * ? *)' }))
    const after = planResources(spec(CHAIN, { type: 'schedule', cron: 'cron(0 3 * * ? *)' }))
    const plan = diffResources(after, existing(deployed(before)), ctx)
    expect(ops(plan.writes)).toEqual(['UpdateTrigger wf-start'])
  })

  it('changed user tags are set on every trigger, then on the workflow (last: it marks the change as done)', () => {
    const desired = planResources(spec())
    const found = existing(deployed(desired), tagsAt('old', { team: 'data', owner: 'old-team' }))
    const plan = diffResources(desired, found, { arnOf, tags: tagsAt('new', { team: 'analytics' }) })
    expect(ops(plan.writes)).toEqual([
      'TagResource trigger/wf-start',
      'UntagResource trigger/wf-start',
      'TagResource trigger/wf-run-silver',
      'UntagResource trigger/wf-run-silver',
      'TagResource trigger/wf-run-gold',
      'UntagResource trigger/wf-run-gold',
      'TagResource workflow/wf',
      'UntagResource workflow/wf'
    ])
    const tag = plan.writes[0]
    expect(tag.op === 'TagResource' && tag.tags).toMatchObject({
      team: 'analytics',
      'glue-workflow-action:commit': 'new'
    })
  })

  it('a conditional trigger left deactivated is activated again', () => {
    const desired = planResources(spec())
    const found = deployed(desired, (t) => (t.Name === 'wf-run-gold' ? { ...t, State: 'DEACTIVATED' } : t))
    const plan = diffResources(desired, existing(found), ctx)
    expect(ops(plan.writes)).toEqual(['StartTrigger wf-run-gold'])
  })

  it('workflow settings drift is an UpdateWorkflow with the full values', () => {
    const desired = planResources(
      spec(CHAIN, { type: 'on-demand' }, { maxConcurrentRuns: 1, defaultRunProperties: { env: 'prod' } })
    )
    const found = deployed(planResources(spec()))
    const plan = diffResources(desired, existing(found), ctx)
    expect(ops(plan.writes)).toEqual(['UpdateWorkflow wf'])
    expect(plan.writes[0]).toMatchObject({
      request: { MaxConcurrentRuns: 1, DefaultRunProperties: { env: 'prod' }, Description: 'medallion' }
    })
  })
})
