import type http from 'node:http'
import type { CallLog } from './admin/call-log.js'
import type { FaultInjector, FaultDecision } from './faults/fault-injector.js'
import type { FaultConfig } from './faults/fault-config.js'
import type { WorkflowWriteWindow } from './faults/workflow-write-window.js'
import { formatViolations, validateOperationInput } from './model/validate.js'
import { GLUE_OPERATIONS, isWriteOperation, triggerWriteTarget } from './ops/operation-table.js'
import type { OperationContext } from './ops/operation-context.js'
import { concurrentModification, GlueError, internalService, invalidInput, throttling } from './protocol/glue-error.js'
import { sendGlueError, sendGlueResult, signingRegion } from './protocol/glue-wire.js'
import { callerIdentity, sendStsError, sendStsResult, type StsRequest } from './protocol/sts.js'
import type { GlueStore } from './state/store.js'
import type { GraphLag } from './engine/graph-lag.js'
import type { RunEngine } from './engine/run-engine.js'
import type { TriggerLifecycle } from './engine/trigger-lifecycle.js'
import type { Clock } from './util/clock.js'
import { newRequestId } from './util/ids.js'
import { sleep } from './util/time.js'

export interface PipelineDeps {
  store: GlueStore
  engine: RunEngine
  lifecycle: TriggerLifecycle
  graphLag: GraphLag
  clock: Clock
  faults: FaultInjector
  writeWindow: WorkflowWriteWindow
  callLog: CallLog
  accountId: string
  region: string
  log?: (line: string) => void
}

function faultError(decision: FaultDecision): GlueError | undefined {
  if (decision.fault === 'throttle') return throttling()
  if (decision.fault === 'internal-error') return internalService()
  return undefined
}

function dropConnection(res: http.ServerResponse): void {
  res.socket?.destroy()
  res.destroy()
}

/** Handles one Glue call: faults and latency first, then model validation, then the operation (state changes last). */
export async function handleGlueCall(
  deps: PipelineDeps,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  operation: string,
  rawBody: string
): Promise<void> {
  const requestId = newRequestId()
  const write = isWriteOperation(operation)
  const record = (
    outcome: 'ok' | 'error' | 'fault',
    extra: { status?: number; error?: string; fault?: string },
    latencyMs: number
  ) => {
    const entry = deps.callLog.add({ service: 'glue', operation, write, outcome, latencyMs, requestId, ...extra })
    deps.log?.(`glue-local ${entry.seq} ${operation} -> ${extra.error ?? extra.fault ?? 'ok'} (${latencyMs} ms)`)
  }
  const handler = GLUE_OPERATIONS[operation]
  if (!handler) {
    const error = new GlueError('UnknownOperationException', `Unknown operation AWSGlue.${operation}`)
    sendGlueError(res, requestId, error)
    record('error', { status: 400, error: error.type }, 0)
    return
  }
  const decision = deps.faults.decide(operation)
  let input: Record<string, unknown>
  try {
    const parsed: unknown = rawBody.trim() === '' ? {} : JSON.parse(rawBody)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    input = parsed as Record<string, unknown>
  } catch {
    const error = new GlueError('SerializationException', 'Request body is not a JSON object')
    sendGlueError(res, requestId, error)
    record('error', { status: 400, error: error.type }, 0)
    return
  }
  const region = signingRegion(req.headers.authorization) ?? deps.region
  const ctx: OperationContext = {
    store: deps.store,
    engine: deps.engine,
    lifecycle: deps.lifecycle,
    graphLag: deps.graphLag,
    clock: deps.clock,
    accountId: deps.accountId,
    region
  }
  const config: FaultConfig = deps.faults.getConfig()
  let heldWorkflow: string | undefined
  let conflict: { workflow: string; trigger: string } | undefined
  const target = decision.fault ? undefined : triggerWriteTarget(ctx, operation, input)
  if (target && config.concurrentTriggerWriteConflicts) {
    if (deps.writeWindow.tryAcquire(target.workflow)) heldWorkflow = target.workflow
    else conflict = target
  }
  const latencyMs = decision.latencyMs + (heldWorkflow ? config.triggerWriteWindowMs : 0)
  try {
    if (latencyMs > 0) await sleep(latencyMs)
    if (decision.fault === 'drop-connection') {
      record('fault', { fault: decision.fault }, latencyMs)
      dropConnection(res)
      return
    }
    const injected = faultError(decision)
    if (injected) {
      sendGlueError(res, requestId, injected)
      record('fault', { status: injected.statusCode, error: injected.type, fault: decision.fault }, latencyMs)
      return
    }
    if (conflict) {
      const error = concurrentModification(
        `Workflow ${conflict.workflow} was modified while adding trigger ${conflict.trigger} to it`
      )
      sendGlueError(res, requestId, error)
      record('fault', { status: 400, error: error.type, fault: 'conflict' }, latencyMs)
      return
    }
    const violations = validateOperationInput(operation, input, { allowUnknownMembers: true })
    if (violations.length > 0) throw invalidInput(formatViolations(violations))
    const result = (handler as (c: OperationContext, i: unknown) => unknown)(ctx, input)
    if (write) deps.store.changed()
    sendGlueResult(res, requestId, result)
    record('ok', { status: 200 }, latencyMs)
  } catch (caught) {
    const error =
      caught instanceof GlueError
        ? caught
        : new GlueError('InternalServiceException', `glue-local internal error: ${String(caught)}`, 500)
    if (!(caught instanceof GlueError)) deps.log?.(`glue-local internal error in ${operation}: ${String(caught)}`)
    sendGlueError(res, requestId, error)
    record('error', { status: error.statusCode, error: error.type }, latencyMs)
  } finally {
    if (heldWorkflow) deps.writeWindow.release(heldWorkflow)
  }
}

/** Handles one STS call (GetCallerIdentity), with the same latency/fault injection as Glue calls. */
export async function handleStsCall(deps: PipelineDeps, res: http.ServerResponse, sts: StsRequest): Promise<void> {
  const requestId = newRequestId()
  const operation = sts.action
  const decision = deps.faults.decide(operation)
  const record = (outcome: 'ok' | 'error' | 'fault', extra: { status?: number; error?: string; fault?: string }) => {
    const entry = deps.callLog.add({
      service: 'sts',
      operation,
      write: false,
      outcome,
      latencyMs: decision.latencyMs,
      requestId,
      ...extra
    })
    deps.log?.(`glue-local ${entry.seq} sts:${operation} -> ${extra.error ?? extra.fault ?? 'ok'}`)
  }
  if (decision.latencyMs > 0) await sleep(decision.latencyMs)
  if (decision.fault === 'drop-connection') {
    record('fault', { fault: decision.fault })
    dropConnection(res)
    return
  }
  const injected = faultError(decision)
  if (injected) {
    sendStsError(res, sts.dialect, requestId, injected)
    record('fault', { status: injected.statusCode, error: injected.type, fault: decision.fault })
    return
  }
  if (operation !== 'GetCallerIdentity') {
    const code = sts.dialect === 'query' ? 'InvalidAction' : 'UnknownOperationException'
    const error = new GlueError(code, `glue-local implements only STS GetCallerIdentity, not ${operation}`)
    sendStsError(res, sts.dialect, requestId, error)
    record('error', { status: 400, error: code })
    return
  }
  sendStsResult(res, sts.dialect, requestId, callerIdentity(deps.accountId))
  record('ok', { status: 200 })
}
