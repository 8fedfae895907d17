import type { SimulationDefaults } from './engine/simulation.js'
import type { FaultConfig } from './faults/fault-config.js'
import type { Clock } from './util/clock.js'

export interface GlueLocalOptions {
  /** TCP port; 0 (the default) picks a free port. The CLI defaults to 4599. */
  port?: number
  /** Interface to bind; default 127.0.0.1. */
  host?: string
  /** JSON file to load the state from at start and to save it to after every change (atomic rename). */
  stateFile?: string
  /** Account id returned by STS GetCallerIdentity and accepted in tag ARNs; default 123456789012. */
  accountId?: string
  /** Region assumed when a request carries no SigV4 credential scope; default us-east-1. */
  region?: string
  /** Seed of the fault/latency PRNG; default 1. */
  seed?: number
  /** Initial fault and latency settings. */
  faults?: Partial<FaultConfig>
  /** Default simulated durations. */
  simulation?: Partial<SimulationDefaults>
  /**
   * Time source of the simulated Glue (run engine, trigger lifecycle, graph lag, timestamps); default: the real clock.
   * Tests pass `manualClock()` and move time with `clock.advance(ms)`. Request latency stays on real time.
   */
  clock?: Clock
  /** Called with one line per Glue/STS call (e.g. console.error); default: silent. */
  log?: (line: string) => void
}

export const DEFAULT_ACCOUNT_ID = '123456789012'
export const DEFAULT_REGION = 'us-east-1'
export const DEFAULT_HOST = '127.0.0.1'
export const ADMIN_PREFIX = '/__glue_local/'
