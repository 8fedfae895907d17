/**
 * mode: deploy — make the Glue workflow and its triggers match the inputs, and be done when Glue is.
 * Read Glue (waiting while it is busy with the workflow's triggers), plan (pure), check that every trigger name to
 * create is free, show the plan, then apply it write by write; wait until Glue has finished with the triggers, re-read
 * and re-plan until Glue matches, so a concurrent or interrupted deploy converges instead of leaving a mix. Whatever
 * happens, the job summary says what was written, what failed and what is left.
 */
import * as core from '../inertCore.js'
import { glueArn } from '../aws/arn.js'
import { explainError } from '../aws/explainError.js'
import { applyWrites } from './applyPlan.js'
import { converge, type Planned } from './converge.js'
import { planResources } from './plan.js'
import { diffResources, type Plan, type Write } from './diff.js'
import { DeployError, WriteError } from './errors.js'
import { basisOf, triggersOf, withTriggers } from './existing.js'
import { classifyTriggerNames, takenNamesMessage, withHolderTags, type NameClaim } from './ownership.js'
import { withFieldChanges } from './planFields.js'
import { commentPlanOnPullRequest } from './planOnPullRequest.js'
import { planHeadline, planLogLines, planSummaryMarkdown, type DeployOutcome } from './report.js'
import { startFirstReads, type FirstReads } from './firstReads.js'
import { provenanceFromContext } from './provenance.js'
import { readExisting, readGlue } from './readExisting.js'
import { AT_REST } from './settle.js'
import { managedTags } from './tags.js'
import { jsonListWithin } from '../text.js'
import { waitForGlue, type Reading, type WaitDeps } from './waitForGlue.js'
import type { DeployInputs } from '../inputs/deployInputs.js'
import type { WorkflowSpec } from '../pipeline/spec.js'
import { PROVENANCE_TAGS } from '../pipeline/reservedTags.js'
import type { GlueGateway, Trigger } from '../aws/glue.js'
import { failed, SUCCEEDED, type ModeOutcome, type Session } from '../session.js'

const RUN_URL_TAG = PROVENANCE_TAGS[2]

export async function runDeploy(
  session: Session,
  inputs: DeployInputs,
  reads: FirstReads = startFirstReads(session.gateway, inputs.spec)
): Promise<ModeOutcome> {
  const { spec, dryRun } = inputs
  const gateway = session.gateway
  const desired = planResources(spec)
  const [accountId] = await Promise.all([reads.accountId, reads.targetsExist])
  // Kept for the log links of start and verify in this step (continuous logging is a job argument).
  session.rememberJobs(await reads.jobDefaults)
  const arnOf = (kind: 'workflow' | 'trigger', name: string) => glueArn(session.region, accountId, kind, name)
  const tags = managedTags(spec.tags, provenanceFromContext())

  core.setOutput('workflow-name', spec.workflowName)
  core.setOutput('workflow-arn', arnOf('workflow', spec.workflowName))
  core.setOutput('trigger-arns', jsonListWithin(desired.triggers.map((t) => arnOf('trigger', t.name))))

  const waitDeps: WaitDeps = {
    read: (free) => readGlue(gateway, spec.workflowName, free),
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    info: (message) => core.info(message)
  }
  const planFrom = async (reading: Reading): Promise<Planned> => {
    const existing = await readExisting(gateway, desired, reading, { arnOf })
    const runUrl = existing.workflowTags[RUN_URL_TAG]
    // Each field that changes, before → after (the log, the summary, the plan output, the pull-request comment).
    const plan = withFieldChanges(diffResources(desired, existing, { arnOf, tags }), {
      desired,
      existing,
      tags,
      pipeline: spec.pipeline
    })
    return {
      plan,
      basis: basisOf(existing),
      ...(runUrl ? { runUrl } : {})
    }
  }

  // Glue may still be working on the workflow's triggers (an earlier deploy, another one): plan from rest.
  let reading = await waitForGlue(AT_REST, waitDeps, {
    first: await readGlue(gateway, spec.workflowName, [], reads.workflow)
  })
  let first = await planFrom(reading)
  const names = await claimTriggerNames(gateway, spec.workflowName, first.plan, reading, arnOf)
  if (names.taken) {
    const error = names.taken
    await writeSummary({ ...spec, plan: first.plan, outcome: { kind: 'failed', error, written: [], left: [] } })
    return failed(error)
  }
  if (names.ours.length > 0 || names.deleting.length > 0) {
    // Triggers of this workflow that its graph does not show (yet, or any more): plan with them, once they rest.
    reading = await waitForGlue({ ...AT_REST, free: names.deleting }, waitDeps, {})
    if (reading.workflow) reading = { ...reading, workflow: withTriggers(reading.workflow, names.ours) }
    reading = { ...reading, triggers: triggersOf(reading.workflow) }
    first = await planFrom(reading)
  }
  const plan = first.plan

  core.startGroup(`Plan for workflow ${spec.workflowName}: ${planHeadline(plan, { kind: 'planned', dryRun })}`)
  for (const line of planLogLines(plan)) core.info(line)
  core.endGroup()
  core.setOutput('plan', jsonListWithin(plan.entries))
  core.setOutput('changed', String(plan.writes.length > 0))

  // Verify, when it follows in this step, draws the stage graph (coloured by outcome): the summary draws it once.
  const stageGraph = !inputs.verifyFollows
  if (dryRun || plan.writes.length === 0) {
    // A dry run or a no-op says so once: in the plan's title above.
    await writeSummary({ ...spec, plan, outcome: { kind: 'planned', dryRun }, stageGraph })
    await commentPlanOnPullRequest(inputs, plan)
    return SUCCEEDED
  }

  const written: Write[] = []
  try {
    await converge({ workflowName: spec.workflowName, desired, ownRunUrl: tags[RUN_URL_TAG] }, first, {
      apply: (writes, onWrite) =>
        applyWrites(gateway, writes, {
          onWrite: (write) => {
            written.push(write)
            onWrite(write)
          },
          explainTakenName: (name) => explainTakenName(gateway, spec.workflowName, name, arnOf)
        }),
      waitForGlue: (goal, pause) => waitForGlue(goal, waitDeps, { pause }),
      replan: planFrom,
      sleep: (ms) => waitDeps.sleep(ms),
      random: Math.random,
      info: (message) => core.info(message),
      warn: (message) => core.warning(message)
    })
  } catch (error) {
    const line = explainError(error)
    const outcome: DeployOutcome = {
      kind: 'failed',
      error: line,
      written,
      ...(error instanceof WriteError ? { failed: error.write } : {}),
      left: error instanceof DeployError ? error.left : []
    }
    core.info(planHeadline(plan, outcome))
    await writeSummary({ ...spec, plan, outcome, stageGraph })
    return failed(line)
  }
  const outcome: DeployOutcome = { kind: 'deployed', written }
  core.info(`Deployed workflow ${spec.workflowName}: ${planHeadline(plan, outcome)}`)
  await writeSummary({ ...spec, plan, outcome, stageGraph })
  await commentPlanOnPullRequest(inputs, plan)
  return SUCCEEDED
}

