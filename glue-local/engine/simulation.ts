import type { Outcome, StringMap } from '../state/types.js'

/**
 * Simulated durations: job and crawler runs (overridable per job and per run), STOPPING, the trigger lifecycle and
 * the graph lag. Set at start (`simulation` option, CLI flags) and at runtime (`setSimulation`, admin route).
 */
export interface SimulationDefaults {
  jobDurationMs: number
  crawlerDurationMs: number
  /** How long STOPPING lasts before job runs become STOPPED and the workflow run STOPPED. */
  stopDurationMs: number
  /** How long each of CREATING, ACTIVATING, DEACTIVATING and UPDATING lasts; 0 = instant. */
  triggerTransitionMs: number
  /** How long DELETING lasts before the trigger is gone; 0 = instant. */
  triggerDeleteMs: number
  /** GetWorkflow's (and BatchGetWorkflows') graph shows the triggers as they were this long ago; 0 = no lag. */
  graphLagMs: number
}

export const DEFAULT_SIMULATION: SimulationDefaults = {
  jobDurationMs: 1500,
  crawlerDurationMs: 1500,
  stopDurationMs: 200,
  triggerTransitionMs: 300,
  triggerDeleteMs: 1000,
  graphLagMs: 0
}

const SIMULATION_KEYS = Object.keys(DEFAULT_SIMULATION) as (keyof SimulationDefaults)[]

/** Merges a partial simulation setting (options, CLI, admin JSON) over a base, rejecting unknown keys and bad values. */
export function mergeSimulation(base: SimulationDefaults, patch: Record<string, unknown>): SimulationDefaults {
  const next = { ...base }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    if (!(SIMULATION_KEYS as string[]).includes(key)) {
      throw new Error(`Unknown simulation setting '${key}' (known: ${SIMULATION_KEYS.join(', ')})`)
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`${key} must be a number >= 0`)
    }
    next[key as keyof SimulationDefaults] = value
  }
  return next
}

export interface PlannedRun {
  durationMs: number
  outcome: Outcome
  errorMessage?: string
}

/** Job argument names of the simulation knobs (set in DefaultArguments or in a trigger action's Arguments). */
export const JOB_KNOBS = {
  durationMs: '--simulate-duration-ms',
  outcome: '--simulate-outcome',
  failAttempts: '--simulate-fail-attempts',
  errorMessage: '--simulate-error-message'
} as const

/** Run property key that overrides a knob for one workflow run: `glue-local:<jobOrCrawlerName>:<knob>`. */
export function runPropertyKnob(name: string, knob: 'duration-ms' | 'outcome' | 'fail-attempts' | 'error-message') {
  return `glue-local:${name}:${knob}`
}

function parseNonNegativeInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined
  return Number(value.trim())
}

function parseOutcome(value: string | undefined): Outcome | undefined {
  const upper = value?.trim().toUpperCase()
  return upper === 'SUCCEEDED' || upper === 'FAILED' || upper === 'TIMEOUT' ? upper : undefined
}

function defaultJobFailure(jobName: string, attempt: number): string {
  return (
    `An error occurred while calling o112.pyWriteDynamicFrame. ` +
    `Job ${jobName} failed on attempt ${attempt} (simulated by glue-local)`
  )
}

/**
 * Decides how a job run attempt ends. Run properties (`glue-local:<job>:…`) win over the merged job arguments
 * (DefaultArguments, then the action's Arguments), which win over the server defaults.
 */
export function planJobRun(
  jobName: string,
  attempt: number,
  timeoutMinutes: number,
  args: StringMap,
  runProperties: StringMap,
  defaults: SimulationDefaults
): PlannedRun {
  const knob = (argName: string, propKnob: Parameters<typeof runPropertyKnob>[1]) =>
    runProperties[runPropertyKnob(jobName, propKnob)] ?? args[argName]
  const durationMs = parseNonNegativeInt(knob(JOB_KNOBS.durationMs, 'duration-ms')) ?? defaults.jobDurationMs
  const failAttempts = parseNonNegativeInt(knob(JOB_KNOBS.failAttempts, 'fail-attempts')) ?? 0
  const configured = parseOutcome(knob(JOB_KNOBS.outcome, 'outcome')) ?? 'SUCCEEDED'
  const outcome: Outcome = attempt < failAttempts ? 'FAILED' : configured
  const customMessage = knob(JOB_KNOBS.errorMessage, 'error-message')
  if (outcome === 'FAILED')
    return { durationMs, outcome, errorMessage: customMessage ?? defaultJobFailure(jobName, attempt) }
  if (outcome === 'TIMEOUT') {
    const message = customMessage ?? `Job run timed out after ${timeoutMinutes} minutes (simulated by glue-local)`
    return { durationMs, outcome, errorMessage: message }
  }
  return { durationMs, outcome }
}

/** Decides how a crawl ends; crawlers have no arguments, so only run properties (`glue-local:<crawler>:…`) apply. */
export function planCrawl(
  crawlerName: string,
  runProperties: StringMap,
  defaults: SimulationDefaults
): { durationMs: number; outcome: 'SUCCEEDED' | 'FAILED'; errorMessage?: string } {
  const durationMs =
    parseNonNegativeInt(runProperties[runPropertyKnob(crawlerName, 'duration-ms')]) ?? defaults.crawlerDurationMs
  const outcome =
    parseOutcome(runProperties[runPropertyKnob(crawlerName, 'outcome')]) === 'FAILED' ? 'FAILED' : 'SUCCEEDED'
  if (outcome === 'SUCCEEDED') return { durationMs, outcome }
  const message =
    runProperties[runPropertyKnob(crawlerName, 'error-message')] ??
    `Internal Service Exception: crawler ${crawlerName} failed (simulated by glue-local)`
  return { durationMs, outcome, errorMessage: message }
}
