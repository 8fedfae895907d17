/**
 * The action's one bundle (dist/index.js): the main step, or the post step when dist/post/index.js (action.yml's
 * `runs.post`, written by the build: scripts/build-post-entry.mjs) enters it with POST_STEP set. One bundle for both
 * steps, so dist/ holds one copy of the AWS SDK. Each step loads only its own chunks: the post step with nothing to do
 * loads neither the inputs (yaml) nor the SDK.
 */
const POST_STEP = Symbol.for('glue-workflow-action.post-step')

if ((globalThis as Record<symbol, unknown>)[POST_STEP] === true) await (await import('./post.js')).run()
else await (await import('./main.js')).run()
// A Glue call cut off by a deadline or a budget (abort signal) leaves the SDK's retry back-off timer behind, up to 20 s:
// the step is done, so it ends now, once the log is written out (process.exitCode carries a failure).
process.stdout.write('', () => process.exit())
