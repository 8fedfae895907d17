import { entityNotFound, invalidInput } from '../protocol/glue-error.js'
import type { GlueState, StringMap } from '../state/types.js'

export type TaggableType = 'workflow' | 'trigger' | 'job' | 'crawler'

export const MAX_TAGS = 50

export function resourceKey(type: TaggableType, name: string): string {
  return `${type}/${name}`
}

export function glueArn(region: string, accountId: string, type: TaggableType, name: string): string {
  return `arn:aws:glue:${region}:${accountId}:${resourceKey(type, name)}`
}

function exists(state: GlueState, type: TaggableType, name: string): boolean {
  const tables = { workflow: state.workflows, trigger: state.triggers, job: state.jobs, crawler: state.crawlers }
  return tables[type][name] !== undefined
}

/** Resolves `arn:aws:glue:<region>:<account>:<type>/<name>` to a resource key of an existing resource. */
export function resolveTaggableArn(state: GlueState, arn: string, region: string, accountId: string): string {
  const match = /^arn:(aws|aws-us-gov|aws-cn):glue:([^:]*):([^:]*):(workflow|trigger|job|crawler)\/(.+)$/.exec(arn)
  if (!match) throw invalidInput(`Resource ARN ${arn} is not a Glue workflow, trigger, job or crawler ARN`)
  const [, , arnRegion, arnAccount, type, name] = match
  if (arnAccount !== accountId || arnRegion !== region || !exists(state, type as TaggableType, name)) {
    throw entityNotFound(`Resource ${arn} not found`)
  }
  return resourceKey(type as TaggableType, name)
}

export function validateTagsToAdd(tags: StringMap, existing: StringMap = {}): void {
  for (const key of Object.keys(tags)) {
    if (key.toLowerCase().startsWith('aws:'))
      throw invalidInput(`Tag keys cannot start with the reserved prefix aws: (${key})`)
  }
  const total = new Set([...Object.keys(existing), ...Object.keys(tags)]).size
  if (total > MAX_TAGS) throw invalidInput(`A resource can have at most ${MAX_TAGS} tags (would have ${total})`)
}
