/**
 * The README's "Run it locally" commands, run as written: glue-local (started here on a free port instead of 4599),
 * `npm run glue-local:jobs`, `cp .env.example .env` (to a temp file, with the port changed), then
 * `npx @github/local-action run . src/main.ts .env` and the same with `--post src/post.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Tokens } from 'marked'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { ROOT } from '../../testkit/actionStep.js'
import { TOKENS } from './readme.js'

/** The lines of the bash blocks of the README's "Run it locally" section. */
function commands(): string[] {
  const lines: string[] = []
  let inSection = false
  for (const token of TOKENS) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2)
      inSection = (token as Tokens.Heading).text === 'Run it locally'
    else if (inSection && token.type === 'code' && (token as Tokens.Code).lang === 'bash')
      lines.push(...(token as Tokens.Code).text.split('\n').filter((l) => l.trim()))
  }
  return lines
}

/** Runs a command without blocking: glue-local answers from this process. */
function exec(
  command: string,
  args: string[],
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout })
    })
  })
}

let glue: GlueLocal
let dir: string

beforeAll(async () => {
  glue = await startGlueLocal({ port: 0, simulation: { crawlerDurationMs: 300 } })
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-action-'))
})
afterAll(async () => {
  await glue.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('README: Run it locally', () => {
  it('runs main, then main and post, with @github/local-action against glue-local, as the README says', async () => {
    const lines = commands()
    expect(lines).toEqual([
      'npm run glue-local -- --port 4599',
      'npm run glue-local:jobs -- mc-bronze-ingest mc-silver-clean mc-gold-aggregate crawler:mc-gold-catalog',
      'cp .env.example .env',
      'npx @github/local-action run . src/main.ts .env',
      'npx @github/local-action run . src/main.ts .env --post src/post.ts'
    ])
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), NO_COLOR: '1' }
    const dotenv = path.join(dir, '.env')
    const outputs: { code: number | null; stdout: string }[] = []
    for (const line of lines.slice(1)) {
      if (line === 'cp .env.example .env') {
        const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8')
        expect(example).toContain('http://127.0.0.1:4599')
        fs.writeFileSync(dotenv, example.replaceAll('http://127.0.0.1:4599', glue.url))
        continue
      }
      const [command, ...args] = line.split(' ').map((a) => (a === '.env' ? dotenv : a))
      outputs.push(await exec(command, args, { ...env, AWS_ENDPOINT_URL_GLUE: glue.url }))
    }
    const [jobs, main, mainAndPost] = outputs
    expect([jobs.code, jobs.stdout]).toEqual([0, expect.stringContaining('created mc-bronze-ingest')])
    for (const run of [main, mainAndPost]) {
      expect([run.code, run.code === 0 ? '' : run.stdout.slice(-3000)]).toEqual([0, ''])
      expect(run.stdout).toContain('Action Outputs')
      expect(run.stdout).toContain('::set-output name=verified::true')
      expect(run.stdout).toMatch(/::set-output name=run-status::COMPLETED/)
    }
    expect(main.stdout).toContain('::set-output name=changed::true')
    expect(main.stdout).not.toContain('Running Post Step')
    // The second run: an unchanged redeploy, a new run, then the post step, once, with the main step's state.
    expect(mainAndPost.stdout).toContain('::set-output name=changed::false')
    const post = mainAndPost.stdout.slice(mainAndPost.stdout.indexOf('Running Post Step'))
    expect(post.match(/the main step took care of it; nothing to clean up/g)?.length).toBe(1)
    expect(mainAndPost.stdout).not.toContain('does not export a run() function')
  }, 180_000)
})
