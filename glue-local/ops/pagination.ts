import { invalidInput } from '../protocol/glue-error.js'

export interface Page<T> {
  items: T[]
  NextToken?: string
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ glueLocalOffset: offset })).toString('base64url')
}

function decodeToken(token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { glueLocalOffset?: unknown }
    if (
      typeof parsed.glueLocalOffset === 'number' &&
      Number.isInteger(parsed.glueLocalOffset) &&
      parsed.glueLocalOffset >= 0
    ) {
      return parsed.glueLocalOffset
    }
  } catch {
    // fall through
  }
  throw invalidInput('Invalid pagination token: NextToken was not issued by this endpoint')
}

/** Pages a list with an opaque NextToken; `cap` bounds the page size whatever MaxResults says. */
export function paginate<T>(
  items: T[],
  nextToken: string | undefined,
  maxResults: number | undefined,
  defaultPageSize: number,
  cap = 1000
): Page<T> {
  const offset = nextToken ? decodeToken(nextToken) : 0
  const size = Math.min(maxResults ?? defaultPageSize, cap)
  const page = items.slice(offset, offset + size)
  const next = offset + size
  return next < items.length ? { items: page, NextToken: encodeToken(next) } : { items: page }
}
