import { GetTrailCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail'
import type { Clients } from '../aws/clients.js'
import { call } from '../aws/errors.js'
import { readInsights, readSelectors, readTags, toTrailConfig, toTrailStatus } from './trail.js'
import type { Read, Reread } from './types.js'

const valueOf = <T>(read: Read<T | null> | null): T | null => (read?.ok ? read.value : null)

/**
 * The trail as AWS reports it after this run's writes: the outcome shows this, not what we meant to do.
 * Its selectors too, and its insight selectors and tags when the run read them before (they are declared):
 * the state the run report keeps.
 */
export async function reread(
  clients: Clients,
  arn: string,
  region: string,
  also: { readonly insights: boolean; readonly tags: boolean } = { insights: false, tags: false }
): Promise<Reread> {
  const cloudtrail = clients.cloudtrail(region)
  const [trail, status, selectors, insights, tags] = await Promise.all([
    call('cloudtrail:GetTrail', () => cloudtrail.send(new GetTrailCommand({ Name: arn }))),
    call('cloudtrail:GetTrailStatus', () => cloudtrail.send(new GetTrailStatusCommand({ Name: arn }))),
    readSelectors(clients, arn, region),
    also.insights ? readInsights(clients, arn, region) : null,
    also.tags ? readTags(clients, arn, region) : null
  ])
  return {
    trail: trail.Trail ? toTrailConfig(trail.Trail) : null,
    status: toTrailStatus(status),
    selectors: valueOf(selectors),
    insightSelectors: valueOf(insights),
    tags: valueOf(tags)
  }
}
