/**
 * Reliability suite 6, secrets: the built action runs with canary AWS credentials (access key, secret key, session
 * token) in every mode, succeeding and failing, with and without step debug logging, and against an endpoint that
 * echoes the request's credential headers back in its error messages. No canary may appear in stdout, stderr,
 * GITHUB_OUTPUT, GITHUB_STATE or the job summary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { CANARY, errorLines, runMainStep, runPostStep, type StepResult } from '../../testkit/actionStep.js'
import { createMedallion, glueClient, startRun } from '../e2e/startSetup.js'
import { CHAIN, createTargets } from './helpers/medallion.js'
import { mapPool, report } from './helpers/pool.js'

const WF = 'secrets'
const PARALLEL = 6

interface Case {
  what: string
  /** Whether the step is expected to succeed. */
  succeeds: boolean
  step: (env: Record<string, string>) => Promise<StepResult>
}

let local: GlueLocal
let echo: http.Server
let echoUrl: string
let finishedWorkflow: string
let finishedRunId: string

/** An endpoint that refuses every call, quoting the request's Authorization and session-token headers back. */
function startEchoEndpoint(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const quoted = `authorization=${String(req.headers.authorization)} x-amz-security-token=${String(req.headers['x-amz-security-token'])}`
      const message = `User is not authorized to perform this operation (request: ${quoted})`
      if (req.headers['x-amz-target']) {
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-errortype': 'AccessDeniedException'
        })
        res.end(JSON.stringify({ __type: 'AccessDeniedException', Message: message }))
      } else {
        res.writeHead(403, { 'content-type': 'text/xml' })
        res.end(
          `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${message.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message></Error><RequestId>1</RequestId></ErrorResponse>`
        )
      }
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/**
 * An endpoint that refuses every call with the request's session token as the error's type (`__type: <token>: denied`;
 * for STS the error Code), so that the SDK makes the token the error's name.
 */
