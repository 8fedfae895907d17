/**
 * Benchmark 4: waiting for a run. The action follows runs of about a given length (three stages of about a third
 * each, ±20%, so that run lengths are not round numbers) on its default poll schedule; the endpoint's call log says when it polled. Notice delay = the answer to the last
 * GetWorkflowRun (the one that saw the run ended) minus the run's CompletedOn. The fixed 30-second poll of the
 * CodeBuild action and of typical `aws glue get-workflow-run` loops is computed on the same runs: it polls 30 s, 60 s,
 * … after the start, so it notices the end at the next multiple of 30 s, with 2 calls a minute.
 */
import { startGlueLocal } from '../../../glue-local/index.js'
import { mainStep } from '../actionStep.js'
import { answeredAt } from '../glueCalls.js'
import { medallion } from '../pipelines.js'
import { stepRuntime, type ActionRuntime } from './actionRuntime.js'
import { freshAccount } from './glueBench.js'

export const FIXED_POLL_MS = 30_000

/** Stage lengths of run `index` of about `targetMs`: a third each, ±20%, the same in every bench run (seeded). */
export function stageDurations(targetMs: number, index: number): number[] {
  let seed = (targetMs * 31 + index * 7919) >>> 0
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) >>> 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return [0, 1, 2].map(() => Math.round((targetMs / 3) * (0.8 + 0.4 * random())))
}

export interface WaitSample {
  targetMs: number
  ok: boolean
  problem?: string
  /** StartWorkflowRun answered -> run CompletedOn. */
  runMs: number
  noticeDelayMs: number
  /** Step exit minus CompletedOn (notice, then judging, outputs, summary, exit). */
  exitDelayMs: number
  polls: number
  callsPerMinute: number
  fixedNoticeDelayMs: number
  fixedPolls: number
  fixedCallsPerMinute: number
}

/** When a loop that polls every `periodMs` after `startMs` sees a run that ended at `endMs`. */
export function fixedPollNotice(startMs: number, endMs: number, periodMs = FIXED_POLL_MS) {
  const polls = Math.max(1, Math.ceil((endMs - startMs) / periodMs))
  const noticeAt = startMs + polls * periodMs
  return { polls, noticeDelayMs: noticeAt - endMs, callsPerMinute: polls / ((noticeAt - startMs) / 60_000) }
}

export async function waitingRun(options: {
  targetMs: number
  index: number
  latencyMs: number
  action: ActionRuntime
}): Promise<WaitSample> {
  const { targetMs, latencyMs } = options
  const runtime = stepRuntime(options.action)
  const glue = await startGlueLocal({ port: 0, faults: { latencyMs } })
  const fail = (problem: string): WaitSample => ({
    targetMs,
    ok: false,
    problem,
    runMs: Number.NaN,
    noticeDelayMs: Number.NaN,
    exitDelayMs: Number.NaN,
    polls: 0,
    callsPerMinute: Number.NaN,
    fixedNoticeDelayMs: Number.NaN,
    fixedPolls: 0,
    fixedCallsPerMinute: Number.NaN
  })
  try {
    const workflow = `wait-${Math.round(targetMs / 1000)}s-${options.index}`
    const pipeline = medallion(workflow)
    await freshAccount(glue, pipeline.jobNames, latencyMs, stageDurations(targetMs, options.index))
    const inputs = { 'workflow-name': workflow, jobs: pipeline.jobsInput }
    const deploy = await mainStep({ endpoint: glue.url, ...runtime, inputs: { ...inputs, mode: 'deploy' } })
    if (deploy.code !== 0) return fail(`deploy exited ${deploy.code}`)
    glue.reset('calls')
    const step = await mainStep({
      endpoint: glue.url,
      ...runtime,
      killAfterMs: targetMs + 10 * 60_000,
      inputs: { ...inputs, mode: 'start', 'timeout-minutes': String(Math.ceil(targetMs / 60_000) + 10) }
    })
    const calls = glue.calls().calls.filter((c) => c.service === 'glue')
    const run = glue.state().workflowRuns[step.outputs['run-id'] ?? '']
    const started = calls.find((c) => c.operation === 'StartWorkflowRun')
    const polls = calls.filter((c) => c.operation === 'GetWorkflowRun')
    const lastPoll = polls.at(-1)
    if (step.code !== 0 || !run?.CompletedOn || !started || !lastPoll) {
      return fail(`start exited ${step.code}, run ${run?.Status ?? 'missing'}: ${step.stdout.slice(-300)}`)
    }
    const startMs = answeredAt(started)
    const endMs = run.CompletedOn
    const waitingMinutes = (answeredAt(lastPoll) - startMs) / 60_000
    const fixed = fixedPollNotice(startMs, endMs)
    return {
      targetMs,
      ok: true,
      runMs: endMs - startMs,
      noticeDelayMs: answeredAt(lastPoll) - endMs,
      exitDelayMs: step.exitedAt - endMs,
      polls: polls.length,
      callsPerMinute: polls.length / waitingMinutes,
      fixedNoticeDelayMs: fixed.noticeDelayMs,
      fixedPolls: fixed.polls,
      fixedCallsPerMinute: fixed.callsPerMinute
    }
  } finally {
    await glue.close()
  }
}
