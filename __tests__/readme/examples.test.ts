/**
 * Every YAML example of the README, tested as written:
 *
 * - each workflow is valid (SchemaStore schema, actionlint) and passes only inputs that action.yml declares, and
 *   reads only outputs that it declares (`steps.<id>.outputs.<name>`);
 * - the workflows run in the order a team meets them, against one local Glue endpoint that already has the Glue jobs
 *   and crawlers they name: the pull request's plan, the post-merge deploy + start + verify, the nightly verify, the
 *   smoke run, and the next pull request's plan (which must find nothing to change). Each job runs as a runner runs
 *   it (__tests__/e2e/workflowRunner.ts): configure-aws-credentials sets the region, this action's steps run the
 *   built dist/ with action.yml's defaults and their post steps, `run:` steps run in bash with `${{ }}` substituted;
 *   the pull requests' steps run on a pull_request event and post their plan to a stand-in of GitHub's API;
 * - each `jobs:` input example deploys (as a dry run) without an error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { startGlueLocal, type GlueLocal } from '../../glue-local/index.js'
import {
  actionlintFindings,
  actionUsageFindings,
  schemaFindings,
  usesThisAction
} from '../../scripts/lib/actionFiles.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCrawlers, createJobs } from '../../testkit/glue.js'
import { ROOT, runMainStep } from '../../testkit/actionStep.js'
import { startGitHubApi, type GitHubStandIn } from '../../testkit/githubApi.js'
import { ACTION_YML, describeJob, runWorkflowJob, type JobRun, type Workflow } from '../e2e/workflowRunner.js'
import { yamlExamples, type YamlExample } from './readme.js'

const examples = yamlExamples()
const workflows = examples.filter((e) => e.kind === 'workflow')
const jobsInputs = examples.filter((e) => e.kind === 'jobs-input')

/** The event a workflow runs on (its first). */
function trigger(workflow: Workflow): string {
  const on = workflow.on
  if (typeof on === 'string') return on
  if (Array.isArray(on)) return String(on[0])
  return Object.keys(on as object)[0]
}

/** The order a team meets the workflows in: a pull request, its merge, the night after, then on demand. */
const TEAM_ORDER = ['pull_request', 'push', 'schedule', 'workflow_dispatch']

/** Every `jobs` input of this action in the README: from workflows and from the jobs-input examples. */
function allJobsInputs(): string[] {
  const inputs = jobsInputs.map((e) => e.jobsInput!)
  for (const e of workflows)
    for (const job of Object.values(e.workflow!.jobs))
      for (const step of job.steps)
        if (usesThisAction(step.uses) && typeof step.with?.jobs === 'string') inputs.push(step.with.jobs)
  return inputs
}

/** Glue job and crawler names a jobs input refers to. */
function gluePieces(jobsInput: string): { jobs: string[]; crawlers: string[] } {
  const stages = parse(jobsInput) as Record<string, string | { job?: string; crawler?: string }>
  const jobs: string[] = []
  const crawlers: string[] = []
  for (const stage of Object.values(stages)) {
    if (typeof stage === 'string') jobs.push(stage)
    else if (stage.job) jobs.push(stage.job)
    else if (stage.crawler) crawlers.push(stage.crawler)
  }
  return { jobs, crawlers }
}

