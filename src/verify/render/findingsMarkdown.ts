/** Findings as a Markdown table with their evidence, capped so the summary stays small. Pure. */
import type { Finding } from '../findings.js'
import { markdownText } from '../../text.js'

/** At most this many findings are listed in the summary; the `findings` output has them all. */
export const MAX_LISTED_FINDINGS = 200

export function renderFindings(findings: Finding[]): string {
  if (findings.length === 0) return ''
  const listed = findings.slice(0, MAX_LISTED_FINDINGS)
  const rows = listed.map(
    (f) => `| ${markdownText(f.stage, 80)} | \`${f.rule}\` | ${markdownText(f.message)} | ${evidence(f)} |`
  )
  const more =
    findings.length > listed.length
      ? [`\n_…and ${findings.length - listed.length} more findings: see the \`findings\` output._`]
      : []
  return ['| Stage | Rule | Finding | Evidence |', '| --- | --- | --- | --- |', ...rows, ...more, ''].join('\n')
}

function evidence(f: Finding): string {
  return Object.entries(f.evidence)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${markdownText(k, 40)}: ${markdownText(String(v), 160)}`)
    .join('<br>')
}
