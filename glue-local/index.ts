export { startGlueLocal, type GlueLocal } from './server.js'
export type { GlueLocalOptions } from './options.js'
export type { AdminApi, ResetTarget } from './admin/admin-routes.js'
export type { CallRecord, CallSummary } from './admin/call-log.js'
export { DEFAULT_FAULTS, type FaultConfig } from './faults/fault-config.js'
export { DEFAULT_SIMULATION, JOB_KNOBS, runPropertyKnob, type SimulationDefaults } from './engine/simulation.js'
export {
  declaredErrors,
  formatViolations,
  validateOperationInput,
  validateOperationOutput,
  validateShape,
  type ValidateOptions
} from './model/validate.js'
export { loadGlueModel } from './model/load-model.js'
export { GLUE_OPERATIONS, isWriteOperation } from './ops/operation-table.js'
export { glueArn } from './ops/tag-rules.js'
export type { GlueState } from './state/types.js'
export { manualClock, realClock, type Clock, type ManualClock, type TimerHandle } from './util/clock.js'
