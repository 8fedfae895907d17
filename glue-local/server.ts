import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleAdminRequest, type AdminApi, type ResetTarget } from './admin/admin-routes.js'
import { CallLog } from './admin/call-log.js'
import { RunEngine } from './engine/run-engine.js'
import { GraphLag } from './engine/graph-lag.js'
import { DEFAULT_SIMULATION, mergeSimulation, type SimulationDefaults } from './engine/simulation.js'
import { TriggerLifecycle } from './engine/trigger-lifecycle.js'
import { FaultInjector } from './faults/fault-injector.js'
import { WorkflowWriteWindow } from './faults/workflow-write-window.js'
import { ADMIN_PREFIX, DEFAULT_ACCOUNT_ID, DEFAULT_HOST, DEFAULT_REGION, type GlueLocalOptions } from './options.js'
import { GlueError } from './protocol/glue-error.js'
import { glueOperationFromTarget, sendGlueError } from './protocol/glue-wire.js'
import { readBody, sendJson } from './protocol/http-io.js'
import { parseStsRequest } from './protocol/sts.js'
import { handleGlueCall, handleStsCall, type PipelineDeps } from './request-pipeline.js'
import { loadStateFile } from './state/state-file.js'
import { GlueStore } from './state/store.js'
import { emptyState, type GlueState } from './state/types.js'
import { realClock, type Clock } from './util/clock.js'
import { newRequestId } from './util/ids.js'
import { clone } from './util/objects.js'

/** A running glue-local server, with in-process access to what the admin routes offer. */
export interface GlueLocal extends AdminApi {
  /** Base URL, e.g. http://127.0.0.1:4599 — use it as the Glue/STS endpoint. */
  readonly url: string
  readonly port: number
  readonly host: string
  readonly accountId: string
  /** The clock the server runs on (the one passed in `options.clock`, or the real clock). */
  readonly clock: Clock
  /** Stops the server and the run engine's timers. */
  close(): Promise<void>
}

/** Starts a local stand-in for AWS Glue (and STS GetCallerIdentity) for tests, demos and benchmarks. */
export async function startGlueLocal(options: GlueLocalOptions = {}): Promise<GlueLocal> {
  const host = options.host ?? DEFAULT_HOST
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID
  const seed = options.seed ?? 1
  const store = new GlueStore(options.stateFile ? loadStateFile(options.stateFile) : emptyState(), options.stateFile)
  const initialSimulation = mergeSimulation(DEFAULT_SIMULATION, options.simulation ?? {})
  let simulation: SimulationDefaults = initialSimulation
  const clock = options.clock ?? realClock()
  const engine = new RunEngine(store, () => simulation, clock)
  const graphLag = new GraphLag(
    () => store.state,
    () => simulation.graphLagMs,
    () => clock.now()
  )
  const lifecycle = new TriggerLifecycle(store, () => simulation, clock, graphLag)
  engine.restoreTimers()
  lifecycle.restoreTimers()
  const faults = new FaultInjector(options.faults ?? {}, seed)
  const callLog = new CallLog()
  const deps: PipelineDeps = {
    store,
    engine,
    lifecycle,
    graphLag,
    clock,
    faults,
    writeWindow: new WorkflowWriteWindow(),
    callLog,
    accountId,
    region: options.region ?? DEFAULT_REGION,
    log: options.log
  }

  const admin: AdminApi = {
    calls: () => callLog.summary(),
    reset: (what: ResetTarget = 'all') => {
      if (what === 'calls' || what === 'all') callLog.clear()
      if (what === 'state' || what === 'all') {
        engine.cancelAll()
        lifecycle.cancelAll()
        graphLag.clear()
        store.replace(emptyState())
      }
      if (what === 'faults' || what === 'all') {
        faults.update({ ...new FaultInjector(options.faults ?? {}).getConfig() })
        faults.reseed(seed)
      }
      if (what === 'simulation' || what === 'all') simulation = initialSimulation
    },
    getFaults: () => ({ ...faults.getConfig(), seed: faults.seed }),
    setFaults: (patch) => ({ ...faults.update(patch), seed: faults.seed }),
    getSimulation: () => ({ ...simulation }),
    setSimulation: (patch) => {
      simulation = mergeSimulation(simulation, patch)
      return { ...simulation }
    },
    state: (): GlueState => clone(store.state)
  }

  const server = http.createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      options.log?.(`glue-local: unexpected error: ${String(error)}`)
      if (!res.headersSent) sendJson(res, 500, { error: String(error) })
    })
  })

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req)
    if ((req.url ?? '/').startsWith(ADMIN_PREFIX)) return handleAdminRequest(req, res, body, admin)
    const target = req.headers['x-amz-target']
    const operation = glueOperationFromTarget(typeof target === 'string' ? target : undefined)
    if (operation !== undefined && req.method === 'POST') return handleGlueCall(deps, req, res, operation, body)
    const sts = parseStsRequest(req, body)
    if (sts) return handleStsCall(deps, res, sts)
    if (req.method === 'POST' && typeof target === 'string') {
      const error = new GlueError('UnknownOperationException', `Unknown operation ${target}`)
      return sendGlueError(res, newRequestId(), error)
    }
    sendJson(res, 404, {
      error:
        'glue-local: send AWS JSON 1.1 requests (POST / with X-Amz-Target: AWSGlue.<Operation>) or use /__glue_local/'
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host

  return {
    ...admin,
    url: `http://${urlHost}:${port}`,
    port,
    host,
    accountId,
    clock,
    close: async () => {
      engine.close()
      lifecycle.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}
