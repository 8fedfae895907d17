/**
 * A local Glue endpoint behind a small HTTP relay that can SIGKILL the action right after its k-th write call was
 * answered: once k write responses have gone back, the next request the action sends (whatever it is) is not passed
 * on; the action is killed instead. So exactly k writes reach Glue, whatever the machine's load or timing.
 */
import type { ChildProcess } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { isWriteOperation, startGlueLocal, type GlueLocal } from '../../../glue-local/index.js'

export interface KillSwitch {
  local: GlueLocal
  /** The relay's URL: give this to the action as its endpoint. */
  url: string
  /** Arms the switch for the next step: kill `child` once `k` write calls have been answered (counting from now). */
  arm(child: ChildProcess, k: number): void
  /** The k at which the last armed step was killed, or undefined when it ended before its k-th write. */
  killedAt(): number | undefined
  close(): Promise<void>
}

function operationOf(req: http.IncomingMessage): string {
  const target = req.headers['x-amz-target']
  return typeof target === 'string' ? (target.split('.')[1] ?? '') : ''
}

export interface RelayOptions {
  /** Called as each request arrives, with its Glue operation (before it is held or passed on). */
  onRequest?: (operation: string) => void
  /** Holds a request this long before passing it on (e.g. to signal the action while a call is in flight). */
  holdMs?: (operation: string) => number
  /** Loses the answer: Glue carries the call out, but the connection drops before the action hears back. */
  loseAnswer?: (operation: string) => boolean
  /** Passes the request on at once, but holds Glue's answer this long (Glue has acted; the action waits). */
  answerDelayMs?: (operation: string) => number
  /** Holds a request until the promise settles (e.g. a barrier that lets several starts through together). */
  gate?: (operation: string) => Promise<void> | undefined
  /** Rewrites what passes: request bodies on the way to Glue, answer bodies on the way back (a hostile endpoint). */
  rewrite?: { request(body: string): string; answer(body: string): string }
}

export async function startKillSwitch(
  options: Parameters<typeof startGlueLocal>[0] = {},
  relayOptions: RelayOptions = {}
): Promise<KillSwitch> {
  const local = await startGlueLocal({ port: 0, ...options })
  const upstream = new URL(local.url)
  let armed: { child: ChildProcess; k: number; answered: number } | undefined
  let killed: number | undefined
  let closed = false

  const relay = http.createServer((req, res) => {
    if (armed && armed.answered >= armed.k) {
      armed.child.kill('SIGKILL')
      killed = armed.k
      armed = undefined
      res.socket?.destroy()
      return
    }
    const operation = operationOf(req)
    relayOptions.onRequest?.(operation)
    const write = isWriteOperation(operation)
    const hold = relayOptions.holdMs?.(operation) ?? 0
    if (hold > 0) req.pause()
    const lose = relayOptions.loseAnswer?.(operation) ?? false
    const delay = relayOptions.answerDelayMs?.(operation) ?? 0
    const gate = relayOptions.gate?.(operation)
    if (gate) req.pause()
    void (gate ?? Promise.resolve()).then(() => setTimeout(() => pass(req, res, write, lose, delay), hold))
  })

  function pass(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    write: boolean,
    lose: boolean,
    delay: number
  ): void {
    const rewrite = relayOptions.rewrite
    const headers = { ...req.headers }
    if (rewrite) delete headers['content-length']
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        // Glue has applied the write once its answer starts: count it before the action can read it.
        if (write && armed) armed.answered++
        if (lose) {
          answer.resume()
          res.socket?.destroy()
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const timer = setTimeout(() => {
            if (res.destroyed || res.socket?.destroyed) return
            let body = Buffer.concat(chunks)
            const answerHeaders = { ...answer.headers }
            if (rewrite) {
              body = Buffer.from(rewrite.answer(body.toString('utf8')))
              answerHeaders['content-length'] = String(body.length)
            }
            res.writeHead(answer.statusCode ?? 502, answerHeaders)
            res.end(body)
          }, delay)
          // A held answer whose step is gone must not keep the test process alive.
          if (delay > 0) timer.unref()
        })
      }
    )
    forward.on('error', () => res.socket?.destroy())
    if (!rewrite) {
      req.pipe(forward)
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => forward.end(rewrite.request(Buffer.concat(chunks).toString('utf8'))))
    req.resume()
  }
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
  const { port } = relay.address() as AddressInfo

  return {
    local,
    url: `http://127.0.0.1:${port}`,
    arm(child, k) {
      armed = { child, k, answered: 0 }
      killed = undefined
    },
    killedAt: () => killed,
    close: async () => {
      if (closed) return
      closed = true
      relay.closeAllConnections()
      await new Promise<void>((resolve) => relay.close(() => resolve()))
      await local.close()
    }
  }
}
