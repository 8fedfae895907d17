/**
 * mode: deploy — make the Glue workflow and its triggers match the inputs.
 * Plan (pure) against what exists, show the plan, then apply it write by write; re-read and re-plan until Glue
 * matches, so a concurrent or interrupted deploy converges instead of leaving a mix.
 */
import * as core from '../inertCore.js'
import { glueArn } from '../aws/arn.js'
import { applyWrites } from './applyPlan.js'
import { converge } from './converge.js'
import { planResources } from './plan.js'
import { diffResources } from './diff.js'
import { startFirstReads, type FirstReads } from './firstReads.js'
import { planHeadline, planLogLines, planSummaryMarkdown } from './report.js'
import { provenanceFromContext } from './provenance.js'
import { readExisting } from './readExisting.js'
import { managedTags } from './tags.js'
import { jsonListWithin } from '../text.js'
import type { DeployInputs } from '../inputs/deployInputs.js'
import { SUCCEEDED, type ModeOutcome, type Session } from '../session.js'

export async function runDeploy(
  session: Session,
  { spec, dryRun }: DeployInputs,
  reads: FirstReads = startFirstReads(session.gateway, spec)
): Promise<ModeOutcome> {
  const gateway = session.gateway
  const desired = planResources(spec)
  const [accountId] = await Promise.all([reads.accountId, reads.targetsExist])
  const arnOf = (kind: 'workflow' | 'trigger', name: string) => glueArn(session.region, accountId, kind, name)
  const tags = managedTags(spec.tags, provenanceFromContext())

  core.setOutput('workflow-name', spec.workflowName)
  core.setOutput('workflow-arn', arnOf('workflow', spec.workflowName))
  core.setOutput('trigger-arns', jsonListWithin(desired.triggers.map((t) => arnOf('trigger', t.name))))

  const existing = await readExisting(gateway, desired, { arnOf, workflow: reads.workflow })
  const plan = diffResources(desired, existing, { arnOf, tags })
  core.startGroup(`Plan for workflow ${spec.workflowName}: ${planHeadline(plan, dryRun)}`)
  for (const line of planLogLines(plan)) core.info(line)
  core.endGroup()
  core.setOutput('plan', jsonListWithin(plan.entries))
  core.setOutput('changed', String(plan.writes.length > 0))

  if (!dryRun && plan.writes.length > 0) {
    const writes = await converge(spec.workflowName, plan, {
      apply: (list, onWrite) => applyWrites(gateway, list, onWrite),
      replan: async () => diffResources(desired, await readExisting(gateway, desired, { arnOf }), { arnOf, tags }),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      info: (message) => core.info(message),
      warn: (message) => core.warning(message)
    })
    core.info(`Deployed workflow ${spec.workflowName} with ${writes} write${writes === 1 ? '' : 's'}.`)
  } else {
    core.info(planHeadline(plan, dryRun))
  }
  await writeSummary(planSummaryMarkdown({ ...spec, plan, dryRun }))
  return SUCCEEDED
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown, true).write()
}
