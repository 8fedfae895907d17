/**
 * Structure check: do the triggers wire the stages exactly as expected? Every stage is started by its trigger, each
 * conditional trigger waits for exactly its upstream stages in state SUCCEEDED with the expected AND/ANY logic, and
 * nothing else is wired in. Pure.
 */
import { listing } from '../text.js'
import { finding } from './findings.js'
import { targetKey, type GraphTarget, type GraphTrigger } from '../run/graphTriggers.js'
import type { ExpectedGraph, ExpectedStage } from '../run/types.js'
import type { Finding } from './findings.js'

export function checkStructure(expected: ExpectedGraph, triggers: GraphTrigger[]): Finding[] {
  const stageByTarget = new Map(expected.stages.map((s) => [targetKey(s), s]))
  const label = (t: GraphTarget): string => stageByTarget.get(targetKey(t))?.name ?? describeTarget(t)
  const findings = expected.stages.flatMap((stage) => checkStage(stage, expected, triggers, label))

  for (const trigger of triggers) {
    for (const action of trigger.actions) {
      if (stageByTarget.has(targetKey(action))) continue
      findings.push(
        finding(
          action.target,
          'unexpected-stage',
          `trigger '${trigger.name}' starts ${describeTarget(action)}, which is not a stage of the expected graph`,
          { trigger: trigger.name, kind: action.kind, target: action.target }
        )
      )
    }
  }
  return findings
}

function checkStage(
  stage: ExpectedStage,
  expected: ExpectedGraph,
  triggers: GraphTrigger[],
  label: (t: GraphTarget) => string
): Finding[] {
  const starters = triggers.filter((t) => t.actions.some((a) => targetKey(a) === targetKey(stage)))
  if (starters.length === 0) {
    return [
      finding(
        stage.name,
        'not-wired',
        `no trigger starts ${describeTarget(stage)}; expected trigger '${stage.trigger}'`,
        {
          expectedTrigger: stage.trigger,
          target: stage.target
        }
      )
    ]
  }
  const findings: Finding[] = []
  const trigger = starters.find((t) => t.name === stage.trigger) ?? starters[0]
  if (starters.length > 1) {
    const names = starters.map((t) => `'${t.name}'`)
    findings.push(
      finding(
        stage.name,
        'started-by-several',
        `${describeTarget(stage)} is started by ${listing(names)}; expected only '${stage.trigger}'`,
        {
          expectedTrigger: stage.trigger,
          actualTriggers: starters.map((t) => t.name).join(', ')
        }
      )
    )
  } else if (trigger.name !== stage.trigger) {
    findings.push(
      finding(
        stage.name,
        'trigger-name',
        `${describeTarget(stage)} is started by trigger '${trigger.name}'; expected '${stage.trigger}'`,
        {
          expectedTrigger: stage.trigger,
          actualTrigger: trigger.name
        }
      )
    )
  }
  return [...findings, ...checkWaits(stage, expected, trigger, label)]
}

/** The predicate of the trigger that starts `stage` against the stages it is expected to wait for. */
function checkWaits(
  stage: ExpectedStage,
  expected: ExpectedGraph,
  trigger: GraphTrigger,
  label: (t: GraphTarget) => string
): Finding[] {
  const upstream = stage.after
    .map((name) => expected.stages.find((s) => s.name === name))
    .filter((s) => s !== undefined)
  const expectedWaits = upstream.map((s) => s.name)
  const actualWaits = trigger.conditions.map(label)
  const evidence = {
    trigger: trigger.name,
    triggerType: trigger.type,
    expectedWaitsFor: expectedWaits.join(', '),
    actualWaitsFor: actualWaits.join(', '),
    expectedLogic: logicOf(stage),
    actualLogic: trigger.logic || null
  }
  if (!trigger.conditional) {
    if (upstream.length === 0) return []
    return [
      finding(
        stage.name,
        'waits-for',
        `${stage.name} starts with the workflow (trigger '${trigger.name}', ${trigger.type || 'no type'}); expected it to wait for ${listing(expectedWaits)}`,
        evidence
      )
    ]
  }
  if (upstream.length === 0) {
    return [
      finding(
        stage.name,
        'waits-for',
        `${stage.name} waits for ${listing(actualWaits)} (trigger '${trigger.name}'); expected it to start with the workflow`,
        evidence
      )
    ]
  }
  const findings: Finding[] = []
  const expectedKeys = new Set(upstream.map(targetKey))
  const actualKeys = new Set(trigger.conditions.map(targetKey))
  const missing = upstream.filter((s) => !actualKeys.has(targetKey(s))).map((s) => s.name)
  const extra = trigger.conditions.filter((c) => !expectedKeys.has(targetKey(c))).map(label)
  if (missing.length > 0 || extra.length > 0 || actualKeys.size !== trigger.conditions.length) {
    findings.push(
      finding(
        stage.name,
        'waits-for',
        `${stage.name} waits for ${listing(actualWaits) || 'nothing'} (trigger '${trigger.name}'); expected ${listing(expectedWaits)}`,
        { ...evidence, missing: missing.join(', '), extra: extra.join(', ') }
      )
    )
  }
  for (const condition of trigger.conditions) {
    if (condition.state === 'SUCCEEDED') continue
    findings.push(
      finding(
        stage.name,
        'wait-state',
        `${stage.name} waits for ${label(condition)} to be ${condition.state || 'in no state'} (trigger '${trigger.name}'); expected SUCCEEDED`,
        {
          trigger: trigger.name,
          upstream: label(condition),
          expectedState: 'SUCCEEDED',
          actualState: condition.state || null
        }
      )
    )
  }
  // With one upstream stage AND and ANY mean the same; with several the logic decides when the stage starts.
  if (upstream.length > 1 && trigger.logic !== logicOf(stage)) {
    findings.push(
      finding(
        stage.name,
        'wait-logic',
        `${stage.name} waits for ${LOGIC_WORDS[trigger.logic] ?? 'with no Logical operator on'} ${listing(actualWaits)} (trigger '${trigger.name}'); expected ${LOGIC_WORDS[logicOf(stage)]} (${logicOf(stage)})`,
        evidence
      )
    )
  }
  return findings
}

const LOGIC_WORDS: Record<string, string> = { AND: 'all of', ANY: 'any of' }

function logicOf(stage: ExpectedStage): 'AND' | 'ANY' {
  return stage.when === 'any' ? 'ANY' : 'AND'
}

function describeTarget(t: GraphTarget): string {
  return `${t.kind} '${t.target}'`
}
