import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type AdvancedEventSelector,
  type EventSelector,
  type GetTrailStatusCommandOutput,
  type Trail
} from '@aws-sdk/client-cloudtrail'
import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import type { ManagementEventCoverage, Read, TrailConfig, TrailStatus } from './types.js'

export function toTrailConfig(trail: Trail): TrailConfig {
  const arn = trail.TrailARN ?? ''
  return {
    name: trail.Name ?? '',
    arn,
    homeRegion: trail.HomeRegion ?? arn.split(':')[3] ?? '',
    s3BucketName: trail.S3BucketName ?? '',
    s3KeyPrefix: trail.S3KeyPrefix ?? '',
    isOrganizationTrail: trail.IsOrganizationTrail === true,
    isMultiRegionTrail: trail.IsMultiRegionTrail === true,
    includeGlobalServiceEvents: trail.IncludeGlobalServiceEvents === true,
    logFileValidationEnabled: trail.LogFileValidationEnabled === true,
    ...(trail.KmsKeyId ? { kmsKeyId: trail.KmsKeyId } : {}),
    ...(trail.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn } : {}),
    ...(trail.SnsTopicARN ? { snsTopicArn: trail.SnsTopicARN } : {})
  }
}

export function toTrailStatus(s: GetTrailStatusCommandOutput): TrailStatus {
  return {
    isLogging: s.IsLogging === true,
    ...(s.LatestDeliveryTime ? { latestDeliveryTime: s.LatestDeliveryTime } : {}),
    ...(s.LatestDeliveryError ? { latestDeliveryError: s.LatestDeliveryError } : {}),
    ...(s.LatestDigestDeliveryTime ? { latestDigestDeliveryTime: s.LatestDigestDeliveryTime } : {}),
    ...(s.LatestDigestDeliveryError ? { latestDigestDeliveryError: s.LatestDigestDeliveryError } : {})
  }
}

/** Every trail visible in the region, shadows of other regions' multi-region trails included. */
export function readTrails(clients: Clients, region: string): Promise<Read<readonly TrailConfig[]>> {
  return read('cloudtrail:DescribeTrails', async () => {
    const out = await clients.cloudtrail(region).send(new DescribeTrailsCommand({ includeShadowTrails: true }))
    return (out.trailList ?? []).map(toTrailConfig)
  })
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

export function readManagementEvents(clients: Clients, arn: string, region: string): Promise<Read<ManagementEventCoverage | null>> {
  return read(
    'cloudtrail:GetEventSelectors',
    async () => {
      const out = await clients.cloudtrail(region).send(new GetEventSelectorsCommand({ TrailName: arn }))
      return managementEventCoverage(out.EventSelectors ?? [], out.AdvancedEventSelectors ?? [])
    },
    { TrailNotFoundException: null }
  )
}

/** A trail without selectors logs all management events, read and write: CloudTrail's default. */
export function managementEventCoverage(
  selectors: readonly EventSelector[],
  advanced: readonly AdvancedEventSelector[]
): ManagementEventCoverage {
  if (selectors.length === 0 && advanced.length === 0) return { any: true, readAndWrite: true }
  const basic = selectors.filter((s) => s.IncludeManagementEvents !== false)
  const advancedManagement = advanced.filter((s) =>
    s.FieldSelectors?.some((f) => f.Field === 'eventCategory' && f.Equals?.includes('Management'))
  )
  const advancedAll = advancedManagement.some((s) => !s.FieldSelectors?.some((f) => f.Field === 'readOnly'))
  const basicAll = basic.some((s) => (s.ReadWriteType ?? 'All') === 'All')
  return { any: basic.length > 0 || advancedManagement.length > 0, readAndWrite: basicAll || advancedAll }
}
