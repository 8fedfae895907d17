/**
 * The release process (.github/workflows/release.yml): a tag vX.Y.Z is released only when package.json has that
 * version and CHANGELOG.md a dated section for it, whose text becomes the release notes.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { changelogSections, releaseNotes } from '../../scripts/lib/changelog.js'
import { ROOT } from '../../testkit/actionStep.js'

const CHANGELOG = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

describe('CHANGELOG.md and release notes', () => {
  it('keeps an Unreleased section first, then dated releases, newest first, the current version among them', () => {
    const sections = changelogSections(CHANGELOG)
    expect(sections[0]).toMatchObject({ name: 'Unreleased' })
    const released = sections.slice(1)
    expect(released.map((s) => s.name)).toContain(version)
    for (const s of released) expect([s.name, s.date]).toEqual([s.name, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)])
    const dates = released.map((s) => s.date!)
    expect(dates).toEqual([...dates].sort().reverse())
    for (const s of released)
      expect(CHANGELOG).toContain(`[${s.name}]: https://github.com/metriccare/glue-workflow-action/`)
  })

  it("gives the tag's section as the notes, and refuses a tag that package.json or the CHANGELOG does not match", () => {
    const notes = releaseNotes(`v${version}`, version, CHANGELOG)
    expect(notes).toContain('### Added')
    expect(notes).not.toContain(`## [${version}]`)
    expect(() => releaseNotes('v1', version, CHANGELOG)).toThrow('not a release tag')
    expect(() => releaseNotes('v9.9.9', version, CHANGELOG)).toThrow('package.json has version')
    expect(() => releaseNotes('v9.9.9', '9.9.9', CHANGELOG)).toThrow("no section '## [9.9.9] - YYYY-MM-DD'")
    expect(() => releaseNotes('v2.0.0', '2.0.0', '## [2.0.0]\n\n- x\n')).toThrow('has no date')
    expect(() => releaseNotes('v2.0.0', '2.0.0', '## [2.0.0] - 2027-01-01\n\n## [1.0.0] - 2026-01-01\n- y\n')).toThrow(
      'is empty'
    )
  })

  it('scripts/release-notes.ts prints the notes, or fails with the reason', () => {
    const run = (tag: string) =>
      spawnSync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'release-notes.ts'), tag], { encoding: 'utf8' })
    const ok = run(`v${version}`)
    expect([ok.status, ok.stdout]).toEqual([0, releaseNotes(`v${version}`, version, CHANGELOG)])
    const bad = run('v0.0.1')
    expect([bad.status, bad.stderr.trim()]).toEqual([
      1,
      `release-notes: package.json has version ${version}, the tag is v0.0.1: bump package.json first`
    ])
  }, 30_000)

  it('release.yml runs on version tags only, checks dist/ and the notes before publishing, then moves the major tag', () => {
    const workflow = parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } }
      jobs: { release: { steps: { name?: string; run?: string }[] } }
    }
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    const names = workflow.jobs.release.steps.map((s) => s.name).filter(Boolean)
    expect(names).toEqual([
      'Install from the lockfile',
      'The tag, package.json and CHANGELOG.md agree',
      'dist/ is built from the tagged source',
      'npm test',
      'Create the GitHub release',
      'Move the major tag'
    ])
  })

  it("'Move the major tag' moves v1 to the newest v1.x.y release on origin, and not to an older hotfix", () => {
    const workflow = parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
      jobs: { release: { steps: { name?: string; run?: string }[] } }
    }
    const script = workflow.jobs.release.steps.find((s) => s.name === 'Move the major tag')!.run!
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-tags-'))
    const git = (cwd: string, ...args: string[]) => {
      const r = spawnSync('git', args, { cwd, encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
      return r.stdout.trim()
    }
    try {
      const origin = path.join(dir, 'origin.git')
      const work = path.join(dir, 'work')
      git(dir, 'init', '-q', '--bare', origin)
      git(dir, 'init', '-q', work)
      git(work, 'remote', 'add', 'origin', origin)
      const commit = (message: string, tag: string) => {
        git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', message)
        git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'tag', '-a', tag, '-m', tag)
        git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`)
        return git(work, 'rev-parse', 'HEAD')
      }
      const moveMajor = (tag: string) =>
        spawnSync('bash', ['-e', '-c', script], { cwd: work, env: { ...process.env, TAG: tag }, encoding: 'utf8' })
      const v1OnOrigin = () => git(work, 'ls-remote', origin, 'refs/tags/v1').split(/\s/)[0]

      const first = commit('first', 'v1.0.0')
      expect(moveMajor('v1.0.0').status).toBe(0)
      expect(v1OnOrigin()).toBe(first)
      const second = commit('second', 'v1.1.0')
      expect(moveMajor('v1.1.0').stdout).toContain('::notice title=v1 moved::v1 -> v1.1.0')
      expect(v1OnOrigin()).toBe(second)
      commit('hotfix of 1.0', 'v1.0.1')
      expect(moveMajor('v1.0.1').stdout).toContain('v1.1.0 is newer than v1.0.1; v1 stays where it is')
      expect(v1OnOrigin()).toBe(second)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
