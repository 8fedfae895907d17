/** Every stage leads to its logs: link builders and where a job run or a crawl logs (pure, table-driven). */
import { describe, expect, it } from '@jest/globals'
import { crawlerConsoleUrl, jobRunConsoleUrl, logStreamUrl, logStreamsUrl } from '../../src/run/consoleLink.js'
import { attemptLinks, failureLogUrl, logArguments, type LinkContext } from '../../src/run/jobLogs.js'
import { renderStageTable } from '../../src/run/runSummary.js'
import { stageOutputs } from '../../src/run/runOutputs.js'
import type { StageRun } from '../../src/run/types.js'

const JR = `jr_${'ab12'.repeat(16)}`
const EU = 'https://eu-west-1.console.aws.amazon.com'
const cw = (fragment: string) => `${EU}/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/${fragment}`

describe('console links', () => {
  it.each([
    [
      'a job run (Glue Studio)',
      jobRunConsoleUrl('eu-west-1', 'mc-silver', JR),
      `${EU}/gluestudio/home?region=eu-west-1#/job/mc-silver/run/${JR}`
    ],
    [
      'a job run whose job name needs encoding',
      jobRunConsoleUrl('cn-north-1', 'etl (v2)/silver', 'jr_1'),
      'https://console.amazonaws.cn/gluestudio/home?region=cn-north-1#/job/etl%20%28v2%29%2Fsilver/run/jr_1'
    ],
    [
      'a crawler',
      crawlerConsoleUrl('eu-west-1', 'mc-catalog'),
      `${EU}/glue/home?region=eu-west-1#/v2/data-catalog/crawlers/view/mc-catalog`
    ],
    [
      "a log group's streams of one job run (CloudWatch's escaping: `/` is $252F)",
      logStreamsUrl('eu-west-1', '/aws-glue/jobs/error', JR),
      cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}`)
    ],
    [
      'one log stream',
      logStreamUrl('eu-west-1', '/aws-glue/crawlers', 'mc catalog (v2)'),
      cw('$252Faws-glue$252Fcrawlers/log-events/mc$2520catalog$2520$2528v2$2529')
    ],
    [
      'a GovCloud log group',
      logStreamsUrl('us-gov-west-1', '/aws-glue/jobs/output', 'jr_1'),
      'https://console.amazonaws-us-gov.com/cloudwatch/home?region=us-gov-west-1#logsV2:log-groups/log-group/$252Faws-glue$252Fjobs$252Foutput$3FlogStreamNameFilter$3Djr_1'
    ]
  ])('%s', (_, url, expected) => {
    expect(url).toBe(expected)
    expect(url).not.toMatch(/[()\s]/)
  })
})

describe('attemptLinks', () => {
  const job: Pick<StageRun, 'kind' | 'target'> = { kind: 'job', target: 'mc-silver' }
  const ctx = (jobArguments: Record<string, string> = {}): LinkContext => ({
    region: 'eu-west-1',
    jobArguments: () => jobArguments
  })
  const attempt = { id: JR, attempt: 0, state: 'FAILED' }

  it.each<[string, Record<string, string>, Partial<typeof attempt> & Record<string, unknown>, Record<string, string>]>([
    [
      'the default groups, streams named after the job run',
      {},
      {},
      {
        error: cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}`),
        output: cw(`$252Faws-glue$252Fjobs$252Foutput$3FlogStreamNameFilter$3D${JR}`)
      }
    ],
    [
      'continuous logging, from the job definition',
      { '--enable-continuous-cloudwatch-log': 'true' },
      {},
      {
        error: cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}`),
        output: cw(`$252Faws-glue$252Fjobs$252Foutput$3FlogStreamNameFilter$3D${JR}`),
        continuous: cw(`$252Faws-glue$252Fjobs$252Flogs-v2$3FlogStreamNameFilter$3D${JR}`)
      }
    ],
    [
      "continuous logging to a custom group and prefix, from the run's own arguments",
      {},
      {
        arguments: {
          '--enable-continuous-cloudwatch-log': 'true',
          '--continuous-log-logGroup': '/lake/glue',
          '--continuous-log-logStreamPrefix': 'silver-'
        }
      },
      {
        error: cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}`),
        output: cw(`$252Faws-glue$252Fjobs$252Foutput$3FlogStreamNameFilter$3D${JR}`),
        continuous: cw(`$252Flake$252Fglue$3FlogStreamNameFilter$3Dsilver-${JR}`)
      }
    ],
    [
      "the run's log group (a security configuration) and Glue 5's custom prefixes",
      { '--custom-logStream-prefix': 'nightly' },
      { logGroupName: '/aws-glue/jobs-role-sec/' },
      {
        error: cw('$252Faws-glue$252Fjobs-role-sec$252Ferror$3FlogStreamNameFilter$3Dnightly'),
        output: cw('$252Faws-glue$252Fjobs-role-sec$252Foutput$3FlogStreamNameFilter$3Dnightly')
      }
    ],
    [
      'continuous logging switched off by the run',
      { '--enable-continuous-cloudwatch-log': 'true' },
      { arguments: { '--enable-continuous-cloudwatch-log': 'false' } },
      {
        error: cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}`),
        output: cw(`$252Faws-glue$252Fjobs$252Foutput$3FlogStreamNameFilter$3D${JR}`)
      }
    ]
  ])('%s', (_, jobArguments, extra, logs) => {
    expect(attemptLinks(job, { ...attempt, ...extra }, ctx(jobArguments))).toEqual({
      attempt: 1,
      jobRunId: JR,
      state: 'FAILED',
      consoleUrl: `${EU}/gluestudio/home?region=eu-west-1#/job/mc-silver/run/${JR}`,
      logs
    })
  })

  it("links a crawl to its log stream (Glue's, else the crawler's name in /aws-glue/crawlers)", () => {
    const crawler: Pick<StageRun, 'kind' | 'target'> = { kind: 'crawler', target: 'mc-catalog' }
    expect(attemptLinks(crawler, { attempt: 0, state: 'SUCCEEDED' }, ctx())).toEqual({
      attempt: 1,
      jobRunId: null,
      state: 'SUCCEEDED',
      consoleUrl: `${EU}/glue/home?region=eu-west-1#/v2/data-catalog/crawlers/view/mc-catalog`,
      logs: { crawl: cw('$252Faws-glue$252Fcrawlers/log-events/mc-catalog') }
    })
    const custom = attemptLinks(crawler, { attempt: 0, state: 'FAILED', logGroup: '/x', logStream: 'y' }, ctx())
    expect(custom.logs.crawl).toBe(cw('$252Fx/log-events/y'))
  })

  it('keeps only the logging arguments of a job (the others may hold secrets)', () => {
    expect(logArguments({ '--password': 'hunter2', '--enable-continuous-cloudwatch-log': 'true' })).toEqual({
      '--enable-continuous-cloudwatch-log': 'true'
    })
  })
})

