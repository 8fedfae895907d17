/** requestLimits: the plan's requests are checked against Glue's model before the first write. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { CONSTRAINTS_FILE, MODEL_FILE, renderConstraints } from '../../scripts/glue-constraints.js'
import { requestViolations, DESCRIPTION_MAX } from '../../src/aws/requestLimits.js'
import { checkWrites } from '../../src/deploy/applyPlan.js'
import { planResources } from '../../src/deploy/plan.js'
import type { WorkflowSpec } from '../../src/pipeline/spec.js'

describe('glueConstraints.ts', () => {
  it('is generated from the model as it is now (npm run glue-constraints)', async () => {
    const prettier = await import('prettier')
    const model = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as Parameters<typeof renderConstraints>[0]
    const options = await prettier.resolveConfig(CONSTRAINTS_FILE)
    const rendered = await prettier.format(renderConstraints(model), { ...options, filepath: CONSTRAINTS_FILE })
    expect(rendered).toBe(fs.readFileSync(CONSTRAINTS_FILE, 'utf8'))
  })
})

describe('requestViolations', () => {
  const trigger = { Name: 't', Type: 'CONDITIONAL', Actions: [{ JobName: 'j' }] }
  it.each([
    ['a valid trigger', trigger, []],
    [
      'a description over 2,048 characters',
      { ...trigger, Description: 'd'.repeat(2049) },
      ['Description must have at most 2048 characters (has 2049)']
    ],
    ['a name with a newline', { ...trigger, Name: 'a\nb' }, ['Name has a character Glue does not allow here']],
    ['a missing member', { Name: 't', Type: 'CONDITIONAL' }, ['Actions is required']],
    [
      'an unknown trigger type',
      { ...trigger, Type: 'SOMETIMES' },
      ['Type must be one of SCHEDULED, CONDITIONAL, ON_DEMAND, EVENT']
    ],
    [
      'a 129-character tag key',
      { ...trigger, Tags: { ['k'.repeat(129)]: 'v' } },
      [expect.stringMatching(/^Tags key 'k+…' must have at most 128 characters/)]
    ],
    [
      '51 tags',
      { ...trigger, Tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) },
      ['Tags must have at most 50 entries']
    ],
    ['a job name of 255 characters beyond U+FFFF', { ...trigger, Actions: [{ JobName: '😀'.repeat(255) }] }, []]
  ])('%s', (_, request, expected) => {
    expect(requestViolations('CreateTrigger', request)).toEqual(expected)
  })

  it('refuses a plan whole, naming what Glue would refuse', () => {
    const writes = [
      { op: 'CreateWorkflow' as const, request: { Name: 'wf' } },
      { op: 'StartTrigger' as const, name: 'x'.repeat(256) }
    ]
    expect(() => checkWrites(writes)).toThrow(
      "Glue would refuse this deploy's requests, so nothing of it was written: StartTrigger Name must have at most 255 characters (has 256)"
    )
  })
})

describe('trigger descriptions', () => {
  it('fit Glue for a fan-in of 100 stages with 64-character names, ending with the ownership note', () => {
    const names = Array.from({ length: 100 }, (_, i) => `s${String(i).padStart(3, '0')}`.padEnd(64, 'x'))
    const spec: WorkflowSpec = {
      workflowName: 'wf',
      description: '',
      tags: {},
      defaultRunProperties: {},
      startOn: { type: 'on-demand' },
      pipeline: {
        stages: [
          ...names.slice(0, 50).map((name, i) => ({
            name,
            kind: 'job' as const,
            target: `j${i}`,
            after: [],
            when: 'all' as const,
            arguments: {}
          })),
          { name: 'last', kind: 'job', target: 'last', after: names.slice(0, 50), when: 'all', arguments: {} }
        ]
      }
    }
    const triggers = planResources(spec).triggers
    for (const t of triggers) {
      expect(t.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
      expect(t.description).toMatch(/… \(managed by glue-workflow-action\)$/)
    }
  })
})
