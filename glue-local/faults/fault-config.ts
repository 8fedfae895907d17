/** Fault and latency injection settings; rates are probabilities in [0, 1] drawn per Glue/STS call. */
export interface FaultConfig {
  /** Fixed latency added to every Glue/STS call. */
  latencyMs: number
  /** Probability that a call gets an extra latency spike. */
  latencySpikeRate: number
  /** Extra latency of a spike. */
  latencySpikeMs: number
  /** Probability of ThrottlingException (HTTP 400, "Rate exceeded"). */
  throttleRate: number
  /** Probability of InternalServiceException (HTTP 500). */
  internalErrorRate: number
  /** Probability that the connection is destroyed without a response. */
  dropConnectionRate: number
  /** Minimum time a trigger write holds its workflow (a concurrent trigger write then gets CME). */
  triggerWriteWindowMs: number
  /** ConcurrentModificationException for trigger writes that overlap on one workflow. */
  concurrentTriggerWriteConflicts: boolean
  /** Limit the random faults (not latency) to these operations; empty = all Glue/STS operations. */
  operations: string[]
}

export const DEFAULT_FAULTS: FaultConfig = {
  latencyMs: 0,
  latencySpikeRate: 0,
  latencySpikeMs: 0,
  throttleRate: 0,
  internalErrorRate: 0,
  dropConnectionRate: 0,
  triggerWriteWindowMs: 0,
  concurrentTriggerWriteConflicts: true,
  operations: []
}

const RATE_KEYS = ['latencySpikeRate', 'throttleRate', 'internalErrorRate', 'dropConnectionRate'] as const
const MS_KEYS = ['latencyMs', 'latencySpikeMs', 'triggerWriteWindowMs'] as const

/** Merges a partial config (e.g. JSON from the admin route) over a base config, rejecting invalid values. */
export function mergeFaultConfig(base: FaultConfig, patch: Record<string, unknown>): FaultConfig {
  const next: FaultConfig = { ...base, operations: [...base.operations] }
  for (const [key, value] of Object.entries(patch)) {
    if ((RATE_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || value < 0 || value > 1) throw new Error(`${key} must be a number in [0, 1]`)
      next[key as (typeof RATE_KEYS)[number]] = value
    } else if ((MS_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || value < 0) throw new Error(`${key} must be a number >= 0`)
      next[key as (typeof MS_KEYS)[number]] = value
    } else if (key === 'concurrentTriggerWriteConflicts') {
      if (typeof value !== 'boolean') throw new Error(`${key} must be a boolean`)
      next.concurrentTriggerWriteConflicts = value
    } else if (key === 'operations') {
      if (!Array.isArray(value) || !value.every((op) => typeof op === 'string')) {
        throw new Error('operations must be a list of operation names')
      }
      next.operations = value
    } else if (key !== 'seed') {
      throw new Error(`Unknown fault setting '${key}'`)
    }
  }
  return next
}
