/**
 * The README's performance figures, copied from bench/results/latest.md (what `npm run bench` wrote), so that the
 * README cannot say what the latest benchmark did not measure. Two regions of README.md are generated, each between
 * `<!-- bench:NAME:begin … -->` and `<!-- bench:NAME:end -->`:
 *
 * - `performance`: the header of latest.md (date, machine, method), its whole Targets table (missed targets
 *   included) and its verify table (benchmark 5, which has no target);
 * - `verify-time`: one sentence with the verify timing, for the verify section.
 *
 * Pure (text in, text out); `scripts/bench-readme.ts` reads and writes the files, `npm run bench` calls it too.
 */

export const REGIONS = ['performance', 'verify-time'] as const
export type Region = (typeof REGIONS)[number]

const LATEST_LINK = '[`bench/results/latest.md`](bench/results/latest.md)'

/** The lines of latest.md's `## <heading…>` section (heading excluded, up to the next `## `), trimmed of blank lines. */
function section(latest: string, headingStart: string): string[] {
  const lines = latest.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`## ${headingStart}`))
  if (start < 0) throw new Error(`bench/results/latest.md has no section '## ${headingStart}…'`)
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  return trimBlank(lines.slice(start + 1, end < 0 ? lines.length : end))
}

function trimBlank(lines: string[]): string[] {
  let a = 0
  let b = lines.length
  while (a < b && lines[a].trim() === '') a++
  while (b > a && lines[b - 1].trim() === '') b--
  return lines.slice(a, b)
}

/** The table rows (lines starting with `|`) of some lines; throws when there are none. */
function table(lines: string[], what: string): string[] {
  const rows = lines.filter((l) => l.startsWith('|'))
  if (rows.length < 3) throw new Error(`bench/results/latest.md: no ${what} table`)
  return rows
}

/** The header of latest.md: everything between the `# Benchmarks` title and the first `## ` section. */
function header(latest: string): string[] {
  const lines = latest.split('\n')
  const title = lines.findIndex((l) => l.startsWith('# '))
  const first = lines.findIndex((l) => l.startsWith('## '))
  if (title < 0 || first < 0) throw new Error('bench/results/latest.md: no title or no sections')
  const head = trimBlank(lines.slice(title + 1, first))
  if (!head[0]?.startsWith('Taken ')) throw new Error("bench/results/latest.md: the header does not start 'Taken …'")
  return head
}

/** The verify benchmark's figures: median with range, number of judgements, date of the benchmark. */
export function verifyTiming(latest: string): {
  median: string
  range: string
  judgements: number
  stages: string
  date: string
} {
  const rows = table(section(latest, '5. Verify'), 'verify')
  const count = /median of (\d+)/.exec(rows[0])
  const cells = rows[2]
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim())
  const stages = /^(\d+) stages/.exec(cells[0] ?? '')
  const date = /^Taken (\d{4}-\d\d-\d\d)/.exec(header(latest)[0])
  const time = /^(.+?) \((.+)\)$/.exec(cells[1] ?? '')
  if (!count || !stages || !time || !date) throw new Error('bench/results/latest.md: unreadable verify table')
  return { median: time[1], range: time[2], judgements: Number(count[1]), stages: stages[1], date: date[1] }
}

/** The generated text of one region (without its markers). */
export function regionText(region: Region, latest: string): string {
  if (region === 'verify-time') {
    const v = verifyTiming(latest)
    return (
      `Judging a ${v.stages}-stage run takes a median of ${v.median} (${v.range} over ${v.judgements} judgements; ` +
      `benchmark of ${v.date}, ${LATEST_LINK}).`
    )
  }
  const targets = table(section(latest, 'Targets'), 'Targets')
  const verify = table(section(latest, '5. Verify'), 'verify')
  return [
    `From ${LATEST_LINK}, where the full tables are. ${header(latest).join('\n')}`,
    '',
    ...targets,
    '',
    'Verify has no target; its benchmark:',
    '',
    ...verify
  ].join('\n')
}

function markers(region: Region): { begin: string; end: string } {
  return {
    begin: `<!-- bench:${region}:begin (generated from bench/results/latest.md by \`npm run bench:readme\`; do not edit) -->`,
    end: `<!-- bench:${region}:end -->`
  }
}

/** The text between a region's markers in the README (without the markers and the blank lines next to them). */
export function readRegion(readme: string, region: Region): string {
  const { begin, end } = markers(region)
  const a = readme.indexOf(begin)
  const b = readme.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md has no region bench:${region} (markers missing or out of order)`)
  return readme
    .slice(a + begin.length, b)
    .replace(/^\n+/, '')
    .replace(/\n+$/, '')
}

/** The README with every region regenerated from latest.md (a blank line between each marker and its text). */
export function updateReadme(readme: string, latest: string): string {
  let out = readme
  for (const region of REGIONS) {
    readRegion(out, region)
    const { begin, end } = markers(region)
    const a = out.indexOf(begin) + begin.length
    out = `${out.slice(0, a)}\n\n${regionText(region, latest)}\n\n${out.slice(out.indexOf(end))}`
  }
  return out
}
