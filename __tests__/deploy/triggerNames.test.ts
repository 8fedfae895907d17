/** Trigger names: `<workflow>-start` and `<workflow>-run-<stage>`, shortened with a hash to fit Glue's 255 characters. */
import { describe, expect, it } from '@jest/globals'
import { validateOperationInput } from '../../glue-local/model/validate.js'
import { stageTriggerName, startTriggerName } from '../../src/pipeline/triggerNames.js'

const long = (end: string) => `${'w'.repeat(250)}${end}`.slice(0, 255)

describe('trigger names', () => {
  it('are the workflow name plus the suffix while that fits in 255 characters', () => {
    const name = 'w'.repeat(249)
    expect(startTriggerName(name)).toBe(`${name}-start`)
    expect(startTriggerName(name)).toHaveLength(255)
    expect(stageTriggerName('lakehouse', 'silver_claims')).toBe('lakehouse-run-silver_claims')
  })

  it('longer names keep the suffix, take a hash of the whole name, and fit in 255 characters', () => {
    const workflow = long('-a')
    const start = startTriggerName(workflow)
    const silver = stageTriggerName(workflow, 'silver_claims')
    expect(start).toMatch(/^w+~[0-9a-f]{8}-start$/)
    expect(silver).toMatch(/^w+~[0-9a-f]{8}-run-silver_claims$/)
    for (const name of [start, silver]) {
      expect(name).toHaveLength(255)
      expect(validateOperationInput('GetTrigger', { Name: name })).toEqual([])
    }
    // The same inputs give the same names (a redeploy finds its triggers).
    expect(startTriggerName(workflow)).toBe(start)
  })

  it('two workflows that differ only past the cut get different trigger names', () => {
    const a = long('-a')
    const b = long('-b')
    expect(startTriggerName(a)).not.toBe(startTriggerName(b))
    expect(stageTriggerName(a, 'gold')).not.toBe(stageTriggerName(b, 'gold'))
  })
})
