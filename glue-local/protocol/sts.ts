import type http from 'node:http'
import type { GlueError } from './glue-error.js'
import { send } from './http-io.js'

export const STS_JSON_TARGET_PREFIX = 'AWSSecurityTokenServiceV20110615.'
const STS_XML_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

/** How the STS call arrived: awsQuery (form body + XML answer, what @aws-sdk/client-sts 3.1174 and the CLI send) or JSON. */
export type StsDialect = 'query' | 'json'

export interface StsRequest {
  dialect: StsDialect
  action: string
}

export interface CallerIdentity {
  UserId: string
  Account: string
  Arn: string
}

export function callerIdentity(accountId: string): CallerIdentity {
  return { UserId: 'AIDAGLUELOCAL00000000', Account: accountId, Arn: `arn:aws:iam::${accountId}:user/glue-local` }
}

/** Recognises an STS request (awsQuery form/query string, or JSON with the STS target); undefined when not STS. */
export function parseStsRequest(req: http.IncomingMessage, body: string): StsRequest | undefined {
  const target = req.headers['x-amz-target']
  if (typeof target === 'string' && target.startsWith(STS_JSON_TARGET_PREFIX)) {
    return { dialect: 'json', action: target.slice(STS_JSON_TARGET_PREFIX.length) }
  }
  if (target !== undefined) return undefined
  const contentType = req.headers['content-type'] ?? ''
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams
  const params = contentType.includes('application/x-www-form-urlencoded') ? new URLSearchParams(body) : query
  const action = params.get('Action')
  return action ? { dialect: 'query', action } : undefined
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function sendStsResult(
  res: http.ServerResponse,
  dialect: StsDialect,
  requestId: string,
  identity: CallerIdentity
): void {
  const headers = { 'x-amzn-RequestId': requestId }
  if (dialect === 'json') {
    send(res, 200, 'application/x-amz-json-1.0', JSON.stringify(identity), headers)
    return
  }
  const xml =
    `<GetCallerIdentityResponse xmlns="${STS_XML_NAMESPACE}">\n` +
    `  <GetCallerIdentityResult>\n` +
    `    <Arn>${xmlEscape(identity.Arn)}</Arn>\n` +
    `    <UserId>${xmlEscape(identity.UserId)}</UserId>\n` +
    `    <Account>${xmlEscape(identity.Account)}</Account>\n` +
    `  </GetCallerIdentityResult>\n` +
    `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n` +
    `</GetCallerIdentityResponse>\n`
  send(res, 200, 'text/xml', xml, headers)
}

/** STS error codes differ from Glue's: throttling is `Throttling`, an internal error `InternalFailure`. */
function stsCode(error: GlueError): string {
  if (error.type === 'ThrottlingException') return 'Throttling'
  if (error.type === 'InternalServiceException') return 'InternalFailure'
  return error.type
}

export function sendStsError(res: http.ServerResponse, dialect: StsDialect, requestId: string, error: GlueError): void {
  const code = stsCode(error)
  const headers = { 'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': code }
  if (dialect === 'json') {
    const body = JSON.stringify({ __type: code, message: error.message })
    send(res, error.statusCode, 'application/x-amz-json-1.0', body, headers)
    return
  }
  const xml =
    `<ErrorResponse xmlns="${STS_XML_NAMESPACE}">\n` +
    `  <Error>\n    <Type>${error.statusCode >= 500 ? 'Receiver' : 'Sender'}</Type>\n` +
    `    <Code>${xmlEscape(code)}</Code>\n    <Message>${xmlEscape(error.message)}</Message>\n  </Error>\n` +
    `  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`
  send(res, error.statusCode, 'text/xml', xml, headers)
}
