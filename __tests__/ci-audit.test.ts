/**
 * .ci/audit.mjs as CI runs it, with a stand-in `npm` on PATH that answers like the registry: when the advisory
 * endpoint refuses, the log must say loudly that nothing was audited and which production packages a hand check
 * covered; when advisories come back, a high one fails the step.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

const REFUSED = {
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  error: { summary: '', detail: '' }
}

/** Runs the audit in a copy of the repository's lock file and hand-check record, `npm audit` answering `answer`. */
function audit(answer: object, editLock: (lock: { packages: Record<string, object> }) => void = () => undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-audit-'))
  dirs.push(dir)
  fs.mkdirSync(path.join(dir, 'bin'))
  fs.mkdirSync(path.join(dir, '.ci'))
  fs.writeFileSync(path.join(dir, 'answer.json'), JSON.stringify(answer))
  fs.writeFileSync(path.join(dir, 'bin', 'npm'), `#!/bin/sh\ncat "${path.join(dir, 'answer.json')}"\nexit 1\n`, {
    mode: 0o755
  })
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, object>
  }
  editLock(lock)
  fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock))
  fs.copyFileSync(path.join(ROOT, '.ci', 'audit-by-hand.json'), path.join(dir, '.ci', 'audit-by-hand.json'))
  return spawnSync(process.execPath, [path.join(ROOT, '.ci', 'audit.mjs')], {
    cwd: dir,
    env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` },
    encoding: 'utf8'
  })
}

describe('.ci/audit.mjs', () => {
  it('when the advisory endpoint refuses: a boxed WARNING, a ::warning:: annotation, the packages checked by hand', () => {
    const result = audit(REFUSED)
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines).toContain(
      `║ ${'WARNING: npm audit did NOT run, so no dependency was audited in this CI run.'.padEnd(lines[1].length - 4)} ║`
    )
    const warning = lines.filter((l) => l.startsWith('::warning'))
    expect(warning).toHaveLength(1)
    expect(warning[0]).toMatch(
      /^::warning title=npm audit did not run::the advisory endpoint answered HTTP 405 .*: no production dependency was audited in this run\. 50 of the 50 production packages were checked by hand on 2026-11-27/
    )
    expect(lines).toContain('  ✓ undici@6.29.1  checked by hand on 2026-11-27')
    expect(lines).toContain('  ✓ @actions/core@3.0.1  checked by hand on 2026-11-27')
    expect(result.stdout).not.toContain('devDependencies')
    expect(result.stdout).not.toMatch(/jest@|typescript@|eslint@/)
  })

  it('names the production packages added or upgraded since the hand check as NOT checked', () => {
    const result = audit(REFUSED, (lock) => {
      lock.packages['node_modules/undici'] = { ...lock.packages['node_modules/undici'], version: '6.29.2' }
      lock.packages['node_modules/left-pad'] = { version: '1.3.0' }
      lock.packages['node_modules/dev-only'] = { version: '1.0.0', dev: true }
    })
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines.find((l) => l.startsWith('::warning'))).toContain(
      '49 of the 51 production packages were checked by hand on 2026-11-27 (.ci/audit-by-hand.json). NOT checked: left-pad@1.3.0, undici@6.29.2.'
    )
    expect(result.stdout).toContain('NOT checked by anyone: 2 (left-pad@1.3.0, undici@6.29.2)')
    expect(lines).toContain('  ✗ undici@6.29.2  NOT checked')
    expect(lines).toContain('  ✗ left-pad@1.3.0  NOT checked')
    expect(result.stdout).not.toContain('dev-only')
  })

  it('fails on a high advisory when the endpoint answers', () => {
    const result = audit({
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0 } },
      vulnerabilities: { undici: { severity: 'high', range: '<6.30.0' } }
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('  high: undici (<6.30.0)')
    expect(result.stdout).not.toContain('WARNING')
  })
})
