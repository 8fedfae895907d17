/**
 * Models Glue's per-workflow in-flight trigger write: while one trigger write holds a workflow, another trigger write
 * on the same workflow gets ConcurrentModificationException.
 */
export class WorkflowWriteWindow {
  private readonly held = new Set<string>()

  /** Takes the workflow if free; false when another trigger write holds it. */
  tryAcquire(workflow: string): boolean {
    if (this.held.has(workflow)) return false
    this.held.add(workflow)
    return true
  }

  release(workflow: string): void {
    this.held.delete(workflow)
  }
}
