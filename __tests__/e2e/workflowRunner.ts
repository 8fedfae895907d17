/**
 * Runs one job of a GitHub Actions workflow the way a runner does, for the steps this repository's workflows and
 * README examples use, so that they are tested as written:
 *
 * - a step that uses this action (`uses: ./` or `metriccare/glue-workflow-action@…`) runs the built dist/ through the
 *   e2e harness: action.yml's defaults overlaid with `with:`, outputs, state and job summary files; its post step
 *   runs at the end of the job (post-if: always()), last step first, with the state the main step saved;
 * - `aws-actions/configure-aws-credentials` sets AWS_REGION / AWS_DEFAULT_REGION from `aws-region` (the credentials
 *   are the harness's canaries, the endpoint is glue-local);
 * - a `run:` step runs in bash (`bash -e {0}`), with GITHUB_OUTPUT; what it leaves running in the background is
 *   killed at the end of the job;
 * - `${{ }}` expressions and `if:` conditions are evaluated, in `with:` and in action.yml's defaults: literals,
 *   `env.*`, `steps.<id>.outputs.*` / `.outcome` / `.conclusion`, `github.*` (`github.token` is a dummy),
 *   `runner.temp`, `== != && || !`, `success() failure() always() cancelled()`, `contains() startsWith()
 *   endsWith()`. Anything else throws, so an example that needs more fails loudly instead of passing untested;
 * - `continue-on-error: true` keeps the job going after a failure, as GitHub does.
 * Other `uses:` steps must be listed in `skip` (e.g. actions/checkout): they are not run.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { usesThisAction } from '../../scripts/lib/actionFiles.js'
import { parseCommandFile, ROOT, runMainStep, runPostStep, type StepResult } from '../../testkit/actionStep.js'

export { usesThisAction }

export interface WorkflowStep {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: unknown
  'continue-on-error'?: boolean
}

export interface Workflow {
  name?: string
  on?: unknown
  env?: Record<string, unknown>
  jobs: Record<string, { env?: Record<string, unknown>; steps: WorkflowStep[] }>
}

export type Outcome = 'success' | 'failure' | 'skipped'

export interface StepRun {
  index: number
  id?: string
  label: string
  kind: 'action' | 'run' | 'configure-aws-credentials' | 'skipped'
  outcome: Outcome
  conclusion: Outcome
  outputs: Record<string, string>
  stdout: string
  /** For a step of this action: what the harness saw (exit code, outputs, summary, state). */
  result?: StepResult
}

export interface JobRun {
  steps: StepRun[]
  /** The post steps of this action's steps, in the order they ran. */
  posts: { step: StepRun; result: StepResult }[]
  conclusion: 'success' | 'failure'
}

export interface RunJobOptions {
  /** Glue endpoint for this action's steps (glue-local's URL). */
  endpoint: string
  /** The job to run; default: the workflow's only job. */
  job?: string
  /** Steps not to run, e.g. actions/checkout (a runner would; here the working tree is already there). */
  skip?: (step: WorkflowStep) => boolean
  /** Values of the `github` context. */
  github?: Record<string, string>
  /** Variables of every step (after the workflow's and job's env), e.g. AWS_ENDPOINT_URL_GLUE for run steps. */
  env?: Record<string, string>
  /** Working directory of run steps (default: the repository root). */
  cwd?: string
  /** Kill a step after this many ms (default 120 s). */
  stepTimeoutMs?: number
}

export interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, unknown>
}

export const ACTION_YML = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml

// ---------------------------------------------------------------------------------------------------------------
// Expressions

type Value = string | number | boolean | null | Record<string, unknown>

interface Context {
  env: Record<string, string>
  steps: Record<string, { outputs: Record<string, string>; outcome: Outcome; conclusion: Outcome }>
  github: Record<string, string>
  runner: Record<string, string>
  jobFailed: boolean
}

type Token = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'op'; v: string }

