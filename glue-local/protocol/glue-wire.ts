import type http from 'node:http'
import type { GlueError } from './glue-error.js'
import { AMZ_JSON_11, send } from './http-io.js'

/** Sends a successful AWS JSON 1.1 response. */
export function sendGlueResult(res: http.ServerResponse, requestId: string, body: unknown): void {
  send(res, 200, AMZ_JSON_11, JSON.stringify(body ?? {}), { 'x-amzn-RequestId': requestId })
}

/** Sends an AWS JSON 1.1 error: bare name in body `__type` and in `x-amzn-ErrorType`, message in `Message`. */
export function sendGlueError(res: http.ServerResponse, requestId: string, error: GlueError): void {
  const body = JSON.stringify({ __type: error.type, Message: error.message })
  send(res, error.statusCode, AMZ_JSON_11, body, { 'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': error.type })
}

/** Operation name from `X-Amz-Target: AWSGlue.<Operation>`, or undefined when the header is not a Glue target. */
export function glueOperationFromTarget(target: string | undefined): string | undefined {
  if (!target?.startsWith('AWSGlue.')) return undefined
  return target.slice('AWSGlue.'.length)
}

/** The region of the SigV4 credential scope (`Credential=AKID/date/<region>/<service>/aws4_request`), if any. */
export function signingRegion(authorization: string | undefined): string | undefined {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(authorization ?? '')
  return match?.[1]
}
