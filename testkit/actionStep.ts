/**
 * Runs the built action (dist/) the way a GitHub runner does: inputs as INPUT_* variables, outputs, state and job
 * summary through the GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, the post step with STATE_* variables.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..')
export const MAIN = path.join(ROOT, 'dist', 'index.js')
export const POST = path.join(ROOT, 'dist', 'post', 'index.js')

/** Canary credentials: no AWS call is ever made with them, and they must never appear in any output. */
export const CANARY = {
  AWS_ACCESS_KEY_ID: 'AKIACANARYACCESSKEY1',
  AWS_SECRET_ACCESS_KEY: 'canary/SECRET/key+do-not-print-0123456789',
  AWS_SESSION_TOKEN: 'canary-session-token-do-not-print-FQoGZXIvYXdzEJr'
}

export interface StepResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** The raw files, for checks that must see everything (secrets). */
  files: { output: string; state: string; summary: string }
}

export interface StepOptions {
  /** The Glue endpoint (glue-local URL). */
  endpoint: string
  inputs: Record<string, string>
  /** Extra or overriding environment variables. */
  env?: Record<string, string | undefined>
  /** State saved by the main step, for the post step. */
  state?: Record<string, string>
  /** Called once the process is spawned (e.g. to send it a signal later). */
  onSpawn?: (child: ChildProcess) => void
  /** Kill the step after this many ms (a safety net for tests; default 120 s). */
  killAfterMs?: number
  node?: string
  /** Directory of the built action to run instead of dist/ (e.g. a snapshot a benchmark takes of it). */
  dist?: string
}

/** Parses the GITHUB_OUTPUT / GITHUB_STATE file format (`name<<DELIM\nvalue\nDELIM`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const [, name, delim] = m
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]))
}

/** Environment of a step: nothing from the test process but PATH/HOME, so no stray AWS settings leak in. */
export function stepEnv(options: StepOptions, files: StepResult['files']): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: os.tmpdir(),
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_GLUE: options.endpoint,
    AWS_ENDPOINT_URL_STS: options.endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...CANARY,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'metriccare/lakehouse',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: path.dirname(files.output),
    ...inputEnv(options.inputs),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...options.env
  }
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined))
}

function runScript(script: string, options: StepOptions): Promise<StepResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-step-'))
  const files = {
    output: path.join(dir, 'output'),
    state: path.join(dir, 'state'),
    summary: path.join(dir, 'summary.md')
  }
  for (const f of Object.values(files)) fs.writeFileSync(f, '')
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? process.execPath, [script], {
      env: stepEnv(options, files),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const raw = {
        output: fs.readFileSync(files.output, 'utf8'),
        state: fs.readFileSync(files.state, 'utf8'),
        summary: fs.readFileSync(files.summary, 'utf8')
      }
      fs.rmSync(dir, { recursive: true, force: true })
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(raw.output),
        state: parseCommandFile(raw.state),
        summary: raw.summary,
        files: raw
      })
    })
    options.onSpawn?.(child)
  })
}

/** Runs the main step (dist/index.js). */
export function runMainStep(options: StepOptions): Promise<StepResult> {
  return runScript(options.dist ? path.join(options.dist, 'index.js') : MAIN, options)
}

/** Runs the post step (dist/post/index.js) with the state the main step saved. */
export function runPostStep(options: StepOptions): Promise<StepResult> {
  return runScript(options.dist ? path.join(options.dist, 'post', 'index.js') : POST, options)
}

/** The `::error::` lines a step printed (what GitHub shows as the step's error annotations). */
export function errorLines(result: StepResult): string[] {
  return result.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => l.replace(/^::error[^:]*::/, ''))
}
