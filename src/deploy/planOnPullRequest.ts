/** The deploy mode's one hook for the pull-request comment: on a pull_request event, post or update the plan. */
import type { DeployInputs } from '../inputs/deployInputs.js'
import type { Plan } from './diff.js'
import { planCommentBody, planMarker } from './planComment.js'
import { currentPullRequest, upsertPlanComment } from './prComment.js'
import { provenanceFromContext } from './provenance.js'

export async function commentPlanOnPullRequest({ spec, dryRun, prComment }: DeployInputs, plan: Plan): Promise<void> {
  if (!prComment.enabled) return
  const pr = currentPullRequest()
  if (!pr) return
  const { runUrl } = provenanceFromContext()
  const body = planCommentBody({
    workflowName: spec.workflowName,
    plan,
    dryRun,
    pipeline: spec.pipeline,
    startOn: spec.startOn,
    ...(pr.headSha ? { commit: pr.headSha } : {}),
    ...(runUrl ? { runUrl } : {})
  })
  await upsertPlanComment(pr, prComment.token, planMarker(spec.workflowName), body)
}
