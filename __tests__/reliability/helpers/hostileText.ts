/**
 * A hostile Glue endpoint, as a rewrite for the relay of killSwitch.ts: every answer carries `text` appended to each
 * occurrence of MARKER (put the marker in names, tag keys, error messages) and to every workflow run id; the requests
 * the action sends back have it taken out again, so Glue sees its own names and ids and the run goes on as usual.
 */

/** Put this in any name or text created in Glue: the action reads it with the hostile text after it. */
export const MARKER = 'INJECT'

export function hostileRewrite(text: string): { request(body: string): string; answer(body: string): string } {
  const escaped = JSON.stringify(text).slice(1, -1)
  return {
    answer: (body) =>
      body
        .split(MARKER)
        .join(`${MARKER}${escaped}`)
        .replace(/"(wr_[0-9a-f]{8,})"/g, `"$1${escaped}"`),
    request: (body) => body.split(escaped).join('')
  }
}
