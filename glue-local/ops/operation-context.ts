import type { GraphLag } from '../engine/graph-lag.js'
import type { RunEngine } from '../engine/run-engine.js'
import type { TriggerLifecycle } from '../engine/trigger-lifecycle.js'
import type { GlueStore } from '../state/store.js'
import type { Clock } from '../util/clock.js'

export interface OperationContext {
  store: GlueStore
  engine: RunEngine
  /** Trigger states over time (CREATING → CREATED, …). */
  lifecycle: TriggerLifecycle
  /** What GetWorkflow's graph shows (the triggers as they were `graphLagMs` ago). */
  graphLag: GraphLag
  /** Time of the simulated Glue (timestamps, lifecycle timers). */
  clock: Clock
  accountId: string
  /** Region of the request's SigV4 scope (or the server default); used to check tag ARNs. */
  region: string
}

/** A Glue operation handler: gets the (model-validated) request body, returns the response body or throws GlueError. */
export type OperationHandler = (ctx: OperationContext, input: never) => unknown

export type OperationTable = Record<string, OperationHandler>
