/**
 * Reliability suite 5, bad input: the built action with bad inputs of every mode. Each one fails the step with exactly
 * one actionable `::error::` line naming the input, and never reaches AWS Glue with a write: the endpoint records zero
 * write calls over the whole suite (inputs are validated before any call; a job, crawler, workflow or run that does
 * not exist is found by reads alone).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { errorLines, runMainStep } from '../../testkit/actionStep.js'
import { createTargets, deployStep, CHAIN } from './helpers/medallion.js'
import { mapPool, report } from './helpers/pool.js'

const WF = 'bad-input'
const GOOD_JOBS = `bronze: ${WF}-bronze\nsilver: ${WF}-silver\ngold: ${WF}-gold`
const PARALLEL = 8

interface BadInput {
  what: string
  /** The input the error line must name. */
  names: string
  inputs: Record<string, string>
  env?: Record<string, string | undefined>
}

const deploy = (inputs: Record<string, string>) => ({ mode: 'deploy', jobs: GOOD_JOBS, ...inputs })
const start = (inputs: Record<string, string>) => ({ mode: 'start', ...inputs })
const verify = (inputs: Record<string, string>) => ({ mode: 'verify', ...inputs })

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'
].join('\n')
const manyStages = Array.from({ length: 101 }, (_, i) => `s${i}: job-${i}`).join('\n')
const manyTags = Array.from({ length: 51 }, (_, i) => `k${i}: v`).join('\n')

