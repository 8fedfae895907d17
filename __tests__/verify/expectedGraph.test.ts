import { describe, expect, it } from '@jest/globals'
import { parseJobs } from '../../src/inputs/parseJobs.js'
import { expectedFromPipeline, expectedFromRunGraph } from '../../src/run/expectedGraph.js'
import type { ExpectedGraph } from '../../src/run/types.js'
import { buildRun } from './runBuilder.js'
import { loadRunFixture } from './runFixtures.js'

/** stage: kind target <- after (when) @trigger */
function describeGraph(graph: ExpectedGraph): string[] {
  return graph.stages.map((s) => `${s.name}: ${s.kind} ${s.target} <- [${s.after.join(',')}] (${s.when}) @${s.trigger}`)
}

describe('expectedFromPipeline', () => {
  it.each([
    {
      name: 'a chain in the order written',
      jobs: 'bronze: job-b\nsilver: job-s\ngold: job-g',
      want: [
        'bronze: job job-b <- [] (all) @etl-start',
        'silver: job job-s <- [bronze] (all) @etl-run-silver',
        'gold: job job-g <- [silver] (all) @etl-run-gold'
      ]
    },
    {
      name: 'a fan-in with any, a crawler and two roots, in dependency order',
      jobs: [
        'report: {job: job-r, after: [a, b], when: any}',
        'a: {crawler: crawl-a, after: []}',
        'b: {job: job-b, after: []}'
      ].join('\n'),
      want: [
        'a: crawler crawl-a <- [] (all) @etl-start',
        'b: job job-b <- [] (all) @etl-start',
        'report: job job-r <- [a,b] (any) @etl-run-report'
      ]
    }
  ])('$name', ({ jobs, want }) => {
    const graph = expectedFromPipeline('etl', parseJobs(jobs))
    expect(describeGraph(graph)).toEqual(want)
    expect(graph.source).toBe('jobs-input')
    expect(graph.startTrigger).toBe('etl-start')
  })
})

describe('expectedFromRunGraph', () => {
  it.each([
    {
      name: 'the Bronze -> Silver -> Gold fixture (single conditions with Logical ANY mean all)',
      run: loadRunFixture('synthetic-get-workflow-run-completed.json'),
      start: 'start-bronze',
      want: [
        'bronze: job bronze <- [] (all) @start-bronze',
        'silver: job silver <- [bronze] (all) @bronze-to-silver',
        'gold: job gold <- [silver] (all) @silver-to-gold'
      ]
    },
    {
      name: 'any and all fan-in, a crawler, trigger nodes listed before the start trigger',
      run: buildRun({
        triggers: [
          { name: 't-report', logic: 'ANY', waitsFor: ['a', { crawler: 'c' }], starts: ['report'] },
          { name: 't-join', logic: 'AND', waitsFor: ['a', { crawler: 'c' }], starts: ['join'] },
          { name: 'go', starts: ['a', { crawler: 'c' }] }
        ]
      }),
      start: 'go',
      want: [
        'a: job a <- [] (all) @go',
        'c: crawler c <- [] (all) @go',
        'report: job report <- [a,c] (any) @t-report',
        'join: job join <- [a,c] (all) @t-join'
      ]
    },
    {
      name: 'a crawler and a job with the same name stay two stages',
      run: buildRun({
        triggers: [
          { name: 'go', starts: [{ crawler: 'raw' }] },
          { name: 't-raw', waitsFor: [{ crawler: 'raw' }], starts: ['raw'] }
        ]
      }),
      start: 'go',
      want: ['crawler:raw: crawler raw <- [] (all) @go', 'raw: job raw <- [crawler:raw] (all) @t-raw']
    },
    {
      name: 'a job started by two triggers keeps the first trigger',
      run: buildRun({
        triggers: [
          { name: 'go', starts: ['a', 'b'] },
          { name: 't-b', waitsFor: ['a'], starts: ['b'] }
        ]
      }),
      start: 'go',
      want: ['a: job a <- [] (all) @go', 'b: job b <- [] (all) @go']
    },
    {
      name: 'a run without a graph expects nothing',
      run: { ...buildRun({ triggers: [] }), Graph: undefined },
      start: undefined,
      want: []
    }
  ])('$name', ({ run, start, want }) => {
    const graph = expectedFromRunGraph(run)
    expect(describeGraph(graph)).toEqual(want)
    expect(graph.source).toBe('run-graph')
    expect(graph.startTrigger).toBe(start)
  })

  it('reads the action arguments and timeout of each stage', () => {
    const run = buildRun({ triggers: [{ name: 'go', starts: ['a'] }] })
    const action = run.Graph!.Nodes![0].TriggerDetails!.Trigger!.Actions![0]
    Object.assign(action, { Arguments: { '--env': 'ci' }, Timeout: 30 })
    const [stage] = expectedFromRunGraph(run).stages
    expect(stage.arguments).toEqual({ '--env': 'ci' })
    expect(stage.timeoutMinutes).toBe(30)
  })
})
