/**
 * Waiting until HTTP requests are on the wire. Loading code (a chunk of the bundle) compiles and runs on the main
 * thread and holds back whatever the event loop still has to do for requests already started (connect, write): a
 * step that sends its first AWS calls and then loads more code waits for this first, so that the loading overlaps the
 * calls' round trip instead of delaying them.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'

const REQUEST_START = 'http.client.request.start'

/**
 * Watches the HTTP requests this process starts from now on; `written` resolves once `count` of them have been handed
 * to the operating system ('finish'), or have ended without it ('close'). Then, or on `stop()`, it stops watching.
 * It never rejects; a caller whose requests may never start (a call that fails before sending) races it with them.
 */
export function watchRequestsWritten(count: number): { written: Promise<void>; stop: () => void } {
  let done = 0
  let resolve!: () => void
  const written = new Promise<void>((r) => (resolve = r))
  const onStart = (message: unknown) => {
    const { request } = message as { request: ClientRequest }
    let counted = false
    const settle = () => {
      if (counted) return
      counted = true
      if (++done >= count) stop()
    }
    request.once('finish', settle)
    request.once('close', settle)
  }
  const stop = () => {
    unsubscribe(REQUEST_START, onStart)
    resolve()
  }
  if (count <= 0) stop()
  else subscribe(REQUEST_START, onStart)
  return { written, stop }
}