interface NameCheck {
  /** The one line to fail with when names are taken. */
  taken?: string
  /** Triggers of this workflow, under names the plan would create, that the workflow graph does not show. */
  ours: Trigger[]
  /** Such triggers that Glue is deleting: their names are free once they are gone. */
  deleting: string[]
}

/**
 * Every trigger name the plan creates, read in one BatchGetTriggers call before the first write (none when the plan
 * creates no trigger, or creates only names the workflow already has: a type change replaces its own trigger).
 */
async function claimTriggerNames(
  gateway: GlueGateway,
  workflowName: string,
  plan: Plan,
  reading: Reading,
  arnOf: (kind: 'workflow' | 'trigger', name: string) => string
): Promise<NameCheck> {
  const inGraph = new Set(reading.triggers.map((t) => t.Name))
  const names = plan.writes
    .filter((w): w is Extract<Write, { op: 'CreateTrigger' }> => w.op === 'CreateTrigger')
    .map((w) => w.request.Name!)
    .filter((name) => !inGraph.has(name))
  if (names.length === 0) return { ours: [], deleting: [] }
  const claims = classifyTriggerNames(names, workflowName, await gateway.getTriggersByName(names))
  const taken = await withTags(gateway, claims, arnOf)
  if (taken.length > 0) {
    return { taken: `${takenNamesMessage(workflowName, taken)}; nothing was written`, ours: [], deleting: [] }
  }
  const ours = claims.flatMap((c) => (c.status === 'ours' ? [c.trigger] : []))
  return { ours, deleting: ours.filter((t) => t.State === 'DELETING').map((t) => t.Name!) }
}

/** The taken claims, each with what its holder's tags say (one GetTags per holder: only on the way to failing). */
async function withTags(
  gateway: GlueGateway,
  claims: NameClaim[],
  arnOf: (kind: 'workflow' | 'trigger', name: string) => string
) {
  const taken = claims.filter((c) => c.status === 'taken')
  const tags = await Promise.all(taken.map((c) => gateway.getTags(arnOf('trigger', c.name)).catch(() => undefined)))
  return taken.map((c, i) => withHolderTags(c, tags[i])).flatMap((c) => (c.status === 'taken' ? [c] : []))
}

/** CreateTrigger answered AlreadyExistsException: fail naming the holder, unless the name is this workflow's. */
async function explainTakenName(
  gateway: GlueGateway,
  workflowName: string,
  name: string,
  arnOf: (kind: 'workflow' | 'trigger', name: string) => string
): Promise<void> {
  const claims = classifyTriggerNames([name], workflowName, await gateway.getTriggersByName([name]))
  const taken = await withTags(gateway, claims, arnOf)
  if (taken.length > 0) throw new DeployError(takenNamesMessage(workflowName, taken))
}

async function writeSummary(
  input: WorkflowSpec & { plan: Plan; outcome: DeployOutcome; stageGraph?: boolean }
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(planSummaryMarkdown(input), true).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${explainError(error)}`)
  }
}
