/** What `mode: start` reports when a run ends or times out: the run outputs and the job summary. */
import * as core from '../inertCore.js'
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { explainError } from '../aws/explainError.js'
import { runConsoleUrl } from '../run/consoleLink.js'
import type { LinkContext } from '../run/jobLogs.js'
import type { RunJudgement } from '../run/judgeRun.js'
import { runDurationSeconds, runOutputs } from '../run/runOutputs.js'
import { renderRunHeader, renderStageTable } from '../run/runSummary.js'
import { markdownText } from '../text.js'
import type { StageRun } from '../run/types.js'
import type { Session } from '../session.js'

export function setRunOutputs(run: WorkflowRun, stages: StageRun[], links?: LinkContext): void {
  const outputs = runOutputs(run, stages, new Date(), links)
  core.setOutput('run-status', outputs['run-status'])
  core.setOutput('statistics', outputs.statistics)
  core.setOutput('stages', outputs.stages)
  core.setOutput('duration-seconds', outputs['duration-seconds'])
}

export interface SummaryFacts {
  runId: string
  status: string
  verdict: string
  stages: StageRun[]
  run?: WorkflowRun
  judgement?: RunJudgement
  /** Leads each stage to its job runs and logs in the table. */
  links?: LinkContext
}

/** Run header, per-stage table and the problems, when the runner gives a summary file. */
export async function writeSummary(session: Session, facts: SummaryFacts): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const header = renderRunHeader({
    workflowName: session.workflowName,
    runId: facts.runId,
    status: facts.status,
    ...(facts.run ? { durationSeconds: runDurationSeconds(facts.run, new Date()) } : {}),
    consoleUrl: runConsoleUrl(session.region, session.workflowName, facts.runId),
    verdict: facts.verdict
  })
  const table = facts.stages.length > 0 ? renderStageTable(facts.stages, facts.links) : ''
  const problems = (facts.judgement?.problems ?? []).map((p) => `- ${markdownText(p.message, 1000)}`).join('\n')
  const markdown = [header, table, problems].filter((part) => part !== '').join('\n')
  try {
    await core.summary.addRaw(`${markdown}\n`).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${explainError(error)}`)
  }
}
