/** The tags deploy writes (user tags + the reserved ones) and what must change on a resource. Pure. */
import { OWNER_TAG, OWNER_VALUE, PROVENANCE_TAGS } from '../pipeline/reservedTags.js'

export interface Provenance {
  repository?: string
  commit?: string
  runUrl?: string
}

/** Tags written on create/change: user tags, the ownership tag and provenance. */
export function managedTags(userTags: Record<string, string>, provenance: Provenance): Record<string, string> {
  const [repository, commit, runUrl] = PROVENANCE_TAGS
  const tags: Record<string, string> = { ...userTags, [OWNER_TAG]: OWNER_VALUE }
  if (provenance.repository) tags[repository] = provenance.repository.slice(0, 256)
  if (provenance.commit) tags[commit] = provenance.commit.slice(0, 256)
  if (provenance.runUrl) tags[runUrl] = provenance.runUrl.slice(0, 256)
  return tags
}

/**
 * What must change so that `existing` carries the user tags and the ownership tag. Provenance tags only say which
 * deploy last changed the resource, so a different commit alone is not a change (a redeploy stays write-free).
 */
export function diffTags(
  desired: Record<string, string>,
  existing: Record<string, string>
): { add: Record<string, string>; remove: string[] } {
  const provenance = new Set<string>(PROVENANCE_TAGS)
  const add: Record<string, string> = {}
  for (const [key, value] of Object.entries(desired)) {
    if (provenance.has(key)) continue
    if (existing[key] !== value) add[key] = value
  }
  const remove = Object.keys(existing).filter((key) => !(key in desired) && !provenance.has(key))
  if (Object.keys(add).length > 0) {
    for (const key of PROVENANCE_TAGS) if (key in desired) add[key] = desired[key]
  }
  return { add, remove }
}
