import type { GlueState, TriggerRecord } from '../state/types.js'
import { clone } from '../util/objects.js'
import { definitionOnly } from './trigger-states.js'

interface Snapshot {
  /** When the workflow's triggers became what `triggers` holds (epoch ms; -Infinity for "since before"). */
  at: number
  triggers: TriggerRecord[]
}

/**
 * Read-after-write lag of the static workflow graph (`--graph-lag-ms`): GetWorkflow's graph shows a workflow's
 * triggers as they were `lagMs` ago. While the lag is on, every change to a workflow's triggers (a trigger write, or a
 * lifecycle step such as ACTIVATING → ACTIVATED) records a snapshot; the graph uses the newest one at least `lagMs` old.
 * The history is kept in memory only (a server loading a state file starts with no lag behind it).
 */
export class GraphLag {
  private readonly history = new Map<string, Snapshot[]>()

  constructor(
    private readonly state: () => GlueState,
    private readonly lagMs: () => number,
    private readonly now: () => number
  ) {}

  private current(workflowName: string): TriggerRecord[] {
    return Object.values(this.state().triggers)
      .filter((trigger) => trigger.WorkflowName === workflowName)
      .map(definitionOnly)
  }

  /** Call before changing a workflow's triggers: the first change seen records what was there before it. */
  beforeChange(workflowName: string | undefined): void {
    if (!workflowName || this.lagMs() <= 0 || this.history.has(workflowName)) return
    this.history.set(workflowName, [{ at: -Infinity, triggers: this.current(workflowName) }])
  }

  /** Call after changing a workflow's triggers. */
  afterChange(workflowName: string | undefined): void {
    if (!workflowName) return
    const lag = this.lagMs()
    if (lag <= 0) {
      this.history.clear()
      return
    }
    const snapshots = this.history.get(workflowName) ?? []
    snapshots.push({ at: this.now(), triggers: this.current(workflowName) })
    this.history.set(workflowName, snapshots)
    this.prune(snapshots, lag)
  }

  /** The triggers GetWorkflow's graph shows for the workflow now. */
  graphTriggers(workflowName: string): TriggerRecord[] {
    const lag = this.lagMs()
    const snapshots = this.history.get(workflowName)
    if (lag <= 0 || !snapshots) return this.current(workflowName)
    this.prune(snapshots, lag)
    const visibleAt = this.now() - lag
    const visible = snapshots.filter((snapshot) => snapshot.at <= visibleAt).at(-1)
    return clone(visible?.triggers ?? snapshots[0].triggers)
  }

  clear(): void {
    this.history.clear()
  }

  /** Drops the snapshots older than the newest one that is already visible. */
  private prune(snapshots: Snapshot[], lag: number): void {
    const visibleAt = this.now() - lag
    let newestVisible = -1
    snapshots.forEach((snapshot, index) => {
      if (snapshot.at <= visibleAt) newestVisible = index
    })
    if (newestVisible > 0) snapshots.splice(0, newestVisible)
  }
}
