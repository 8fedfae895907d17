/**
 * Writes src/aws/glueConstraints.ts: the constraints of Glue's API model (lengths, patterns, sizes, enums, required
 * members) for the requests deploy sends, and nothing else, so that the action checks its plan without bundling the
 * model. `npm run glue-constraints`; __tests__/aws/requestLimits.test.ts fails when the file is out of date.
 */
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
export const CONSTRAINTS_FILE = path.join(ROOT, 'src', 'aws', 'glueConstraints.ts')
/** Glue's model as glue-local validates against it (botocore's glue-2017-03-31). */
export const MODEL_FILE = path.join(ROOT, 'glue-local', 'model', 'glue-2017-03-31.json')

/** The Glue operations deploy calls to write. */
export const DEPLOY_OPERATIONS = [
  'CreateWorkflow',
  'UpdateWorkflow',
  'CreateTrigger',
  'UpdateTrigger',
  'StartTrigger',
  'DeleteTrigger',
  'TagResource',
  'UntagResource'
]

interface ModelShape {
  type: string
  min?: number
  max?: number
  pattern?: string
  enum?: string[]
  required?: string[]
  members?: Record<string, { shape: string }>
  member?: { shape: string }
  key?: { shape: string }
  value?: { shape: string }
}

interface Model {
  operations: Record<string, { input?: { shape: string } }>
  shapes: Record<string, ModelShape>
}

export function renderConstraints(model: Model): string {
  const shapes: Record<string, unknown> = {}
  const visit = (name: string) => {
    if (name in shapes) return
    const s = model.shapes[name]
    const compact: Record<string, unknown> = { type: s.type }
    for (const key of ['min', 'max', 'pattern', 'enum', 'required'] as const)
      if (s[key] !== undefined) compact[key] = s[key]
    shapes[name] = compact
    if (s.members) {
      compact.members = Object.fromEntries(Object.entries(s.members).map(([m, ref]) => [m, ref.shape]))
      for (const ref of Object.values(s.members)) visit(ref.shape)
    }
    for (const key of ['member', 'key', 'value'] as const) {
      if (s[key]) {
        compact[key] = s[key].shape
        visit(s[key].shape)
      }
    }
  }
  const operations = Object.fromEntries(
    DEPLOY_OPERATIONS.map((op) => {
      const input = model.operations[op].input!.shape
      visit(input)
      return [op, input]
    })
  )
  return [
    "/** Generated from Glue's API model by `npm run glue-constraints`: do not edit (a test checks it is current). */",
    "import type { ShapeConstraints } from './requestLimits.js'",
    '',
    '/** The input shape of each Glue operation deploy writes with. */',
    `export const DEPLOY_OPERATION_INPUTS: Record<string, string> = ${JSON.stringify(operations, null, 2)}`,
    '',
    '/** Every shape those inputs reach, with its constraints only. */',
    `export const GLUE_SHAPES: Record<string, ShapeConstraints> = ${JSON.stringify(shapes, null, 2)}`,
    ''
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as Model
  fs.writeFileSync(CONSTRAINTS_FILE, renderConstraints(model))
  console.log(`wrote ${path.relative(process.cwd(), CONSTRAINTS_FILE)}`)
}
