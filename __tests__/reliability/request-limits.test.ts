/**
 * Reliability: inputs that validate must never fail half-way through a deploy. Every request a deploy sends must fit
 * Glue's model (lengths, patterns, sizes), also for the longest legal names and the widest legal fan-in, where the
 * text the action generates itself (trigger descriptions) would otherwise grow past Glue's limits. A second deploy
 * with the same inputs makes no write.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import { errorLines, runMainStep } from '../../testkit/actionStep.js'
import { createJobs } from '../../testkit/glue.js'
import { report } from './helpers/pool.js'

let local: GlueLocal
beforeAll(async () => {
  local = await startGlueLocal({ port: 0 })
})
afterAll(async () => {
  await local.close()
})

const pad = (prefix: string, length: number, fill = 'x') => prefix + fill.repeat(length - prefix.length)

interface Case {
  name: string
  workflow: string
  jobs: string[]
  inputs: Record<string, string>
  /** Triggers the deploy must leave: the start trigger plus one per stage that waits for another. */
  triggers: number
}

/** Forty 60-character stage names that start together, and one stage that waits for all of them. */
function fortyWide(): Case {
  const workflow = 'limits-forty'
  const stages = Array.from({ length: 40 }, (_, i) => pad(`stage-${String(i + 1).padStart(2, '0')}-`, 60))
  const jobs = stages.map((_, i) => `${workflow}-job-${i + 1}`)
  const lines = stages.map((s, i) => `${s}: { job: ${jobs[i]}, after: [] }`)
  lines.push(`last: { job: ${workflow}-last, after: [${stages.join(', ')}] }`)
  return {
    name: 'forty 60-character stages and a fan-in of all of them',
    workflow,
    jobs: [...jobs, `${workflow}-last`],
    inputs: { jobs: lines.join('\n') },
    triggers: 2
  }
}

/**
 * The longest legal names everywhere: a 255-character workflow name, 255-character job names, 64-character stage
 * names, 100 stages (50 starting first, one waiting for any of them, a chain after it), 46 tags with 128-character
 * keys and 256-character values, a 2,048-character description and a 255-character run-property key.
 */
function longestNames(): Case {
  const workflow = pad('limits-longest-', 255, 'w')
  const stage = (i: number) => pad(`s${String(i).padStart(3, '0')}-`, 64)
  const job = (i: number) => pad(`lj${String(i).padStart(3, '0')}-`, 255, 'j')
  const lines: string[] = []
  for (let i = 1; i <= 50; i++) lines.push(`${stage(i)}: { job: ${job(i)}, after: [] }`)
  lines.push(
    `${stage(51)}: { job: ${job(51)}, after: [${Array.from({ length: 50 }, (_, i) => stage(i + 1)).join(', ')}], when: any }`
  )
  for (let i = 52; i <= 100; i++) lines.push(`${stage(i)}: { job: ${job(i)}, after: ${stage(i - 1)} }`)
  const tags = Array.from({ length: 46 }, (_, i) => `${pad(`k${i}-`, 128, 'k')}: ${pad(`v${i}-`, 256, 'v')}`)
  return {
    name: 'the longest legal names',
    workflow,
    jobs: Array.from({ length: 100 }, (_, i) => job(i + 1)),
    inputs: {
      jobs: lines.join('\n'),
      tags: tags.join('\n'),
      description: pad('longest description ', 2048, 'd'),
      'default-run-properties': `${pad('p-', 255, 'p')}: value`
    },
    triggers: 51
  }
}

async function deployTwice(c: Case) {
  await createJobs(local.url, c.jobs, 100)
  const inputs = { mode: 'deploy', 'workflow-name': c.workflow, ...c.inputs }
  const first = await runMainStep({ endpoint: local.url, inputs })
  const second = await runMainStep({ endpoint: local.url, inputs })
  const triggers = Object.values(local.state().triggers).filter((t) => t.WorkflowName === c.workflow)
  return {
    name: c.name,
    codes: [first.code, second.code],
    errors: [...errorLines(first), ...errorLines(second)],
    triggers: triggers.length,
    notActivated: triggers.filter((t) => t.Type === 'CONDITIONAL' && t.State !== 'ACTIVATED').length,
    longestDescription: Math.max(...triggers.map((t) => (t.Description ?? '').length)),
    secondChanged: second.outputs.changed,
    expectedTriggers: c.triggers
  }
}

describe('request limits: deploys that validate never fail half-way', () => {
  it('deploys the widest fan-in and the longest legal names whole, and a redeploy writes nothing', async () => {
    const rejectedBefore = local.calls().calls.filter((c) => c.write && c.outcome === 'error').length
    const results = [await deployTwice(fortyWide()), await deployTwice(longestNames())]
    const rejected = local.calls().calls.filter((c) => c.write && c.outcome === 'error').length - rejectedBefore
    report('request limits', {
      cases: results
        .map((r) => `${r.name}: ${r.triggers} triggers, longest description ${r.longestDescription}`)
        .join('; '),
      'requests Glue rejected': rejected
    })
    expect(results.filter((r) => r.codes.some((c) => c !== 0) || r.errors.length > 0)).toEqual([])
    expect(results.map((r) => [r.triggers, r.notActivated, r.secondChanged])).toEqual(
      results.map((r) => [r.expectedTriggers, 0, 'false'])
    )
    expect(rejected).toBe(0)
  }, 120_000)
})
