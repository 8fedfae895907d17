import { describe, expect, it } from '@jest/globals'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { followRun, type FollowDeps } from '../../src/run/follow.js'
import { pollSchedule } from '../../src/run/pollSchedule.js'
import { readStages } from '../../src/run/stages.js'
import { chain, jobNode, workflowRun, at } from './runs.js'

/** A fake clock: sleeping advances time; each poll answers with the run as it is at that time. */
function fakeGlue(timeline: (seconds: number) => WorkflowRun | Error) {
  let now = at(0).getTime()
  const polls: number[] = []
  const sleeps: number[] = []
  const logs: string[] = []
  const warnings: string[] = []
  const deps: FollowDeps = {
    getRun: () => {
      const seconds = (now - at(0).getTime()) / 1000
      polls.push(seconds)
      const answer = timeline(seconds)
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    },
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms)
      now += ms
      return Promise.resolve()
    },
    random: () => 0.5,
    log: (line) => logs.push(line),
    warn: (line) => warnings.push(line)
  }
  return { deps, polls, sleeps, logs, warnings }
}

const expected = chain('bronze', 'silver')
const options = (deadlineSeconds: number) => ({
  schedule: pollSchedule(2, 20),
  deadline: at(deadlineSeconds).getTime(),
  readStages: (run: WorkflowRun) => readStages(run, expected),
  label: 'Run wr_1'
})

/** bronze runs 0-60 s, silver 61-70 s, the run ends at 70 s. */
function medallion(seconds: number): WorkflowRun {
  if (seconds < 60)
    return workflowRun('RUNNING', [jobNode('bronze', [{ state: 'RUNNING', start: 0 }]), jobNode('silver', [])])
  const bronze = jobNode('bronze', [{ state: 'SUCCEEDED', start: 0, end: 60 }])
  if (seconds < 70) return workflowRun('RUNNING', [bronze, jobNode('silver', [{ state: 'RUNNING', start: 61 }])])
  return workflowRun('COMPLETED', [bronze, jobNode('silver', [{ state: 'SUCCEEDED', start: 61, end: 70 }])], {
    CompletedOn: at(70)
  })
}

describe('followRun', () => {
  it('gives each poll the time left, and a poll cut off by the deadline ends the wait quietly', async () => {
    const glue = fakeGlue(medallion)
    const given: number[] = []
    const deps: FollowDeps = {
      ...glue.deps,
      getRun: (timeLeftMs) => {
        given.push(timeLeftMs)
        // Throttled until the deadline: the SDK's retries are cut off by the abort signal.
        glue.deps.sleep(timeLeftMs).catch(() => undefined)
        return Promise.reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }))
      }
    }
    const result = await followRun(deps, options(30))
    expect(result.ended).toBe(false)
    expect(given).toEqual([30_000])
    expect(glue.warnings).toEqual([])
  })

  it('follows the run to its end and logs each stage transition once, not a line per poll', async () => {
    const glue = fakeGlue(medallion)
    const result = await followRun(glue.deps, options(600))
    expect(result.ended).toBe(true)
    expect(result.run?.Status).toBe('COMPLETED')
    expect(result.stages.map((s) => s.finalState)).toEqual(['SUCCEEDED', 'SUCCEEDED'])
    expect(glue.logs).toEqual([
      '00:00:00Z bronze (job bronze) attempt 1 RUNNING',
      'Run wr_1 is RUNNING',
      '00:01:00Z bronze (job bronze) attempt 1 SUCCEEDED after 1 min 0 s',
      '00:01:01Z silver (job silver) attempt 1 RUNNING',
      '00:01:10Z silver (job silver) attempt 1 SUCCEEDED after 9 s',
      'Run wr_1 is COMPLETED'
    ])
  })

  it('starts fast, backs off while nothing changes, and is fast again after a change', async () => {
    const glue = fakeGlue(medallion)
    await followRun(glue.deps, options(600))
    // Quiet from 0 s: 2, 2, 2, 2 (8 s), then 30% of the quiet time; the change seen at 66.6 s resets to 2 s.
    expect(glue.sleeps.slice(0, 8)).toEqual([2000, 2000, 2000, 2000, 2400, 3120, 4056, 5273])
    const changeSeenAt = glue.polls.find((s) => s >= 60)!
    const index = glue.polls.indexOf(changeSeenAt)
    expect(glue.sleeps[index]).toBe(2000)
    // The end (70 s) is noticed within one fast interval of the change before it.
    expect(glue.polls.at(-1)! - 70).toBeLessThan(2.5)
  })

  it('keeps waiting through throttling and transient faults, warning once per streak', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
    const glue = fakeGlue((s) => (s > 5 && s < 40 ? throttled : medallion(s)))
    const result = await followRun(glue.deps, options(600))
    expect(result.ended).toBe(true)
    expect(glue.warnings).toHaveLength(1)
    expect(glue.warnings[0]).toMatch(
      /^Run wr_1: polling failed after the SDK.s retries \(ThrottlingException: Rate exceeded\); still waiting$/
    )
  })

  it('stops at a non-transient error (e.g. access denied)', async () => {
    const denied = Object.assign(new Error('not authorized to perform: glue:GetWorkflowRun'), {
      name: 'AccessDeniedException'
    })
    const glue = fakeGlue((s) => (s > 5 ? denied : medallion(s)))
    await expect(followRun(glue.deps, options(600))).rejects.toThrow('not authorized')
  })

  it('gives up at the deadline after one last poll, never sleeping past it', async () => {
    const glue = fakeGlue(medallion)
    const result = await followRun(glue.deps, options(45))
    expect(result.ended).toBe(false)
    expect(result.run?.Status).toBe('RUNNING')
    expect(result.stages[0].finalState).toBe('RUNNING')
    expect(glue.polls.at(-1)).toBe(45)
    expect(Math.max(...glue.polls)).toBe(45)
  })

  it('reports a run that ends in ERROR at once', async () => {
    const glue = fakeGlue(() =>
      workflowRun('ERROR', [], { ErrorMessage: 'Concurrent runs exceeded for workflow: medallion' })
    )
    const result = await followRun(glue.deps, options(600))
    expect(result).toMatchObject({ ended: true, polls: 1 })
  })
})