const CASES: BadInput[] = [
  // jobs (deploy)
  { what: 'empty jobs', names: 'jobs', inputs: deploy({ jobs: '' }) },
  { what: 'jobs only spaces', names: 'jobs', inputs: deploy({ jobs: '  \n  ' }) },
  { what: 'unparsable jobs YAML', names: 'jobs', inputs: deploy({ jobs: 'bronze: [unclosed' }) },
  { what: 'jobs is a list', names: 'jobs', inputs: deploy({ jobs: '- a\n- b' }) },
  { what: 'jobs is a scalar', names: 'jobs', inputs: deploy({ jobs: 'just-a-job' }) },
  { what: 'duplicate stage', names: 'jobs', inputs: deploy({ jobs: 'bronze: a\nbronze: b' }) },
  { what: 'cycle', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, after: b}\nb: {job: y, after: a}' }) },
  { what: 'stage waits for itself', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, after: a}' }) },
  { what: 'unknown after', names: 'jobs', inputs: deploy({ jobs: 'bronze: a\nsilver: {job: b, after: bronz}' }) },
  { what: 'stage name with a space', names: 'jobs', inputs: deploy({ jobs: 'my stage: a' }) },
  { what: 'job name too long', names: 'jobs', inputs: deploy({ jobs: `bronze: ${'j'.repeat(256)}` }) },
  { what: 'job name with a newline', names: 'jobs', inputs: deploy({ jobs: 'bronze: "a\\nb"' }) },
  { what: 'YAML alias bomb', names: 'jobs', inputs: deploy({ jobs: aliasBomb }) },
  { what: 'job name is a number', names: 'jobs', inputs: deploy({ jobs: 'bronze: 42' }) },
  { what: 'job name is a list', names: 'jobs', inputs: deploy({ jobs: 'bronze: [a, b]' }) },
  { what: 'stage with job and crawler', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, crawler: y}' }) },
  { what: 'unknown stage key', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, retries: 3}' }) },
  { what: 'when: sometimes', names: 'jobs', inputs: deploy({ jobs: 'a: x\nb: {job: y, after: a, when: sometimes}' }) },
  { what: 'negative stage timeout', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, timeout: -5}' }) },
  { what: 'non-numeric stage timeout', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, timeout: soon}' }) },
  { what: 'arguments not a mapping', names: 'jobs', inputs: deploy({ jobs: 'a: {job: x, arguments: [1, 2]}' }) },
  { what: 'one job in two stages', names: 'jobs', inputs: deploy({ jobs: 'a: x\nb: x' }) },
  { what: 'more than 100 stages', names: 'jobs', inputs: deploy({ jobs: manyStages }) },
  { what: 'job that does not exist', names: 'jobs', inputs: deploy({ jobs: `bronze: ${WF}-bronze\nsilver: nope` }) },
  {
    what: 'crawler that does not exist',
    names: 'jobs',
    inputs: deploy({ jobs: `bronze: ${WF}-bronze\ncatalog: {crawler: no-crawler, after: bronze}` })
  },
  // other deploy inputs
  { what: 'workflow name too long', names: 'workflow-name', inputs: deploy({ 'workflow-name': 'w'.repeat(256) }) },
  { what: 'workflow name with a newline', names: 'workflow-name', inputs: deploy({ 'workflow-name': 'wf\nrm' }) },
  { what: 'cron with 5 fields', names: 'start-on', inputs: deploy({ 'start-on': 'cron(0 2 * * *)' }) },
  { what: 'cron every minute', names: 'start-on', inputs: deploy({ 'start-on': 'cron(* * * * ? *)' }) },
  { what: 'cron out of range', names: 'start-on', inputs: deploy({ 'start-on': 'cron(99 25 * * ? *)' }) },
  { what: 'cron every minute by a range', names: 'start-on', inputs: deploy({ 'start-on': 'cron(0-59 * * * ? *)' }) },
  { what: 'cron with both days set', names: 'start-on', inputs: deploy({ 'start-on': 'cron(0 2 1 * MON *)' }) },
  { what: 'start-on: daily', names: 'start-on', inputs: deploy({ 'start-on': 'daily' }) },
  {
    what: 'event batch size 0',
    names: 'event-batch-size',
    inputs: deploy({ 'start-on': 'event', 'event-batch-size': '0' })
  },
  {
    what: 'event batch window 1000 s',
    names: 'event-batch-window',
    inputs: deploy({ 'start-on': 'event', 'event-batch-window': '1000' })
  },
  { what: 'more than 50 tags', names: 'tags', inputs: deploy({ tags: manyTags }) },
  { what: 'tag key starting with aws:', names: 'tags', inputs: deploy({ tags: 'aws:owner: me' }) },
  { what: "tag key with the action's prefix", names: 'tags', inputs: deploy({ tags: 'glue-workflow-action:x: y' }) },
  { what: 'tag value is a list', names: 'tags', inputs: deploy({ tags: 'team: [a, b]' }) },
  { what: 'unparsable tags', names: 'tags', inputs: deploy({ tags: 'team: "open' }) },
  { what: 'tag key too long', names: 'tags', inputs: deploy({ tags: `${'k'.repeat(129)}: v` }) },
  {
    what: 'negative max-concurrent-runs',
    names: 'max-concurrent-runs',
    inputs: deploy({ 'max-concurrent-runs': '-1' })
  },
  {
    what: 'max-concurrent-runs: many',
    names: 'max-concurrent-runs',
    inputs: deploy({ 'max-concurrent-runs': 'many' })
  },
  { what: 'dry-run: maybe', names: 'dry-run', inputs: deploy({ 'dry-run': 'maybe' }) },
  { what: 'dry-run with start', names: 'dry-run', inputs: deploy({ mode: 'deploy start', 'dry-run': 'true' }) },
  { what: 'description too long', names: 'description', inputs: deploy({ description: 'd'.repeat(2049) }) },
  {
    what: 'run properties as a list',
    names: 'default-run-properties',
    inputs: deploy({ 'default-run-properties': '- a' })
  },
  // common inputs
  { what: 'no region at all', names: 'region', inputs: deploy({}), env: { AWS_REGION: undefined } },
  { what: 'region that is not a region', names: 'region', inputs: deploy({ region: 'moon-base-1a' }) },
  { what: 'unknown mode', names: 'mode', inputs: { mode: 'deploy-all', jobs: GOOD_JOBS } },
  { what: 'empty mode', names: 'mode', inputs: { mode: '', jobs: GOOD_JOBS } },
  // start
  { what: 'timeout-minutes 0', names: 'timeout-minutes', inputs: start({ 'timeout-minutes': '0' }) },
  { what: 'negative timeout-minutes', names: 'timeout-minutes', inputs: start({ 'timeout-minutes': '-5' }) },
  { what: 'timeout-minutes: an hour', names: 'timeout-minutes', inputs: start({ 'timeout-minutes': 'an hour' }) },
  { what: 'timeout-minutes over 6 h', names: 'timeout-minutes', inputs: start({ 'timeout-minutes': '400' }) },
  { what: 'poll interval 0', names: 'poll-interval-seconds', inputs: start({ 'poll-interval-seconds': '0' }) },
  { what: 'negative poll interval', names: 'poll-interval-seconds', inputs: start({ 'poll-interval-seconds': '-2' }) },
  {
    what: 'max poll interval below the poll interval',
    names: 'max-poll-interval-seconds',
    inputs: start({ 'poll-interval-seconds': '10', 'max-poll-interval-seconds': '5' })
  },
  {
    what: 'non-numeric max poll interval',
    names: 'max-poll-interval-seconds',
    inputs: start({ 'max-poll-interval-seconds': 'x' })
  },
  { what: 'wait: maybe', names: 'wait', inputs: start({ wait: 'maybe' }) },
  { what: 'if-running: queue', names: 'if-running', inputs: start({ 'if-running': 'queue' }) },
  { what: 'stop-on-cancel: yes please', names: 'stop-on-cancel', inputs: start({ 'stop-on-cancel': 'yes please' }) },
  { what: 'unparsable run properties', names: 'run-properties', inputs: start({ 'run-properties': 'a: [' }) },
  {
    what: 'run property value is a mapping',
    names: 'run-properties',
    inputs: start({ 'run-properties': 'a: {b: c}' })
  },
  {
    what: 'start: cycle in jobs',
    names: 'jobs',
    inputs: start({ jobs: 'a: {job: x, after: b}\nb: {job: y, after: a}' })
  },
  {
    what: 'start: workflow that does not exist',
    names: 'workflow-name',
    inputs: start({ 'workflow-name': 'no-such-wf' })
  },
  // verify
  { what: 'run id with spaces', names: 'run-id', inputs: verify({ 'run-id': 'wr_1 wr_2' }) },
  { what: 'run id with start', names: 'run-id', inputs: { mode: 'start verify', 'run-id': 'wr_1' } },
  { what: 'negative max-age-hours', names: 'max-age-hours', inputs: verify({ 'max-age-hours': '-1' }) },
  { what: 'max-age-hours 0', names: 'max-age-hours', inputs: verify({ 'max-age-hours': '0' }) },
  { what: 'max-age-hours: a day', names: 'max-age-hours', inputs: verify({ 'max-age-hours': 'a day' }) },
  { what: 'verify: run id that does not exist', names: 'run-id', inputs: verify({ 'run-id': `wr_${'0'.repeat(64)}` }) },
  // several modes: a bad input of a later mode stops the step before deploy writes anything
  {
    what: 'deploy start with a bad timeout',
    names: 'timeout-minutes',
    inputs: { mode: 'deploy start', jobs: GOOD_JOBS, 'timeout-minutes': '-1' }
  },
  {
    what: 'deploy start verify with a bad max-age-hours',
    names: 'max-age-hours',
    inputs: { mode: 'deploy start verify', jobs: GOOD_JOBS, 'max-age-hours': 'x' }
  }
]

