import { describe, expect, it } from '@jest/globals'
import { readStages } from '../../src/run/stages.js'
import type { ExpectedGraph } from '../../src/run/types.js'
import { at, chain, crawlerNode, fixtureRun, jobNode, workflowRun } from './runs.js'

describe('readStages', () => {
  it('reads every stage of the completed fixture (bronze -> silver -> gold)', () => {
    const stages = readStages(fixtureRun('synthetic-get-workflow-run-completed.json'), chain())
    expect(stages.map((s) => [s.stage, s.finalState, s.attempts.length, s.startedBy])).toEqual([
      ['bronze', 'SUCCEEDED', 1, 'start-bronze'],
      ['silver', 'SUCCEEDED', 1, 'bronze-to-silver'],
      ['gold', 'SUCCEEDED', 1, 'silver-to-gold']
    ])
    expect(stages[0]).toMatchObject({
      startedOn: new Date(1767225603000),
      completedOn: new Date(1767225698000),
      durationSeconds: 95
    })
  })

  it('reads the failed-stage fixture: silver FAILED with its error, gold never ran', () => {
    const stages = readStages(fixtureRun('synthetic-get-workflow-run-failed-stage.json'), chain())
    expect(stages[1]).toMatchObject({
      stage: 'silver',
      finalState: 'FAILED',
      errorMessage: 'AnalysisException: Table or view not found: bronze_cars'
    })
    expect(stages[2]).toEqual({ stage: 'gold', kind: 'job', target: 'gold', attempts: [] })
  })

  it('orders retries by attempt and reports the last one, from the first start to the last end', () => {
    const run = workflowRun('COMPLETED', [
      jobNode('bronze', [
        { state: 'FAILED', start: 0, end: 10, error: 'OOM' },
        { state: 'SUCCEEDED', start: 12, end: 30 }
      ])
    ])
    run.Graph!.Nodes![0].JobDetails!.JobRuns!.reverse()
    const [bronze] = readStages(run, chain('bronze'))
    expect(bronze.attempts.map((a) => [a.attempt, a.state, a.id])).toEqual([
      [0, 'FAILED', 'jr_bronze'],
      [1, 'SUCCEEDED', 'jr_bronze_attempt_1']
    ])
    expect(bronze).toMatchObject({
      finalState: 'SUCCEEDED',
      startedOn: at(0),
      completedOn: at(30),
      durationSeconds: 30
    })
    expect(bronze.errorMessage).toBeUndefined()
  })

  it('keeps the failure message of an earlier attempt when the last one failed without one', () => {
    const run = workflowRun('COMPLETED', [
      jobNode('bronze', [
        { state: 'FAILED', start: 0, end: 10, error: 'OOM' },
        { state: 'FAILED', start: 12, end: 30 }
      ])
    ])
    expect(readStages(run, chain('bronze'))[0]).toMatchObject({ finalState: 'FAILED', errorMessage: 'OOM' })
  })

  it('has no end or duration for a stage still running', () => {
    const run = workflowRun('RUNNING', [jobNode('bronze', [{ state: 'RUNNING', start: 3 }])])
    const [bronze] = readStages(run, chain('bronze'))
    expect(bronze).toMatchObject({ finalState: 'RUNNING', startedOn: at(3) })
    expect(bronze.completedOn).toBeUndefined()
    expect(bronze.durationSeconds).toBeUndefined()
  })

  it('reads a crawler stage from its crawls, and does not confuse it with a job of the same name', () => {
    const expected: ExpectedGraph = {
      source: 'jobs-input',
      stages: [
        { name: 'gold', kind: 'job', target: 'refresh', after: [], when: 'all', arguments: {}, trigger: 't1' },
        {
          name: 'catalog',
          kind: 'crawler',
          target: 'refresh',
          after: ['gold'],
          when: 'all',
          arguments: {},
          trigger: 't2'
        }
      ]
    }
    const run = workflowRun('COMPLETED', [
      jobNode('refresh', [{ state: 'SUCCEEDED', start: 0, end: 5 }]),
      crawlerNode('refresh', [{ state: 'FAILED', start: 6, end: 9, error: 'S3 access denied' }])
    ])
    const [gold, catalog] = readStages(run, expected)
    expect(gold).toMatchObject({ kind: 'job', finalState: 'SUCCEEDED' })
    expect(catalog).toMatchObject({
      kind: 'crawler',
      finalState: 'FAILED',
      errorMessage: 'S3 access denied',
      durationSeconds: 3
    })
  })

  it('reports a stage whose node is missing from the graph as never run', () => {
    expect(readStages(workflowRun('COMPLETED', []), chain('bronze'))[0].attempts).toEqual([])
  })
})
