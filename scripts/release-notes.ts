/**
 * Checks that a release tag, package.json and CHANGELOG.md agree, and prints the tag's CHANGELOG section (the
 * release notes). Used by .github/workflows/release.yml; exits 1 with a reason when they do not agree.
 *
 *   tsx scripts/release-notes.ts v1.2.3 > notes.md
 */
import fs from 'node:fs'
import path from 'node:path'
import { releaseNotes } from './lib/changelog.js'

const root = path.resolve(import.meta.dirname, '..')
try {
  const tag = process.argv[2] ?? ''
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
  process.stdout.write(releaseNotes(tag, version, changelog))
} catch (error) {
  console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
