// npm audit of production dependencies: fails on any high or critical advisory.
//
// When the registry's advisory endpoint refuses (this workplace's mirror answers 405 to its POST), nothing was
// audited. The script does not fail then (the endpoint is out of this repository's hands), but it says so where
// nobody can miss it: a boxed WARNING in the log and a GitHub `::warning::` annotation, then every production
// package of package-lock.json (name@version), marked as covered or not by the hand check recorded in
// .ci/audit-by-hand.json. A package added or upgraded since that check is listed as NOT checked.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const HAND_CHECK = '.ci/audit-by-hand.json'

const out = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(out.stdout)
} catch {
  console.error(out.stdout, out.stderr)
  process.exit(1)
}

if (report.statusCode || report.error) {
  notAudited(`the advisory endpoint answered HTTP ${report.statusCode ?? '?'}${report.uri ? ` (${report.uri})` : ''}`)
  process.exit(0)
}

const counts = report.metadata?.vulnerabilities ?? {}
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`)
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name} (${v.range})`)
}
process.exit((counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0)

/** The production packages of package-lock.json, as name@version (each once), sorted. */
function productionPackages() {
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'))
  const found = new Set()
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.dev || entry.link) continue
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
    found.add(`${name}@${entry.version}`)
  }
  return [...found].sort()
}

function readHandCheck() {
  try {
    const record = JSON.parse(fs.readFileSync(HAND_CHECK, 'utf8'))
    return { checkedOn: record.checkedOn ?? '?', packages: new Set(record.packages ?? []) }
  } catch {
    return { checkedOn: undefined, packages: new Set() }
  }
}

function notAudited(why) {
  const packages = productionPackages()
  const hand = readHandCheck()
  const unchecked = packages.filter((p) => !hand.packages.has(p))
  const handLine = hand.checkedOn
    ? `${packages.length - unchecked.length} of the ${packages.length} production packages were checked by hand on ${hand.checkedOn} (${HAND_CHECK}).`
    : `No hand check is recorded (${HAND_CHECK} is missing or unreadable).`
  const lines = [
    'WARNING: npm audit did NOT run, so no dependency was audited in this CI run.',
    `npm audit --omit=dev: ${why}.`,
    handLine,
    unchecked.length === 0
      ? 'Every production package in package-lock.json is one of those.'
      : `NOT checked by anyone: ${unchecked.length} (${unchecked.join(', ')}).`
  ]
  const width = Math.max(...lines.map((l) => l.length))
  console.log('')
  console.log(`╔${'═'.repeat(width + 2)}╗`)
  for (const line of lines) console.log(`║ ${line.padEnd(width)} ║`)
  console.log(`╚${'═'.repeat(width + 2)}╝`)
  console.log(
    `::warning title=npm audit did not run::${why}: no production dependency was audited in this run. ${handLine}` +
      (unchecked.length > 0 ? ` NOT checked: ${unchecked.join(', ')}.` : '')
  )
  console.log(`Production packages in package-lock.json (${packages.length}):`)
  for (const p of packages) {
    console.log(hand.packages.has(p) ? `  ✓ ${p}  checked by hand on ${hand.checkedOn}` : `  ✗ ${p}  NOT checked`)
  }
  console.log('')
}