describe('stages output and summary table', () => {
  const ctx: LinkContext = { region: 'eu-west-1' }
  const silver: StageRun = {
    stage: 'silver',
    kind: 'job',
    target: 'mc-silver',
    finalState: 'SUCCEEDED',
    attempts: [
      { id: `${JR}`, attempt: 0, state: 'FAILED', errorMessage: 'OOM' },
      { id: `${JR}_attempt_1`, attempt: 1, state: 'SUCCEEDED' }
    ]
  }
  const gold: StageRun = { stage: 'gold', kind: 'job', target: 'mc-gold', attempts: [] }

  it('lists every attempt with its links in the stages output', () => {
    const [out, notRun] = stageOutputs([silver, gold], ctx)
    expect(out.runs?.map((r) => [r.attempt, r.jobRunId, r.state])).toEqual([
      [1, JR, 'FAILED'],
      [2, `${JR}_attempt_1`, 'SUCCEEDED']
    ])
    expect(notRun.runs).toEqual([])
    expect(stageOutputs([silver])[0].runs).toBeUndefined()
  })

  it('adds a column with each attempt, numbered when there are several', () => {
    const table = renderStageTable([silver, gold], ctx).split('\n')
    expect(table[0]).toBe(
      '| Stage | Job | Final state | Attempts | Started | Finished | Duration | Started by | Job run and logs |'
    )
    const cell = table[2].split(' | ').at(-1)!
    expect(cell.split('<br>')).toEqual([
      `1: [jr\\_ab12ab12…](${EU}/gluestudio/home?region=eu-west-1#/job/mc-silver/run/${JR}) · [error](${cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}`)}) · [output](${cw(`$252Faws-glue$252Fjobs$252Foutput$3FlogStreamNameFilter$3D${JR}`)})`,
      expect.stringMatching(/^2: \[jr\\_ab12ab12…\]\(.*_attempt_1\) · \[error\]\(.*\) · \[output\]\(.*\) \|$/)
    ])
    expect(table[3].endsWith('| – |')).toBe(true)
  })

  it('points a failed stage at the error logs of its last attempt', () => {
    expect(failureLogUrl(silver, ctx)).toBe(
      cw(`$252Faws-glue$252Fjobs$252Ferror$3FlogStreamNameFilter$3D${JR}_attempt_1`)
    )
    expect(failureLogUrl(gold, ctx)).toBeUndefined()
  })
})
