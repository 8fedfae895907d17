import { GlueClient } from '@aws-sdk/client-glue'
import { STSClient } from '@aws-sdk/client-sts'
import { Readable } from 'node:stream'

export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' }
export const TEST_REGION = 'eu-west-1'

/** A raw response body captured on the wire, before the SDK deserialised it. */
export interface CapturedResponse {
  operation: string
  status: number
  headers: Record<string, string>
  body: unknown
}

interface RawResponse {
  statusCode: number
  headers: Record<string, string>
  body: unknown
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}

/**
 * A GlueClient for the local endpoint that records every raw response body (a middleware placed just above the
 * HTTP handler reads the body and hands the SDK an identical stream).
 */
export function capturingGlueClient(
  url: string,
  maxAttempts = 1
): { client: GlueClient; captured: CapturedResponse[] } {
  const client = new GlueClient({ endpoint: url, region: TEST_REGION, credentials: TEST_CREDENTIALS, maxAttempts })
  const captured: CapturedResponse[] = []
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args)
      const response = result.response as RawResponse
      if (response.body instanceof Readable) {
        const raw = await readStream(response.body)
        response.body = Readable.from([raw])
        const text = raw.toString('utf8')
        captured.push({
          operation: String(context.commandName).replace(/Command$/, ''),
          status: response.statusCode,
          headers: response.headers,
          body: text ? (JSON.parse(text) as unknown) : {}
        })
      }
      return result
    },
    { step: 'deserialize', priority: 'low', name: 'captureRawResponse' }
  )
  return { client, captured }
}

export function glueClient(url: string, maxAttempts = 1): GlueClient {
  return new GlueClient({ endpoint: url, region: TEST_REGION, credentials: TEST_CREDENTIALS, maxAttempts })
}

export function stsClient(url: string): STSClient {
  return new STSClient({ endpoint: url, region: TEST_REGION, credentials: TEST_CREDENTIALS, maxAttempts: 1 })
}

/** Sends a raw AWS JSON 1.1 request (for things the SDK would not send). */
export async function rawGlueCall(
  url: string,
  operation: string,
  body: unknown
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/`, {
    method: 'POST',
    headers: { 'X-Amz-Target': `AWSGlue.${operation}`, 'Content-Type': 'application/x-amz-json-1.1' },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>
  }
}
