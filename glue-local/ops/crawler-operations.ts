import { alreadyExists, entityNotFound, GlueError } from '../protocol/glue-error.js'
import { renderCrawler } from '../render/render-resources.js'
import type { CrawlerRecord, StringMap } from '../state/types.js'
import { clone } from '../util/objects.js'
import type { OperationContext } from './operation-context.js'
import { resourceKey, validateTagsToAdd } from './tag-rules.js'

/** CreateCrawler members that are also members of the Crawler shape. */
const CRAWLER_MEMBERS = [
  'DatabaseName',
  'Description',
  'Classifiers',
  'RecrawlPolicy',
  'SchemaChangePolicy',
  'LineageConfiguration',
  'TablePrefix',
  'Configuration',
  'CrawlerSecurityConfiguration',
  'LakeFormationConfiguration'
]

interface CreateCrawlerInput {
  Name: string
  Role: string
  Targets: Record<string, unknown>
  Schedule?: string
  Tags?: StringMap
  [member: string]: unknown
}

export function requireCrawler(ctx: OperationContext, name: string): CrawlerRecord {
  const crawler = ctx.store.state.crawlers[name]
  if (!crawler) throw entityNotFound(`Crawler ${name} not found`)
  return crawler
}

export function createCrawler(ctx: OperationContext, input: CreateCrawlerInput) {
  const { state } = ctx.store
  if (state.crawlers[input.Name]) throw alreadyExists(`Crawler ${input.Name} already exists`)
  if (input.Tags) validateTagsToAdd(input.Tags)
  const now = ctx.clock.now()
  const crawler: CrawlerRecord = {
    Name: input.Name,
    Role: input.Role,
    Targets: clone(input.Targets),
    State: 'READY',
    CreationTime: now,
    LastUpdated: now,
    Version: 1
  }
  for (const member of CRAWLER_MEMBERS) if (input[member] !== undefined) crawler[member] = clone(input[member])
  if (input.Schedule) crawler.Schedule = { ScheduleExpression: input.Schedule, State: 'SCHEDULED' }
  state.crawlers[input.Name] = crawler
  if (input.Tags && Object.keys(input.Tags).length > 0)
    state.tags[resourceKey('crawler', input.Name)] = clone(input.Tags)
  return {}
}

export function getCrawler(ctx: OperationContext, input: { Name: string }) {
  return { Crawler: renderCrawler(requireCrawler(ctx, input.Name)) }
}

export function batchGetCrawlers(ctx: OperationContext, input: { CrawlerNames: string[] }) {
  const names = [...new Set(input.CrawlerNames)]
  const { crawlers } = ctx.store.state
  return {
    Crawlers: names.filter((name) => crawlers[name]).map((name) => renderCrawler(crawlers[name])),
    CrawlersNotFound: names.filter((name) => !crawlers[name])
  }
}

export function deleteCrawler(ctx: OperationContext, input: { Name: string }) {
  const crawler = requireCrawler(ctx, input.Name)
  if (crawler.State === 'RUNNING') throw new GlueError('CrawlerRunningException', `Crawler ${input.Name} is running`)
  delete ctx.store.state.crawlers[input.Name]
  delete ctx.store.state.tags[resourceKey('crawler', input.Name)]
  return {}
}
