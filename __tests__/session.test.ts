/** The session reads the jobs' logging arguments once per step, keeps only those, and goes on without them. */
import { describe, expect, it, jest } from '@jest/globals'
import { Session } from '../src/session.js'

function sessionWith(
  getJobs: (names: string[]) => Promise<{ defaultArguments: Map<string, Record<string, string>>; missing: string[] }>
) {
  const session = new Session('wf', 'eu-west-1')
  const calls: string[][] = []
  Object.defineProperty(session, 'gateway', {
    value: {
      getJobs: (names: string[]) => {
        calls.push(names)
        return getJobs(names)
      }
    }
  })
  return { session, calls }
}

describe('Session.linkContext', () => {
  it('reads only the jobs not read yet, once, and keeps only their logging arguments', async () => {
    const { session, calls } = sessionWith((names) =>
      Promise.resolve({
        defaultArguments: new Map(
          names.map((n) => [n, { '--enable-continuous-cloudwatch-log': 'true', '--db-password': 'hunter2' }])
        ),
        missing: []
      })
    )
    session.rememberJobs(new Map([['bronze', {}]]))
    const ctx = await session.linkContext(['bronze', 'silver', 'silver'])
    await session.linkContext(['silver'])
    expect(calls).toEqual([['silver']])
    expect(ctx.region).toBe('eu-west-1')
    expect(ctx.jobArguments?.('silver')).toEqual({ '--enable-continuous-cloudwatch-log': 'true' })
    expect(ctx.jobArguments?.('bronze')).toEqual({})
  })

  it('goes on without them when the read is refused (a debug line says why), and does not ask again', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const refused = Object.assign(new Error('not authorized to perform: glue:BatchGetJobs'), {
        name: 'AccessDeniedException'
      })
      const { session, calls } = sessionWith(() => Promise.reject(refused))
      const ctx = await session.linkContext(['silver'])
      await session.linkContext(['silver'])
      expect(ctx.jobArguments?.('silver')).toEqual({})
      expect(calls).toHaveLength(1)
      expect(String(write.mock.calls[0][0])).toMatch(
        /^::debug::Log links without the jobs' own arguments: Access denied/
      )
    } finally {
      write.mockRestore()
    }
  })
})
