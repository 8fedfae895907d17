/** Glue ARNs, built client-side (Glue responses carry none). Pure. */
export type GlueResourceKind = 'workflow' | 'trigger' | 'job' | 'crawler'

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

export function glueArn(region: string, accountId: string, kind: GlueResourceKind, name: string): string {
  return `arn:${partitionOf(region)}:glue:${region}:${accountId}:${kind}/${name}`
}