describe('README examples', () => {
  it('are workflows and jobs inputs, each workflow runs on a different event, this action at @v1', () => {
    expect(workflows.map((e) => trigger(e.workflow!)).sort()).toEqual([...TEAM_ORDER].sort())
    expect(jobsInputs.length).toBeGreaterThanOrEqual(2)
    for (const e of workflows) {
      const uses = Object.values(e.workflow!.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter(usesThisAction))
      expect([e.heading, uses.length > 0, uses.every((u) => u === 'metriccare/glue-workflow-action@v1')]).toEqual([
        e.heading,
        true,
        true
      ])
    }
  })

  it.each(workflows.map((e): [string, YamlExample] => [`${e.index} (${e.heading})`, e]))(
    'workflow %s is valid, with inputs and outputs that action.yml declares',
    async (_, example) => {
      const file = `README.md example ${example.index}`
      const findings = [
        ...schemaFindings(file, example.text, 'workflow'),
        ...(await actionlintFindings(file, example.text)),
        ...actionUsageFindings(file, example.text, ACTION_YML)
      ]
      expect(findings).toEqual([])
    }
  )

  describe('run in the order a team meets them, against the local Glue endpoint', () => {
    let glue: GlueLocal
    // The pull request's plan comment goes to a stand-in of GitHub's API, with the runner's (dummy) job token.
    let github: GitHubStandIn
    let eventPath: string
    const runs = new Map<string, JobRun>()

    beforeAll(async () => {
      github = await startGitHubApi({ token: 'ghs_test-runner-token' })
      eventPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gwa-readme-')), 'event.json')
      fs.copyFileSync(path.join(ROOT, '__tests__', 'fixtures', 'github', 'pull_request.opened.json'), eventPath)
      glue = await startGlueLocal({ port: 0, simulation: { jobDurationMs: 200, crawlerDurationMs: 300 } })
      const pieces = allJobsInputs().map(gluePieces)
      await createJobs(glue.url, [...new Set(pieces.flatMap((p) => p.jobs))], 200)
      await createCrawlers(glue.url, [...new Set(pieces.flatMap((p) => p.crawlers))])
    })
    afterAll(async () => {
      await glue.close()
      await github.close()
      fs.rmSync(path.dirname(eventPath), { recursive: true, force: true })
    })

    const ordered = [...TEAM_ORDER, 'pull_request (the next one)']
    it.each(ordered)('%s', async (event) => {
      const example = workflows.find((e) => trigger(e.workflow!) === event.split(' ')[0])!
      const pullRequest = event.startsWith('pull_request')
      const run = await runWorkflowJob(example.workflow!, {
        endpoint: glue.url,
        env: pullRequest
          ? { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: github.url }
          : { GITHUB_EVENT_NAME: event }
      })
      runs.set(event, run)
      // On failure, the message lists every step with its outcome and the end of the failing steps' logs.
      expect(run.conclusion === 'success' ? 'success' : describeJob(run)).toBe('success')
      expect(run.steps.filter((s) => s.kind === 'action').length).toBeGreaterThan(0)
      for (const post of run.posts) expect(post.result.code).toBe(0)

      const action = run.steps.find((s) => s.kind === 'action')!
      const workflowsInGlue = Object.keys(glue.state().workflows)
      if (event === 'pull_request') {
        // A plan on an empty account: everything to create, nothing written; posted on the pull request.
        expect([action.outputs.changed, workflowsInGlue]).toEqual(['true', []])
        const [comment] = github.comments('metriccare/lakehouse#17')
        expect(comment.body).toContain('+ create trigger metriccare_etl_workflow-run-silver')
        expect(comment.body).toContain('+     silver waits for bronze SUCCEEDED')
        expect(comment.body).toContain('+     --quality-checks: strict')
      } else if (event === 'push') {
        expect(action.outputs).toMatchObject({ changed: 'true', 'run-status': 'COMPLETED', verified: 'true' })
        const echo = run.steps.find((s) => s.kind === 'run')!
        expect(echo.stdout).toMatch(new RegExp(`^run ${action.outputs['run-id']} took [0-9.]+ s$`, 'm'))
        expect(action.outputs['workflow-arn']).toMatch(/^arn:aws:glue:eu-west-1:123456789012:workflow\//)
      } else if (event === 'schedule') {
        expect(action.outputs).toMatchObject({ verified: 'true', findings: '[]' })
      } else if (event === 'workflow_dispatch') {
        expect(action.outputs).toMatchObject({ 'run-status': 'COMPLETED', verified: 'true' })
        expect(run.steps.at(-1)!.outcome).toBe('skipped')
      } else {
        // The pull request after the merge plans against what the merge deployed: the examples agree.
        expect(action.outputs.changed).toBe('false')
        expect(action.stdout).toContain('No changes')
        // The same comment, updated in place.
        const comments = github.comments('metriccare/lakehouse#17')
        expect(comments).toHaveLength(1)
        expect(comments[0].body).toContain('No changes: Glue already matches the inputs.')
      }
    })
  })

  describe('jobs inputs', () => {
    let glue: GlueLocal
    beforeAll(async () => {
      glue = await startGlueLocal({ port: 0 })
      const pieces = allJobsInputs().map(gluePieces)
      await createJobs(glue.url, [...new Set(pieces.flatMap((p) => p.jobs))], 200)
      await createCrawlers(glue.url, [...new Set(pieces.flatMap((p) => p.crawlers))])
    })
    afterAll(async () => {
      await glue.close()
    })

    it.each(jobsInputs.map((e): [string, YamlExample] => [`${e.index} (${e.heading})`, e]))(
      'example %s deploys as a dry run',
      async (_, example) => {
        const stages = Object.keys(parse(example.jobsInput!) as object)
        const step = await runMainStep({
          endpoint: glue.url,
          inputs: {
            ...Object.fromEntries(Object.entries(ACTION_YML.inputs).map(([k, v]) => [k, v.default ?? ''])),
            mode: 'deploy',
            'dry-run': 'true',
            'workflow-name': `readme_example_${example.index}`,
            jobs: example.jobsInput!
          }
        })
        expect([step.code, step.stdout.split('\n').filter((l) => l.startsWith('::error'))]).toEqual([0, []])
        const plan = JSON.parse(step.outputs.plan) as { name: string; action: string }[]
        expect(plan.length).toBe(stages.length + 1)
        expect(plan.every((p) => p.action === 'create')).toBe(true)
      }
    )
  })
})
