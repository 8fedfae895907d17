/** What runs the action in the benchmarks: a Node binary, and a snapshot of dist/ (others may rebuild dist/ meanwhile). */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

export interface ActionRuntime {
  node: string
  nodeVersion: string
  /** The snapshot of dist/ that every step runs. */
  dist: string
  /** Extra environment of every step. */
  env: Record<string, string>
}

/** The step options that make a harness step run this runtime. */
export function stepRuntime(runtime: ActionRuntime): { node: string; dist: string; env: Record<string, string> } {
  return { node: runtime.node, dist: runtime.dist, env: runtime.env }
}

/** The AWS SDK's notice for Node < 22 costs time and is not what GitHub (Node 24) prints: off for older Nodes. */
export function sdkEnvFor(nodeVersion: string): Record<string, string> {
  return Number(nodeVersion.replace(/^v/, '').split('.')[0]) < 22
    ? { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
    : {}
}

export interface DistSnapshot {
  dir: string
  /** e.g. "dist/ of commit 1a2b3c4 (as committed)". */
  description: string
}

function git(root: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : ''
}

/** Copies dist/ (under a shared lock on /tmp/dist.lock when `flock` exists, so that no build is half-written). */
export function snapshotDist(root: string): DistSnapshot {
  const source = path.join(root, 'dist')
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-')), 'dist')
  const locked = spawnSync('flock', ['-s', path.join(os.tmpdir(), 'dist.lock'), 'cp', '-r', source, dir])
  if (locked.error || locked.status !== 0) fs.cpSync(source, dir, { recursive: true })
  const commit = git(root, ['log', '-1', '--format=%h', '--', 'dist'])
  const dirty = git(root, ['status', '--porcelain', '--', 'dist']) !== ''
  return {
    dir,
    description: commit
      ? `dist/ of commit ${commit}${dirty ? ', with uncommitted changes' : ' (as committed)'}`
      : 'dist/ (not committed yet)'
  }
}

let declared: Record<string, string> | undefined

/**
 * The inputs of a step as a GitHub runner passes them: every input action.yml declares, with its default unless
 * `inputs` gives it (the harness alone sets only the given ones).
 */
export function runnerInputs(inputs: Record<string, string>, root: string): Record<string, string> {
  declared ??= Object.fromEntries(
    Object.entries(
      (
        parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
          inputs: Record<string, { default?: string }>
        }
      ).inputs
    ).map(([name, input]) => [name, input.default ?? ''])
  )
  return { ...declared, ...inputs }
}
