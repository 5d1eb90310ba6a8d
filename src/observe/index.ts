import type { IamAction } from '../aws/actions.js'
import type { Clients } from '../aws/clients.js'
import type { Identity } from '../aws/session.js'
import { trailArn } from '../domain.js'
import type { Settings } from '../settings/types.js'
import { readBucket } from './bucket.js'
import { readCloudWatchRole, readLogGroup } from './cloudwatch.js'
import { readKmsKey } from './kms.js'
import {
  readDelegatedAdministrator,
  readOrganization,
  readServiceLinkedRole,
  readTrustedAccess
} from './organization.js'
import { readSnsTopic, snsTopicArn } from './sns.js'
import { coverageOf, readInsights, readSelectors, readTags, readTrailStatus, readTrails } from './trail.js'
import type {
  InsightSelectorState,
  Observed,
  ObservedSelectors,
  ObservedTrail,
  Read,
  TrailConfig,
  TrailStatus
} from './types.js'

/** Picks the managed trail: by its exact ARN first, else by name (a shadow of a trail homed elsewhere). */
export function findTrail(trails: readonly TrailConfig[], expectedArn: string, name: string): TrailConfig | null {
  return trails.find((t) => t.arn === expectedArn) ?? trails.find((t) => t.name === name) ?? null
}

/** A trail-level read made at a guessed ARN: "no such trail" there means the trail was not found. */
function present<T>(result: Read<T | null>, arn: string, action: IamAction): Read<T> {
  if (!result.ok) return result
  if (result.value === null) {
    return { ok: false, failure: { action, code: 'TrailNotFoundException', message: `No trail ${arn}` } }
  }
  return { ok: true, value: result.value }
}

const skip = Promise.resolve(undefined)

/** The trail-level reads, made at one ARN in one region. */
interface TrailReads {
  readonly status: Read<TrailStatus | null>
  readonly selectors: Read<ObservedSelectors | null>
  readonly insights: Read<readonly InsightSelectorState[] | null> | undefined
  readonly tags: Read<Readonly<Record<string, string>> | null> | undefined
}

async function readTrailDetails(
  clients: Clients,
  settings: Settings,
  arn: string,
  region: string
): Promise<TrailReads> {
  const wantsTags = Object.keys(settings.tags).length > 0 || Object.keys(settings.provenanceTags).length > 0
  const [status, selectors, insights, tags] = await Promise.all([
    readTrailStatus(clients, arn, region),
    readSelectors(clients, arn, region),
    settings.insightSelectors !== null ? readInsights(clients, arn, region) : skip,
    wantsTags ? readTags(clients, arn, region) : skip
  ])
  return { status, selectors, insights, tags }
}

/**
 * Every read the plan needs, in one concurrent wave. The trail's own reads are made at the ARN it has
 * when the caller is the management account (the usual case), so that a converged run needs no second
 * round trip; only a trail found elsewhere (a delegated administrator's view, or a trail homed in
 * another region) costs one more.
 */
export async function observe(clients: Clients, settings: Settings, identity: Identity): Promise<Observed> {
  const { region } = settings
  const declared = settings.trail
  const guessedArn = trailArn(identity.partition, region, identity.accountId, declared.name)
  const topicArn = declared.snsTopicName
    ? snsTopicArn(declared.snsTopicName, identity.partition, region, identity.accountId)
    : ''

  const [
    organization,
    trustedAccess,
    slrOrganizations,
    slrCloudTrail,
    bucket,
    trails,
    guessed,
    kmsKey,
    logGroup,
    cloudWatchRole,
    snsTopic
  ] = await Promise.all([
    readOrganization(clients),
    readTrustedAccess(clients),
    readServiceLinkedRole(clients, 'organizations'),
    readServiceLinkedRole(clients, 'cloudtrail'),
    readBucket(clients, declared.s3BucketName, settings.createBucket),
    readTrails(clients, region),
    readTrailDetails(clients, settings, guessedArn, region),
    declared.kmsKeyId ? readKmsKey(clients, declared.kmsKeyId, region) : skip,
    declared.cloudWatchLogsLogGroupArn ? readLogGroup(clients, declared.cloudWatchLogsLogGroupArn) : skip,
    declared.cloudWatchLogsRoleArn ? readCloudWatchRole(clients, declared.cloudWatchLogsRoleArn) : skip,
    topicArn ? readSnsTopic(clients, topicArn) : skip
  ])

  const managementAccountId =
    organization.ok && organization.value ? organization.value.managementAccountId : identity.accountId
  const expectedArn = trailArn(identity.partition, region, managementAccountId, declared.name)
  const config = trails.ok ? findTrail(trails.value, expectedArn, declared.name) : null
  const needsDelegation = organization.ok && organization.value !== null && managementAccountId !== identity.accountId
  const guessedRight = config !== null && config.arn === guessedArn && config.homeRegion === region

  const [details, delegatedAdministrator] = await Promise.all([
    config === null
      ? null
      : guessedRight
        ? guessed
        : readTrailDetails(clients, settings, config.arn, config.homeRegion),
    needsDelegation ? readDelegatedAdministrator(clients, identity.accountId) : Promise.resolve(null)
  ])

  return {
    identity,
    region,
    organization,
    trustedAccess,
    delegatedAdministrator,
    serviceLinkedRoles: { organizations: slrOrganizations, cloudtrail: slrCloudTrail },
    bucket,
    trails,
    trail: config && details ? observedTrail(config, details) : null,
    ...(kmsKey ? { kmsKey } : {}),
    ...(logGroup ? { logGroup } : {}),
    ...(cloudWatchRole ? { cloudWatchRole } : {}),
    ...(snsTopic ? { snsTopic } : {})
  }
}

function observedTrail(config: TrailConfig, reads: TrailReads): ObservedTrail {
  const selectors = present(reads.selectors, config.arn, 'cloudtrail:GetEventSelectors')
  return {
    config,
    status: present(reads.status, config.arn, 'cloudtrail:GetTrailStatus'),
    managementEvents: selectors.ok ? { ok: true, value: coverageOf(selectors.value) } : selectors,
    selectors,
    ...(reads.insights ? { insights: present(reads.insights, config.arn, 'cloudtrail:GetInsightSelectors') } : {}),
    ...(reads.tags ? { tags: present(reads.tags, config.arn, 'cloudtrail:ListTags') } : {})
  }
}
