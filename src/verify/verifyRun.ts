/**
 * The verify judge: a pure function of the expected graph and the GetWorkflowRun response (with its graph), plus the
 * triggers to check the wiring against and the clock.
 */
import type { WorkflowRun } from '@aws-sdk/client-glue'
import { checkRun } from './checkRun.js'
import { checkStructure } from './checkStructure.js'
import { RUN_STAGE } from './findings.js'
import { readTriggers, targetKey, type GraphTrigger } from '../run/graphTriggers.js'
import { triggerStateNotices } from './triggerStates.js'
import { checkRunAge } from './runAge.js'
import { readStages } from '../run/stages.js'
import type { ExpectedGraph, ExpectedStage, StageRun } from '../run/types.js'
import type { Finding } from './findings.js'

export interface VerifyRunInput {
  run: WorkflowRun
  expected: ExpectedGraph
  /** The triggers to check the wiring against; absent = no structure check (the expectation came from them). */
  wiring?: GraphTrigger[]
  now: Date
  maxAgeHours?: number
}

export interface Verification {
  findings: Finding[]
  /** Triggers Glue is still working on (CREATING, ACTIVATING, ...): notices, not findings. */
  notices: string[]
  /** One per expected stage, in the expected order. */
  stages: StageRun[]
  /** Jobs and crawlers that ran in this run but are not expected stages. */
  unexpected: StageRun[]
  structureChecked: boolean
}

export function verifyRun(input: VerifyRunInput): Verification {
  const { run, expected } = input
  const stages = readStages(run, expected)
  const unexpected = readUnexpectedRuns(run, expected)
  const graphTriggers = readTriggers(run.Graph)
  const byName = new Map([...(input.wiring ?? []), ...graphTriggers].map((t) => [t.name, t]))
  const findings = [
    ...checkRunAge(run.StartedOn, input.now, input.maxAgeHours),
    ...(input.wiring ? checkStructure(expected, input.wiring) : []),
    ...checkRun(expected, run, stages, unexpected, byName)
  ]
  return {
    findings: runLevelFirst(findings),
    notices: triggerStateNotices([...graphTriggers, ...(input.wiring ?? [])]),
    stages,
    unexpected,
    structureChecked: input.wiring !== undefined
  }
}

/** The job and crawler nodes of the run graph that are not expected stages, with what they did. */
function readUnexpectedRuns(run: WorkflowRun, expected: ExpectedGraph): StageRun[] {
  const known = new Set(expected.stages.map(targetKey))
  const others: ExpectedStage[] = []
  for (const node of run.Graph?.Nodes ?? []) {
    const kind = node.Type === 'JOB' ? 'job' : node.Type === 'CRAWLER' ? 'crawler' : undefined
    if (!kind || !node.Name || known.has(targetKey({ kind, target: node.Name }))) continue
    known.add(targetKey({ kind, target: node.Name }))
    others.push({ name: node.Name, kind, target: node.Name, after: [], when: 'all', arguments: {}, trigger: '' })
  }
  if (others.length === 0) return []
  return readStages(run, { stages: others, source: expected.source }).filter((s) => s.attempts.length > 0)
}

/** Findings about the run as a whole come first (they explain the rest); otherwise the order is kept. */
function runLevelFirst(findings: Finding[]): Finding[] {
  return [...findings.filter((f) => f.stage === RUN_STAGE), ...findings.filter((f) => f.stage !== RUN_STAGE)]
}
