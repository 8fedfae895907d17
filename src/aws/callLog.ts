/**
 * One debug line per AWS call: which operation, how long it took, the request id AWS gave it and how many attempts
 * the SDK's retry strategy made (from the response's or the error's `$metadata`). Never a request parameter or a
 * header: the line cannot carry credentials or user data. Pure.
 */
import type { ResponseMetadata } from '@smithy/types'
import { duration, inertLine } from '../text.js'

/** The `$metadata` the SDK attaches to every output and to every service error (absent on a network error). */
export function metadataOf(value: unknown): Partial<ResponseMetadata> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const metadata = (value as { $metadata?: unknown }).$metadata
  return typeof metadata === 'object' && metadata !== null ? metadata : undefined
}

/**
 * `glue:GetWorkflowRun 42 ms · request 9f0c… · 1 attempt`, or for a failure
 * `glue:StartWorkflowRun failed after 3.2 s: ThrottlingException (HTTP 400) · request … · 8 attempts, 2.9 s of backoff`.
 */
export function callLogLine(
  operation: string,
  ms: number,
  metadata?: Partial<ResponseMetadata>,
  error?: unknown
): string {
  const took = ms < 1000 ? `${Math.round(ms)} ms` : duration(ms / 1000)
  const status = metadata?.httpStatusCode
  const head =
    error === undefined
      ? `${operation} ${took}`
      : `${operation} failed after ${took}: ${errorName(error)}${status ? ` (HTTP ${status})` : ' (no HTTP answer)'}`
  const attempts = metadata?.attempts ?? 1
  const backoff = metadata?.totalRetryDelay ? `, ${duration(metadata.totalRetryDelay / 1000)} of backoff` : ''
  const parts = [
    head,
    ...(metadata?.requestId ? [`request ${metadata.requestId}`] : []),
    `${attempts} attempt${attempts === 1 ? '' : 's'}${backoff}`
  ]
  return inertLine(parts.join(' · '), 400)
}

function errorName(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined
  return typeof name === 'string' && name !== '' ? name : 'Error'
}
