/** The `tags` input: user tags for the workflow and every trigger. Pure. */
import { RESERVED_TAG_PREFIX, RESERVED_TAG_COUNT } from '../pipeline/reservedTags.js'
import { InputError } from './errors.js'
import { parseStringMap } from './fields.js'
import { oneLine } from '../text.js'

const MAX_TAGS = 50

export function parseTags(raw: string): Record<string, string> {
  const tags = parseStringMap('tags', raw)
  const keys = Object.keys(tags)
  if (keys.length > MAX_TAGS - RESERVED_TAG_COUNT) {
    throw new InputError(
      'tags',
      `has ${keys.length} tags; Glue allows ${MAX_TAGS} per resource and this action uses ${RESERVED_TAG_COUNT}, so at most ${MAX_TAGS - RESERVED_TAG_COUNT}`
    )
  }
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128)
      throw new InputError('tags', `key '${oneLine(key, 40)}' must be 1 to 128 characters`)
    if (/^aws:/i.test(key))
      throw new InputError('tags', `key '${oneLine(key, 40)}' starts with aws:, which AWS reserves`)
    if (key.startsWith(RESERVED_TAG_PREFIX)) {
      throw new InputError(
        'tags',
        `key '${oneLine(key, 40)}' starts with ${RESERVED_TAG_PREFIX}, which this action reserves`
      )
    }
    if (value.length > 256) throw new InputError('tags', `value of '${oneLine(key, 40)}' is longer than 256 characters`)
  }
  return tags
}
