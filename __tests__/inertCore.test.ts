/** inertCore: every line the action logs through it is one line that the runner never reads as a command. */
import { describe, expect, it, jest } from '@jest/globals'
import * as core from '../src/inertCore.js'

const HOSTILE = 'tag\n::stop-commands::x\n::error::forged'

function printed(log: () => void): string[] {
  const writes: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk))
    return true
  })
  try {
    log()
  } finally {
    spy.mockRestore()
  }
  return writes.join('').split('\n').filter(Boolean)
}

describe('inertCore', () => {
  it.each([
    ['info', () => core.info(HOSTILE)],
    ['info starting with ::', () => core.info('::error::forged')],
    ['warning with a title', () => core.warning(HOSTILE, { title: HOSTILE })],
    ['error', () => core.error(new Error(HOSTILE))],
    ['notice', () => core.notice(HOSTILE)],
    ['group', () => core.startGroup(HOSTILE)]
  ])('%s: one line, no forged command', (_, log) => {
    const lines = printed(log)
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toMatch(/^::(stop-commands|error::forged)/)
  })

  it('passes the rest of @actions/core through', () => {
    expect(core.ExitCode.Failure).toBe(1)
    expect(typeof core.setOutput).toBe('function')
  })
})
