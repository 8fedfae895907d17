import { describe, expect, it } from '@jest/globals'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { judgeRun } from '../../src/run/judgeRun.js'
import { readStages } from '../../src/run/stages.js'
import type { ExpectedGraph } from '../../src/run/types.js'
import { chain, crawlerNode, fixtureRun, jobNode, workflowRun } from './runs.js'

const ok = (name: string) => jobNode(name, [{ state: 'SUCCEEDED', start: 0, end: 5 }])

function judge(run: WorkflowRun, expected: ExpectedGraph = chain()) {
  return judgeRun(run, readStages(run, expected), expected)
}

describe('judgeRun', () => {
  it.each([
    [
      'every stage succeeded',
      workflowRun('COMPLETED', [ok('bronze'), ok('silver'), ok('gold')]),
      true,
      '✅ all 3 stages succeeded'
    ],
    [
      'retries that ended in success',
      workflowRun('COMPLETED', [
        ok('bronze'),
        jobNode('silver', [
          { state: 'FAILED', start: 6, end: 8, error: 'OOM' },
          { state: 'SUCCEEDED', start: 9, end: 12 }
        ]),
        ok('gold')
      ]),
      true,
      '✅ all 3 stages succeeded (silver needed 2 attempts)'
    ],
    [
      'COMPLETED although silver failed and gold never ran',
      workflowRun('COMPLETED', [
        ok('bronze'),
        jobNode('silver', [{ state: 'FAILED', start: 6, end: 8, error: 'OOM' }]),
        jobNode('gold', [])
      ]),
      false,
      '❌ silver FAILED: OOM; gold did not run'
    ],
    [
      'a stage timed out after its retries',
      workflowRun('COMPLETED', [
        ok('bronze'),
        ok('silver'),
        jobNode('gold', [
          { state: 'TIMEOUT', start: 6, end: 8 },
          { state: 'TIMEOUT', start: 9, end: 12, error: 'Job run timed out' }
        ])
      ]),
      false,
      '❌ gold TIMEOUT: Job run timed out'
    ],
    [
      'a stage missing from the run although nothing upstream failed',
      workflowRun('COMPLETED', [ok('bronze'), ok('silver')]),
      false,
      '❌ gold did not run'
    ],
    [
      'the run was STOPPED',
      workflowRun('STOPPED', [
        ok('bronze'),
        jobNode('silver', [{ state: 'STOPPED', start: 6, end: 8 }]),
        jobNode('gold', [])
      ]),
      false,
      '❌ the run was stopped (STOPPED) before every stage succeeded; silver STOPPED; gold did not run'
    ],
    [
      'the run ended in ERROR: concurrent runs exceeded',
      workflowRun('ERROR', [], { ErrorMessage: 'Concurrent runs exceeded for workflow: medallion' }),
      false,
      '❌ Glue refused the run: workflow medallion already runs as many times as its max-concurrent-runs allows (Glue: Concurrent runs exceeded for workflow: medallion). Wait for the running run, raise max-concurrent-runs, or use if-running: wait'
    ],
    [
      'a run with no stage at all',
      workflowRun('COMPLETED', []),
      false,
      '❌ the run has no job or crawler stage, so nothing ran'
    ]
  ])('%s', (_case, run, succeeded, verdict) => {
    const expected =
      run.Graph?.Nodes?.length === 0 && run.Status === 'COMPLETED'
        ? { stages: [], source: 'run-graph' as const }
        : chain()
    const judgement = judge(run, expected)
    expect(judgement.succeeded).toBe(succeeded)
    expect(judgement.verdict).toBe(verdict)
  })

  it('names the failing stage with its job and error, and says why the next one did not run', () => {
    const judgement = judge(fixtureRun('synthetic-get-workflow-run-failed-stage.json'))
    expect(judgement.succeeded).toBe(false)
    expect(judgement.problems).toEqual([
      {
        stage: 'silver',
        problem: 'failed',
        message: 'silver ended FAILED: AnalysisException: Table or view not found: bronze_cars'
      },
      {
        stage: 'gold',
        problem: 'not-run',
        message: 'gold (job gold) did not run (waits for silver, which FAILED)',
        blockedBy: ['silver']
      }
    ])
  })

  it('accepts the completed fixture', () => {
    expect(judge(fixtureRun('synthetic-get-workflow-run-completed.json'))).toEqual({
      succeeded: true,
      verdict: '✅ all 3 stages succeeded',
      problems: []
    })
  })

  it('judges a crawler stage by its last crawl', () => {
    const expected: ExpectedGraph = {
      source: 'jobs-input',
      stages: [
        { name: 'catalog', kind: 'crawler', target: 'cars', after: [], when: 'all', arguments: {}, trigger: 't' }
      ]
    }
    const run = workflowRun('COMPLETED', [crawlerNode('cars', [{ state: 'CANCELLED', start: 0, end: 3 }])])
    expect(judge(run, expected)).toMatchObject({
      succeeded: false,
      problems: [{ stage: 'catalog', problem: 'failed', message: 'catalog ended CANCELLED' }]
    })
  })

  it('reports a stage still running when the run claims to be over', () => {
    const run = workflowRun('COMPLETED', [jobNode('bronze', [{ state: 'RUNNING', start: 0 }])])
    expect(judge(run, chain('bronze')).problems).toEqual([
      { stage: 'bronze', problem: 'unfinished', message: 'bronze is still RUNNING' }
    ])
  })
})
