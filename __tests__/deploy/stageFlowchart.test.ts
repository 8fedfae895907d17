import { describe, expect, it } from '@jest/globals'
import { stageFlowchart } from '../../src/deploy/stageFlowchart.js'
import { parseJobs } from '../../src/inputs/parseJobs.js'

/** Node ids of a Mermaid flowchart: the token before `[` or `([` on node lines. */
function nodeIds(chart: string): string[] {
  return [...chart.matchAll(/^ {2}(\w+)\[/gm)].map((m) => m[1])
}

describe('stageFlowchart (the deploy plan graph)', () => {
  it('draws stages whose names differ only in punctuation as separate nodes', () => {
    const chart = stageFlowchart(
      parseJobs('bronze: b\nsilver-x: {job: sx1, after: bronze}\nsilver_x: {job: sx2, after: bronze}'),
      { type: 'on-demand' }
    )
    const ids = nodeIds(chart)
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(3)
    expect(chart.match(/-->/g)).toHaveLength(3)
  })

  it('escapes names so they cannot end a label or open HTML', () => {
    const chart = stageFlowchart(parseJobs("b: 'job\"<x>`#'"), { type: 'schedule', cron: 'cron(0 3 * * ? *)' })
    expect(chart).not.toMatch(/job"|<x>|`/)
    expect(chart).toContain('start: cron(0 3 * * ? *)')
  })
})
