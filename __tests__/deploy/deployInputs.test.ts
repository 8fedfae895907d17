import { describe, expect, it } from '@jest/globals'
import { readDeployInputs } from '../../src/inputs/deployInputs.js'
import { readActionInputs } from '../../src/inputs/readInputs.js'

const base: Record<string, string> = {
  mode: 'deploy',
  'workflow-name': 'wf',
  jobs: 'bronze: b\nsilver: s',
  'start-on': 'on-demand',
  'event-batch-size': '1',
  'dry-run': 'false'
}
const reader = (overrides: Record<string, string>) => (name: string) => ({ ...base, ...overrides })[name] ?? ''
const read = (overrides: Record<string, string> = {}) =>
  readDeployInputs(reader(overrides), { workflowName: 'wf', region: 'us-east-1' })

function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe('deploy inputs', () => {
  it.each([
    ['on-demand', {}, { type: 'on-demand' }],
    ['a schedule', { 'start-on': 'cron(15 2 * * ? *)' }, { type: 'schedule', cron: 'cron(15 2 * * ? *)' }],
    [
      'an event batch',
      { 'start-on': 'event', 'event-batch-size': '10', 'event-batch-window': '300' },
      { type: 'event', batchSize: 10, batchWindowSeconds: 300 }
    ]
  ])('start-on: %s', (_name, overrides, startOn) => {
    expect(read(overrides).spec.startOn).toEqual(startOn)
  })

  it('reads tags, run properties, max concurrent runs and dry-run', () => {
    const inputs = read({
      tags: 'team: data\ncost-center: 42',
      'default-run-properties': 'env: prod',
      'max-concurrent-runs': '2',
      'dry-run': 'true'
    })
    expect(inputs.spec.tags).toEqual({ team: 'data', 'cost-center': '42' })
    expect(inputs.spec.defaultRunProperties).toEqual({ env: 'prod' })
    expect(inputs.spec.maxConcurrentRuns).toBe(2)
    expect(inputs.dryRun).toBe(true)
  })

  it.each([
    [
      'start-on',
      { 'start-on': 'hourly' },
      "Input 'start-on': 'hourly' is not on-demand, event or a cron(...) expression"
    ],
    ['start-on', { 'start-on': 'cron(0 2 * *)' }, 'needs 6 fields'],
    ['start-on', { 'start-on': 'cron(0 2 * * * *)' }, 'exactly one of day-of-month and day-of-week must be ?'],
    ['start-on', { 'start-on': 'cron(*/2 * * * ? *)' }, 'more often than every 5 minutes'],
    ['start-on', { 'start-on': 'cron(0 2 * * ? $)' }, "year field '$': '$' is not a number"],
    ['event-batch-size', { 'start-on': 'event', 'event-batch-size': '0' }, 'must be between 1 and 100, got 0'],
    ['event-batch-size', { 'start-on': 'event', 'event-batch-size': 'ten' }, "expected a number, got 'ten'"],
    ['event-batch-window', { 'start-on': 'event', 'event-batch-window': '901' }, 'must be between 1 and 900'],
    ['tags', { tags: 'aws:owner: me' }, "key 'aws:owner' starts with aws:"],
    ['tags', { tags: 'glue-workflow-action:managed-by: me' }, 'which this action reserves'],
    ['tags', { tags: Array.from({ length: 47 }, (_, i) => `k${i}: v`).join('\n') }, 'has 47 tags'],
    ['tags', { tags: 'team: [a, b]' }, "value of 'team' must be a string"],
    ['tags', { tags: '- a\n- b' }, 'must be a YAML mapping'],
    ['tags', { tags: `${'k'.repeat(129)}: v` }, 'must be 1 to 128 characters'],
    ['tags', { tags: `k: ${'v'.repeat(257)}` }, 'longer than 256 characters'],
    ['max-concurrent-runs', { 'max-concurrent-runs': '-1' }, 'must be between 1 and 1000, got -1'],
    ['max-concurrent-runs', { 'max-concurrent-runs': '1.5' }, 'expected a whole number'],
    ['dry-run', { 'dry-run': 'yes' }, "expected true or false, got 'yes'"],
    ['description', { description: 'd'.repeat(2049) }, 'is 2049 characters; Glue allows 2048'],
    ['default-run-properties', { 'default-run-properties': 'a: {b: c}' }, "value of 'a' must be a string"]
  ])('%s: rejects %j', (input, overrides, message) => {
    const text = errorOf(() => read(overrides))
    expect(text).toContain(`Input '${input}': `)
    expect(text).toContain(message)
  })
})

describe('modes and common inputs', () => {
  const all = (overrides: Record<string, string>, env: NodeJS.ProcessEnv = { AWS_REGION: 'eu-west-1' }) =>
    readActionInputs(reader(overrides), env)

  it('runs modes in the fixed order deploy, start, verify whatever the order written', () => {
    expect(all({ mode: 'verify deploy' }).modes).toEqual(['deploy', 'verify'])
    expect(all({ mode: 'deploy,start\nverify' }).modes).toEqual(['deploy', 'start', 'verify'])
  })

  it('names a malformed endpoint variable, without printing its value (it may carry credentials)', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL_GLUE: 'https://user:secret@ host' }
    expect(() => all({}, env)).toThrow(
      'Environment variable AWS_ENDPOINT_URL_GLUE: is not a URL (e.g. https://glue.us-east-1.amazonaws.com); fix or unset it'
    )
    expect(all({}, { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:4599' }).region).toBe('eu-west-1')
  })

  it('allows dry-run with deploy and verify (nothing is started)', () => {
    expect(all({ mode: 'deploy verify', 'dry-run': 'true' }).deploy?.dryRun).toBe(true)
    expect(all({ mode: 'deploy start', 'dry-run': 'false' }).modes).toEqual(['deploy', 'start'])
  })

  it('takes the region from the input, else AWS_REGION, else AWS_DEFAULT_REGION', () => {
    expect(all({ region: 'us-west-2' }).region).toBe('us-west-2')
    expect(all({}).region).toBe('eu-west-1')
    expect(all({}, { AWS_DEFAULT_REGION: 'ap-south-1' }).region).toBe('ap-south-1')
  })

  it.each([
    [{ mode: 'deploy destroy' }, {}, "Input 'mode': unknown mode 'destroy': use deploy, start or verify"],
    [{ mode: '' }, {}, "Input 'mode': is empty"],
    [{}, { AWS_REGION: '' }, "Input 'region': no AWS region"],
    [{ region: 'Mars' }, {}, "Input 'region': 'Mars' is not an AWS region name"],
    [{ 'workflow-name': 'a\nb' }, {}, "Input 'workflow-name': workflow name"],
    [
      { mode: 'deploy start', 'dry-run': 'true' },
      {},
      "Input 'dry-run': true cannot be combined with mode: deploy start"
    ],
    [
      { mode: 'start verify', 'dry-run': 'true' },
      {},
      "Input 'dry-run': true cannot be combined with mode: start verify"
    ]
  ])('rejects %j', (overrides, env, message) => {
    expect(errorOf(() => all(overrides, Object.keys(env).length ? env : { AWS_REGION: 'eu-west-1' }))).toContain(
      message
    )
  })
})
