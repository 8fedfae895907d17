/**
 * The tag keys this action reserves: one marks what it manages, three record which deploy last changed a resource.
 * A contract between deploy (writes them), verify and the input readers (refuse them in `tags`). Pure.
 */
export const RESERVED_TAG_PREFIX = 'glue-workflow-action:'
export const OWNER_TAG = `${RESERVED_TAG_PREFIX}managed-by`
export const OWNER_VALUE = 'metriccare/glue-workflow-action'
export const PROVENANCE_TAGS = [
  `${RESERVED_TAG_PREFIX}repository`,
  `${RESERVED_TAG_PREFIX}commit`,
  `${RESERVED_TAG_PREFIX}run-url`
] as const
export const RESERVED_TAG_COUNT = 1 + PROVENANCE_TAGS.length

export function isOwned(tags: Record<string, string>): boolean {
  return tags[OWNER_TAG] === OWNER_VALUE
}
