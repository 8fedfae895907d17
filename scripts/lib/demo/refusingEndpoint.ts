/**
 * An endpoint that refuses every Glue and STS call the way AWS refuses a bad signature, and whose error message
 * quotes the request's credentials: the access key id of the Authorization header and the session token header
 * (AWS's signature errors quote the canonical request, which holds X-Amz-Security-Token). The demo runs the action
 * against it to show that the action redacts them; `quoted` says which credential values the endpoint did send back,
 * so that "nothing printed" cannot pass just because nothing was there to print.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RefusingEndpoint {
  url: string
  /** Refused calls (Glue and STS). */
  readonly refused: number
  /** The credential values quoted back in at least one answer. */
  readonly quoted: ReadonlySet<string>
  close(): Promise<void>
}

/** `secrets`: the credential values to watch for in the answers (the canary values the step runs with). */
export async function startRefusingEndpoint(secrets: string[]): Promise<RefusingEndpoint> {
  let refused = 0
  const quoted = new Set<string>()
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      refused++
      const credential = /Credential=([^,]+)/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '(none)'
      const token = String(req.headers['x-amz-security-token'] ?? '(none)')
      // Both values early in the message: the action shortens long error lines.
      const message =
        `The request signature we calculated does not match the signature you provided (Credential=${credential}). ` +
        `The Canonical String for this request should have been 'POST / x-amz-security-token:${token} ` +
        `host:${String(req.headers.host)}'`
      for (const secret of secrets) if (message.includes(secret)) quoted.add(secret)
      if (req.headers['x-amz-target']) {
        res.writeHead(403, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-errortype': 'InvalidSignatureException'
        })
        res.end(JSON.stringify({ __type: 'InvalidSignatureException', message }))
      } else {
        const xml = message.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        res.writeHead(403, { 'content-type': 'text/xml' })
        res.end(
          `<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>${xml}</Message></Error><RequestId>1</RequestId></ErrorResponse>`
        )
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get refused() {
      return refused
    },
    quoted,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
