/**
 * The workflows the reliability suites deploy, and an independent oracle of what Glue must hold after a deploy:
 * written out by hand from the README's rules (one start trigger for the root stages, one CONDITIONAL trigger per other
 * stage, activated, waiting for its upstream stages in state SUCCEEDED; user tags plus the ownership tag on the
 * workflow and on every trigger), not computed with the code under test.
 */
import type { GlueLocal } from '../../../glue-local/index.js'
import type { GlueState } from '../../../glue-local/index.js'
import { createCrawlers, createJobs } from '../../../testkit/glue.js'
import { runMainStep, type StepOptions, type StepResult } from '../../../testkit/actionStep.js'
import { OWNER_TAG, OWNER_VALUE } from '../../../src/pipeline/reservedTags.js'

export { OWNER_TAG, OWNER_VALUE }

export interface ExpectedTrigger {
  name: string
  type: 'ON_DEMAND' | 'SCHEDULED' | 'CONDITIONAL'
  state: 'CREATED' | 'ACTIVATED'
  schedule?: string
  /** Canonical predicate, e.g. "AND job:wf-bronze" (conditions sorted). */
  waitsFor?: string
  /** Canonical actions, e.g. "job:wf-silver" (sorted). */
  starts: string
}

export interface Scenario {
  name: string
  /** The action's inputs for this state (besides mode and workflow-name). */
  inputs: (wf: string) => Record<string, string>
  triggers: (wf: string) => ExpectedTrigger[]
  /** User tags expected on the workflow and on every trigger (the ownership tag comes on top). */
  tags: Record<string, string>
}

/** Bronze -> Silver -> Gold, on demand. */
export const CHAIN: Scenario = {
  name: 'chain',
  inputs: (wf) => ({
    jobs: `bronze: ${wf}-bronze\nsilver: ${wf}-silver\ngold: ${wf}-gold`,
    tags: 'team: data\ncost-center: "42"'
  }),
  triggers: (wf) => [
    { name: `${wf}-start`, type: 'ON_DEMAND', state: 'CREATED', starts: `job:${wf}-bronze` },
    {
      name: `${wf}-run-silver`,
      type: 'CONDITIONAL',
      state: 'ACTIVATED',
      waitsFor: `AND job:${wf}-bronze`,
      starts: `job:${wf}-silver`
    },
    {
      name: `${wf}-run-gold`,
      type: 'CONDITIONAL',
      state: 'ACTIVATED',
      waitsFor: `AND job:${wf}-silver`,
      starts: `job:${wf}-gold`
    }
  ],
  tags: { team: 'data', 'cost-center': '42' }
}

/**
 * A changed graph: the start trigger becomes a schedule (its type changes: delete + create), gold moves to another job
 * and waits for any of bronze and silver, a crawler stage is added after gold, a tag changes, one goes, one comes.
 */
export const FAN_IN: Scenario = {
  name: 'fan-in',
  inputs: (wf) => ({
    jobs: [
      `bronze: ${wf}-bronze`,
      `silver: ${wf}-silver`,
      `gold: {job: ${wf}-gold-v2, after: [bronze, silver], when: any, arguments: {--layer: gold}}`,
      `catalog: {crawler: ${wf}-catalog, after: gold}`
    ].join('\n'),
    'start-on': 'cron(0 2 * * ? *)',
    tags: 'team: analytics\nowner: lakehouse'
  }),
  triggers: (wf) => [
    {
      name: `${wf}-start`,
      type: 'SCHEDULED',
      state: 'ACTIVATED',
      schedule: 'cron(0 2 * * ? *)',
      starts: `job:${wf}-bronze`
    },
    {
      name: `${wf}-run-silver`,
      type: 'CONDITIONAL',
      state: 'ACTIVATED',
      waitsFor: `AND job:${wf}-bronze`,
      starts: `job:${wf}-silver`
    },
    {
      name: `${wf}-run-gold`,
      type: 'CONDITIONAL',
      state: 'ACTIVATED',
      waitsFor: `ANY job:${wf}-bronze, job:${wf}-silver`,
      starts: `job:${wf}-gold-v2 {"--layer":"gold"}`
    },
    {
      name: `${wf}-run-catalog`,
      type: 'CONDITIONAL',
      state: 'ACTIVATED',
      waitsFor: `AND job:${wf}-gold-v2`,
      starts: `crawler:${wf}-catalog`
    }
  ],
  tags: { team: 'analytics', owner: 'lakehouse' }
}

/** Jobs and the crawler both scenarios name, created the way a data team's account already has them. */
export async function createTargets(url: string, wf: string, jobDurationMs = 100): Promise<void> {
  await createJobs(url, [`${wf}-bronze`, `${wf}-silver`, `${wf}-gold`, `${wf}-gold-v2`], jobDurationMs)
  await createCrawlers(url, [`${wf}-catalog`])
}

