import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { parseCliArgs } from '../../glue-local/cli-args.js'

describe('glue-local CLI', () => {
  it('starts on a free port, prints its URL, serves Glue and exits cleanly on SIGTERM', async () => {
    // Own process group, so that the signal reaches npx, tsx and the server process alike.
    const args = ['--port', '0', '--seed', '3', '--trigger-transition-ms', '0', '--graph-lag-ms', '250']
    const child = spawn('npx', ['tsx', 'glue-local/cli.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = once(child, 'exit')
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed; stdout: ${stdout}`)), 30_000)
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString()
          const match = /^glue-local listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout)
          if (match) {
            clearTimeout(timer)
            resolve(match[1])
          }
        })
        child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${stdout}`)))
      })
      const response = await fetch(`${url}/`, {
        method: 'POST',
        headers: { 'X-Amz-Target': 'AWSGlue.GetWorkflow', 'Content-Type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ Name: 'missing' })
      })
      expect(response.status).toBe(400)
      expect(response.headers.get('x-amzn-errortype')).toBe('EntityNotFoundException')
      const faults = (await (await fetch(`${url}/__glue_local/faults`)).json()) as { seed: number }
      expect(faults.seed).toBe(3)
      const simulation = (await (await fetch(`${url}/__glue_local/simulation`)).json()) as Record<string, number>
      expect(simulation).toMatchObject({ triggerTransitionMs: 0, triggerDeleteMs: 1000, graphLagMs: 250 })
      process.kill(-child.pid!, 'SIGTERM')
      await exited
      expect(stderr).toContain('SIGTERM received, shutting down')
      await expect(fetch(`${url}/__glue_local/health`)).rejects.toThrow()
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
    }
  })

  it('parses the trigger lifecycle and graph lag flags (0 = instant) and rejects negative or non-numeric values', () => {
    const { options } = parseCliArgs([
      '--trigger-transition-ms',
      '0',
      '--trigger-delete-ms',
      '2500',
      '--graph-lag-ms',
      '100',
      '--stop-duration-ms',
      '50'
    ])
    expect(options.simulation).toEqual({
      triggerTransitionMs: 0,
      triggerDeleteMs: 2500,
      graphLagMs: 100,
      stopDurationMs: 50
    })
    expect(parseCliArgs([]).options.simulation).toEqual({})
    expect(() => parseCliArgs(['--trigger-delete-ms=-1'])).toThrow(/--trigger-delete-ms expects a number >= 0/)
    expect(() => parseCliArgs(['--graph-lag-ms', 'soon'])).toThrow(/--graph-lag-ms expects a number/)
  })
})
