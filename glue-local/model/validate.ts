import { loadGlueModel } from './load-model.js'
import { ENUM_ADDITIONS } from './model-drift.js'
import type { ShapeDef } from './model-types.js'

export interface ValidateOptions {
  /**
   * Members that the 2022 model does not know are reported as violations unless this is true. The server sets it
   * (AWS JSON services ignore unknown members, and newer SDKs send members added since 2022); tests leave it false to
   * catch typos and members that a response must not carry.
   */
  allowUnknownMembers?: boolean
}

const patternCache = new Map<string, RegExp | null>()

function compilePattern(pattern: string): RegExp | null {
  if (!patternCache.has(pattern)) {
    let compiled: RegExp | null
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 'u')
    } catch {
      compiled = null
    }
    patternCache.set(pattern, compiled)
  }
  return patternCache.get(pattern) ?? null
}

function preview(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text
  return `'${short}'`
}

function violation(path: string, value: unknown, constraint: string): string {
  return `Value ${preview(value)} at '${path}' failed to satisfy constraint: Member must ${constraint}`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkLength(path: string, value: unknown, length: number, shape: ShapeDef, unit: string, out: string[]): void {
  if (shape.min !== undefined && length < shape.min) {
    out.push(violation(path, value, `have ${unit} greater than or equal to ${shape.min}`))
  }
  if (shape.max !== undefined && length > shape.max) {
    out.push(violation(path, value, `have ${unit} less than or equal to ${shape.max}`))
  }
}

function validateString(path: string, value: unknown, shapeName: string, shape: ShapeDef, out: string[]): void {
  if (typeof value !== 'string') {
    out.push(violation(path, value, 'be of type string'))
    return
  }
  checkLength(path, value, [...value].length, shape, 'length', out)
  if (shape.enum) {
    const allowed = [...shape.enum, ...(ENUM_ADDITIONS[shapeName] ?? [])]
    if (!allowed.includes(value)) out.push(violation(path, value, `satisfy enum value set: [${allowed.join(', ')}]`))
  }
  if (shape.pattern) {
    const regex = compilePattern(shape.pattern)
    if (regex && !regex.test(value))
      out.push(violation(path, value, `satisfy regular expression pattern: ${shape.pattern}`))
  }
}

function validateNumber(path: string, value: unknown, shape: ShapeDef, out: string[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    out.push(violation(path, value, `be of type ${shape.type}`))
    return
  }
  if ((shape.type === 'integer' || shape.type === 'long') && !Number.isInteger(value)) {
    out.push(violation(path, value, `be of type ${shape.type}`))
    return
  }
  if (shape.min !== undefined && value < shape.min) {
    out.push(violation(path, value, `have value greater than or equal to ${shape.min}`))
  }
  if (shape.max !== undefined && value > shape.max) {
    out.push(violation(path, value, `have value less than or equal to ${shape.max}`))
  }
}

function validateStructure(path: string, value: unknown, shape: ShapeDef, options: ValidateOptions, out: string[]) {
  if (!isPlainObject(value)) {
    out.push(violation(path || '<root>', value, 'be a structure (JSON object)'))
    return
  }
  const members = shape.members ?? {}
  const prefix = path ? `${path}.` : ''
  for (const required of shape.required ?? []) {
    if (value[required] === undefined || value[required] === null) {
      out.push(violation(`${prefix}${required}`, null, 'not be null'))
    }
  }
  for (const [key, memberValue] of Object.entries(value)) {
    const member = members[key]
    if (!member) {
      if (!options.allowUnknownMembers) out.push(`Unknown member '${prefix}${key}' is not part of the model`)
      continue
    }
    validateValue(`${prefix}${key}`, memberValue, member.shape, options, out)
  }
}

function validateValue(path: string, value: unknown, shapeName: string, options: ValidateOptions, out: string[]): void {
  if (value === undefined || value === null) return
  const shape = loadGlueModel().shapes[shapeName]
  if (!shape) {
    out.push(`Shape '${shapeName}' (at '${path}') is not defined in the model`)
    return
  }
  switch (shape.type) {
    case 'structure':
      validateStructure(path, value, shape, options, out)
      return
    case 'list':
      if (!Array.isArray(value)) {
        out.push(violation(path, value, 'be a list (JSON array)'))
        return
      }
      checkLength(path, value, value.length, shape, 'length', out)
      value.forEach((item, index) => validateValue(`${path}[${index}]`, item, shape.member!.shape, options, out))
      return
    case 'map':
      if (!isPlainObject(value)) {
        out.push(violation(path, value, 'be a map (JSON object)'))
        return
      }
      checkLength(path, value, Object.keys(value).length, shape, 'number of entries', out)
      for (const [key, entry] of Object.entries(value)) {
        validateValue(`${path}.(key ${JSON.stringify(key)})`, key, shape.key!.shape, options, out)
        if (entry === null || entry === undefined)
          out.push(violation(`${path}[${JSON.stringify(key)}]`, null, 'not be null'))
        validateValue(`${path}[${JSON.stringify(key)}]`, entry, shape.value!.shape, options, out)
      }
      return
    case 'string':
      validateString(path, value, shapeName, shape, out)
      return
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      validateNumber(path, value, shape, out)
      return
    case 'boolean':
      if (typeof value !== 'boolean') out.push(violation(path, value, 'be of type boolean'))
      return
    case 'timestamp':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        out.push(violation(path, value, 'be a timestamp in epoch seconds (JSON number)'))
      }
      return
    case 'blob':
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
        out.push(violation(path, value, 'be base64-encoded binary'))
      }
      return
  }
}

/** Checks a value against a named shape of the Glue model; returns the violations (empty = valid). */
export function validateShape(shapeName: string, value: unknown, options: ValidateOptions = {}): string[] {
  const out: string[] = []
  if (value === undefined || value === null) {
    out.push(`Value null for shape '${shapeName}' is not allowed`)
    return out
  }
  validateValue('', value, shapeName, options, out)
  return out
}

function operationShape(operation: string, direction: 'input' | 'output'): string | undefined {
  const op = loadGlueModel().operations[operation]
  if (!op) throw new Error(`Operation '${operation}' is not defined in the Glue model`)
  return op[direction]?.shape
}

/** Checks a request body (as sent on the wire) against the operation's input shape. */
export function validateOperationInput(operation: string, body: unknown, options: ValidateOptions = {}): string[] {
  const shape = operationShape(operation, 'input')
  return shape ? validateShape(shape, body ?? {}, options) : []
}

/** Checks a response body (as sent on the wire) against the operation's output shape. */
export function validateOperationOutput(operation: string, body: unknown, options: ValidateOptions = {}): string[] {
  const shape = operationShape(operation, 'output')
  if (!shape) {
    const isEmpty = typeof body === 'object' && body !== null && Object.keys(body).length === 0
    return isEmpty ? [] : [`Operation '${operation}' has no output shape, but the body is not {}`]
  }
  return validateShape(shape, body, options)
}

/** The error shapes the model declares for an operation (e.g. ['EntityNotFoundException', ...]). */
export function declaredErrors(operation: string): string[] {
  const op = loadGlueModel().operations[operation]
  return (op?.errors ?? []).map((error) => error.shape)
}

/** Formats violations as the message of an InvalidInputException, in the AWS "N validation errors detected" style. */
export function formatViolations(violations: string[]): string {
  const count = violations.length
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${violations.join('; ')}`
}
