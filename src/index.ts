import { run } from './main.js'

await run()
// A Glue call cut off by a deadline or a budget (abort signal) leaves the SDK's retry back-off timer behind, up to 20 s:
// the step is done, so it ends now, once the log is written out (process.exitCode carries a failure).
process.stdout.write('', () => process.exit())
