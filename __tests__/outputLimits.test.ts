/** Output caps (text.ts): every output stays well under GitHub's 1 MB, cut where it shows. */
import { describe, expect, it } from '@jest/globals'
import { errorExcerpt, jsonListWithin, textWithin } from '../src/text.js'

describe('jsonListWithin', () => {
  it('keeps a list that fits as it is', () => {
    expect(jsonListWithin([{ a: 1 }, { b: 2 }], 100)).toBe('[{"a":1},{"b":2}]')
  })

  it('keeps the leading entries that fit and says how many were left out', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ stage: `s${i}`, error: 'x'.repeat(100) }))
    const out = jsonListWithin(items, 2000)
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(2000)
    const parsed = JSON.parse(out) as Record<string, string>[]
    const marker = parsed[parsed.length - 1]
    expect(marker.truncated).toBe(`… ${100 - (parsed.length - 1)} more entries left out (output capped at 2 KB)`)
    expect(parsed.slice(0, -1)).toEqual(items.slice(0, parsed.length - 1))
  })
})

describe('textWithin and errorExcerpt', () => {
  it('cut by UTF-8 bytes, with … where cut', () => {
    const out = textWithin('é'.repeat(1000), 101)
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(101)
    expect(out.endsWith('…')).toBe(true)
    expect(textWithin('short', 101)).toBe('short')
  })

  it('keep the first 1,000 characters of an error, on one line', () => {
    const excerpt = errorExcerpt(`Traceback\n${'frame\n'.repeat(1000)}`)
    expect(excerpt).toHaveLength(1000)
    expect(excerpt).toMatch(/^Traceback frame frame .*…$/)
  })
})
