/** What the local Glue endpoint's call log says about one step: Glue calls by operation, writes, STS calls. Pure. */
import type { CallRecord } from '../../glue-local/index.js'

export interface CallCount {
  /** Glue calls (STS excluded). */
  glue: number
  writes: number
  byOperation: Record<string, number>
  /** STS calls (GetCallerIdentity), counted apart: they are not Glue calls. */
  sts: number
  /** Glue calls that failed (error or injected fault). */
  failed: number
}

export function countCalls(calls: CallRecord[]): CallCount {
  const glue = calls.filter((c) => c.service === 'glue')
  const byOperation: Record<string, number> = {}
  for (const call of glue) byOperation[call.operation] = (byOperation[call.operation] ?? 0) + 1
  return {
    glue: glue.length,
    writes: glue.filter((c) => c.write).length,
    byOperation,
    sts: calls.length - glue.length,
    failed: glue.filter((c) => c.outcome !== 'ok').length
  }
}

/** When the endpoint received a call: its log time is taken after the injected latency, when it answered. */
export function receivedAt(call: CallRecord): number {
  return Date.parse(call.time) - call.latencyMs
}

export function answeredAt(call: CallRecord): number {
  return Date.parse(call.time)
}
