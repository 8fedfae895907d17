import { clone } from '../util/objects.js'
import type { StringMap } from '../state/types.js'
import type { OperationContext } from './operation-context.js'
import { resolveTaggableArn, validateTagsToAdd } from './tag-rules.js'

export function tagResource(ctx: OperationContext, input: { ResourceArn: string; TagsToAdd: StringMap }) {
  const { state } = ctx.store
  const key = resolveTaggableArn(state, input.ResourceArn, ctx.region, ctx.accountId)
  validateTagsToAdd(input.TagsToAdd, state.tags[key])
  state.tags[key] = { ...state.tags[key], ...clone(input.TagsToAdd) }
  return {}
}

export function untagResource(ctx: OperationContext, input: { ResourceArn: string; TagsToRemove: string[] }) {
  const { state } = ctx.store
  const key = resolveTaggableArn(state, input.ResourceArn, ctx.region, ctx.accountId)
  const tags = { ...state.tags[key] }
  for (const tagKey of input.TagsToRemove) delete tags[tagKey]
  if (Object.keys(tags).length > 0) state.tags[key] = tags
  else delete state.tags[key]
  return {}
}

export function getTags(ctx: OperationContext, input: { ResourceArn: string }) {
  const { state } = ctx.store
  const key = resolveTaggableArn(state, input.ResourceArn, ctx.region, ctx.accountId)
  return { Tags: clone(state.tags[key] ?? {}) }
}
