/** Keys of the step state that the main step saves for the post step (GitHub's STATE_* variables). */
export const STATE = {
  runId: 'run-id',
  /** The token of the StartWorkflowRun call, saved before the call: finds the run when its id never came back. */
  startToken: 'start-token',
  workflowName: 'workflow-name',
  region: 'region',
  /** 'true' while the post step must stop the run if the main step dies before seeing it end. */
  stopInPost: 'stop-in-post'
} as const
