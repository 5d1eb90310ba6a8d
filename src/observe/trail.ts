import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetInsightSelectorsCommand,
  GetTrailCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  paginateListTrails,
  type GetEventSelectorsCommandOutput,
  type GetTrailStatusCommandOutput,
  type Trail
} from '@aws-sdk/client-cloudtrail'
import { regionOf } from '../aws/arn.js'
import type { Clients } from '../aws/clients.js'
import { observedFields } from '../aws/trail-fields.js'
import { managementEventCoverage } from './event-coverage.js'
import { read } from './read.js'
import type {
  InsightSelectorState,
  ManagementEventCoverage,
  ObservedSelectors,
  Read,
  TrailConfig,
  TrailStatus,
  TrailSummary
} from './types.js'

export function toTrailConfig(trail: Trail): TrailConfig {
  const arn = trail.TrailARN ?? ''
  return { name: trail.Name ?? '', arn, homeRegion: trail.HomeRegion ?? regionOf(arn), ...observedFields(trail) }
}

export function toTrailStatus(s: GetTrailStatusCommandOutput): TrailStatus {
  const fields: { readonly [K in Exclude<keyof TrailStatus, 'isLogging'>]: TrailStatus[K] | undefined } = {
    startLoggingTime: s.StartLoggingTime,
    stopLoggingTime: s.StopLoggingTime,
    latestDeliveryTime: s.LatestDeliveryTime,
    latestDeliveryError: s.LatestDeliveryError,
    latestDigestDeliveryTime: s.LatestDigestDeliveryTime,
    latestDigestDeliveryError: s.LatestDigestDeliveryError,
    latestNotificationTime: s.LatestNotificationTime,
    latestNotificationError: s.LatestNotificationError,
    latestCloudWatchLogsDeliveryTime: s.LatestCloudWatchLogsDeliveryTime,
    latestCloudWatchLogsDeliveryError: s.LatestCloudWatchLogsDeliveryError
  }
  // An empty error or a missing time is no error or no time: the field is left out.
  const present = Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')
  return { isLogging: s.IsLogging === true, ...(Object.fromEntries(present) as Omit<TrailStatus, 'isLogging'>) }
}

/** Every trail visible in the region, shadows of other regions' multi-region trails included. */
export function readTrails(clients: Clients, region: string): Promise<Read<readonly TrailConfig[]>> {
  return read('cloudtrail:DescribeTrails', async () => {
    const out = await clients.cloudtrail(region).send(new DescribeTrailsCommand({ includeShadowTrails: true }))
    return (out.trailList ?? []).map(toTrailConfig)
  })
}

/**
 * Every trail of the account, whatever its home region: DescribeTrails of one region does not show a
 * single-region trail homed in another, ListTrails does.
 */
export function listTrails(clients: Clients, region: string): Promise<Read<readonly TrailSummary[]>> {
  return read('cloudtrail:ListTrails', async () => {
    const trails: TrailSummary[] = []
    for await (const page of paginateListTrails({ client: clients.cloudtrail(region) }, {})) {
      for (const t of page.Trails ?? []) {
        const arn = t.TrailARN ?? ''
        trails.push({ name: t.Name ?? '', arn, homeRegion: t.HomeRegion ?? regionOf(arn) })
      }
    }
    return trails
  })
}

/** One trail by its ARN, asked in its home region; null when there is none. */
export function readTrail(clients: Clients, arn: string, region: string): Promise<Read<TrailConfig | null>> {
  return read(
    'cloudtrail:GetTrail',
    async () => {
      const out = await clients.cloudtrail(region).send(new GetTrailCommand({ Name: arn }))
      return out.Trail ? { ...toTrailConfig(out.Trail), homeRegion: out.Trail.HomeRegion ?? region } : null
    },
    { TrailNotFoundException: null }
  )
}

/** The trail's status; null when no trail has that ARN. */
export function readTrailStatus(clients: Clients, arn: string, region: string): Promise<Read<TrailStatus | null>> {
  return read(
    'cloudtrail:GetTrailStatus',
    async () => {
      return toTrailStatus(await clients.cloudtrail(region).send(new GetTrailStatusCommand({ Name: arn })))
    },
    { TrailNotFoundException: null }
  )
}

export function toSelectors(out: GetEventSelectorsCommandOutput): ObservedSelectors {
  return {
    event: out.EventSelectors ?? [],
    advanced: (out.AdvancedEventSelectors ?? []).map((a) => ({
      Name: a.Name,
      FieldSelectors: (a.FieldSelectors ?? []).map((f) => ({ ...f }))
    }))
  }
}

export function readSelectors(clients: Clients, arn: string, region: string): Promise<Read<ObservedSelectors | null>> {
  return read(
    'cloudtrail:GetEventSelectors',
    async () => toSelectors(await clients.cloudtrail(region).send(new GetEventSelectorsCommand({ TrailName: arn }))),
    { TrailNotFoundException: null }
  )
}

export function readInsights(
  clients: Clients,
  arn: string,
  region: string
): Promise<Read<readonly InsightSelectorState[] | null>> {
  return read(
    'cloudtrail:GetInsightSelectors',
    async () =>
      (await clients.cloudtrail(region).send(new GetInsightSelectorsCommand({ TrailName: arn }))).InsightSelectors ??
      [],
    { InsightNotEnabledException: [], TrailNotFoundException: null }
  )
}

export function readTags(
  clients: Clients,
  arn: string,
  region: string
): Promise<Read<Readonly<Record<string, string>> | null>> {
  return read(
    'cloudtrail:ListTags',
    async () => {
      const out = await clients.cloudtrail(region).send(new ListTagsCommand({ ResourceIdList: [arn] }))
      const tags: Record<string, string> = {}
      for (const t of out.ResourceTagList?.find((r) => r.ResourceId === arn)?.TagsList ??
        out.ResourceTagList?.[0]?.TagsList ??
        []) {
        if (t.Key !== undefined) tags[t.Key] = t.Value ?? ''
      }
      return tags
    },
    { ResourceNotFoundException: null, CloudTrailARNInvalidException: null, TrailNotFoundException: null }
  )
}

export function coverageOf(selectors: ObservedSelectors): ManagementEventCoverage {
  return managementEventCoverage(selectors.event, selectors.advanced)
}
