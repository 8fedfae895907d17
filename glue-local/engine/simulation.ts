import type { Outcome, StringMap } from '../state/types.js'

/** Defaults for simulated job and crawler runs (overridable per server, per job and per run). */
export interface SimulationDefaults {
  jobDurationMs: number
  crawlerDurationMs: number
  /** How long STOPPING lasts before job runs become STOPPED and the workflow run STOPPED. */
  stopDurationMs: number
}

export const DEFAULT_SIMULATION: SimulationDefaults = {
  jobDurationMs: 1500,
  crawlerDurationMs: 1500,
  stopDurationMs: 200
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
