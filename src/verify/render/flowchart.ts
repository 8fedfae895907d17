/**
 * The stage graph as a Mermaid flowchart: one node per stage coloured by its outcome, an edge per dependency (dotted
 * for `any`), and, when the wiring was checked, the differences: expected edges that no trigger wires and wired edges
 * that were not expected, in red. Pure.
 */
import { targetKey, type GraphTrigger } from '../../run/graphTriggers.js'
import { duration } from '../../text.js'
import type { ExpectedGraph, StageRun } from '../../run/types.js'
import type { Finding } from '../findings.js'
import { mermaidBlock, mermaidLabel } from '../../text.js'
import { OUTCOME_ICON, OUTCOME_STYLES, stageOutcome, type Outcome } from './outcome.js'

export interface FlowchartInput {
  expected: ExpectedGraph
  stages: StageRun[]
  unexpected: StageRun[]
  findings: Finding[]
  /** The triggers the wiring was checked against (structure check), to draw what differs. */
  wiring?: GraphTrigger[]
}

/** GitHub's Mermaid refuses larger diagrams (maxTextSize 50,000, maxEdges 500); stay well inside. */
export const FLOWCHART_MAX_CHARS = 40_000
export const FLOWCHART_MAX_EDGES = 400
const RED = 'stroke:#cf222e,stroke-width:2px,color:#cf222e'

export function renderFlowchart(input: FlowchartInput): string {
  const ids = new Map<string, string>()
  const lines = ['flowchart LR']
  for (const [outcome, style] of Object.entries(OUTCOME_STYLES)) lines.push(`  classDef ${outcome} ${style}`)
  lines.push('  classDef start fill:#ffffff,stroke:#57606a,color:#24292f')
  lines.push('  start(["▶ start"]):::start')

  const runs = new Map(input.stages.map((s) => [s.stage, s]))
  input.expected.stages.forEach((stage, i) => {
    const id = `s${i}`
    ids.set(targetKey(stage), id)
    const ran = runs.get(stage.name) ?? { stage: stage.name, kind: stage.kind, target: stage.target, attempts: [] }
    lines.push(node(id, stage.name, ran, stageOutcome(ran, input.findings)))
  })
  input.unexpected.forEach((ran, i) => {
    const id = `u${i}`
    ids.set(targetKey(ran), id)
    lines.push(node(id, ran.stage, ran, 'unexpected'))
  })

  const edges: string[] = []
  const red: number[] = []
  const wired = input.wiring ? wiredEdges(input.wiring) : undefined
  const stageKey = new Map(input.expected.stages.map((s) => [s.name, targetKey(s)]))
  for (const stage of input.expected.stages) {
    const to = ids.get(targetKey(stage))!
    if (stage.after.length === 0) {
      const startsIt = !wired || wired.has(`start>${targetKey(stage)}`)
      if (!startsIt) red.push(edges.length)
      edges.push(startsIt ? `  start --> ${to}` : `  start -. "expected, not wired" .-> ${to}`)
    }
    for (const upstream of stage.after) {
      const key = stageKey.get(upstream)
      const from = key && ids.get(key)
      if (!from) continue
      const isWired = !wired || wired.has(`${key}>${targetKey(stage)}`)
      if (!isWired) red.push(edges.length)
      const label = isWired ? (stage.when === 'any' ? 'any' : '') : 'expected, not wired'
      edges.push(label ? `  ${from} -. "${label}" .-> ${to}` : `  ${from} --> ${to}`)
    }
  }
  const planned = expectedEdges(input.expected)
  for (const edge of wired ?? []) {
    if (planned.has(edge)) continue
    const [fromKey, toKey] = edge.split('>')
    const from = fromKey === 'start' ? 'start' : ensureNode(ids, lines, fromKey)
    const to = ensureNode(ids, lines, toKey)
    red.push(edges.length)
    edges.push(`  ${from} == "wired, not expected" ==> ${to}`)
  }
  lines.push(...edges)
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} ${RED}`)

  const text = mermaidBlock(lines)
  if (text.length > FLOWCHART_MAX_CHARS || edges.length > FLOWCHART_MAX_EDGES) {
    return `_The stage graph has ${input.expected.stages.length} stages and ${edges.length} edges: too large to draw here._\n`
  }
  return text
}

function node(id: string, name: string, ran: StageRun, outcome: Outcome): string {
  const what = ran.target === name ? (ran.kind === 'crawler' ? 'crawler' : '') : `${ran.kind} ${ran.target}`
  const state = `${OUTCOME_ICON[outcome]} ${ran.finalState ?? 'not run'}`
  const attempts = ran.attempts.length > 1 ? `${ran.attempts.length} attempts` : ''
  const took = ran.durationSeconds !== undefined ? duration(ran.durationSeconds) : ''
  const details = [attempts, took].filter((part) => part !== '').join(' · ')
  const label = [name, what, state, details]
    .filter((part) => part !== '')
    .map(mermaidLabel)
    .join('<br/>')
  return `  ${id}["${label}"]:::${outcome}`
}

/** A node for a job/crawler that is wired but is not a stage (e.g. a predicate on a job outside the graph). */
function ensureNode(ids: Map<string, string>, lines: string[], key: string): string {
  const known = ids.get(key)
  if (known) return known
  const id = `x${ids.size}`
  ids.set(key, id)
  const [kind, ...rest] = key.split(':')
  lines.push(`  ${id}["${mermaidLabel(rest.join(':'))}<br/>${mermaidLabel(kind)} · not a stage"]:::unexpected`)
  return id
}

/** Edges `upstreamKey>downstreamKey` (or `start>key`) as the triggers wire them. */
function wiredEdges(triggers: GraphTrigger[]): Set<string> {
  const edges = new Set<string>()
  for (const trigger of triggers) {
    for (const action of trigger.actions) {
      if (!trigger.conditional) edges.add(`start>${targetKey(action)}`)
      for (const condition of trigger.conditions) edges.add(`${targetKey(condition)}>${targetKey(action)}`)
    }
  }
  return edges
}

function expectedEdges(expected: ExpectedGraph): Set<string> {
  const keys = new Map(expected.stages.map((s) => [s.name, targetKey(s)]))
  const edges = new Set<string>()
  for (const stage of expected.stages) {
    if (stage.after.length === 0) edges.add(`start>${targetKey(stage)}`)
    for (const upstream of stage.after) edges.add(`${keys.get(upstream) ?? upstream}>${targetKey(stage)}`)
  }
  return edges
}
