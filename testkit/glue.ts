/** Sets up Glue jobs and crawlers on the local endpoint, the way a data team's account already has them. */
import { CreateCrawlerCommand, CreateJobCommand, GlueClient } from '@aws-sdk/client-glue'

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
