import { describe, expect, it } from '@jest/globals'
import { readActionInputs } from '../../src/inputs/readInputs.js'
import { readVerifyInputs } from '../../src/inputs/verifyInputs.js'

const common = { workflowName: 'wf', region: 'us-east-1' }
const reader = (inputs: Record<string, string | undefined>) => (name: string) => inputs[name] ?? ''

describe('readVerifyInputs', () => {
  it('defaults: no run-id, no age limit, no expected graph', () => {
    expect(readVerifyInputs(reader({}), common, ['verify'])).toEqual({ followsStart: false })
  })

  it('reads run-id, max-age-hours and the jobs graph', () => {
    const inputs = readVerifyInputs(
      reader({ 'run-id': ` wr_${'a'.repeat(64)} `, 'max-age-hours': '26', jobs: 'bronze: b\nsilver: s' }),
      common,
      ['verify']
    )
    expect(inputs.runId).toBe(`wr_${'a'.repeat(64)}`)
    expect(inputs.maxAgeHours).toBe(26)
    expect(inputs.pipeline?.stages.map((s) => [s.name, s.target, s.after])).toEqual([
      ['bronze', 'b', []],
      ['silver', 's', ['bronze']]
    ])
  })

  it('wait-minutes: follows a RUNNING run, polled as start polls (0, the default, does not wait)', () => {
    expect(readVerifyInputs(reader({ 'wait-minutes': '0' }), common, ['verify']).wait).toBeUndefined()
    expect(readVerifyInputs(reader({ 'wait-minutes': '45' }), common, ['verify']).wait).toEqual({
      minutes: 45,
      pollIntervalSeconds: 2,
      maxPollIntervalSeconds: 30
    })
    expect(
      readVerifyInputs(reader({ 'wait-minutes': '5', 'poll-interval-seconds': '10' }), common, ['verify']).wait
    ).toEqual({ minutes: 5, pollIntervalSeconds: 10, maxPollIntervalSeconds: 30 })
    expect(() => readVerifyInputs(reader({ 'wait-minutes': '351' }), common, ['verify'])).toThrow(
      "Input 'wait-minutes': must be between 0 and 350, got 351"
    )
    expect(() => readVerifyInputs(reader({ 'wait-minutes': 'an hour' }), common, ['verify'])).toThrow(
      "Input 'wait-minutes': expected a number, got 'an hour'"
    )
  })

  it('knows when it follows start in the same step', () => {
    expect(readVerifyInputs(reader({}), common, ['start', 'verify']).followsStart).toBe(true)
  })

  it.each([
    { inputs: { 'max-age-hours': 'yesterday' }, error: "Input 'max-age-hours': expected a number, got 'yesterday'" },
    {
      inputs: { 'max-age-hours': '0' },
      error:
        "Input 'max-age-hours': must be more than 0 and at most 2160 (90 days, Glue's run history), got 0; e.g. 26 for a nightly run"
    },
    {
      inputs: { 'max-age-hours': '-1' },
      error: "Input 'max-age-hours': must be more than 0 and at most 2160 (90 days, Glue's run history), got -1"
    },
    {
      inputs: { 'max-age-hours': '2161' },
      error: "Input 'max-age-hours': must be more than 0 and at most 2160 (90 days, Glue's run history), got 2161"
    },
    {
      inputs: { 'run-id': 'wr 1' },
      error: "Input 'run-id': 'wr 1' is not a run id of workflow 'wf' (e.g. wr_0123…: 1-255 characters, no spaces)"
    },
    {
      inputs: { 'run-id': 'x'.repeat(256) },
      error: "Input 'run-id': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is not a run id"
    },
    {
      inputs: { jobs: 'gold: {job: g, after: silver}' },
      error: "Input 'jobs': stage 'gold' waits for 'silver', which is not a stage"
    }
  ])('$error', ({ inputs, error }) => {
    expect(() => readVerifyInputs(reader(inputs), common, ['verify'])).toThrow(error)
  })

  it('refuses run-id together with mode start (verify checks the run start started)', () => {
    expect(() => readVerifyInputs(reader({ 'run-id': 'wr_1' }), common, ['start', 'verify'])).toThrow(
      "Input 'run-id': cannot be combined with mode start: verify checks the run that start started (leave run-id empty)"
    )
  })

  it('is validated with every other input, before anything runs', () => {
    const read = reader({ mode: 'verify', 'workflow-name': 'wf', region: 'eu-west-1', 'max-age-hours': 'soon' })
    expect(() => readActionInputs(read, {})).toThrow("Input 'max-age-hours'")
  })
})