export function deployStep(
  url: string,
  wf: string,
  scenario: Scenario,
  options: Partial<StepOptions> = {}
): Promise<StepResult> {
  return runMainStep({
    endpoint: url,
    ...options,
    inputs: { mode: 'deploy', 'workflow-name': wf, ...scenario.inputs(wf), ...options.inputs }
  })
}

function canonicalPredicate(p: GlueState['triggers'][string]['Predicate']): string | undefined {
  if (!p?.Conditions?.length) return undefined
  const conditions = p.Conditions.map((c) =>
    c.CrawlerName ? `crawler:${c.CrawlerName}=${c.CrawlState}` : `job:${c.JobName}=${c.State}`
  )
  if (conditions.some((c) => !c.endsWith('=SUCCEEDED'))) return `not on SUCCEEDED: ${conditions.join(', ')}`
  const logical = p.Logical ?? 'AND'
  return `${logical} ${conditions
    .map((c) => c.replace(/=SUCCEEDED$/, ''))
    .sort()
    .join(', ')}`
}

function canonicalActions(actions: GlueState['triggers'][string]['Actions']): string {
  return actions
    .map((a) => {
      const target = a.CrawlerName ? `crawler:${a.CrawlerName}` : `job:${a.JobName}`
      return a.Arguments && Object.keys(a.Arguments).length ? `${target} ${JSON.stringify(a.Arguments)}` : target
    })
    .sort()
    .join(', ')
}

function userTags(tags: Record<string, string> | undefined): string {
  const own = Object.entries(tags ?? {}).filter(([k]) => !k.startsWith('glue-workflow-action:'))
  return JSON.stringify(Object.fromEntries(own.sort(([a], [b]) => a.localeCompare(b))))
}

/**
 * Everything that differs from the scenario's desired state, one line each ([] = exactly the desired state): the
 * workflow, each trigger (type, state, schedule, predicate, actions, tags), stray triggers of the workflow or with its
 * name prefix (orphans), a job or crawler started by two triggers (duplicates), and any run a deploy started.
 */
export function differences(state: GlueState, wf: string, scenario: Scenario): string[] {
  const problems: string[] = []
  const wantTags = userTags(scenario.tags)
  const checkTags = (what: string, tags: Record<string, string> | undefined) => {
    if (userTags(tags) !== wantTags) problems.push(`${what}: tags ${userTags(tags)}, want ${wantTags}`)
    if (tags?.[OWNER_TAG] !== OWNER_VALUE) problems.push(`${what}: no ownership tag`)
  }
  if (!state.workflows[wf]) problems.push(`workflow ${wf} missing`)
  else checkTags(`workflow ${wf}`, state.tags[`workflow/${wf}`])

  const expected = scenario.triggers(wf)
  const wanted = new Set(expected.map((t) => t.name))
  for (const want of expected) {
    const found = state.triggers[want.name]
    if (!found) {
      problems.push(`trigger ${want.name} missing`)
      continue
    }
    const got = {
      workflow: found.WorkflowName,
      type: found.Type,
      state: found.State,
      schedule: found.Schedule,
      waitsFor: canonicalPredicate(found.Predicate),
      starts: canonicalActions(found.Actions)
    }
    const exp = {
      workflow: wf,
      type: want.type,
      state: want.state,
      schedule: want.schedule,
      waitsFor: want.waitsFor,
      starts: want.starts
    }
    for (const key of Object.keys(exp) as (keyof typeof exp)[]) {
      if (got[key] !== exp[key]) problems.push(`trigger ${want.name}: ${key} ${got[key]}, want ${exp[key]}`)
    }
    checkTags(`trigger ${want.name}`, state.tags[`trigger/${want.name}`])
  }
  const mine = Object.values(state.triggers).filter((t) => t.WorkflowName === wf || t.Name.startsWith(`${wf}-`))
  for (const t of mine) if (!wanted.has(t.Name)) problems.push(`stray trigger ${t.Name} (${t.Type})`)
  const startedBy = new Map<string, string[]>()
  for (const t of mine) {
    for (const a of t.Actions) {
      const target = a.CrawlerName ? `crawler:${a.CrawlerName}` : `job:${a.JobName}`
      startedBy.set(target, [...(startedBy.get(target) ?? []), t.Name])
    }
  }
  for (const [target, by] of startedBy) if (by.length > 1) problems.push(`${target} started by ${by.join(' and ')}`)
  const runs = Object.values(state.workflowRuns).filter((r) => r.Name === wf)
  if (runs.length > 0) problems.push(`${runs.length} workflow run(s) started by a deploy`)
  return problems
}

/** Glue write calls the endpoint answered so far (ok or error; not injected faults). */
export function answeredWrites(local: GlueLocal): number {
  return local.calls().calls.filter((c) => c.write && c.outcome !== 'fault').length
}
