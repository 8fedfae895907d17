import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import {
  declaredErrors,
  formatViolations,
  loadGlueModel,
  validateOperationInput,
  validateOperationOutput,
  validateShape
} from '../../glue-local/index.js'

describe('model validator', () => {
  it('loads the model copied into the repository', () => {
    const model = loadGlueModel()
    expect(model.metadata.targetPrefix).toBe('AWSGlue')
    expect(Object.keys(model.operations)).toHaveLength(202)
    expect(loadGlueModel()).toBe(model)
  })

  it('accepts valid requests', () => {
    expect(
      validateOperationInput('CreateTrigger', {
        Name: 'start',
        WorkflowName: 'wf',
        Type: 'CONDITIONAL',
        Predicate: { Logical: 'AND', Conditions: [{ LogicalOperator: 'EQUALS', JobName: 'a', State: 'SUCCEEDED' }] },
        Actions: [{ JobName: 'b', Arguments: { '--x': 'y' }, Timeout: 60 }],
        Tags: { team: 'data' }
      })
    ).toEqual([])
    expect(validateOperationInput('ListWorkflows', {})).toEqual([])
  })

  it('reports required members, enums, lengths, ranges, types and the single-line NameString pattern with paths', () => {
    const violations = validateOperationInput('CreateTrigger', {
      Name: 'two\nlines',
      Type: 'HOURLY',
      Actions: [{ JobName: '', Timeout: 0, Arguments: { k: 1 } }],
      StartOnCreation: 'yes'
    })
    expect(violations).toEqual([
      "Value 'two\nlines' at 'Name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*",
      "Value 'HOURLY' at 'Type' failed to satisfy constraint: Member must satisfy enum value set: [SCHEDULED, CONDITIONAL, ON_DEMAND, EVENT]",
      "Value '' at 'Actions[0].JobName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      "Value '0' at 'Actions[0].Timeout' failed to satisfy constraint: Member must have value greater than or equal to 1",
      "Value '1' at 'Actions[0].Arguments[\"k\"]' failed to satisfy constraint: Member must be of type string",
      "Value 'yes' at 'StartOnCreation' failed to satisfy constraint: Member must be of type boolean"
    ])
    expect(validateOperationInput('GetWorkflowRun', { Name: 'wf' })).toEqual([
      "Value null at 'RunId' failed to satisfy constraint: Member must not be null"
    ])
    expect(validateOperationInput('BatchGetWorkflows', { Names: [] })[0]).toMatch(
      /Member must have length greater than or equal to 1/
    )
    expect(
      validateShape('TagsMap', Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])))[0]
    ).toMatch(/number of entries less than or equal to 50/)
    expect(validateShape('PageSize', 1001)).toEqual([
      "Value '1001' at '' failed to satisfy constraint: Member must have value less than or equal to 1000"
    ])
    expect(validateShape('NameString', '😀 emoji and\ttab')).toEqual([])
  })

  it('reports unknown members unless allowed (responses must not carry them)', () => {
    expect(validateShape('Trigger', { Name: 't', Arn: 'x' })).toEqual(["Unknown member 'Arn' is not part of the model"])
    expect(validateShape('Trigger', { Name: 't', Arn: 'x' }, { allowUnknownMembers: true })).toEqual([])
  })

  it('accepts enum values the newer SDK model added (drift since 2022)', () => {
    expect(validateShape('WorkerType', 'G.8X')).toEqual([])
    expect(validateShape('JobRunState', 'EXPIRED')).toEqual([])
  })

  it('checks timestamps as epoch-second numbers in outputs', () => {
    expect(validateOperationOutput('GetWorkflowRunProperties', { RunProperties: { a: 'b' } })).toEqual([])
    expect(validateShape('JobRun', { StartedOn: '2026-01-01T00:00:00Z' })[0]).toMatch(/epoch seconds/)
    expect(validateOperationOutput('StopWorkflowRun', {})).toEqual([])
  })

  it('accepts the synthetic Glue fixtures', () => {
    const dir = new URL('../fixtures/glue/', import.meta.url)
    const cases: [string, string][] = [
      ['synthetic-get-workflow-run-completed.json', 'GetWorkflowRun'],
      ['synthetic-get-workflow-run-failed-stage.json', 'GetWorkflowRun'],
      ['synthetic-get-workflow-static.json', 'GetWorkflow']
    ]
    for (const [file, operation] of cases) {
      const fixture = new URL(file, dir)
      expect({ file, exists: fs.existsSync(fixture) }).toEqual({ file, exists: true })
      expect(validateOperationOutput(operation, JSON.parse(fs.readFileSync(fixture, 'utf8')))).toEqual([])
    }
  })

  it('lists declared errors and formats violations in the AWS style', () => {
    expect(declaredErrors('StopWorkflowRun')).toContain('IllegalWorkflowStateException')
    expect(formatViolations(['a', 'b'])).toBe('2 validation errors detected: a; b')
    expect(() => validateOperationInput('NoSuchOperation', {})).toThrow(/not defined/)
  })
})
