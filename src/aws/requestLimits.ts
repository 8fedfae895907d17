/**
 * Checks a request against the constraints of Glue's API model (lengths, patterns, list and map sizes, enums,
 * required members) before it is sent, so that a plan Glue would refuse half-way is refused before its first write.
 * The constraints are a table generated from the model (glueConstraints.ts). Pure.
 */
import { DEPLOY_OPERATION_INPUTS, GLUE_SHAPES } from './glueConstraints.js'
import { oneLine } from '../text.js'

export interface ShapeConstraints {
  type: string
  min?: number
  max?: number
  pattern?: string
  enum?: string[]
  required?: string[]
  members?: Record<string, string>
  member?: string
  key?: string
  value?: string
}

const patterns = new Map<string, RegExp>()

function patternOf(source: string): RegExp {
  let regex = patterns.get(source)
  if (!regex) {
    // The model writes characters beyond U+FFFF as surrogate pairs: with the `u` flag they read as code points.
    regex = new RegExp(`^(?:${source})$`, 'u')
    patterns.set(source, regex)
  }
  return regex
}

/** Glue counts characters (code points), not UTF-16 units. */
function lengthOf(text: string): number {
  return [...text].length
}

function check(value: unknown, shapeName: string, path: string, out: string[]): void {
  const shape = GLUE_SHAPES[shapeName]
  if (value === undefined || value === null || !shape) return
  const fail = (what: string): void => {
    out.push(`${path} ${what}`)
  }
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return fail('must be a string')
      const length = lengthOf(value)
      if (shape.min !== undefined && length < shape.min) fail(`must have at least ${shape.min} characters`)
      if (shape.max !== undefined && length > shape.max)
        fail(`must have at most ${shape.max} characters (has ${length})`)
      if (shape.enum && !shape.enum.includes(value)) fail(`must be one of ${shape.enum.join(', ')}`)
      if (shape.pattern && !patternOf(shape.pattern).test(value)) fail('has a character Glue does not allow here')
      return
    }
    case 'integer':
    case 'long': {
      if (typeof value !== 'number') return fail('must be a number')
      if (shape.min !== undefined && value < shape.min) fail(`must be at least ${shape.min}`)
      if (shape.max !== undefined && value > shape.max) fail(`must be at most ${shape.max}`)
      return
    }
    case 'list': {
      if (!Array.isArray(value)) return fail('must be a list')
      if (shape.min !== undefined && value.length < shape.min) fail(`must have at least ${shape.min} entries`)
      if (shape.max !== undefined && value.length > shape.max) fail(`must have at most ${shape.max} entries`)
      value.forEach((item, i) => check(item, shape.member!, `${path}[${i}]`, out))
      return
    }
    case 'map': {
      if (typeof value !== 'object') return fail('must be a map')
      const entries = Object.entries(value as Record<string, unknown>)
      if (shape.min !== undefined && entries.length < shape.min) fail(`must have at least ${shape.min} entries`)
      if (shape.max !== undefined && entries.length > shape.max) fail(`must have at most ${shape.max} entries`)
      for (const [key, item] of entries) {
        check(key, shape.key!, `${path} key '${oneLine(key, 40)}'`, out)
        check(item, shape.value!, `${path}['${oneLine(key, 40)}']`, out)
      }
      return
    }
    case 'structure': {
      if (typeof value !== 'object') return fail('must be a structure')
      const record = value as Record<string, unknown>
      for (const required of shape.required ?? []) {
        if (record[required] === undefined) out.push(`${path ? `${path}.` : ''}${required} is required`)
      }
      for (const [member, memberShape] of Object.entries(shape.members ?? {})) {
        check(record[member], memberShape, path ? `${path}.${member}` : member, out)
      }
      return
    }
    default:
      return
  }
}

/** What Glue would refuse in this request of `operation`, one phrase each ([] when it fits the model). */
export function requestViolations(operation: string, request: unknown): string[] {
  const input = DEPLOY_OPERATION_INPUTS[operation]
  if (!input) throw new Error(`No constraints for Glue operation ${operation}`)
  const out: string[] = []
  check(request, input, '', out)
  return out
}

/** Glue's limit on a description (workflow and trigger): generated descriptions are shortened to it. */
export const DESCRIPTION_MAX = GLUE_SHAPES.DescriptionString?.max ?? 2048
