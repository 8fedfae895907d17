/** Before → after per field, as terraform plan shows it: stage names, readable predicates and arguments. */
import { describe, expect, it } from '@jest/globals'
import type { Trigger, Workflow } from '@aws-sdk/client-glue'
import { planResources, type DesiredState } from '../../src/deploy/plan.js'
import { diffResources } from '../../src/deploy/diff.js'
import type { ExistingState } from '../../src/deploy/existing.js'
import { withFieldChanges, type FieldChange } from '../../src/deploy/planFields.js'
import { planCommentBody } from '../../src/deploy/planComment.js'
import { fieldText, planLogLines, planSummaryMarkdown } from '../../src/deploy/report.js'
import { managedTags } from '../../src/deploy/tags.js'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import type { StartOn, WorkflowSpec } from '../../src/pipeline/spec.js'

const CHAIN = 'bronze: mc-bronze\nsilver: {job: mc-silver, arguments: {--quality-checks: lax}}\ngold: mc-gold'

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
const tagsOf = (user: Record<string, string>) =>
  managedTags(user, { repository: 'o/r', commit: 'c', runUrl: 'https://github.com/o/r/actions/runs/1' })

/** What GetWorkflow(IncludeGraph) returns once `desired` is deployed (optionally changed by hand). */
function deployed(desired: DesiredState, patch: (t: Trigger) => Trigger = (t) => t): Workflow {
  const triggers = desired.triggers.map((t) =>
    patch({
      Name: t.name,
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

/** Plans `after` against Glue holding `before` (undefined: nothing deployed), with field changes. */
function planOf(
  after: WorkflowSpec,
  before?: WorkflowSpec,
  options: { patch?: (t: Trigger) => Trigger; foundTags?: Record<string, string>; strays?: [string, boolean][] } = {}
) {
  const desired = planResources(after)
  const tags = tagsOf(after.tags)
  const existing: ExistingState = {
    ...(before ? { workflow: deployed(planResources(before), options.patch) } : {}),
    workflowTags: before ? (options.foundTags ?? tagsOf(before.tags)) : {},
    strayOwnership: new Map(options.strays ?? [])
  }
  return withFieldChanges(diffResources(desired, existing, { arnOf, tags }), {
    desired,
    existing,
    tags,
    pipeline: after.pipeline
  })
}

const fieldsOf = (plan: ReturnType<typeof planOf>, name: string): FieldChange[] =>
  plan.entries.find((e) => e.name === name)?.fields ?? []
const texts = (fields: FieldChange[]) => fields.map(fieldText)

describe('withFieldChanges', () => {
  it.each<[string, WorkflowSpec, WorkflowSpec, string, string[]]>([
    [
      'a changed argument',
      spec(),
      spec(CHAIN.replace('lax', 'strict')),
      'wf-run-silver',
      ['--quality-checks: lax → strict']
    ],
    [
      'an added argument and a timeout',
      spec(),
      spec(
        'bronze: mc-bronze\nsilver: {job: mc-silver, arguments: {--quality-checks: lax, --env: prod}, timeout: 60}\ngold: mc-gold'
      ),
      'wf-run-silver',
      ['--env: prod', 'timeout: 60 min']
    ],
    [
      'a removed argument',
      spec(),
      spec('bronze: mc-bronze\nsilver: mc-silver\ngold: mc-gold'),
      'wf-run-silver',
      ['--quality-checks: lax']
    ],
    [
      'a stage that now also waits for a crawler, with any',
      spec('bronze: mc-bronze\ncatalog: {crawler: mc-catalog, after: []}\nsilver: {job: mc-silver, after: bronze}'),
      spec(
        'bronze: mc-bronze\ncatalog: {crawler: mc-catalog, after: []}\nsilver: {job: mc-silver, after: [bronze, catalog], when: any}'
      ),
      'wf-run-silver',
      [
        'silver waits for bronze SUCCEEDED → bronze SUCCEEDED or catalog SUCCEEDED',
        'description: Starts silver when all of bronze succeeded (managed by glue-workflow-action) → Starts silver when any of bronze, catalog succeeded (managed by glue-workflow-action)'
      ]
    ],
    [
      'a stage that runs another job: the stage it waits for is named',
      spec(),
      spec(CHAIN.replace('mc-gold', 'mc-gold-v2')),
      'wf-run-gold',
      ['starts: job mc-gold (job mc-gold) → gold (job mc-gold-v2)']
    ],
    [
      'a changed schedule',
      spec(CHAIN, { type: 'schedule', cron: 'cron(0 2 * * ? *)' }),
      spec(CHAIN, { type: 'schedule', cron: 'cron(0 3 * * ? *)' }),
      'wf-start',
      ['schedule: cron(0 2 * * ? *) → cron(0 3 * * ? *)']
    ],
    [
      'a new start type: the trigger is replaced',
      spec(),
      spec(CHAIN, { type: 'event', batchSize: 5, batchWindowSeconds: 60 }),
      'wf-start',
      ['type: ON_DEMAND → EVENT', 'event batch: 5 events within 60 s']
    ],
    [
      'workflow settings and run properties',
      spec(),
      spec(
        CHAIN,
        { type: 'on-demand' },
        { maxConcurrentRuns: 1, defaultRunProperties: { env: 'prod' }, description: 'lakehouse' }
      ),
      'wf',
      ['description: medallion → lakehouse', 'run property env: prod', 'max concurrent runs: unlimited → 1']
    ],
    [
      'changed user tags, on the workflow and every trigger',
      spec(),
      spec(CHAIN, { type: 'on-demand' }, { tags: { team: 'analytics', domain: 'health' } }),
      'wf-run-gold',
      ['tag team: data → analytics', 'tag domain: health']
    ]
  ])('%s', (_, before, after, name, expected) => {
    expect(texts(fieldsOf(planOf(after, before), name))).toEqual(expected)
  })

  it('hides the values of arguments and run properties whose names look like secrets (a comment is not masked)', () => {
    const before = spec('bronze: {job: b, arguments: {--db-password: old-pw, --env: dev}}')
    const after = spec(
      'bronze: {job: b, arguments: {--db-password: new-pw, --env: prod}}',
      { type: 'on-demand' },
      {
        defaultRunProperties: { api_token: 't0k3n' }
      }
    )
    const plan = planOf(after, before)
    expect(texts(fieldsOf(plan, 'wf-start'))).toEqual([
      '--db-password: (hidden) → (hidden, changed)',
      '--env: dev → prod'
    ])
    expect(texts(fieldsOf(plan, 'wf'))).toEqual(['run property api_token: (hidden)'])
    expect(JSON.stringify(plan.entries.map((e) => e.fields))).not.toMatch(/pw|t0k3n/)
    expect(planCommentBody({ ...after, plan, dryRun: true })).not.toMatch(/pw|t0k3n/)
    expect(planSummaryMarkdown({ ...after, plan, outcome: { kind: 'planned', dryRun: true } })).not.toMatch(/pw|t0k3n/)
  })

  it('a first deploy lists every field of what it creates', () => {
    const plan = planOf(spec())
    expect(texts(fieldsOf(plan, 'wf'))).toEqual([
      'description: medallion',
      'tag team: data',
      'tag glue-workflow-action:managed-by: metriccare/glue-workflow-action'
    ])
    expect(texts(fieldsOf(plan, 'wf-run-silver'))).toEqual([
      'type: CONDITIONAL',
      'silver waits for bronze SUCCEEDED',
      'starts: silver (job mc-silver)',
      '--quality-checks: lax',
      'description: Starts silver when all of bronze succeeded (managed by glue-workflow-action)',
      'state: ACTIVATED',
      'tag team: data',
      'tag glue-workflow-action:managed-by: metriccare/glue-workflow-action'
    ])
    expect(fieldsOf(plan, 'wf-run-silver')[0]).toEqual({ field: 'type', before: null, after: 'CONDITIONAL' })
  })

  it('a deleted trigger lists what it did (after: null), a kept one nothing', () => {
    const two = spec('bronze: mc-bronze\nsilver: {job: mc-silver, arguments: {--quality-checks: lax}}')
    const owned = planOf(two, spec(), { strays: [['wf-run-gold', true]] })
    expect(fieldsOf(owned, 'wf-run-gold').filter((f) => f.field !== 'description')).toEqual([
      { field: 'type', before: 'CONDITIONAL', after: null },
      { field: 'job mc-gold waits for', before: 'silver SUCCEEDED', after: null },
      { field: 'starts', before: 'job mc-gold (job mc-gold)', after: null },
      { field: 'state', before: 'ACTIVATED', after: null }
    ])
    const foreign = planOf(two, spec(), { strays: [['wf-run-gold', false]] })
    expect(fieldsOf(foreign, 'wf-run-gold')).toEqual([])
  })

  it('a deactivated trigger shows its state; Glue reporting its default timeout shows nothing', () => {
    const deactivated = planOf(spec(), spec(), {
      patch: (t) => (t.Name === 'wf-run-gold' ? { ...t, State: 'DEACTIVATED' } : t)
    })
    expect(texts(fieldsOf(deactivated, 'wf-run-gold'))).toEqual(['state: DEACTIVATED → ACTIVATED'])
    const defaulted = planOf(spec(), spec(), {
      patch: (t) => ({ ...t, Actions: t.Actions?.map((a) => ({ ...a, Timeout: 2880 })) })
    })
    expect(defaulted.entries.every((e) => e.action === 'unchanged' && e.fields?.length === 0)).toBe(true)
  })

  it('agrees with the plan: an entry has field changes exactly when it has changes', () => {
    const variants = [
      spec(),
      spec(CHAIN.replace('lax', 'strict')),
      spec(CHAIN.replace('mc-gold', 'mc-gold-v2')),
      spec(
        'bronze: mc-bronze\nsilver: {job: mc-silver, timeout: 30}\ngold: {job: mc-gold, after: [bronze, silver], when: any}'
      ),
      spec(CHAIN, { type: 'schedule', cron: 'cron(0 2 * * ? *)' }),
      spec(CHAIN, { type: 'event', batchSize: 3 }),
      spec(CHAIN, { type: 'event', batchSize: 4, batchWindowSeconds: 30 }),
      spec(CHAIN, { type: 'on-demand' }, { maxConcurrentRuns: 2, defaultRunProperties: { a: '1' } }),
      spec(CHAIN, { type: 'on-demand' }, { tags: { owner: 'x' } })
    ]
    for (const before of variants) {
      for (const after of variants) {
        for (const entry of planOf(after, before).entries) {
          expect([entry.name, entry.action, entry.changes.length > 0]).toEqual([
            entry.name,
            entry.action,
            (entry.fields?.length ?? 0) > 0
          ])
        }
      }
    }
  })
})

describe('the plan with its values, in the log and the summary', () => {
  const plan = planOf(spec(CHAIN.replace('lax', 'strict') + '\ncatalog: {crawler: mc-catalog, after: gold}'), spec())

  it('log: one line per resource, one indented line per field', () => {
    expect(planLogLines(plan)).toEqual([
      '= unchanged workflow wf',
      '= unchanged trigger wf-start',
      '~ update trigger wf-run-silver',
      '    ~ --quality-checks: lax → strict',
      '= unchanged trigger wf-run-gold',
      '+ create trigger wf-run-catalog',
      '    + type: CONDITIONAL',
      '    + catalog waits for gold SUCCEEDED',
      '    + starts: catalog (crawler mc-catalog)',
      '    + description: Starts catalog when all of gold succeeded (managed by glue-workflow-action)',
      '    + state: ACTIVATED',
      '    + tag team: data',
      '    + tag glue-workflow-action:managed-by: metriccare/glue-workflow-action'
    ])
  })

  it('summary: the values in the table; a dry run says once that nothing was written', () => {
    const markdown = planSummaryMarkdown({ ...spec(), plan, outcome: { kind: 'planned', dryRun: true } })
    expect(markdown).toContain('| trigger `wf-run-silver` | ~ update | ~ --quality-checks: lax → strict |')
    expect(markdown).toContain('+ catalog waits for gold SUCCEEDED<br>+ starts: catalog (crawler mc-catalog)<br>')
    expect(markdown).toContain(
      '> **Dry run: nothing was written to AWS Glue.** It would make 2 writes: 1 to create, 1 to update.'
    )
    expect(markdown.match(/[Dd]ry run/g)).toHaveLength(2)
    expect(markdown).toContain('### Stage graph')
    expect(
      planSummaryMarkdown({ ...spec(), plan, outcome: { kind: 'planned', dryRun: false }, stageGraph: false })
    ).not.toContain('Stage graph')
  })
})
