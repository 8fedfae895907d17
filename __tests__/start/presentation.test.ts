import { describe, expect, it } from '@jest/globals'
import { explainConcurrentRuns, isConcurrentRunsError } from '../../src/run/concurrentRuns.js'
import { runConsoleUrl } from '../../src/run/consoleLink.js'
import { runOutputs } from '../../src/run/runOutputs.js'
import { renderRunHeader, renderStageTable } from '../../src/run/runSummary.js'
import { markdownText as cell } from '../../src/text.js'
import { readStages } from '../../src/run/stages.js'
import { at, chain, fixtureRun } from './runs.js'

describe('runConsoleUrl', () => {
  it.each([
    [
      'eu-west-1',
      'https://eu-west-1.console.aws.amazon.com/glue/home?region=eu-west-1#/v2/etl-configuration/workflows/run/medallion?runId=wr_1'
    ],
    [
      'cn-north-1',
      'https://console.amazonaws.cn/glue/home?region=cn-north-1#/v2/etl-configuration/workflows/run/medallion?runId=wr_1'
    ],
    [
      'us-gov-west-1',
      'https://console.amazonaws-us-gov.com/glue/home?region=us-gov-west-1#/v2/etl-configuration/workflows/run/medallion?runId=wr_1'
    ]
  ])('links to the run page of the console of %s', (region, url) => {
    expect(runConsoleUrl(region, 'medallion', 'wr_1')).toBe(url)
  })

  it('encodes workflow names so that the link stays one Markdown link', () => {
    expect(runConsoleUrl('us-east-1', 'etl (nightly)/v2', 'wr_1')).toContain('/run/etl%20%28nightly%29%2Fv2?runId=wr_1')
  })
})

describe('job summary', () => {
  const run = fixtureRun('synthetic-get-workflow-run-failed-stage.json')
  const stages = readStages(run, chain())

  it('renders the run header: workflow, linked run id, status, duration, verdict', () => {
    expect(
      renderRunHeader({
        workflowName: 'medallion',
        runId: 'wr_1',
        status: 'COMPLETED',
        durationSeconds: 170,
        consoleUrl: 'https://console/run',
        verdict: '❌ silver FAILED: boom'
      })
    ).toBe(
      [
        '### Glue workflow run · medallion',
        '',
        '❌ silver FAILED: boom',
        '',
        '| Workflow | Run | Status | Duration |',
        '| --- | --- | --- | --- |',
        '| medallion | [wr\\_1](https://console/run) | 🏁 COMPLETED | 2 min 50 s |',
        ''
      ].join('\n')
    )
  })

  it('renders one table row per stage, never-run stages included', () => {
    expect(renderStageTable(stages).split('\n')).toEqual([
      '| Stage | Job | Final state | Attempts | Started | Finished | Duration | Started by |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| bronze | bronze | ✅ SUCCEEDED | 1 | 00:00:03Z | 00:01:38Z | 1 min 35 s | start-bronze |',
      '| silver | silver | ❌ FAILED | 1 | 00:01:52Z | 00:02:32Z | 40 s | bronze-to-silver |',
      '| gold | gold | ⏭️ not run | – | – | – | – | – |',
      ''
    ])
  })

  it.each([
    ['a|b', 'a\\|b'],
    ['<script>', '&lt;script&gt;'],
    ['mc_bronze_ingest', 'mc\\_bronze\\_ingest'],
    ['two\nlines', 'two lines']
  ])('escapes %j inside a table cell', (text, escaped) => {
    expect(cell(text)).toBe(escaped)
  })
})

describe('runOutputs', () => {
  it('gives status, statistics, per-stage JSON and duration of the failed-stage fixture', () => {
    const run = fixtureRun('synthetic-get-workflow-run-failed-stage.json')
    const outputs = runOutputs(run, readStages(run, chain()), at(9999))
    expect(outputs['run-status']).toBe('COMPLETED')
    expect(outputs['duration-seconds']).toBe('170')
    expect(JSON.parse(outputs.statistics)).toMatchObject({ TotalActions: 2, FailedActions: 1, SucceededActions: 1 })
    expect(JSON.parse(outputs.stages)).toEqual([
      {
        stage: 'bronze',
        job: 'bronze',
        state: 'SUCCEEDED',
        attempts: 1,
        startedOn: '2026-01-01T00:00:03.000Z',
        completedOn: '2026-01-01T00:01:38.000Z',
        durationSeconds: 95,
        startedBy: 'start-bronze',
        error: null
      },
      {
        stage: 'silver',
        job: 'silver',
        state: 'FAILED',
        attempts: 1,
        startedOn: '2026-01-01T00:01:52.000Z',
        completedOn: '2026-01-01T00:02:32.000Z',
        durationSeconds: 40,
        startedBy: 'bronze-to-silver',
        error: 'AnalysisException: Table or view not found: bronze_cars'
      },
      {
        stage: 'gold',
        job: 'gold',
        state: 'NOT_RUN',
        attempts: 0,
        startedOn: null,
        completedOn: null,
        durationSeconds: null,
        startedBy: null,
        error: null
      }
    ])
  })
})

describe('concurrent runs', () => {
  it.each([
    [
      Object.assign(new Error('Concurrent runs exceeded for workflow: medallion'), {
        name: 'ConcurrentRunsExceededException'
      }),
      true
    ],
    [new Error('Concurrent runs exceeded for workflow: medallion'), true],
    [Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }), false],
    ['not an error', false]
  ])('recognises %p', (error, expected) => {
    expect(isConcurrentRunsError(error)).toBe(expected)
  })

  it('explains on one line what to do', () => {
    expect(explainConcurrentRuns('medallion', 'Concurrent runs exceeded for workflow: medallion')).toBe(
      'Glue refused the run: workflow medallion already runs as many times as its max-concurrent-runs allows ' +
        '(Glue: Concurrent runs exceeded for workflow: medallion). Wait for the running run, raise max-concurrent-runs, ' +
        'or use if-running: wait'
    )
  })
})
