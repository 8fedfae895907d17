/**
 * The baseline: the same deploy done the way teams script it with the AWS CLI v2 — one `aws glue` process per Glue
 * call, the same workflow and trigger names as the action. Two scripts:
 *  - first deploy: create-workflow, then create-trigger for the start trigger (ON_DEMAND, the root jobs) and one per
 *    waiting stage (CONDITIONAL, --start-on-creation, a predicate on the upstream jobs SUCCEEDED);
 *  - redeploy: the usual idempotent form, `get-X || create-X` for the workflow and each trigger. On an unchanged
 *    pipeline it makes one get call per resource and writes nothing (it never notices a changed trigger either).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { preciseNow } from '../actionStep.js'
import type { DemoPipeline, PipelineStage } from '../pipelines.js'

export interface CliScripts {
  firstDeploy: string
  redeploy: string
  /** AWS CLI processes (= Glue calls) per script run on an empty account / on an unchanged pipeline. */
  firstDeployCalls: number
  redeployCalls: number
}

const q = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`

interface TriggerCommand {
  name: string
  create: string
}

function triggerCommands(workflow: string, pipeline: DemoPipeline): TriggerCommand[] {
  const jobOf = new Map(pipeline.stages.map((s) => [s.name, s.job]))
  const roots = pipeline.stages.filter((s) => s.after.length === 0)
  const start = `${workflow}-start`
  const commands: TriggerCommand[] = [
    {
      name: start,
      create:
        `aws glue create-trigger --name ${q(start)} --workflow-name ${q(workflow)} --type ON_DEMAND ` +
        `--actions ${q(JSON.stringify(roots.map((s) => ({ JobName: s.job }))))}`
    }
  ]
  for (const stage of pipeline.stages.filter((s: PipelineStage) => s.after.length > 0)) {
    const name = `${workflow}-run-${stage.name}`
    const predicate = {
      Logical: 'AND',
      Conditions: stage.after.map((u) => ({ LogicalOperator: 'EQUALS', JobName: jobOf.get(u), State: 'SUCCEEDED' }))
    }
    commands.push({
      name,
      create:
        `aws glue create-trigger --name ${q(name)} --workflow-name ${q(workflow)} --type CONDITIONAL ` +
        `--start-on-creation --predicate ${q(JSON.stringify(predicate))} ` +
        `--actions ${q(JSON.stringify([{ JobName: stage.job }]))}`
    })
  }
  return commands
}

const PRELUDE = [
  '#!/usr/bin/env bash',
  'set -euo pipefail',
  '# AWS_CLI: the AWS CLI v2 binary; GLUE_ENDPOINT: the Glue endpoint (CLI 2.9 ignores AWS_ENDPOINT_URL).',
  'aws() { "$AWS_CLI" --endpoint-url "$GLUE_ENDPOINT" --region us-east-1 --output json "$@" >/dev/null; }'
]

export function cliScripts(workflow: string, pipeline: DemoPipeline): CliScripts {
  const triggers = triggerCommands(workflow, pipeline)
  const createWorkflow = `aws glue create-workflow --name ${q(workflow)}`
  const firstDeploy = [
    ...PRELUDE,
    `# First deploy of workflow ${workflow}: the workflow, then its ${triggers.length} triggers.`,
    createWorkflow,
    ...triggers.map((t) => t.create),
    ''
  ].join('\n')
  const redeploy = [
    ...PRELUDE,
    `# Redeploy of workflow ${workflow}: create whatever does not exist yet (a get call per resource).`,
    `aws glue get-workflow --name ${q(workflow)} 2>/dev/null || ${createWorkflow}`,
    ...triggers.map((t) => `aws glue get-trigger --name ${q(t.name)} 2>/dev/null || ${t.create}`),
    ''
  ].join('\n')
  return { firstDeploy, redeploy, firstDeployCalls: 1 + triggers.length, redeployCalls: 1 + triggers.length }
}

export interface ScriptRun {
  code: number | null
  wallMs: number
  stderr: string
}

/** Runs a baseline script with test credentials, no AWS config and no pager; wall time from spawn to exit. */
export function runCliScript(file: string, awsCli: string, endpoint: string): Promise<ScriptRun> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-aws-home-'))
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [file], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        AWS_CLI: awsCli,
        GLUE_ENDPOINT: endpoint,
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true'
      },
      stdio: ['ignore', 'ignore', 'pipe']
    })
    const spawnedAt = preciseNow()
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      const wallMs = preciseNow() - spawnedAt
      fs.rmSync(home, { recursive: true, force: true })
      resolve({ code, wallMs, stderr })
    })
  })
}
