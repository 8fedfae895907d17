import { InputError } from './errors.js'
import { oneLine } from '../text.js'

export const MODES = ['deploy', 'start', 'verify'] as const
export type Mode = (typeof MODES)[number]

/** `mode`: one or more of deploy, start, verify (spaces, commas or newlines between); run in that fixed order. */
export function parseModes(raw: string): Mode[] {
  const words = raw
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '')
  if (words.length === 0) throw new InputError('mode', 'is empty: use deploy, start, verify or several of them')
  for (const word of words) {
    if (!(MODES as readonly string[]).includes(word)) {
      throw new InputError('mode', `unknown mode '${oneLine(word, 40)}': use deploy, start or verify`)
    }
  }
  return MODES.filter((m) => words.includes(m))
}
