/** Creates Glue jobs and crawlers on the local Glue endpoint (glue-local); names that already exist are left alone. */
import {
  AlreadyExistsException,
  CreateCrawlerCommand,
  CreateJobCommand,
  GlueClient,
  IdempotentParameterMismatchException
} from '@aws-sdk/client-glue'

export interface LocalJobsOptions {
  endpoint: string
  /** Job names; `crawler:NAME` creates a crawler. */
  names: string[]
  durationMs?: number
}

/** Creates every job and crawler named; returns the names created (the others already existed). */
export async function createLocalJobs(options: LocalJobsOptions): Promise<string[]> {
  const glue = new GlueClient({
    endpoint: options.endpoint,
    region: process.env.AWS_REGION ?? 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
  })
  const duration = String(options.durationMs ?? 1000)
  const created: string[] = []
  try {
    for (const name of options.names) {
      const crawler = name.startsWith('crawler:')
      const command = crawler
        ? new CreateCrawlerCommand({
            Name: name.slice('crawler:'.length),
            Role: 'arn:aws:iam::123456789012:role/glue',
            Targets: { S3Targets: [{ Path: `s3://lake/${name.slice('crawler:'.length)}` }] }
          })
        : new CreateJobCommand({
            Name: name,
            Role: 'arn:aws:iam::123456789012:role/glue',
            Command: { Name: 'glueetl', ScriptLocation: `s3://scripts/${name}.py` },
            DefaultArguments: { '--simulate-duration-ms': duration }
          })
      try {
        await glue.send(command as CreateJobCommand)
        created.push(name)
      } catch (error) {
        if (!(error instanceof AlreadyExistsException || error instanceof IdempotentParameterMismatchException))
          throw error
      }
    }
  } finally {
    glue.destroy()
  }
  return created
}