let local: GlueLocal
beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
  await createTargets(local.url, WF)
  // An existing workflow, so that start and verify cases meet a real one (no run yet).
  expect(errorLines(await deployStep(local.url, WF, CHAIN))).toEqual([])
  local.reset('calls')
})
afterAll(async () => {
  await local.close()
})

describe(`bad input: ${CASES.length} bad inputs across all modes`, () => {
  it('each fails the step with one line naming the input, and Glue sees no write', async () => {
    const started = Date.now()
    const results = await mapPool(CASES, PARALLEL, async (c) => {
      const result = await runMainStep({
        endpoint: local.url,
        inputs: { 'workflow-name': WF, ...c.inputs },
        env: c.env
      })
      const errors = errorLines(result)
      return { what: c.what, names: c.names, code: result.code, errors }
    })
    const calls = local.calls().calls
    const writes = calls.filter((call) => call.write)
    report('bad input', {
      'inputs tried': results.length,
      modes: 'deploy, start, verify and combinations',
      'failed with one line naming the input': results.filter(
        (r) => r.code === 1 && r.errors.length === 1 && r.errors[0].includes(r.names)
      ).length,
      'Glue calls (reads)': calls.length,
      'write calls': writes.length,
      wall: `${((Date.now() - started) / 1000).toFixed(1)} s`
    })
    const wrong = results.filter((r) => r.code !== 1 || r.errors.length !== 1 || !r.errors[0].includes(r.names))
    expect(wrong).toEqual([])
    expect(writes.map((w) => w.operation)).toEqual([])
    expect(results.length).toBeGreaterThanOrEqual(40)
  }, 180_000)
})