function tokenize(expr: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < expr.length) {
    const c = expr[i]
    if (/\s/.test(c)) i++
    else if (c === "'") {
      let s = ''
      for (i++; i < expr.length; i++) {
        if (expr[i] === "'" && expr[i + 1] === "'") {
          s += "'"
          i++
        } else if (expr[i] === "'") break
        else s += expr[i]
      }
      if (i >= expr.length) throw new Error(`unterminated string in expression: ${expr}`)
      i++
      tokens.push({ t: 'str', v: s })
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(expr.slice(i))![0]
      tokens.push({ t: 'num', v: Number(m) })
      i += m.length
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*/.exec(expr.slice(i))![0]
      tokens.push({ t: 'id', v: m })
      i += m.length
    } else {
      const op = ['==', '!=', '&&', '||', '<=', '>='].find((o) => expr.startsWith(o, i)) ?? c
      if (!['==', '!=', '&&', '||', '!', '(', ')', ','].includes(op))
        throw new Error(`operator '${op}' is not supported by the test runner: ${expr}`)
      tokens.push({ t: 'op', v: op })
      i += op.length
    }
  }
  return tokens
}

const str = (v: Value): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))
const truthy = (v: Value): boolean => v !== null && v !== false && v !== 0 && v !== ''
function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === typeof b) return a === b
  const num = (v: Value) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : v === '' ? 0 : Number(v))
  return num(a) === num(b)
}

function lookup(name: string, ctx: Context): Value {
  const [root, ...rest] = name.split('.')
  if (root === 'true' || root === 'false') return root === 'true'
  if (root === 'null') return null
  if (root === 'env') return ctx.env[rest.join('.')] ?? ''
  if (root === 'github' && rest.length === 1) {
    if (!(rest[0] in ctx.github)) throw new Error(`github.${rest[0]} has no value in the test runner`)
    return ctx.github[rest[0]]
  }
  if (root === 'runner' && rest.length === 1 && rest[0] in ctx.runner) return ctx.runner[rest[0]]
  if (root === 'steps' && rest.length >= 2) {
    const step = ctx.steps[rest[0]]
    if (!step) throw new Error(`no step with id '${rest[0]}' ran before this expression: ${name}`)
    if (rest[1] === 'outputs' && rest.length === 3) return step.outputs[rest[2]] ?? ''
    if ((rest[1] === 'outcome' || rest[1] === 'conclusion') && rest.length === 2) return step[rest[1]]
  }
  throw new Error(`'${name}' is not supported by the test runner`)
}

