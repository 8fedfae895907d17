import type http from 'node:http'
import { sendJson } from '../protocol/http-io.js'
import type { GlueState } from '../state/types.js'
import type { CallSummary } from './call-log.js'
import type { FaultConfig } from '../faults/fault-config.js'
import type { SimulationDefaults } from '../engine/simulation.js'

export type ResetTarget = 'calls' | 'state' | 'faults' | 'simulation' | 'all'

/** What the admin routes (and the in-process GlueLocal handle) can do. */
export interface AdminApi {
  calls(): CallSummary
  reset(what?: ResetTarget): void
  getFaults(): FaultConfig & { seed: number }
  setFaults(patch: Partial<FaultConfig> & { seed?: number }): FaultConfig & { seed: number }
  /** Current simulated durations (jobs, crawls, STOPPING, trigger lifecycle, graph lag). */
  getSimulation(): SimulationDefaults
  /** Partial update; applies to what starts afterwards (a transition already under way keeps its planned end). */
  setSimulation(patch: Partial<SimulationDefaults>): SimulationDefaults
  state(): GlueState
}

const RESET_TARGETS: ResetTarget[] = ['calls', 'state', 'faults', 'simulation', 'all']

/**
 * Routes under /__glue_local/:
 * GET calls · POST reset?what=calls|state|faults|simulation|all · GET faults · POST faults (JSON patch) ·
 * GET simulation · POST simulation (JSON patch) · GET state · GET health
 */
export function handleAdminRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: string,
  api: AdminApi
): void {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`
  try {
    switch (route) {
      case 'GET /__glue_local/health':
        return sendJson(res, 200, { ok: true })
      case 'GET /__glue_local/calls':
        return sendJson(res, 200, api.calls())
      case 'POST /__glue_local/reset': {
        const what = (url.searchParams.get('what') ?? 'all') as ResetTarget
        if (!RESET_TARGETS.includes(what))
          return sendJson(res, 400, { error: `what must be one of ${RESET_TARGETS.join('|')}` })
        api.reset(what)
        return sendJson(res, 200, { reset: what })
      }
      case 'GET /__glue_local/faults':
        return sendJson(res, 200, api.getFaults())
      case 'POST /__glue_local/faults': {
        const patch = body.trim() ? (JSON.parse(body) as Record<string, unknown>) : {}
        return sendJson(res, 200, api.setFaults(patch))
      }
      case 'GET /__glue_local/simulation':
        return sendJson(res, 200, api.getSimulation())
      case 'POST /__glue_local/simulation': {
        const patch = body.trim() ? (JSON.parse(body) as Record<string, unknown>) : {}
        return sendJson(res, 200, api.setSimulation(patch))
      }
      case 'GET /__glue_local/state':
        return sendJson(res, 200, api.state())
      default:
        return sendJson(res, 404, { error: `No admin route ${route}` })
    }
  } catch (error) {
    sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) })
  }
}
