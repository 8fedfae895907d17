/**
 * The baseline of the start-up benchmark (3): the reads of a no-op deploy and nothing else. The same SDK clients as the
 * action (GlueClient, STSClient, default settings), STS GetCallerIdentity, BatchGetJobs and GetWorkflow (with its graph)
 * in parallel, then GetTags of the workflow (its ARN needs the account id). No inputs library, no logging, no plan.
 * bench.ts bundles it with ncc, as the action is bundled (plain JavaScript: ncc bundles it in seconds, not 20 s), and runs it like the action's main step:
 * INPUT_WORKFLOW-NAME, and INPUT_JOBS as job names separated by commas. Exits 1 unless it finds the deployed workflow.
 */
import { BatchGetJobsCommand, GetTagsCommand, GetWorkflowCommand, GlueClient } from '@aws-sdk/client-glue'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'

const workflow = process.env['INPUT_WORKFLOW-NAME'] ?? ''
const jobs = (process.env.INPUT_JOBS ?? '').split(',')
const region = process.env.AWS_REGION ?? ''
const glue = new GlueClient({ region })
const sts = new STSClient({ region })
const [identity, found, existing] = await Promise.all([
  sts.send(new GetCallerIdentityCommand({})),
  glue.send(new BatchGetJobsCommand({ JobNames: jobs })),
  glue.send(new GetWorkflowCommand({ Name: workflow, IncludeGraph: true }))
])
const tags = await glue.send(
  new GetTagsCommand({ ResourceArn: `arn:aws:glue:${region}:${identity.Account ?? ''}:workflow/${workflow}` })
)
if ((found.JobsNotFound ?? []).length > 0 || !existing.Workflow?.Graph || !tags.Tags) process.exitCode = 1
