/**
 * `mode: verify`: find the run (the one started in this step, the given run-id, or the most recent), work out what
 * it should have done (the `jobs` input, else its own graph), judge it (wiring, order, outcomes, age), and report:
 * outputs `verified` and `findings`, one error annotation per finding, and a job summary with the run as a picture.
 */
import * as core from '../inertCore.js'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { explainError } from '../aws/explainError.js'
import type { VerifyInputs } from '../inputs/verifyInputs.js'
import { runConsoleUrl } from '../run/consoleLink.js'
import { expectedFromPipeline, expectedFromRunGraph } from '../run/expectedGraph.js'
import { latestFirst } from '../run/latestFirst.js'
import { annotatedCount, findingAnnotations, MAX_ERROR_ANNOTATIONS } from './findingAnnotations.js'
import { RUN_STAGE, finding } from './findings.js'
import { readTriggers, type GraphTrigger } from '../run/graphTriggers.js'
import { renderVerifySummary, type VerifySummaryInput } from './render/verifySummary.js'
import { noRunFinding } from './runAge.js'
import { runDurationSeconds } from '../run/runOutputs.js'
import type { Finding } from './findings.js'
import { verifyRun } from './verifyRun.js'
import { isRunEnded } from '../aws/glueStates.js'
import { followRun } from '../run/follow.js'
import { followDeps } from '../followDeps.js'
import { failureLogUrl, type LinkContext } from '../run/jobLogs.js'
import { pollSchedule } from '../run/pollSchedule.js'
import { readStages } from '../run/stages.js'
import type { ExpectedGraph, StageRun } from '../run/types.js'
import { jsonListWithin, shortId } from '../text.js'
import { failed, SUCCEEDED, type ModeOutcome, type Session } from '../session.js'

/** GitHub refuses a step summary over 1 MiB (and then shows none); keep a wide margin. */
const SUMMARY_LIMIT_BYTES = 900 * 1024

type FoundRun = { run: WorkflowRun; why: string } | { missing: Finding }

export async function runVerify(session: Session, inputs: VerifyInputs): Promise<ModeOutcome> {
  const found = await findRun(session, inputs)
  if ('missing' in found)
    return report(session, [found.missing], [], undefined, {
      workflowName: session.workflowName,
      findings: [found.missing]
    })

  const runId = found.run.WorkflowRunId ?? ''
  const consoleUrl = runConsoleUrl(session.region, session.workflowName, runId)
  // The run id in full once per step: in start's console link when start followed it, else in this one.
  const link = session.startedRunId === runId ? '' : `: ${consoleUrl}`
  core.info(
    `Verifying run ${shortId(runId)} of ${session.workflowName} (${found.why}), status ${found.run.Status}${link}`
  )
  const expectedOf = (run: WorkflowRun): ExpectedGraph =>
    inputs.pipeline ? expectedFromPipeline(session.workflowName, inputs.pipeline) : expectedFromRunGraph(run)
  const run = await waitIfRunning(session, found.run, inputs, expectedOf)
  const now = new Date()
  const expected = expectedOf(run)
  const wiring = inputs.pipeline ? await wiringOf(session, run) : undefined
  const verification = verifyRun({ run, expected, wiring: wiring?.triggers, now, maxAgeHours: inputs.maxAgeHours })
  for (const notice of verification.notices) core.notice(notice, { title: 'Glue is still working on a trigger' })
  const ran = [...verification.stages, ...verification.unexpected]
  const links = await session.linkContext(
    ran.filter((s) => s.kind === 'job' && s.attempts.length > 0).map((s) => s.target)
  )

  return report(session, verification.findings, ran, links, {
    workflowName: session.workflowName,
    findings: verification.findings,
    run: {
      runId,
      status: run.Status ?? 'UNKNOWN',
      durationSeconds: runDurationSeconds(run, now),
      consoleUrl,
      expected,
      stages: verification.stages,
      unexpected: verification.unexpected,
      ...(wiring ? { wiring } : {}),
      now,
      links
    }
  })
}

/**
 * wait-minutes: a run still RUNNING is followed (polled as start does, each stage change logged once) for at most
 * that long, then judged as it is; without it, it is judged at once (and fails: it has not ended).
 */