function evaluate(expr: string, ctx: Context): Value {
  const tokens = tokenize(expr)
  let pos = 0
  const peek = () => tokens[pos]
  const isOp = (v: string) => peek()?.t === 'op' && peek().v === v
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected '${v}' in expression: ${expr}`)
    pos++
  }
  const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
    success: () => !ctx.jobFailed,
    failure: () => ctx.jobFailed,
    always: () => true,
    cancelled: () => false,
    contains: ([a, b]) => str(a).toLowerCase().includes(str(b).toLowerCase()),
    startswith: ([a, b]) => str(a).toLowerCase().startsWith(str(b).toLowerCase()),
    endswith: ([a, b]) => str(a).toLowerCase().endsWith(str(b).toLowerCase())
  }
  function primary(): Value {
    const tok = tokens[pos++]
    if (!tok) throw new Error(`unexpected end of expression: ${expr}`)
    if (tok.t === 'str' || tok.t === 'num') return tok.v
    if (tok.t === 'op' && tok.v === '!') return !truthy(primary())
    if (tok.t === 'op' && tok.v === '(') {
      const v = or()
      expect(')')
      return v
    }
    if (tok.t === 'id') {
      if (isOp('(')) {
        pos++
        const args: Value[] = []
        while (!isOp(')')) {
          args.push(or())
          if (isOp(',')) pos++
        }
        pos++
        const fn = FUNCTIONS[tok.v.toLowerCase()]
        if (!fn) throw new Error(`function ${tok.v}() is not supported by the test runner`)
        return fn(args)
      }
      return lookup(tok.v, ctx)
    }
    throw new Error(`unexpected '${tok.v}' in expression: ${expr}`)
  }
  function comparison(): Value {
    let left = primary()
    while (isOp('==') || isOp('!=')) {
      const op = tokens[pos++].v
      const right = primary()
      left = op === '==' ? equal(left, right) : !equal(left, right)
    }
    return left
  }
  function and(): Value {
    let left = comparison()
    while (isOp('&&')) {
      pos++
      const right = comparison()
      left = truthy(left) ? right : left
    }
    return left
  }
  function or(): Value {
    let left = and()
    while (isOp('||')) {
      pos++
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  const value = or()
  if (pos !== tokens.length) throw new Error(`unexpected '${str(tokens[pos].v)}' in expression: ${expr}`)
  return value
}

/** Replaces every `${{ expr }}` in a string. */
export function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr: string) => str(evaluate(expr, ctx)))
}

/** Scalars as the runner passes them: YAML's text of the value (true, 1, …). */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

function condition(value: unknown, ctx: Context): boolean {
  if (value === undefined) return !ctx.jobFailed
  if (typeof value === 'boolean') return value
  const expr = scalar(value).trim()
  const inner = /^\$\{\{(.*)\}\}$/s.exec(expr)?.[1] ?? expr
  // GitHub adds success() to a condition that calls none of the status functions.
  const hasStatus = /\b(success|failure|always|cancelled)\s*\(/.test(inner)
  return truthy(evaluate(hasStatus ? inner : `success() && (${inner})`, ctx))
}

function evaluateMap(map: Record<string, unknown> | undefined, ctx: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(scalar(v), ctx)]))
}

// ---------------------------------------------------------------------------------------------------------------
// Steps

interface Shell {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  pgid?: number
}

function runShell(script: string, env: Record<string, string>, cwd: string, timeoutMs: number): Promise<Shell> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-run-'))
  const scriptFile = path.join(dir, 'step.sh')
  const logFile = path.join(dir, 'log')
  const outputFile = path.join(dir, 'output')
  fs.writeFileSync(scriptFile, script)
  fs.writeFileSync(outputFile, '')
  const log = fs.openSync(logFile, 'w')
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', scriptFile], {
      cwd,
      env: { ...env, GITHUB_OUTPUT: outputFile },
      stdio: ['ignore', log, log],
      detached: true
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      fs.closeSync(log)
      const stdout = fs.readFileSync(logFile, 'utf8')
      const outputs = parseCommandFile(fs.readFileSync(outputFile, 'utf8'))
      fs.rmSync(dir, { recursive: true, force: true })
      resolve({ code, stdout, outputs, pgid: child.pid })
    })
  })
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGTERM')
  } catch {
    // the group is gone
  }
}

/** Runs one job of a workflow and its post steps; never throws for a failing step (see `conclusion`). */
export async function runWorkflowJob(workflow: Workflow, options: RunJobOptions): Promise<JobRun> {
  const jobIds = Object.keys(workflow.jobs)
  const jobId = options.job ?? (jobIds.length === 1 ? jobIds[0] : undefined)
  if (!jobId || !workflow.jobs[jobId]) throw new Error(`which job? the workflow has ${jobIds.join(', ')}`)
  const job = workflow.jobs[jobId]
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-runner-temp-'))
  const github = {
    repository: 'metriccare/lakehouse',
    sha: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    ref_name: 'main',
    run_id: '4242',
    server_url: 'https://github.com',
    workflow: workflow.name ?? 'workflow',
    job: jobId,
    token: 'ghs_test-runner-token',
    ...options.github
  }
  const ctx: Context = { env: {}, steps: {}, github, runner: { temp: runnerTemp, os: 'Linux' }, jobFailed: false }
  // Variables a step of configure-aws-credentials exports for the steps after it.
  const exported: Record<string, string> = {}
  ctx.env = { ...evaluateMap(workflow.env, ctx) }
  ctx.env = { ...ctx.env, ...evaluateMap(job.env, ctx) }
  const jobEnv = { ...ctx.env }
  const pgids: number[] = []
  const steps: StepRun[] = []
  const timeout = options.stepTimeoutMs ?? 120_000

  try {
    for (const [index, step] of job.steps.entries()) {
      const label = step.name ?? step.uses ?? (step.run ?? '').split('\n')[0]
      const record = (run: Omit<StepRun, 'index' | 'id' | 'label' | 'conclusion'>): StepRun => {
        const failedButContinued = run.outcome === 'failure' && step['continue-on-error'] === true
        const done: StepRun = {
          index,
          id: step.id,
          label,
          ...run,
          conclusion: failedButContinued ? 'success' : run.outcome
        }
        steps.push(done)
        if (step.id) ctx.steps[step.id] = { outputs: done.outputs, outcome: done.outcome, conclusion: done.conclusion }
        if (done.conclusion === 'failure') ctx.jobFailed = true
        return done
      }
      if (options.skip?.(step)) {
        record({ kind: 'skipped', outcome: 'skipped', outputs: {}, stdout: '' })
        continue
      }
      ctx.env = { ...jobEnv, ...exported }
      if (!condition(step.if, ctx)) {
        record({ kind: 'skipped', outcome: 'skipped', outputs: {}, stdout: '' })
        continue
      }
      ctx.env = { ...ctx.env, ...evaluateMap(step.env, ctx) }
      const env = { ...options.env, ...ctx.env }

      if (usesThisAction(step.uses)) {
        const given = evaluateMap(step.with, ctx)
        const inputs = Object.fromEntries(
          // The runner evaluates action.yml's defaults too (`${{ github.token }}`).
          Object.entries(ACTION_YML.inputs).map(([name, input]) => [
            name,
            given[name] ?? interpolate(input.default ?? '', ctx)
          ])
        )
        const result = await runMainStep({ endpoint: options.endpoint, inputs, env, killAfterMs: timeout })
        const outcome = result.code === 0 ? 'success' : 'failure'
        record({ kind: 'action', outcome, outputs: result.outputs, stdout: result.stdout, result })
      } else if (step.uses?.startsWith('aws-actions/configure-aws-credentials@')) {
        const region = evaluateMap(step.with, ctx)['aws-region']
        if (region) Object.assign(exported, { AWS_REGION: region, AWS_DEFAULT_REGION: region })
        record({ kind: 'configure-aws-credentials', outcome: 'success', outputs: {}, stdout: '' })
      } else if (step.run !== undefined) {
        const script = interpolate(step.run, ctx)
        const shell = await runShell(
          script,
          { PATH: process.env.PATH ?? '', HOME: os.homedir(), ...env, RUNNER_TEMP: runnerTemp },
          options.cwd ?? ROOT,
          timeout
        )
        if (shell.pgid) pgids.push(shell.pgid)
        record({
          kind: 'run',
          outcome: shell.code === 0 ? 'success' : 'failure',
          outputs: shell.outputs,
          stdout: shell.stdout
        })
      } else {
        throw new Error(
          `step ${index + 1} (${label}): the test runner cannot run '${step.uses}'; skip it or support it`
        )
      }
    }

    // Post steps: this action's steps that ran, last first; post-if: always().
    const posts: JobRun['posts'] = []
    for (const run of [...steps].reverse()) {
      if (run.kind !== 'action' || !run.result) continue
      const step = job.steps[run.index]
      const result = await runPostStep({
        endpoint: options.endpoint,
        inputs: {},
        state: run.result.state,
        env: { ...options.env, ...jobEnv, ...exported, ...evaluateMap(step.env, ctx) },
        killAfterMs: timeout
      })
      posts.push({ step: run, result })
      if (result.code !== 0) ctx.jobFailed = true
    }
    return { steps, posts, conclusion: ctx.jobFailed ? 'failure' : 'success' }
  } finally {
    for (const pgid of pgids) killGroup(pgid)
    fs.rmSync(runnerTemp, { recursive: true, force: true })
  }
}

/** One line per step (and post step), for a readable assertion message. */
export function describeJob(run: JobRun): string {
  const lines = run.steps.map(
    (s) =>
      `${s.outcome === s.conclusion ? s.outcome : `${s.outcome}→${s.conclusion}`} ${s.id ? `[${s.id}] ` : ''}${s.label}`
  )
  for (const p of run.posts) lines.push(`${p.result.code === 0 ? 'success' : 'failure'} post: ${p.step.label}`)
  const failing = [...run.steps.filter((s) => s.outcome === 'failure'), ...run.posts.filter((p) => p.result.code !== 0)]
  const logs = failing.map((s) => ('stdout' in s ? s.stdout : s.result.stdout).split('\n').slice(-15).join('\n'))
  return [...lines, ...logs].join('\n')
}
