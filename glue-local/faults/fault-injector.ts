import { DEFAULT_FAULTS, mergeFaultConfig, type FaultConfig } from './fault-config.js'
import { seededRandom } from './seeded-random.js'

export type InjectedFault = 'throttle' | 'internal-error' | 'drop-connection'

export interface FaultDecision {
  latencyMs: number
  fault?: InjectedFault
}

/**
 * Draws latency and faults from a seeded PRNG. Every call draws the same four numbers in the same order, whatever the
 * configuration, so a given seed and call sequence always give the same decisions.
 */
export class FaultInjector {
  private config: FaultConfig
  private random: () => number
  private currentSeed: number

  constructor(config: Partial<FaultConfig> = {}, seed = 1) {
    this.config = mergeFaultConfig(DEFAULT_FAULTS, config)
    this.currentSeed = seed
    this.random = seededRandom(seed)
  }

  get seed(): number {
    return this.currentSeed
  }

  getConfig(): FaultConfig {
    return { ...this.config, operations: [...this.config.operations] }
  }

  /** Applies a partial config; a `seed` member restarts the PRNG with that seed. */
  update(patch: Record<string, unknown>): FaultConfig {
    this.config = mergeFaultConfig(this.config, patch)
    if (patch.seed !== undefined) {
      if (typeof patch.seed !== 'number' || !Number.isInteger(patch.seed)) throw new Error('seed must be an integer')
      this.reseed(patch.seed)
    }
    return this.getConfig()
  }

  reseed(seed: number): void {
    this.currentSeed = seed
    this.random = seededRandom(seed)
  }

  decide(operation: string): FaultDecision {
    const spike = this.random()
    const drop = this.random()
    const throttle = this.random()
    const internal = this.random()
    const c = this.config
    const latencyMs = c.latencyMs + (spike < c.latencySpikeRate ? c.latencySpikeMs : 0)
    const applies = c.operations.length === 0 || c.operations.includes(operation)
    if (!applies) return { latencyMs }
    if (drop < c.dropConnectionRate) return { latencyMs, fault: 'drop-connection' }
    if (throttle < c.throttleRate) return { latencyMs, fault: 'throttle' }
    if (internal < c.internalErrorRate) return { latencyMs, fault: 'internal-error' }
    return { latencyMs }
  }
}
