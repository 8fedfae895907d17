// npm audit of production dependencies: fails on any high or critical advisory. When the registry's advisory
// endpoint cannot be reached (this workplace's mirror answers 405 to its POST), says so and does not fail.
import { spawnSync } from 'node:child_process'

const out = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(out.stdout)
} catch {
  console.error(out.stdout, out.stderr)
  process.exit(1)
}
if (report.statusCode || report.error) {
  console.log(`npm audit: the advisory endpoint answered HTTP ${report.statusCode ?? '?'}; not audited here`)
  process.exit(0)
}
const counts = report.metadata?.vulnerabilities ?? {}
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`)
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name} (${v.range})`)
}
process.exit((counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0)
