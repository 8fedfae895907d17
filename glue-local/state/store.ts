import { saveStateFile } from './state-file.js'
import { emptyState, type GlueState } from './types.js'

/** Holds the in-memory state; with a state file, every change is saved (atomically) right away. */
export class GlueStore {
  state: GlueState

  constructor(
    initial: GlueState = emptyState(),
    private readonly stateFile?: string
  ) {
    this.state = initial
  }

  /** Call after every change; writes the state file when one is configured. */
  changed(): void {
    if (this.stateFile) saveStateFile(this.stateFile, this.state)
  }

  replace(state: GlueState): void {
    this.state = state
    this.changed()
  }
}
