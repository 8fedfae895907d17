/** watchRequestsWritten: resolves when the requests are on the wire, before any answer; counts failed ones too. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { watchRequestsWritten } from '../../src/aws/requestsWritten.js'

let server: http.Server
let url = ''
/** Requests the server has received (it answers each one only when released). */
const received: string[] = []
const pending: (() => void)[] = []
const releaseAll = () => pending.splice(0).forEach((answer) => answer())

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(req.url ?? '')
    req.resume()
    pending.push(() => res.end('ok'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  releaseAll()
  await new Promise((resolve) => server.close(resolve))
})

function post(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method: 'POST', agent: false }, (res) => {
      let body = ''
      res.on('data', (d: Buffer) => (body += d.toString()))
      res.on('end', () => resolve(body))
    })
    req.on('error', reject)
    req.end('{"Name":"wf"}')
  })
}

describe('watchRequestsWritten', () => {
  it('resolves once the requests are written, while their answers are still held back', async () => {
    const watch = watchRequestsWritten(2)
    const answers = [post('/a'), post('/b')]
    await watch.written
    for (let i = 0; i < 100 && received.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(received.slice(-2).sort()).toEqual(['/a', '/b'])
    releaseAll()
    expect(await Promise.all(answers)).toEqual(['ok', 'ok'])
  })

  it('counts a request that fails before it is written (connection refused)', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const watch = watchRequestsWritten(1)
    const failed = new Promise<void>((resolve) => {
      http
        .request(`http://127.0.0.1:${port}/`, { method: 'POST', agent: false })
        .on('error', () => resolve())
        .end('x')
    })
    await failed
    await watch.written
  })

  it('resolves at once for no request, and on stop()', async () => {
    await watchRequestsWritten(0).written
    const watch = watchRequestsWritten(5)
    watch.stop()
    await watch.written
  })
})
