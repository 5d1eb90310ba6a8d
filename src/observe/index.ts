import type { Clients } from '../aws/clients.js'
import type { Identity } from '../aws/session.js'
import { trailArn } from '../domain.js'
import type { Settings } from '../settings/types.js'
import { readBucket } from './bucket.js'
import { readDelegatedAdministrator, readOrganization, readServiceLinkedRole, readTrustedAccess } from './organization.js'
import { readManagementEvents, readTrailStatus, readTrails } from './trail.js'
import type { ManagementEventCoverage, Observed, ObservedTrail, Read, TrailConfig, TrailStatus } from './types.js'

/** Picks the managed trail: by its exact ARN first, else by name (a shadow of a trail homed elsewhere). */
export function findTrail(trails: readonly TrailConfig[], expectedArn: string, name: string): TrailConfig | null {
  return trails.find((t) => t.arn === expectedArn) ?? trails.find((t) => t.name === name) ?? null
}

function absentAsNotFound<T>(result: Read<T | null>, arn: string): Read<T> {
  if (!result.ok) return result
  if (result.value === null) {
    return { ok: false, failure: { action: 'cloudtrail:GetTrailStatus', code: 'TrailNotFoundException', message: `No trail ${arn}` } }
  }
  return { ok: true, value: result.value }
}

/**
 * Every read the plan needs, in one concurrent wave. The trail's status and selectors are asked for at
 * the ARN it has when the caller is the management account (the usual case), so that a converged run
 * needs no second round trip; only a trail found elsewhere (a delegated administrator's view, or a trail
 * homed in another region) costs one more.
 */
export async function observe(clients: Clients, settings: Settings, identity: Identity): Promise<Observed> {
  const { region } = settings
  const name = settings.trail.name
  const guessedArn = trailArn(identity.partition, region, identity.accountId, name)

  const [organization, trustedAccess, slrOrganizations, slrCloudTrail, bucket, trails, guessedStatus, guessedEvents] =
    await Promise.all([
      readOrganization(clients),
      readTrustedAccess(clients),
      readServiceLinkedRole(clients, 'organizations'),
      readServiceLinkedRole(clients, 'cloudtrail'),
      readBucket(clients, settings.trail.s3BucketName),
      readTrails(clients, region),
      readTrailStatus(clients, guessedArn, region),
      readManagementEvents(clients, guessedArn, region)
    ])

  const managementAccountId = organization.ok && organization.value ? organization.value.managementAccountId : identity.accountId
  const expectedArn = trailArn(identity.partition, region, managementAccountId, name)
  const config = trails.ok ? findTrail(trails.value, expectedArn, name) : null
  const needsDelegation = organization.ok && organization.value !== null && managementAccountId !== identity.accountId

  const [trail, delegatedAdministrator] = await Promise.all([
    config ? observeTrail(clients, config, guessedArn, guessedStatus, guessedEvents) : Promise.resolve(null),
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
    trail
  }
}

async function observeTrail(
  clients: Clients,
  config: TrailConfig,
  guessedArn: string,
  guessedStatus: Read<TrailStatus | null>,
  guessedEvents: Read<ManagementEventCoverage | null>
): Promise<ObservedTrail> {
  if (config.arn === guessedArn && config.homeRegion === guessedArn.split(':')[3]) {
    return { config, status: absentAsNotFound(guessedStatus, config.arn), managementEvents: absentAsNotFound(guessedEvents, config.arn) }
  }
  const [status, managementEvents] = await Promise.all([
    readTrailStatus(clients, config.arn, config.homeRegion),
    readManagementEvents(clients, config.arn, config.homeRegion)
  ])
  return { config, status: absentAsNotFound(status, config.arn), managementEvents: absentAsNotFound(managementEvents, config.arn) }
}
