import type { RunEngine } from '../engine/run-engine.js'
import type { GlueStore } from '../state/store.js'
import type { Clock } from '../util/clock.js'

export interface OperationContext {
  store: GlueStore
  engine: RunEngine
  /** Time of the simulated Glue (timestamps, lifecycle timers). */
  clock: Clock
  accountId: string
  /** Region of the request's SigV4 scope (or the server default); used to check tag ARNs. */
  region: string
}

/** A Glue operation handler: gets the (model-validated) request body, returns the response body or throws GlueError. */
export type OperationHandler = (ctx: OperationContext, input: never) => unknown

export type OperationTable = Record<string, OperationHandler>
