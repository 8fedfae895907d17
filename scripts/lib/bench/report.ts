/** The benchmark results as Markdown: targets first (met or missed, with the figure), then each benchmark. Pure. */
import { formatCounts, formatDuration, formatRatio, median, minMax, sameCounts } from '../stats.js'
import type { DeployResult, Sample } from './deployBench.js'
import type { Machine, Tool } from './environment.js'
import type { ReadPattern, StartupResult } from './startupBench.js'
import type { VerifyResult } from './verifyBench.js'
import type { WaitSample } from './waitingBench.js'

export interface DistSize {
  mainBytes: number
  /** The chunks index.js loads on demand (modes, the AWS SDK). */
  chunkBytes: number
  /** The JavaScript of dist/post/ (the post step's own files). */
  postBytes: number
  totalBytes: number
  /** Files of dist/ that carry the AWS SDK (GlueClient). */
  sdkCopies: number
}

export interface CliEstimate {
  firstMs: number
  noopMs: number
  /** CLI calls (= processes) per script run. */
  calls: number
  perCallMs: number
}

/** Terraform's Glue calls for the same workflow, from the provider's source (the AWS provider's resource_aws_glue_trigger.go). */
interface PaperBaseline {
  refresh: { calls: number; detail: string }
  create: { calls: number; detail: string; writes: number }
}

/** Terraform for one workflow with `triggers` triggers (the start trigger is ON_DEMAND, so it is started once). */
export function terraformCalls(triggers: number): PaperBaseline {
  return {
    refresh: { calls: 2 + 2 * triggers, detail: `GetWorkflow 1, GetTags ${1 + triggers}, GetTrigger ${triggers}` },
    create: {
      calls: 3 + 4 * triggers + 1,
      detail: `CreateWorkflow 1, GetWorkflow 1, GetTags ${1 + triggers}, CreateTrigger ${triggers}, GetTrigger ≥ ${2 * triggers}, StartTrigger 1`,
      writes: 2 + triggers
    }
  }
}

export interface BenchReport {
  machine: Machine
  loadAverage: number[]
  node24: Tool
  /** The Node that ran the action in benchmarks 1, 2 and 4. */
  actionNode: string
  /** Which build of the action ran. */
  dist: string
  awsCli: Tool
  latencyMs: number
  runs: number
  command: string
  deploy3?: DeployResult
  deploy100?: DeployResult & { cliEstimate?: CliEstimate }
  startup?: StartupResult[]
  distSize?: DistSize
  /** schedule: the default poll settings, in words. */
  waiting?: { samples: WaitSample[]; longMs: number; schedule: string }
  verify?: VerifyResult
}

interface Target {
  what: string
  figure: string
  met: boolean | undefined
}