function startTypeEchoEndpoint(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const token = String(req.headers['x-amz-security-token'])
      if (req.headers['x-amz-target']) {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' })
        res.end(JSON.stringify({ __type: `${token}: denied`, Message: `${token} denied` }))
      } else {
        res.writeHead(403, { 'content-type': 'text/xml' })
        res.end(
          `<ErrorResponse><Error><Type>Sender</Type><Code>${token}</Code><Message>${token} denied</Message></Error><RequestId>1</RequestId></ErrorResponse>`
        )
      }
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** Where a canary shows up in a step's channels: stdout, stderr, outputs, state and job summary. */
function leaksOf(result: StepResult): string[] {
  const channels = {
    stdout: result.stdout,
    stderr: result.stderr,
    GITHUB_OUTPUT: result.files.output,
    GITHUB_STATE: result.files.state,
    'job summary': result.files.summary
  }
  return Object.entries(channels).flatMap(([channel, text]) =>
    Object.entries(CANARY)
      .filter(([, secret]) => text.includes(secret))
      .map(([name]) => `${name} in ${channel}`)
  )
}

const main = (endpoint: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runMainStep({ endpoint, env, inputs: { 'workflow-name': WF, ...inputs } })
const post = (endpoint: string, state: Record<string, string>, env: Record<string, string>) =>
  runPostStep({ endpoint, env, inputs: {}, state: { region: 'us-east-1', 'stop-in-post': 'true', ...state } })

const DEPLOY = { mode: 'deploy', ...CHAIN.inputs(WF) }

/** A fresh Bronze -> Silver -> Gold workflow (so runs of parallel steps never meet) and its start inputs. */
async function fresh(mode: string, inputs: Record<string, string> = {}) {
  const glue = glueClient(local.url)
  const m = await createMedallion(glue, { durationMs: 150 })
  glue.destroy()
  const runInputs = {
    mode,
    'workflow-name': m.workflow,
    jobs: m.jobsInput,
    'poll-interval-seconds': '1',
    ...inputs
  }
  return { m, runInputs }
}

function cases(): Case[] {
  const list: Case[] = [
    { what: 'deploy: first deploy, then a no-op', succeeds: true, step: (env) => main(local.url, DEPLOY, env) },
    {
      what: 'deploy: dry run',
      succeeds: true,
      step: (env) => main(local.url, { ...DEPLOY, 'dry-run': 'true', tags: 'x: y' }, env)
    },
    {
      what: 'deploy: bad input',
      succeeds: false,
      step: (env) => main(local.url, { ...DEPLOY, tags: 'aws:x: y' }, env)
    },
    {
      what: 'deploy: missing job',
      succeeds: false,
      step: (env) => main(local.url, { ...DEPLOY, jobs: 'a: missing-job' }, env)
    },
    {
      what: 'start verify: run succeeds',
      succeeds: true,
      step: async (env) => main(local.url, (await fresh('start verify')).runInputs, env)
    },
    {
      what: 'start verify: silver fails',
      succeeds: false,
      step: async (env) => {
        const { m, runInputs } = await fresh('start verify')
        const failSilver = { 'run-properties': `"glue-local:${m.jobs.silver}:outcome": FAILED` }
        return main(local.url, { ...runInputs, ...failSilver }, env)
      }
    },
    {
      what: 'verify: a finished run',
      succeeds: true,
      step: (env) =>
        main(local.url, { mode: 'verify', 'workflow-name': finishedWorkflow, 'run-id': finishedRunId }, env)
    },
    {
      what: 'verify: unknown run',
      succeeds: false,
      step: (env) => main(local.url, { mode: 'verify', 'workflow-name': finishedWorkflow, 'run-id': 'wr_missing' }, env)
    },
    {
      what: 'start: bad input',
      succeeds: false,
      step: (env) => main(local.url, { mode: 'start', 'timeout-minutes': '0' }, env)
    },
    {
      what: 'post: stops a run the main step left running',
      succeeds: true,
      step: async (env) => {
        const { m } = await fresh('start')
        const runId = await startRun(glueClient(local.url), m.workflow)
        return post(local.url, { 'run-id': runId, 'workflow-name': m.workflow }, env)
      }
    },
    // Against the echoing endpoint every step fails: its error lines must still not carry a credential.
    { what: 'echo endpoint: deploy', succeeds: false, step: (env) => main(echoUrl, DEPLOY, env) },
    {
      what: 'echo endpoint: start',
      succeeds: false,
      step: (env) => main(echoUrl, { mode: 'start', 'poll-interval-seconds': '1' }, env)
    },
    { what: 'echo endpoint: verify', succeeds: false, step: (env) => main(echoUrl, { mode: 'verify' }, env) },
    {
      what: 'echo endpoint: post',
      succeeds: false,
      step: (env) => post(echoUrl, { 'run-id': 'wr_1', 'workflow-name': WF }, env)
    }
  ]
  // The same steps again with step debug logging on, as GitHub sets it on a re-run with debug logging.
  const debug = list.map((c) => ({
    ...c,
    what: `${c.what} (debug)`,
    step: (env: Record<string, string>) => c.step({ ...env, RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' })
  }))
  return [...list, ...debug]
}

beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
  echo = await startEchoEndpoint()
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
  await createTargets(local.url, WF)
  const { m, runInputs } = await fresh('start')
  const done = await main(local.url, runInputs)
  expect(errorLines(done)).toEqual([])
  finishedWorkflow = m.workflow
  finishedRunId = done.outputs['run-id']
})
afterAll(async () => {
  echo.closeAllConnections()
  await new Promise((resolve) => echo.close(resolve))
  await local.close()
})

describe('secrets: canary credentials never reach a log, an output, the state or the summary', () => {
  it('in every mode, succeeding and failing, with and without debug logging', async () => {
    const started = Date.now()
    const all = cases()
    const results = await mapPool(all, PARALLEL, async (c) => {
      const result = await c.step({})
      const leaks = leaksOf(result)
      return { what: c.what, succeeded: result.code === 0, expected: c.succeeds, leaks, errors: errorLines(result) }
    })
    report('secrets', {
      steps: results.length,
      succeeded: results.filter((r) => r.succeeded).length,
      failed: results.filter((r) => !r.succeeded).length,
      'channels checked per step': 5,
      leaks: results.reduce((n, r) => n + r.leaks.length, 0),
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    expect(results.filter((r) => r.leaks.length > 0)).toEqual([])
    expect(results.filter((r) => r.succeeded !== r.expected)).toEqual([])
  }, 180_000)

  it('when the endpoint puts the session token in the error type (printed as the error name)', async () => {
    const typeEcho = await startTypeEchoEndpoint()
    const url = `http://127.0.0.1:${(typeEcho.address() as AddressInfo).port}`
    try {
      const steps: [string, () => Promise<StepResult>][] = [
        ['deploy', () => main(url, DEPLOY)],
        ['start', () => main(url, { mode: 'start', 'poll-interval-seconds': '1' })],
        ['verify', () => main(url, { mode: 'verify' })],
        ['post', () => post(url, { 'run-id': 'wr_1', 'workflow-name': WF }, {})]
      ]
      const results = await mapPool(steps, 4, async ([what, step]) => {
        const result = await step()
        return { what, code: result.code, leaks: leaksOf(result), errors: errorLines(result) }
      })
      report('secrets/error type', {
        steps: results.length,
        failed: results.filter((r) => r.code !== 0).length,
        leaks: results.reduce((n, r) => n + r.leaks.length, 0)
      })
      expect(results.filter((r) => r.leaks.length > 0)).toEqual([])
      expect(results.filter((r) => r.code === 0 || r.errors.length !== 1)).toEqual([])
    } finally {
      typeEcho.closeAllConnections()
      await new Promise((resolve) => typeEcho.close(resolve))
    }
  }, 120_000)
})
