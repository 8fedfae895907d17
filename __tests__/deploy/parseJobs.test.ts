import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'

const chain = `bronze: mc-bronze-ingest
silver: mc-silver-clean
gold: mc-gold-aggregate
`

describe('parseJobs: what a pipeline means', () => {
  it('reads a plain mapping as a chain in the order written, like the Terraform module', () => {
    const { stages } = parseJobs(chain)
    expect(stages.map((s) => [s.name, s.kind, s.target, s.after])).toEqual([
      ['bronze', 'job', 'mc-bronze-ingest', []],
      ['silver', 'job', 'mc-silver-clean', ['bronze']],
      ['gold', 'job', 'mc-gold-aggregate', ['silver']]
    ])
  })

  it('accepts a YAML anchor that no alias uses (only aliases are refused)', () => {
    const { stages } = parseJobs('bronze: &b mc-bronze\nsilver: {job: mc-silver, arguments: &args {--env: prod}}')
    expect(stages.map((s) => [s.name, s.target, s.arguments])).toEqual([
      ['bronze', 'mc-bronze', {}],
      ['silver', 'mc-silver', { '--env': 'prod' }]
    ])
  })

  it.each([
    [
      'fan-out and fan-in with any',
      `bronze: b
silver_a: {job: sa, after: bronze}
silver_b: {job: sb, after: [bronze]}
gold: {job: g, after: [silver_a, silver_b], when: any}`,
      { gold: { after: ['silver_a', 'silver_b'], when: 'any' }, silver_b: { after: ['bronze'], when: 'all' } }
    ],
    [
      'a crawler after gold',
      `bronze: b
gold: g
catalog: {crawler: mc-catalog}`,
      { catalog: { kind: 'crawler', target: 'mc-catalog', after: ['gold'] } }
    ],
    [
      'arguments and timeout passed to the job',
      `bronze:
  job: b
  arguments: {--env: prod, --days: 7}
  timeout: 30`,
      { bronze: { arguments: { '--env': 'prod', '--days': '7' }, timeoutMinutes: 30, after: [] } }
    ],
    ['two independent roots', `a: ja\nb: {job: jb, after: []}`, { b: { after: [] }, a: { after: [] } }]
  ] as [string, string, Record<string, object>][])('%s', (_name, yaml, expected) => {
    const stages = Object.fromEntries(parseJobs(yaml).stages.map((s) => [s.name, s]))
    for (const [stage, fields] of Object.entries(expected)) expect(stages[stage]).toMatchObject(fields)
  })
})

describe('parseJobs: bad input is one line naming the input and the problem', () => {
  it.each([
    ['empty', '', "Input 'jobs': is empty"],
    ['only whitespace', '  \n ', "Input 'jobs': is empty"],
    ['not YAML', 'bronze: [unclosed', "Input 'jobs': is not valid YAML"],
    ['a list', '- bronze\n- silver', "Input 'jobs': must be a YAML mapping of stage: glue-job-name, not a list"],
    ['a scalar', 'just-a-job', "Input 'jobs': must be a YAML mapping"],
    ['duplicate stage', 'bronze: a\nbronze: b', "Input 'jobs': has a key written twice"],
    [
      'unknown after',
      'bronze: a\nsilver: {job: s, after: bronz}',
      "waits for 'bronz', which is not a stage (stages: bronze, silver)"
    ],
    ['self wait', 'a: {job: x, after: a}', "stage 'a' waits for itself"],
    ['cycle', 'a: {job: x, after: b}\nb: {job: y, after: a}', 'cycle: a -> b -> a'],
    ['job and crawler', 'a: {job: x, crawler: y}', "stage 'a' needs exactly one of job: or crawler:"],
    ['neither', 'a: {after: []}', "stage 'a' needs exactly one of job: or crawler:"],
    ['unknown key', 'a: {job: x, retries: 2}', "stage 'a' has unknown key 'retries'"],
    ['bad when', 'a: x\nb: {job: y, when: some}', 'when: must be all or any, not \'"some"\''],
    ['when on a root', 'a: {job: x, when: any}', "stage 'a' has when: but waits for no stage"],
    ['timeout not a number', 'a: {job: x, timeout: soon}', 'timeout: must be whole minutes from 1 to 10080'],
    ['negative timeout', 'a: {job: x, timeout: -5}', 'timeout: must be whole minutes'],
    ['job name too long', `a: ${'j'.repeat(256)}`, 'must be 1 to 255 characters (got 256)'],
    ['job name with a newline', 'a: "x\\ny"', 'must be a single line of printable characters'],
    ['stage name with spaces', '"my stage": x', "stage name 'my stage' must be 1-64 ASCII letters (A-Z, a-z), digits"],
    ['job used twice', 'a: x\nb: x', "job 'x' is used by stages 'a' and 'b'"],
    ['number as job', 'a: 42', "stage 'a' must be a Glue job name or a mapping"],
    [
      'arguments on a crawler',
      'a: {crawler: c, arguments: {--x: y}}',
      'is a crawler: arguments: and timeout: apply to jobs only'
    ],
    ['alias bomb', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]', 'uses YAML aliases'],
    ['one alias', 'a: {job: x, arguments: &args {--env: prod}}\nb: {job: y, arguments: *args}', 'uses YAML aliases'],
    [
      'three root crawlers',
      'a: {crawler: c1}\nb: {crawler: c2, after: []}\nc: {crawler: c3, after: []}',
      'at most 2 crawlers'
    ],
    ['too many stages', Array.from({ length: 101 }, (_, i) => `s${i}: j${i}`).join('\n'), 'has 101 stages']
  ])('%s', (_name, yaml, message) => {
    let thrown: unknown
    try {
      parseJobs(yaml)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    const text = (thrown as Error).message
    expect(text).toContain(message)
    expect(text.startsWith("Input 'jobs': ")).toBe(true)
    expect(text).not.toContain('\n')
  })
})
