import { parseArgs } from 'node:util'
import type { FaultConfig } from './faults/fault-config.js'
import type { SimulationDefaults } from './engine/simulation.js'
import type { GlueLocalOptions } from './options.js'

export const CLI_USAGE = `Usage: npm run glue-local -- [options]

A local stand-in for AWS Glue (and STS GetCallerIdentity) for tests and demos. Not for production.

  --port N                     port (default 4599; 0 = a free port)
  --host HOST                  interface (default 127.0.0.1)
  --state FILE                 load state from FILE and save it there after every change
  --seed N                     seed of the fault/latency PRNG (default 1)
  --account-id ID              account id for STS and ARNs (default 123456789012)
  --region REGION              region when a request has no SigV4 scope (default us-east-1)
  --latency-ms N               latency added to every Glue/STS call
  --latency-spike-rate P       probability of an extra latency spike
  --latency-spike-ms N         extra latency of a spike
  --throttle-rate P            probability of ThrottlingException
  --internal-error-rate P      probability of InternalServiceException (HTTP 500)
  --drop-rate P                probability of dropping the connection without a response
  --trigger-write-window-ms N  how long a trigger write holds its workflow (CME window)
  --no-conflicts               never answer ConcurrentModificationException for overlapping trigger writes
  --fault-operations A,B       restrict random faults to these operations
  --job-duration-ms N          default simulated job run duration (1500)
  --crawler-duration-ms N      default simulated crawl duration (1500)
  --stop-duration-ms N         how long STOPPING lasts (200)
  --trigger-transition-ms N    how long CREATING, ACTIVATING, DEACTIVATING and UPDATING last (300; 0 = instant)
  --trigger-delete-ms N        how long DELETING lasts (1000; 0 = instant)
  --graph-lag-ms N             GetWorkflow's graph shows trigger writes only N ms later (0)
  --verbose                    log every call to stderr
  --help                       show this help`

function toNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed)) throw new Error(`--${name} expects a number, got '${value}'`)
  return parsed
}

export interface CliConfig {
  help: boolean
  verbose: boolean
  options: GlueLocalOptions
}

export function parseCliArgs(argv: string[]): CliConfig {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      state: { type: 'string' },
      seed: { type: 'string' },
      'account-id': { type: 'string' },
      region: { type: 'string' },
      'latency-ms': { type: 'string' },
      'latency-spike-rate': { type: 'string' },
      'latency-spike-ms': { type: 'string' },
      'throttle-rate': { type: 'string' },
      'internal-error-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'trigger-write-window-ms': { type: 'string' },
      'no-conflicts': { type: 'boolean' },
      'fault-operations': { type: 'string' },
      'job-duration-ms': { type: 'string' },
      'crawler-duration-ms': { type: 'string' },
      'stop-duration-ms': { type: 'string' },
      'trigger-transition-ms': { type: 'string' },
      'trigger-delete-ms': { type: 'string' },
      'graph-lag-ms': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean' }
    }
  })
  const num = (name: keyof typeof values) => toNumber(name, values[name] as string | undefined)
  const faults: Partial<FaultConfig> = {}
  const setFault = <K extends keyof FaultConfig>(key: K, value: FaultConfig[K] | undefined) => {
    if (value !== undefined) faults[key] = value
  }
  setFault('latencyMs', num('latency-ms'))
  setFault('latencySpikeRate', num('latency-spike-rate'))
  setFault('latencySpikeMs', num('latency-spike-ms'))
  setFault('throttleRate', num('throttle-rate'))
  setFault('internalErrorRate', num('internal-error-rate'))
  setFault('dropConnectionRate', num('drop-rate'))
  setFault('triggerWriteWindowMs', num('trigger-write-window-ms'))
  if (values['no-conflicts']) faults.concurrentTriggerWriteConflicts = false
  if (values['fault-operations']) faults.operations = values['fault-operations'].split(',').map((op) => op.trim())
  const simulation: Partial<SimulationDefaults> = {}
  const simulationFlags: [keyof typeof values, keyof SimulationDefaults][] = [
    ['job-duration-ms', 'jobDurationMs'],
    ['crawler-duration-ms', 'crawlerDurationMs'],
    ['stop-duration-ms', 'stopDurationMs'],
    ['trigger-transition-ms', 'triggerTransitionMs'],
    ['trigger-delete-ms', 'triggerDeleteMs'],
    ['graph-lag-ms', 'graphLagMs']
  ]
  for (const [flag, key] of simulationFlags) {
    const value = num(flag)
    if (value === undefined) continue
    if (value < 0) throw new Error(`--${flag} expects a number >= 0, got ${value}`)
    simulation[key] = value
  }
  return {
    help: values.help === true,
    verbose: values.verbose === true,
    options: {
      port: num('port') ?? 4599,
      host: values.host,
      stateFile: values.state,
      seed: num('seed'),
      accountId: values['account-id'],
      region: values.region,
      faults,
      simulation
    }
  }
}
