/** Who holds the trigger names a deploy wants (ownership.ts): classification, holders, the one failure line. */
import { describe, expect, it } from '@jest/globals'
import type { Trigger } from '@aws-sdk/client-glue'
import {
  classifyTriggerNames,
  describeHolder,
  takenNamesMessage,
  withHolderTags,
  type Holder,
  type NameClaim
} from '../../src/deploy/ownership.js'

const trigger = (Name: string, WorkflowName: string | undefined, State = 'CREATED'): Trigger => ({
  Name,
  ...(WorkflowName ? { WorkflowName } : {}),
  Type: 'ON_DEMAND',
  State: State as Trigger['State']
})
const OWNED = { 'glue-workflow-action:managed-by': 'metriccare/glue-workflow-action' }

describe('classifyTriggerNames', () => {
  it.each<[string, Trigger[], NameClaim['status'], Partial<Holder> | undefined]>([
    ['a name nobody holds', [], 'free', undefined],
    ['a trigger of this workflow (not yet in its graph)', [trigger('wf-start', 'wf')], 'ours', undefined],
    ['a trigger of another workflow', [trigger('wf-start', 'other')], 'taken', { workflow: 'other', state: 'CREATED' }],
    ['a trigger in no workflow', [trigger('wf-start', undefined)], 'taken', { state: 'CREATED' }],
    [
      'a trigger of another workflow being deleted',
      [trigger('wf-start', 'other', 'DELETING')],
      'taken',
      { workflow: 'other', state: 'DELETING' }
    ]
  ])('%s', (_name, found, status, holder) => {
    const [claim] = classifyTriggerNames(['wf-start'], 'wf', found)
    expect(claim.status).toBe(status)
    if (holder) expect(claim.status === 'taken' && claim.holder).toEqual({ type: 'ON_DEMAND', ...holder })
  })

  it('classifies every name from one answer, in the order asked', () => {
    const claims = classifyTriggerNames(['a', 'b', 'c'], 'wf', [trigger('c', 'x'), trigger('a', 'wf')])
    expect(claims.map((c) => `${c.name}:${c.status}`)).toEqual(['a:ours', 'b:free', 'c:taken'])
  })
})

describe('the holder in words', () => {
  it.each<[string, Holder, Record<string, string> | undefined, string]>([
    ['another workflow, tags unknown', { workflow: 'other' }, undefined, "a trigger of workflow 'other'"],
    ['no workflow, not managed', {}, {}, 'a trigger in no workflow (not managed by this action)'],
    [
      'another workflow, managed by this action from a repository',
      { workflow: 'other' },
      { ...OWNED, 'glue-workflow-action:repository': 'acme/lake' },
      "a trigger of workflow 'other' (deployed by glue-workflow-action from acme/lake)"
    ],
    [
      'being deleted',
      { workflow: 'other', state: 'DELETING' },
      {},
      "a trigger of workflow 'other' (being deleted: its name stays taken until Glue has removed it; not managed by this action)"
    ]
  ])('%s', (_name, holder, tags, words) => {
    const claim = withHolderTags({ name: 'wf-start', status: 'taken', holder }, tags)
    expect(claim.status === 'taken' && describeHolder(claim.holder)).toBe(words)
  })
})

describe('takenNamesMessage', () => {
  it('names each taken trigger and its holder, and says what to do, in one line', () => {
    const message = takenNamesMessage('wf', [
      { name: 'wf-start', holder: { workflow: 'other', managedBy: { thisAction: false } } },
      { name: 'wf-run-gold', holder: {} }
    ])
    expect(message).toBe(
      "Workflow wf needs 2 trigger names that Glue already has: 'wf-start' is held by a trigger of workflow 'other' (not managed by this action) and 'wf-run-gold' is held by a trigger in no workflow; trigger names come from workflow-name (wf-start, wf-run-<stage>): choose another workflow-name, or delete or rename the holding trigger"
    )
    expect(message).not.toMatch(/another deploy|\n/)
  })

  it('for a name only being deleted: try again once Glue has deleted it', () => {
    expect(takenNamesMessage('wf', [{ name: 'wf-start', holder: { workflow: 'old', state: 'DELETING' } }])).toMatch(
      /; run the deploy again once Glue has deleted it$/
    )
  })
})
