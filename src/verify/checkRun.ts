/**
 * Run check: did this run do what the expected graph calls for? The run ended COMPLETED; every stage ran, its final
 * attempt SUCCEEDED, it was started by its trigger, it ran once (retries aside), its first attempt started at or after
 * the successful end of the stages it waits for (all of them, or one for `any`); nothing else ran. Timestamps and
 * TriggerName only: PredecessorRuns is empty in practice. Pure.
 */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { clock, duration, ERROR_EXCERPT_CHARS, errorExcerpt, iso, listing } from '../text.js'
import { runStatusProblem, stageProblemLine } from '../run/judgeRun.js'
import { RUN_STAGE, finding } from './findings.js'
import type { ExpectedGraph, ExpectedStage, StageRun } from '../run/types.js'
import type { Finding } from './findings.js'
import type { GraphTrigger } from '../run/graphTriggers.js'
import { triggerStateProblem } from './triggerStates.js'

/** Attempt states that are not final yet (job runs and crawls). */

export function checkRun(
  expected: ExpectedGraph,
  run: Pick<WorkflowRun, 'Status' | 'ErrorMessage' | 'StartedOn' | 'CompletedOn' | 'Name'>,
  stages: StageRun[],
  unexpected: StageRun[],
  /** The run graph's triggers by name (their states say why a stage may not have run). */
  triggers: Map<string, GraphTrigger> = new Map()
): Finding[] {
  const status = run.Status ?? 'UNKNOWN'
  const findings: Finding[] = []
  if (status !== 'COMPLETED') {
    findings.push(
      finding(RUN_STAGE, 'run-status', runStatusProblem(run) ?? status, {
        status,
        errorMessage: run.ErrorMessage ?? null,
        startedOn: iso(run.StartedOn),
        completedOn: iso(run.CompletedOn)
      })
    )
  }
  if (expected.stages.length === 0) {
    findings.push(
      finding(
        RUN_STAGE,
        'no-stages',
        'the run has no stages to verify: its graph has no trigger that starts a job or crawler',
        {
          status
        }
      )
    )
  }
  const runs = new Map(stages.map((s) => [s.stage, s]))
  for (const stage of expected.stages) {
    findings.push(...checkStage(stage, runs.get(stage.name), runs, expected, status, triggers))
  }
  for (const other of unexpected.filter((s) => s.attempts.length > 0)) {
    findings.push(
      finding(
        other.stage,
        'unexpected-run',
        `${other.kind} '${other.target}' ran in this run (${other.attempts.length} attempt${other.attempts.length === 1 ? '' : 's'}, ${other.finalState ?? 'no state'}) but is not a stage of the expected graph`,
        {
          kind: other.kind,
          target: other.target,
          finalState: other.finalState ?? null,
          attempts: other.attempts.length,
          startedOn: iso(other.startedOn),
          startedBy: other.startedBy ?? null
        }
      )
    )
  }
  return findings
}

/** Glue error messages can be long stack traces; findings keep the first part (the `findings` output stays small). */
function shorten(text: string | undefined): string | undefined {
  return text === undefined ? undefined : errorExcerpt(text)
}

