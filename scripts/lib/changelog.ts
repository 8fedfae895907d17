/** CHANGELOG.md (Keep a Changelog 1.1.0) sections, and the release notes of a version tag. */

export interface ChangelogSection {
  /** `Unreleased` or a version such as `1.2.3`. */
  name: string
  /** `YYYY-MM-DD` for a released version. */
  date?: string
  /** The section's Markdown without its heading, trimmed. */
  body: string
}

const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/

export function changelogSections(changelog: string): ChangelogSection[] {
  const sections: ChangelogSection[] = []
  let current: (ChangelogSection & { lines: string[] }) | undefined
  for (const line of changelog.split('\n')) {
    const heading = HEADING.exec(line)
    if (heading || /^## /.test(line) || /^\[[^\]]+\]: /.test(line)) {
      if (current) sections.push({ name: current.name, date: current.date, body: current.lines.join('\n').trim() })
      current = heading ? { name: heading[1], date: heading[2], body: '', lines: [] } : undefined
      continue
    }
    current?.lines.push(line)
  }
  if (current) sections.push({ name: current.name, date: current.date, body: current.lines.join('\n').trim() })
  return sections
}

/**
 * The release notes of a tag `vX.Y.Z`: its CHANGELOG section. Throws unless the tag is a plain version, package.json
 * has that version, and the CHANGELOG has a dated, non-empty section for it.
 */
export function releaseNotes(tag: string, packageVersion: string, changelog: string): string {
  const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1]
  if (!version) throw new Error(`'${tag}' is not a release tag (vMAJOR.MINOR.PATCH)`)
  if (packageVersion !== version)
    throw new Error(`package.json has version ${packageVersion}, the tag is ${tag}: bump package.json first`)
  const section = changelogSections(changelog).find((s) => s.name === version)
  if (!section) throw new Error(`CHANGELOG.md has no section '## [${version}] - YYYY-MM-DD'`)
  if (!section.date)
    throw new Error(`CHANGELOG.md's section for ${version} has no date ('## [${version}] - YYYY-MM-DD')`)
  if (!section.body) throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return `${section.body}\n`
}
