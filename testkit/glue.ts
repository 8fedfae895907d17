/** Sets up Glue jobs and crawlers on the local endpoint, the way a data team's account already has them. */
import { CreateCrawlerCommand, CreateJobCommand, GetWorkflowCommand, GlueClient } from '@aws-sdk/client-glue'

export function glueClient(url: string, maxAttempts = 5): GlueClient {
  return new GlueClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts
  })
}

/** Creates one Glue job whose runs last `durationMs` (glue-local's --simulate-duration-ms). */
export async function createJob(
  glue: GlueClient,
  name: string,
  durationMs: number,
  extraArgs: Record<string, string> = {},
  script = name
): Promise<void> {
  await glue.send(
    new CreateJobCommand({
      Name: name,
      Role: 'arn:aws:iam::123456789012:role/glue',
      Command: { Name: 'glueetl', ScriptLocation: `s3://scripts/${script}.py` },
      DefaultArguments: { '--simulate-duration-ms': String(durationMs), ...extraArgs }
    })
  )
}

/** Creates Glue jobs that each simulate a run of `durationMs` (glue-local's --simulate-duration-ms). */
export async function createJobs(
  url: string,
  names: string[],
  durationMs = 200,
  extraArgs: Record<string, string> = {}
) {
  const glue = glueClient(url)
  for (const name of names) await createJob(glue, name, durationMs, extraArgs)
  glue.destroy()
}

export async function createCrawlers(url: string, names: string[]) {
  const glue = glueClient(url)
  for (const name of names) {
    await glue.send(
      new CreateCrawlerCommand({
        Name: name,
        Role: 'arn:aws:iam::123456789012:role/glue',
        Targets: { S3Targets: [{ Path: `s3://lake/${name}` }] }
      })
    )
  }
  glue.destroy()
}

/** Trigger states Glue is still working on (the lifecycle of glue-local and of Glue). */
const TRANSIENT = new Set(['CREATING', 'ACTIVATING', 'DEACTIVATING', 'UPDATING', 'DELETING'])

/**
 * Waits until every trigger of the workflow rests (none CREATING, ACTIVATING, ...), as any Glue user must before
 * starting a run on triggers just created through the API; waits on state, up to `ms` (default 30 s).
 */
export async function triggersAtRest(glue: GlueClient, workflow: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    const out = await glue.send(new GetWorkflowCommand({ Name: workflow, IncludeGraph: true }))
    const busy = (out.Workflow?.Graph?.Nodes ?? [])
      .map((n) => n.TriggerDetails?.Trigger)
      .filter((t) => t && TRANSIENT.has(t.State ?? ''))
      .map((t) => `${t!.Name} ${t!.State}`)
    if (busy.length === 0) return
    if (Date.now() > until) throw new Error(`triggers of ${workflow} still busy after ${ms} ms: ${busy.join(', ')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