function checkStage(
  stage: ExpectedStage,
  ran: StageRun | undefined,
  runs: Map<string, StageRun>,
  expected: ExpectedGraph,
  runStatus: string,
  triggers: Map<string, GraphTrigger>
): Finding[] {
  const attempts = ran?.attempts ?? []
  if (!ran || attempts.length === 0) {
    const why = neverRanReason(stage, runs, runStatus, triggers.get(stage.trigger))
    return [
      finding(stage.name, 'never-ran', `${stage.name} (${stage.kind} '${stage.target}') never ran${why}`, {
        kind: stage.kind,
        target: stage.target,
        waitsFor: stage.after.join(', '),
        runStatus
      })
    ]
  }
  const findings: Finding[] = []
  const last = attempts[attempts.length - 1]
  if (last.state !== 'SUCCEEDED') {
    const error = shorten(last.errorMessage ?? ran.errorMessage)
    findings.push(
      finding(
        stage.name,
        'not-succeeded',
        stageProblemLine(
          { stage: stage.name, finalState: last.state, attempts, errorMessage: error },
          ERROR_EXCERPT_CHARS
        ),
        {
          target: stage.target,
          finalState: last.state,
          attempts: attempts.length,
          errorMessage: error ?? null,
          startedOn: iso(ran.startedOn),
          completedOn: iso(last.completedOn)
        }
      )
    )
  }
  const runsStarted = stage.kind === 'crawler' ? attempts.length : attempts.filter((a) => a.attempt === 0).length
  if (runsStarted > 1) {
    findings.push(
      finding(
        stage.name,
        'ran-twice',
        `${stage.name} was started ${runsStarted} times in this run (not retries of one job run); expected once`,
        {
          target: stage.target,
          starts: runsStarted,
          startedBy: [...new Set(attempts.map((a) => a.triggerName ?? '?'))].join(', ')
        }
      )
    )
  }
  const wrongTrigger = attempts.find((a) => a.triggerName !== undefined && a.triggerName !== stage.trigger)
  if (wrongTrigger) {
    findings.push(
      finding(
        stage.name,
        'started-by',
        `${stage.name} was started by trigger '${wrongTrigger.triggerName}'; expected '${stage.trigger}'`,
        {
          expectedTrigger: stage.trigger,
          actualTrigger: wrongTrigger.triggerName ?? null,
          attempt: wrongTrigger.attempt,
          jobRunId: wrongTrigger.id ?? null
        }
      )
    )
  }
  findings.push(...checkOrder(stage, ran, runs, expected))
  return findings
}

function neverRanReason(
  stage: ExpectedStage,
  runs: Map<string, StageRun>,
  runStatus: string,
  trigger: GraphTrigger | undefined
): string {
  if (runStatus === 'RUNNING') return ' (yet: the run is still RUNNING)'
  if (runStatus === 'ERROR' || runStatus === 'STOPPED' || runStatus === 'STOPPING')
    return ` (the run ended ${runStatus})`
  const blocked = stage.after.filter((name) => runs.get(name)?.finalState !== 'SUCCEEDED')
  if (stage.after.length > 0 && (stage.when === 'any' ? blocked.length === stage.after.length : blocked.length > 0)) {
    return `: it waits for ${listing(blocked)}, which did not succeed`
  }
  const problem = trigger ? triggerStateProblem(trigger) : undefined
  return problem ? `: its ${problem}` : ''
}

/** When each upstream stage succeeded: the end of its final attempt, if that attempt SUCCEEDED. */
function succeededAt(run: StageRun | undefined): Date | undefined {
  const last = run?.attempts[run.attempts.length - 1]
  return last?.state === 'SUCCEEDED' ? last.completedOn : undefined
}

function checkOrder(
  stage: ExpectedStage,
  ran: StageRun,
  runs: Map<string, StageRun>,
  expected: ExpectedGraph
): Finding[] {
  const started = ran.attempts[0]?.startedOn ?? ran.startedOn
  if (stage.after.length === 0 || !started) return []
  const upstream = stage.after.map((name) => ({ name, done: succeededAt(runs.get(name)) }))
  const inTime = upstream.filter((u) => u.done !== undefined && u.done.getTime() <= started.getTime())
  const evidenceOf = (u: { name: string; done?: Date }): Record<string, string | null> => ({
    upstream: u.name,
    upstreamState:
      runs.get(u.name)?.finalState ?? (expected.stages.some((s) => s.name === u.name) ? 'never ran' : 'not a stage'),
    upstreamSucceededOn: iso(u.done)
  })
  const base = { startedOn: iso(started), when: stage.when }

  if (stage.when === 'any') {
    if (inTime.length > 0) return []
    return [
      finding(
        stage.name,
        'order',
        `${stage.name} started at ${clock(started)} before any of ${listing(stage.after)} had succeeded`,
        {
          ...base,
          upstream: stage.after.join(', '),
          upstreamSucceededOn: upstream.map((u) => `${u.name}=${iso(u.done) ?? 'never'}`).join(', ')
        }
      )
    ]
  }
  return upstream
    .filter((u) => !inTime.includes(u))
    .map((u) =>
      u.done
        ? finding(
            stage.name,
            'order',
            `${stage.name} started at ${clock(started)}, ${duration((u.done.getTime() - started.getTime()) / 1000)} before ${u.name} succeeded (${clock(u.done)})`,
            { ...base, ...evidenceOf(u) }
          )
        : finding(stage.name, 'order', `${stage.name} ran although ${u.name} never succeeded in this run`, {
            ...base,
            ...evidenceOf(u)
          })
    )
}
