import { describe, expect, it } from '@jest/globals'
import { readStartInputs } from '../../src/inputs/startInputs.js'

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

describe('readStartInputs', () => {
  it('uses the documented defaults when every input is empty', () => {
    expect(readStartInputs(reader({}))).toEqual({
      runProperties: {},
      wait: true,
      timeoutMinutes: 60,
      stopOnTimeout: true,
      pollIntervalSeconds: 2,
      maxPollIntervalSeconds: 30,
      ifRunning: 'fail',
      stopOnCancel: true,
      verifyFollows: false
    })
  })

  it('reads every start input', () => {
    const inputs = readStartInputs(
      reader({
        'run-properties': 'env: ci\nbatch: 42\nfull: true',
        wait: 'false',
        'timeout-minutes': '90',
        'stop-on-timeout': 'false',
        'poll-interval-seconds': '5',
        'max-poll-interval-seconds': '30',
        'if-running': 'Attach',
        'stop-on-cancel': 'false'
      }),
      ['deploy', 'start', 'verify']
    )
    expect(inputs).toEqual({
      runProperties: { env: 'ci', batch: '42', full: 'true' },
      wait: false,
      timeoutMinutes: 90,
      stopOnTimeout: false,
      pollIntervalSeconds: 5,
      maxPollIntervalSeconds: 30,
      ifRunning: 'attach',
      stopOnCancel: false,
      verifyFollows: true
    })
  })

  it('raises the default longest interval to a longer first interval', () => {
    expect(readStartInputs(reader({ 'poll-interval-seconds': '45' })).maxPollIntervalSeconds).toBe(45)
  })

  it('expects the stages of the jobs input when it is given', () => {
    const inputs = readStartInputs(reader({ jobs: 'bronze: b-job\nsilver: s-job' }))
    expect(inputs.pipeline?.stages.map((s) => [s.name, s.target, s.after])).toEqual([
      ['bronze', 'b-job', []],
      ['silver', 's-job', ['bronze']]
    ])
  })

  it.each([
    [{ 'timeout-minutes': '0' }, "Input 'timeout-minutes': must be between 1 and 350, got 0"],
    [{ 'timeout-minutes': '351' }, "Input 'timeout-minutes': must be between 1 and 350, got 351"],
    [{ 'timeout-minutes': 'an hour' }, "Input 'timeout-minutes': expected a number, got 'an hour'"],
    [{ wait: 'yes' }, "Input 'wait': expected true or false, got 'yes'"],
    [{ 'stop-on-timeout': '1' }, "Input 'stop-on-timeout': expected true or false, got '1'"],
    [{ 'stop-on-cancel': 'no' }, "Input 'stop-on-cancel': expected true or false, got 'no'"],
    [{ 'if-running': 'queue' }, "Input 'if-running': must be fail, wait or attach, got 'queue'"],
    [{ 'poll-interval-seconds': '0.5' }, "Input 'poll-interval-seconds': must be between 1 and 300, got 0.5"],
    [{ 'max-poll-interval-seconds': '601' }, "Input 'max-poll-interval-seconds': must be between 1 and 600, got 601"],
    [
      { 'poll-interval-seconds': '10', 'max-poll-interval-seconds': '5' },
      "Input 'max-poll-interval-seconds': must be at least poll-interval-seconds (10), got 5"
    ],
    [{ 'run-properties': '- a\n- b' }, "Input 'run-properties': must be a YAML mapping of key: value"],
    [
      { 'run-properties': 'a: [1, 2]' },
      "Input 'run-properties': value of 'a' must be a string, number or boolean, not a list"
    ],
    [
      { 'run-properties': `${'k'.repeat(256)}: v` },
      `Input 'run-properties': key '${'k'.repeat(39)}…' must be a single line of 1 to 255 characters`
    ],
    [
      { jobs: 'bronze: [x]' },
      "Input 'jobs': stage 'bronze' must be a Glue job name or a mapping with job: or crawler:, not a list"
    ]
  ])('rejects %j with one line naming the input', (values, message) => {
    expect(() => readStartInputs(reader(values))).toThrow(message)
  })
})
