import { describe, expect, it } from '@jest/globals'
import { findingAnnotations } from '../../src/verify/findingAnnotations.js'
import { finding, RUN_STAGE } from '../../src/verify/findings.js'

const findings = (n: number) => Array.from({ length: n }, (_, i) => finding(`s${i}`, 'never-ran', `s${i} never ran`))

describe('findingAnnotations', () => {
  it.each([
    { n: 1, budget: 10, want: 1, last: 's0 never ran' },
    { n: 10, budget: 10, want: 10, last: 's9 never ran' },
    {
      n: 11,
      budget: 10,
      want: 10,
      last: 'and 2 more findings (11 in all): see the job summary or the findings output'
    },
    {
      n: 100,
      budget: 10,
      want: 10,
      last: 'and 91 more findings (100 in all): see the job summary or the findings output'
    },
    { n: 10, budget: 9, want: 9, last: 'and 2 more findings (10 in all): see the job summary or the findings output' },
    { n: 3, budget: 0, want: 1, last: 'and 3 more findings (3 in all): see the job summary or the findings output' }
  ])('$n findings with room for $budget annotations -> $want', ({ n, budget, want, last }) => {
    const annotations = findingAnnotations(findings(n), 'wf', budget)
    expect(annotations).toHaveLength(want)
    expect(annotations[annotations.length - 1].message).toBe(last)
    expect(annotations[0].title).toBe(n > budget && budget <= 1 ? 'verify' : 's0')
  })

  it('titles run-level findings with the workflow', () => {
    expect(
      findingAnnotations([finding(RUN_STAGE, 'run-status', 'the run was stopped (STOPPED)')], 'medallion')
    ).toEqual([{ title: 'workflow medallion', message: 'the run was stopped (STOPPED)' }])
  })
})
