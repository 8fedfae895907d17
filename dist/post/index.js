// The post step (action.yml runs.post): the action's one bundle, ../index.js, entered at its post step.
// Written by scripts/build-post-entry.mjs; the symbol is the one src/index.ts checks.
globalThis[Symbol.for('glue-workflow-action.post-step')] = true
await import('../index.js')
