import { CLI_USAGE, parseCliArgs } from './cli-args.js'
import { startGlueLocal } from './server.js'

async function main(): Promise<void> {
  let config
  try {
    config = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`glue-local: ${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`)
    process.exit(2)
  }
  if (config.help) {
    console.log(CLI_USAGE)
    return
  }
  const log = config.verbose ? (line: string) => console.error(line) : undefined
  const glue = await startGlueLocal({ ...config.options, log })
  console.log(`glue-local listening on ${glue.url}`)
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    console.error(`glue-local: ${signal} received, shutting down`)
    void glue.close().then(() => process.exit(0))
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

await main()
