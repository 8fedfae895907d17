/**
 * Creates Glue jobs and crawlers on a running local Glue endpoint (glue-local), the way a data team's AWS account
 * already has them before the action deploys a workflow over them. Names that already exist are left alone.
 *
 *   npm run glue-local:jobs -- [--endpoint URL] [--duration-ms N] NAME... [crawler:NAME...]
 *
 * --endpoint     the endpoint (default: AWS_ENDPOINT_URL_GLUE, else http://127.0.0.1:4599)
 * --duration-ms  how long each simulated job run or crawl lasts (default 1000)
 *
 * Used by the README's "Run it locally" section and by .github/workflows/self-test.yml.
 */
import { parseArgs } from 'node:util'
import { createLocalJobs } from './lib/localJobs.js'

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { endpoint: { type: 'string' }, 'duration-ms': { type: 'string' }, help: { type: 'boolean' } }
  })
  if (values.help || positionals.length === 0) {
    console.log('Usage: npm run glue-local:jobs -- [--endpoint URL] [--duration-ms N] NAME... [crawler:NAME...]')
    process.exit(values.help ? 0 : 2)
  }
  const endpoint = values.endpoint ?? process.env.AWS_ENDPOINT_URL_GLUE ?? 'http://127.0.0.1:4599'
  const created = await createLocalJobs({
    endpoint,
    names: positionals,
    durationMs: values['duration-ms'] === undefined ? undefined : Number(values['duration-ms'])
  })
  const existing = positionals.filter((n) => !created.includes(n))
  console.log(
    `${endpoint}: created ${created.join(', ') || 'nothing'}${existing.length ? `; already there: ${existing.join(', ')}` : ''}`
  )
}

await main()