async function waitIfRunning(
  session: Session,
  run: WorkflowRun,
  inputs: VerifyInputs,
  expectedOf: (run: WorkflowRun) => ExpectedGraph
): Promise<WorkflowRun> {
  if (isRunEnded(run.Status)) return run
  const runId = run.WorkflowRunId ?? ''
  const label = `Run ${shortId(runId)}`
  if (!inputs.wait) {
    core.info(`${label} is still ${run.Status}: judged as it is (wait-minutes: 0; set it to wait for the run to end)`)
    return run
  }
  core.info(`${label} is still ${run.Status}: following it for at most ${inputs.wait.minutes} min (wait-minutes)`)
  const result = await followRun(followDeps(session, runId), {
    schedule: pollSchedule(inputs.wait.pollIntervalSeconds, inputs.wait.maxPollIntervalSeconds),
    deadline: Date.now() + inputs.wait.minutes * 60_000,
    readStages: (polled) => readStages(polled, expectedOf(polled)),
    label
  })
  const last = result.run ?? run
  if (!result.ended) {
    core.info(`${label} is still ${last.Status} after ${inputs.wait.minutes} min (wait-minutes): judged as it is`)
  }
  return last
}

/** The run to verify: run-id, else the run of this step's start, else the most recent run of the workflow. */
async function findRun(session: Session, inputs: VerifyInputs): Promise<FoundRun> {
  const { workflowName, gateway, region } = session
  if (inputs.runId) return readRun(session, inputs.runId, 'run-id')
  if (session.finishedRun?.WorkflowRunId)
    return { run: session.finishedRun, why: 'the run followed by start in this step' }
  if (session.startedRunId) return readRun(session, session.startedRunId, 'the run started in this step')
  if (inputs.followsStart) {
    return {
      missing: finding(RUN_STAGE, 'no-run', 'start did not start or attach to a run in this step: nothing to verify')
    }
  }
  const runs = await gateway.getRecentWorkflowRuns(workflowName)
  if (!runs) {
    return {
      missing: finding(RUN_STAGE, 'no-run', `workflow '${workflowName}' does not exist in ${region}`, {
        workflowName,
        region
      })
    }
  }
  const latest = latestFirst(runs)[0]
  if (!latest) return { missing: noRunFinding(workflowName, inputs.maxAgeHours) }
  return readRun(
    session,
    latest.WorkflowRunId!,
    `the most recent run, started ${latest.StartedOn?.toISOString() ?? '?'}`
  )
}

async function readRun(session: Session, runId: string, why: string): Promise<FoundRun> {
  const run = await session.gateway.getWorkflowRun(session.workflowName, runId, true)
  if (run) return { run, why }
  const missing = `workflow '${session.workflowName}' has no run '${runId}' in ${session.region}`
  const message = why === 'run-id' ? `Input 'run-id': ${missing}; check run-id, workflow-name and region` : missing
  return { missing: finding(RUN_STAGE, 'no-run', message, { workflowName: session.workflowName, runId }) }
}

/**
 * The triggers to check the wiring against: the run's graph snapshot (the triggers as they were when this run
 * started), or, when the run has none (e.g. an ERROR run), the workflow's current triggers.
 */
async function wiringOf(session: Session, run: WorkflowRun): Promise<{ triggers: GraphTrigger[]; source: string }> {
  const snapshot = readTriggers(run.Graph)
  if (snapshot.length > 0) return { triggers: snapshot, source: "the run's graph snapshot" }
  const workflow = await session.gateway.getWorkflow(session.workflowName, true)
  return { triggers: readTriggers(workflow?.Graph), source: "the workflow's current triggers (the run has no graph)" }
}

async function report(
  session: Session,
  findings: Finding[],
  stages: StageRun[],
  links: LinkContext | undefined,
  summary: VerifySummaryInput
): Promise<ModeOutcome> {
  core.setOutput('verified', findings.length === 0 ? 'true' : 'false')
  core.setOutput('findings', jsonListWithin(findings))
  await writeSummary(summary)
  if (findings.length === 0) {
    core.info(`Verified: every check passed for ${summary.run?.stages.length ?? 0} stages`)
    return SUCCEEDED
  }
  // An earlier mode of this step that failed with an error line has used one of the step's error annotations.
  const budget = session.failedEarlier ? MAX_ERROR_ANNOTATIONS - 1 : MAX_ERROR_ANNOTATIONS
  // Each finding is printed once: as its annotation (a failed stage's with the link to its logs), or, past GitHub's
  // annotations per step, as a log line.
  const logsOf = (f: Finding) => {
    const stage = f.rule === 'not-succeeded' ? stages.find((s) => s.stage === f.stage) : undefined
    return stage && links ? failureLogUrl(stage, links) : undefined
  }
  for (const f of findings.slice(annotatedCount(findings.length, budget))) {
    core.info(`✗ ${f.stage} [${f.rule}] ${f.message}`)
  }
  for (const a of findingAnnotations(findings, session.workflowName, budget, logsOf)) {
    core.error(a.message, { title: a.title })
  }
  return failed()
}

async function writeSummary(input: VerifySummaryInput): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  let markdown = renderVerifySummary(input)
  if (Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES) {
    markdown = renderVerifySummary({ ...input, compact: true })
  }
  try {
    await core.summary.addRaw(`${markdown}\n`).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${explainError(error)}`)
  }
}
