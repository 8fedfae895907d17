/** The `jobs` input: a YAML mapping of stages, parsed and validated into a PipelineSpec. Pure. */
import { topologicalOrder } from '../pipeline/graph.js'
import type { PipelineSpec, Stage, WaitLogic } from '../pipeline/spec.js'
import { InputError } from './errors.js'
import { checkGlueKey, checkGlueName, describeType, isPlainObject, parseStringMap, parseYaml } from './fields.js'
import { oneLine } from '../text.js'

const INPUT = 'jobs'
const STAGE_NAME = /^[A-Za-z0-9_-]{1,64}$/
const STAGE_KEYS = ['job', 'crawler', 'after', 'when', 'arguments', 'timeout']
/** Glue recommends at most 100 jobs, crawlers and triggers per workflow; 100 stages already make 200 nodes. */
export const MAX_STAGES = 100
/** Glue quota: jobs per trigger. */
const MAX_ACTIONS_PER_TRIGGER = 50
/** Glue: a single trigger can start at most two crawlers. */
const MAX_CRAWLERS_PER_TRIGGER = 2

export function parseJobs(raw: string): PipelineSpec {
  if (raw.trim() === '') {
    throw new InputError(INPUT, 'is empty: give a YAML mapping of stage: glue-job-name, e.g. "bronze: my-bronze-job"')
  }
  const doc = parseYaml(INPUT, raw)
  if (!isPlainObject(doc)) {
    throw new InputError(INPUT, `must be a YAML mapping of stage: glue-job-name, not ${describeType(doc)}`)
  }
  const entries = Object.entries(doc)
  if (entries.length === 0) throw new InputError(INPUT, 'has no stages: give at least one stage: glue-job-name')
  if (entries.length > MAX_STAGES) {
    throw new InputError(INPUT, `has ${entries.length} stages; Glue supports at most ${MAX_STAGES} per workflow`)
  }
  const stages = entries.map(([name, value], index) => parseStage(name, value, index > 0 ? entries[index - 1][0] : ''))
  checkWiring(stages)
  return { stages }
}

function parseStage(name: string, value: unknown, previous: string): Stage {
  if (!STAGE_NAME.test(name)) {
    throw new InputError(
      INPUT,
      `stage name '${oneLine(name, 40)}' must be 1-64 ASCII letters (A-Z, a-z), digits, '-' or '_' (it becomes part of trigger names)`
    )
  }
  const defaultAfter = previous === '' ? [] : [previous]
  if (typeof value === 'string') {
    checkGlueName(INPUT, `job name of stage '${name}'`, value)
    return { name, kind: 'job', target: value, after: defaultAfter, when: 'all', arguments: {} }
  }
  if (!isPlainObject(value)) {
    throw new InputError(
      INPUT,
      `stage '${name}' must be a Glue job name or a mapping with job: or crawler:, not ${describeType(value)}`
    )
  }
  const unknown = Object.keys(value).filter((k) => !STAGE_KEYS.includes(k))
  if (unknown.length > 0) {
    throw new InputError(
      INPUT,
      `stage '${name}' has unknown key '${oneLine(unknown[0], 40)}' (allowed: ${STAGE_KEYS.join(', ')})`
    )
  }
  const { job, crawler } = value
  if ((job === undefined) === (crawler === undefined)) {
    throw new InputError(INPUT, `stage '${name}' needs exactly one of job: or crawler:`)
  }
  const kind = job !== undefined ? 'job' : 'crawler'
  const target = job ?? crawler
  if (typeof target !== 'string')
    throw new InputError(INPUT, `stage '${name}': ${kind} must be a name, not ${describeType(target)}`)
  checkGlueName(INPUT, `${kind} name of stage '${name}'`, target)

  const stage: Stage = {
    name,
    kind,
    target,
    after: value.after === undefined ? defaultAfter : parseAfter(name, value.after),
    when: parseWhen(name, value.when),
    arguments: parseArguments(name, value.arguments)
  }
  if (value.timeout !== undefined) stage.timeoutMinutes = parseTimeout(name, value.timeout)
  if (kind === 'crawler' && (Object.keys(stage.arguments).length > 0 || stage.timeoutMinutes !== undefined)) {
    throw new InputError(INPUT, `stage '${name}' is a crawler: arguments: and timeout: apply to jobs only`)
  }
  if (value.when !== undefined && stage.after.length === 0) {
    throw new InputError(INPUT, `stage '${name}' has when: but waits for no stage (add after:)`)
  }
  return stage
}

function parseAfter(name: string, value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
    throw new InputError(INPUT, `stage '${name}': after: must be a stage name or a list of stage names`)
  }
  const after = list as string[]
  if (new Set(after).size !== after.length) throw new InputError(INPUT, `stage '${name}': after: lists a stage twice`)
  return after
}

function parseWhen(name: string, value: unknown): WaitLogic {
  if (value === undefined) return 'all'
  if (value === 'all' || value === 'any') return value
  throw new InputError(INPUT, `stage '${name}': when: must be all or any, not '${oneLine(JSON.stringify(value), 40)}'`)
}

function parseArguments(name: string, value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (!isPlainObject(value))
    throw new InputError(INPUT, `stage '${name}': arguments: must be a mapping of --name: value`)
  const args = parseStringMap(INPUT, JSON.stringify(value))
  for (const key of Object.keys(args)) checkGlueKey(INPUT, `stage '${name}': argument name`, key)
  return args
}

function parseTimeout(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10080) {
    throw new InputError(
      INPUT,
      `stage '${name}': timeout: must be whole minutes from 1 to 10080, not '${oneLine(String(value), 40)}'`
    )
  }
  return value
}

function checkWiring(stages: Stage[]): void {
  const names = new Set(stages.map((s) => s.name))
  for (const stage of stages) {
    for (const upstream of stage.after) {
      if (upstream === stage.name) throw new InputError(INPUT, `stage '${stage.name}' waits for itself`)
      if (!names.has(upstream)) {
        throw new InputError(
          INPUT,
          `stage '${stage.name}' waits for '${oneLine(upstream, 40)}', which is not a stage (stages: ${[...names].join(', ')})`
        )
      }
    }
  }
  const sorted = topologicalOrder(stages)
  if ('cycle' in sorted)
    throw new InputError(INPUT, `stages wait for each other in a cycle: ${sorted.cycle.join(' -> ')}`)

  const owner = new Map<string, string>()
  for (const stage of stages) {
    const key = `${stage.kind}:${stage.target}`
    const other = owner.get(key)
    if (other) {
      throw new InputError(
        INPUT,
        `${stage.kind} '${stage.target}' is used by stages '${other}' and '${stage.name}'; each Glue ${stage.kind} may run in one stage only`
      )
    }
    owner.set(key, stage.name)
  }
  const roots = stages.filter((s) => s.after.length === 0)
  if (roots.length > MAX_ACTIONS_PER_TRIGGER) {
    throw new InputError(
      INPUT,
      `${roots.length} stages start first; a Glue trigger starts at most ${MAX_ACTIONS_PER_TRIGGER}`
    )
  }
  if (roots.filter((s) => s.kind === 'crawler').length > MAX_CRAWLERS_PER_TRIGGER) {
    throw new InputError(
      INPUT,
      `more than ${MAX_CRAWLERS_PER_TRIGGER} crawler stages start first; a Glue trigger starts at most 2 crawlers`
    )
  }
}

/** The `jobs` input where it is optional (start, verify): absent when empty. */
export function optionalPipeline(raw: string): PipelineSpec | undefined {
  return raw.trim() === '' ? undefined : parseJobs(raw)
}
