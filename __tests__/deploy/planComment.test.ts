/** The pull-request comment (pure): marker, verdict, diff block with values, size cap; which event it is for. */
import { describe, expect, it } from '@jest/globals'
import type { Plan } from '../../src/deploy/diff.js'
import { MAX_COMMENT_CHARS, planCommentBody, planMarker } from '../../src/deploy/planComment.js'
import { commentFailure, pullRequestOf } from '../../src/deploy/prComment.js'
import { parseJobs } from '../../src/inputs/parseJobs.js'

const pipeline = parseJobs('bronze: b\nsilver: s')
const base = { workflowName: 'wf', pipeline, startOn: { type: 'on-demand' } as const }
const update: Plan = {
  entries: [
    { resource: 'workflow', name: 'wf', action: 'unchanged', changes: [], fields: [] },
    {
      resource: 'trigger',
      name: 'wf-run-silver',
      action: 'update',
      changes: ['starts …'],
      fields: [
        { field: '--quality-checks', before: 'lax', after: 'strict' },
        { field: 'timeout', before: null, after: '60 min' },
        { field: '--old', before: 'x', after: null }
      ]
    }
  ],
  writes: [{ op: 'StartTrigger', name: 'wf-run-silver' }]
}

describe('planCommentBody', () => {
  it('starts with the marker and shows each change as a coloured diff line with its values', () => {
    const body = planCommentBody({
      ...base,
      plan: update,
      dryRun: true,
      commit: 'abcdef0123456789',
      runUrl: 'https://x/r/1'
    })
    expect(body.split('\n')[0]).toBe(planMarker('wf'))
    expect(body).toContain('### Glue deploy plan · `wf` (dry run)')
    expect(body).toContain('**Dry run: nothing was written to AWS Glue.** It would make 1 write: 1 to update.')
    expect(body).toContain(
      [
        '```diff',
        '! update trigger wf-run-silver',
        '!     --quality-checks: lax → strict',
        '+     timeout: 60 min',
        '-     --old: x',
        '```'
      ].join('\n')
    )
    expect(body).toContain('1 resource unchanged.')
    expect(body).toContain('<sub>Plan of commit `abcdef012345` · [workflow run](https://x/r/1)')
  })

  it('says so when nothing changes, and after a real deploy', () => {
    const none: Plan = { entries: [update.entries[0]], writes: [] }
    expect(planCommentBody({ ...base, plan: none, dryRun: true })).toContain(
      'No changes: Glue already matches the inputs.'
    )
    expect(planCommentBody({ ...base, plan: none, dryRun: true })).not.toContain('```diff')
    expect(planCommentBody({ ...base, plan: update, dryRun: false })).toContain(
      '**Deployed:** made 1 write: 1 to update.'
    )
  })

  it('keeps Glue text on one line inside the block, and the marker unbreakable', () => {
    const hostile: Plan = {
      entries: [
        {
          resource: 'trigger',
          name: 't',
          action: 'update',
          changes: ['x'],
          fields: [{ field: 'description', before: 'a\n```\n@everyone <b>', after: 'b' }]
        }
      ],
      writes: [{ op: 'StartTrigger', name: 't' }]
    }
    const body = planCommentBody({ ...base, workflowName: 'a --> b', plan: hostile, dryRun: true })
    expect(body.split('\n')[0]).toBe('<!-- glue-workflow-action:plan workflow=a%20--%3E%20b -->')
    expect(body).toContain('!     description: a ``` @everyone <b> → b')
    expect(body.match(/^```/gm)).toHaveLength(4)
  })

  it('stays under GitHub limit for a huge plan, saying what it left out', () => {
    const fields = Array.from({ length: 5000 }, (_, i) => ({ field: `--arg-${i}`, before: 'x'.repeat(20), after: 'y' }))
    const huge: Plan = { entries: [{ ...update.entries[1], fields }], writes: update.writes }
    const body = planCommentBody({ ...base, plan: huge, dryRun: true })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body).toMatch(/ … \d+ more lines: see the job summary\n```/)
  })
})

describe('pullRequestOf', () => {
  const payload = {
    pull_request: { number: 7, head: { sha: 'abc' } },
    repository: { name: 'r', owner: { login: 'o' } }
  }
  it.each([
    ['pull_request', payload, 'o/r', { owner: 'o', repo: 'r', number: 7, headSha: 'abc' }],
    ['pull_request_target', payload, undefined, { owner: 'o', repo: 'r', number: 7, headSha: 'abc' }],
    ['push', payload, 'o/r', undefined],
    ['pull_request', {}, 'o/r', undefined],
    ['pull_request', { pull_request: { number: '7' } }, 'o/r', undefined],
    [undefined, payload, 'o/r', undefined]
  ])('%s', (event, body, repository, expected) => {
    expect(pullRequestOf(event, body, repository)).toEqual(expected)
  })
})

describe('commentFailure', () => {
  it('names the permission on 403 and 404, and says what GitHub said otherwise', () => {
    const denied = Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    expect(commentFailure('pull request #7', denied)).toContain('`permissions: pull-requests: write`')
    const down = Object.assign(new Error('Server Error'), { status: 502 })
    expect(commentFailure('pull request #7', down)).toBe(
      'Could not comment the plan on pull request #7: GitHub answered 502 (Server Error). The plan is in the job summary'
    )
    expect(commentFailure('pull request #7', new Error('This operation was aborted'))).toBe(
      'Could not comment the plan on pull request #7: This operation was aborted. The plan is in the job summary'
    )
  })
})