/** "10 s", "3 min". */
const roundLength = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`)
const mark = (met: boolean | undefined) => (met === undefined ? '– not measured' : met ? '✅ met' : '❌ **missed**')
const ms = (values: number[]) => formatDuration(median(values))
/** "1.18×": how many times the median of `slow` is the median of `fast` (two decimals: the target is 1.2×). */
const ratio = (slow: number[], fast: number[]) => {
  const r = median(slow) / median(fast)
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a'
}
const range = (values: number[]) => {
  if (values.length < 2) return ''
  const { min, max } = minMax(values)
  return ` (${formatDuration(min)}–${formatDuration(max)})`
}

/** Calls of a scenario: the count every run had, or the spread when runs differ. */
function callFigures(samples: Sample[]): {
  glue: string
  detail: string
  writes: string
  maxGlue: number
  maxWrites: number
} {
  const counts = samples.map((s) => s.calls)
  const glue = counts.map((c) => c.glue)
  const writes = counts.map((c) => c.writes)
  const same = sameCounts(counts.map((c) => c.byOperation))
  const spread = (v: number[]) =>
    Math.min(...v) === Math.max(...v) ? String(v[0]) : `${Math.min(...v)}–${Math.max(...v)}`
  return {
    glue: spread(glue),
    detail: same ? formatCounts(same) : `varies between runs (e.g. ${formatCounts(counts[0].byOperation)})`,
    writes: spread(writes),
    maxGlue: Math.max(...glue),
    maxWrites: Math.max(...writes)
  }
}

function walls(samples: Sample[]): number[] {
  return samples.filter((s) => s.ok).map((s) => s.wallMs)
}

function failures(samples: Sample[]): string {
  const bad = samples.filter((s) => !s.ok)
  return bad.length === 0 ? '' : ` — ⚠️ ${bad.length} of ${samples.length} runs failed: ${bad[0].problem ?? ''}`
}

function deployTable(result: DeployResult, terraform: PaperBaseline, cliEstimate?: CliEstimate): string[] {
  const rows: string[] = [
    '| Who | Scenario | Glue calls | Calls by operation | Writes | Wall time, median (min–max) |',
    '| --- | --- | ---: | --- | ---: | --- |'
  ]
  const row = (who: string, scenario: string, samples: Sample[]) => {
    const c = callFigures(samples)
    rows.push(
      `| ${who} | ${scenario} | ${c.glue} | ${c.detail} | ${c.writes} | ${ms(walls(samples))}${range(walls(samples))}${failures(samples)} |`
    )
  }
  row('**This action**', 'first deploy', result.action.first)
  if (result.cli) row('AWS CLI v2 script', 'first deploy (create-workflow, create-trigger × n)', result.cli.first)
  else if (cliEstimate) {
    rows.push(
      `| AWS CLI v2 script | first deploy (create-workflow, create-trigger × n) | ${cliEstimate.calls} | CreateWorkflow 1, CreateTrigger ${cliEstimate.calls - 1} | ${cliEstimate.calls} | ≈ ${formatDuration(cliEstimate.firstMs)} (estimated: ${cliEstimate.calls} × ${formatDuration(cliEstimate.perCallMs)} per CLI call, measured in benchmark 1) |`
    )
  }
  rows.push(
    `| Terraform AWS provider (paper) | first apply | ≥ ${terraform.create.calls} | ${terraform.create.detail} | ${terraform.create.writes} | – |`
  )
  row('**This action**', 'unchanged redeploy (no-op)', result.action.noop)
  if (result.cli) row('AWS CLI v2 script', 'unchanged redeploy (get-X ‖ create-X)', result.cli.noop)
  else if (cliEstimate) {
    rows.push(
      `| AWS CLI v2 script | unchanged redeploy (get-X ‖ create-X) | ${cliEstimate.calls} | GetWorkflow 1, GetTrigger ${cliEstimate.calls - 1} | 0 | ≈ ${formatDuration(cliEstimate.noopMs)} (estimated likewise) |`
    )
  }
  rows.push(
    `| Terraform AWS provider (paper) | plan / refresh (no changes) | ${terraform.refresh.calls} | ${terraform.refresh.detail} | 0 | – |`
  )
  return rows
}

export function renderReport(r: BenchReport): string {
  const targets: Target[] = []
  const out: string[] = []
  const m = r.machine
  out.push('# Benchmarks', '')
  out.push(
    `Taken ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu} (${m.cores} cores, ${m.memoryGb} GB RAM), ${m.os}; ` +
      `load average at the start ${r.loadAverage.map((l) => l.toFixed(2)).join(' / ')}.`,
    '',
    `- The action: ${r.dist}, run as GitHub runs it (\`INPUT_*\` variables, in benchmarks 1–3 one for every input action.yml declares, with its default, as a runner sets them; command files) on **${r.actionNode}**` +
      `${r.node24.path ? ` (${r.node24.note})` : ` — Node 24 not available: ${r.node24.note}`}; the bench itself on ${m.benchNode}.`,
    `- Glue: the local endpoint (glue-local) with **${r.latencyMs} ms latency added to every call**; calls are counted by the endpoint.`,
    `- Baseline: ${r.awsCli.path ? `${r.awsCli.version} (${r.awsCli.note}, \`${r.awsCli.path}\`)` : `AWS CLI not measured: ${r.awsCli.note}`}.`,
    `- Figures are medians of ${r.runs} runs unless a row says otherwise; ratios compare medians measured side by side in this run.`,
    `- Reproduce: \`${r.command}\`.`,
    ''
  )

  const sections: string[] = []
  if (r.deploy3) {
    const d = r.deploy3
    const first = callFigures(d.action.first)
    const noop = callFigures(d.action.noop)
    targets.push({
      what: 'First deploy of the 3-stage pipeline, with the wait until Glue is done: at most 10 Glue calls',
      figure: `${first.glue} calls`,
      met: first.maxGlue <= 10
    })
    targets.push({
      what: 'No-op deploy, 3 stages: at most 3 Glue calls and 0 writes',
      figure: `${noop.glue} calls, ${noop.writes} writes`,
      met: noop.maxGlue <= 3 && noop.maxWrites === 0
    })
    sections.push('## 1. Deploy of the 3-stage pipeline (Bronze → Silver → Gold)', '')
    sections.push(...deployTable(d, terraformCalls(3)), '')
    if (d.cli) {
      const firstRatio = median(walls(d.cli.first)) / median(walls(d.action.first))
      const noopRatio = median(walls(d.cli.noop)) / median(walls(d.action.noop))
      targets.push({
        what: 'At least 20× faster than the AWS CLI script: first deploy',
        figure: `${formatRatio(median(walls(d.cli.first)), median(walls(d.action.first)))} (${ms(walls(d.action.first))} vs ${ms(walls(d.cli.first))})`,
        met: firstRatio >= 20
      })
      targets.push({
        what: 'At least 20× faster than the AWS CLI script: no-op redeploy',
        figure: `${formatRatio(median(walls(d.cli.noop)), median(walls(d.action.noop)))} (${ms(walls(d.action.noop))} vs ${ms(walls(d.cli.noop))})`,
        met: noopRatio >= 20
      })
      sections.push(
        `The action is **${formatRatio(median(walls(d.cli.first)), median(walls(d.action.first)))}** faster than the CLI script on the first deploy and **${formatRatio(median(walls(d.cli.noop)), median(walls(d.action.noop)))}** on an unchanged redeploy. ` +
          `Wall times include starting the process (Node for the action, one Python CLI process per call for the script) and the ${r.latencyMs} ms per call. ` +
          'The CLI redeploy script only creates what is missing: it would not notice a changed predicate or a removed stage, which the action compares and fixes.',
        ''
      )
    } else {
      targets.push({
        what: 'At least 20× faster than the AWS CLI script',
        figure: d.cliNote ?? 'not measured',
        met: undefined
      })
      sections.push(`AWS CLI baseline not measured: ${d.cliNote ?? r.awsCli.note}.`, '')
    }
    const sts = d.action.first[0]?.calls.sts ?? 0
    if (sts > 0)
      sections.push(
        `The action also makes ${sts} STS GetCallerIdentity call per deploy (the account id for ARNs); it is not a Glue call and is not counted above.`,
        ''
      )
  }

  if (r.deploy100) {
    const d = r.deploy100
    const first = callFigures(d.action.first)
    const noop = callFigures(d.action.noop)
    const triggers = d.cliEstimate ? d.cliEstimate.calls - 1 : d.cli ? d.cli.scripts.firstDeployCalls - 1 : 91
    targets.push({
      what: 'No-op deploy, 100 stages: at most 3 Glue calls and 0 writes (constant)',
      figure: `${noop.glue} calls, ${noop.writes} writes (3 stages: ${r.deploy3 ? callFigures(r.deploy3.action.noop).glue : '?'} calls)`,
      met: noop.maxGlue <= 3 && noop.maxWrites === 0
    })
    sections.push(
      `## 2. Deploy of a 100-stage DAG (10 layers × 10 jobs, each waiting for 2 jobs of the layer before; ${triggers} triggers)`,
      ''
    )
    sections.push(...deployTable(d, terraformCalls(triggers), d.cli ? undefined : d.cliEstimate), '')
    sections.push(
      `A no-op deploy makes **${noop.glue}** Glue calls for 100 stages${r.deploy3 ? ` and ${callFigures(r.deploy3.action.noop).glue} for 3` : ''}: ` +
        'one GetWorkflow with its graph returns every trigger at once, whatever the number of stages. ' +
        `The first deploy makes one write per resource (${first.writes}).` +
        (d.cli
          ? ` Side by side: ${formatRatio(median(walls(d.cli.first)), median(walls(d.action.first)))} faster than the CLI script on the first deploy, ${formatRatio(median(walls(d.cli.noop)), median(walls(d.action.noop)))} on the no-op (CLI: ${d.cli.first.length} run${d.cli.first.length === 1 ? '' : 's'}).`
          : d.cliEstimate
            ? ` Against the estimated CLI script: ≈ ${formatRatio(d.cliEstimate.firstMs, median(walls(d.action.first)))} on the first deploy, ≈ ${formatRatio(d.cliEstimate.noopMs, median(walls(d.action.noop)))} on the no-op (\`--cli-100\` measures it: about ${formatDuration(d.cliEstimate.firstMs + d.cliEstimate.noopMs)} per run).`
            : ''),
      ''
    )
  }

  if (r.startup) {
    const rows = [
      '| Node | `node -e 0` | Start → first Glue request | Start → exit on a validation error | Post step, nothing to do |',
      '| --- | ---: | ---: | ---: | ---: |'
    ]
    for (const s of r.startup) {
      const problems = s.problems.length > 0 ? ` ⚠️ ${s.problems.length} failed: ${s.problems[0]}` : ''
      rows.push(
        `| ${s.node} | ${ms(s.bareNodeMs)}${range(s.bareNodeMs)} | ${ms(s.firstGlueRequestMs)}${range(s.firstGlueRequestMs)} (${s.firstOperation}) | ${ms(s.validationExitMs)}${range(s.validationExitMs)} | ${ms(s.postNoopMs)}${range(s.postNoopMs)}${problems} |`
      )
    }
    const pairs = [
      '| Node | **This action**: no-op deploy | Minimal script: the same reads | Ratio of medians | Median of the per-round ratios | Calls | Round trips (action / script) |',
      '| --- | ---: | ---: | ---: | ---: | --- | ---: |'
    ]
    const reads = (p?: ReadPattern) =>
      p
        ? `${formatCounts({ ...p.calls.byOperation, ...(p.calls.sts ? { GetCallerIdentity: p.calls.sts } : {}) })}`
        : '–'
    const calls = (s: StartupResult) => {
      const [action, script] = [reads(s.noopDeployReads), reads(s.minimalReads)]
      return action === script ? `the same: ${action}` : `action: ${action}; script: ${script}`
    }
    for (const s of r.startup) {
      if (s.minimalMs.length === 0) {
        pairs.push(
          `| ${s.node} | ${ms(s.noopDeployMs)}${range(s.noopDeployMs)} | ${s.minimalNote ?? 'not measured'} | – | – | – | – |`
        )
        continue
      }
      const perRound =
        s.noopDeployMs.length === s.minimalMs.length ? s.noopDeployMs.map((d, i) => d / s.minimalMs[i]) : []
      pairs.push(
        `| ${s.node} | ${ms(s.noopDeployMs)}${range(s.noopDeployMs)} | ${ms(s.minimalMs)}${range(s.minimalMs)} | **${ratio(s.noopDeployMs, s.minimalMs)}** | ${perRound.length > 0 ? `${median(perRound).toFixed(2)}×` : '–'} | ${calls(s)} | ${s.noopDeployReads?.roundTrips ?? '–'} / ${s.minimalReads?.roundTrips ?? '–'} |`
      )
    }
    const node24 = r.startup.find((s) => s.node.startsWith('Node v24'))
    if (node24) {
      targets.push({
        what: 'Start-up under 150 ms on Node 24: process start → first Glue request',
        figure: `${ms(node24.firstGlueRequestMs)} (bare Node: ${ms(node24.bareNodeMs)})`,
        met: median(node24.firstGlueRequestMs) < 150
      })
      targets.push({
        what: 'Start-up under 150 ms on Node 24: process start → exit on a validation error',
        figure: ms(node24.validationExitMs),
        met: median(node24.validationExitMs) < 150
      })
      targets.push({
        what: `No-op deploy (3 stages, ${r.latencyMs} ms per call) on Node 24: within 1.2× of a minimal script with the same SDK making the same reads in parallel`,
        figure:
          node24.minimalMs.length > 0
            ? `${ratio(node24.noopDeployMs, node24.minimalMs)} (${ms(node24.noopDeployMs)} vs ${ms(node24.minimalMs)})`
            : (node24.minimalNote ?? 'not measured'),
        met:
          node24.minimalMs.length > 0 && node24.noopDeployMs.length > 0
            ? median(node24.noopDeployMs) / median(node24.minimalMs) <= 1.2
            : undefined
      })
    } else targets.push({ what: 'Start-up under 150 ms on Node 24', figure: r.node24.note, met: undefined })
    sections.push(`## 3. Start-up (medians of ${r.startup[0].bareNodeMs.length} runs)`, '', ...rows, '')
    sections.push(
      'First Glue request: from spawning `dist/index.js` (deploy, unchanged pipeline) to the endpoint receiving the first Glue request. ' +
        'Validation error: `timeout-minutes: 0`, which fails with one line before any AWS call. ' +
        'Post step: `dist/post/index.js` with no run saved in the state (what every step that did not start a run, or saw its run end, leaves).',
      '',
      `### No-op deploy next to a minimal script (3 stages, ${r.latencyMs} ms per call)`,
      '',
      ...pairs,
      '',
      'Both from spawning the process to its exit, in the same rounds (the two swap places every round). ' +
        'The action: the same no-op deploy as the first-request column (inputs, plan, log, outputs, job summary). ' +
        'The minimal script (`scripts/lib/bench/minimalNoopDeploy.mjs`, bundled with ncc like the action, run the same way): the same SDK clients, ' +
        'STS GetCallerIdentity, BatchGetJobs and GetWorkflow in parallel, then GetTags, and nothing else. ' +
        'Round trips: waves of calls sent before any of them was answered, from the endpoint’s log.',
      ''
    )
    if (r.distSize) {
      const size = (b: number) => (b >= 100_000 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`)
      sections.push(
        `Size of \`dist/\`: \`index.js\` ${size(r.distSize.mainBytes)} plus ${size(r.distSize.chunkBytes)} of chunks it loads on demand (the modes, the AWS SDK), \`post/\` ${size(r.distSize.postBytes)} of JavaScript; the whole directory ${size(r.distSize.totalBytes)} (with source maps and licences); ${r.distSize.sdkCopies} ${r.distSize.sdkCopies === 1 ? 'copy' : 'copies'} of the AWS SDK.`,
        ''
      )
    }
  }

  if (r.waiting) {
    const byTarget = new Map<number, WaitSample[]>()
    for (const s of r.waiting.samples) byTarget.set(s.targetMs, [...(byTarget.get(s.targetMs) ?? []), s])
    const rows = [
      '| Run length | Runs | **Action**: notice delay, median (min–max) | **Action**: GetWorkflowRun calls/min | Action: end → step exit | Fixed 30 s poll: notice delay, median (min–max) | Fixed 30 s poll: calls/min |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
    ]
    for (const [targetMs, samples] of [...byTarget.entries()].sort((a, b) => a[0] - b[0])) {
      const ok = samples.filter((s) => s.ok)
      const bad = samples.length - ok.length
      const notice = ok.map((s) => s.noticeDelayMs)
      const fixed = ok.map((s) => s.fixedNoticeDelayMs)
      const cpm = ok.map((s) => s.callsPerMinute)
      rows.push(
        `| ≈ ${roundLength(targetMs)} (${formatDuration(Math.min(...ok.map((x) => x.runMs)))}–${formatDuration(Math.max(...ok.map((x) => x.runMs)))}) | ${ok.length}${bad > 0 ? ` (⚠️ ${bad} failed: ${samples.find((s) => !s.ok)?.problem ?? ''})` : ''} | ${ms(notice)}${range(notice)} | ${median(cpm).toFixed(1)} (${Math.min(...cpm).toFixed(1)}–${Math.max(...cpm).toFixed(1)}) | ${ms(ok.map((s) => s.exitDelayMs))} | ${ms(fixed)}${range(fixed)} | ${median(ok.map((s) => s.fixedCallsPerMinute)).toFixed(1)} |`
      )
      if (targetMs <= 10_000) {
        targets.push({
          what: `Waiting, runs of ≈ ${roundLength(targetMs)}: median notice delay under 2 s`,
          figure: `${ms(notice)} (fixed 30 s poll: ${ms(fixed)})`,
          met: median(notice) < 2000
        })
      }
      if (targetMs >= 120_000) {
        targets.push({
          what: `Waiting, runs of ≈ ${roundLength(targetMs)}: under 6 calls per minute`,
          figure: `${median(cpm).toFixed(1)} calls/min (max ${Math.max(...cpm).toFixed(1)}); notice delay ${ms(notice)}`,
          met: Math.max(...cpm) < 6
        })
      }
    }
    sections.push(
      '## 4. Waiting for a run',
      '',
      `Each run has three stages of about a third of its length each (±20%, seeded, so that run lengths are not round numbers); the action polls with its default settings (${r.waiting.schedule}). ` +
        "Notice delay: the endpoint's answer to the GetWorkflowRun that saw the run ended, minus the run's CompletedOn. " +
        'Calls/min: GetWorkflowRun calls from the start to that answer. The fixed 30 s poll (CodeBuild action, `while sleep 30; do aws glue get-workflow-run …`) is computed on the same runs: it notices the end at the next multiple of 30 s after the start.',
      '',
      ...rows,
      ''
    )
    if (r.waiting.longMs < 600_000)
      sections.push(
        `The longest runs here are about ${roundLength(r.waiting.longMs)}; \`npm run bench -- --long\` adds runs of 10 minutes.`,
        ''
      )
  }

  if (r.verify) {
    const v = r.verify
    sections.push(
      '## 5. Verify: judging a 100-stage run',
      '',
      '| Run | Judge (expected graph + wiring + order + outcomes), median of ' +
        v.perJudgementMs.length +
        ' | Findings |',
      '| --- | ---: | ---: |',
      `| ${v.stages} stages, ${v.graphNodes} graph nodes (a real glue-local run) | ${ms(v.perJudgementMs)}${range(v.perJudgementMs)} | ${v.findings} |`,
      ''
    )
  }

  out.push('## Targets', '', '| Target | Figure | Result |', '| --- | --- | --- |')
  for (const t of targets) out.push(`| ${t.what} | ${t.figure} | ${mark(t.met)} |`)
  out.push('', ...sections)
  if (r.deploy3?.cli) {
    out.push(
      '## The AWS CLI baseline scripts (3 stages)',
      '',
      '<details><summary>First deploy</summary>',
      '',
      '```bash',
      r.deploy3.cli.scripts.firstDeploy.trim(),
      '```',
      '',
      '</details>',
      '',
      '<details><summary>Redeploy (idempotent form)</summary>',
      '',
      '```bash',
      r.deploy3.cli.scripts.redeploy.trim(),
      '```',
      '',
      '</details>',
      ''
    )
  }
  out.push(
    "_Terraform (paper): the AWS provider's Glue calls for one workflow and its triggers, from its source (`internal/service/glue/`): refresh = GetWorkflow + GetTags, and GetTrigger + GetTags per trigger; create = CreateWorkflow + GetWorkflow + GetTags, then per trigger CreateTrigger, at least one GetTrigger poll of the waiter, GetTrigger, GetTags, plus StartTrigger for the on-demand start trigger._",
    ''
  )
  return out.join('\n')
}
