import type { IamAction } from '../aws/actions.js'
import type { Clients } from '../aws/clients.js'
import type { Identity, LogArchiveSession } from '../aws/session.js'
import { accountOf, topicArn, trailArn, trailNameOf } from '../aws/arn.js'
import { managementAccountOf } from '../aws/cloudtrail.js'
import type { Settings } from '../settings/types.js'
import { declaredDetails } from './details.js'
import { readBucket } from './bucket.js'
import { readCloudWatchRole, readLogGroup } from './cloudwatch.js'
import { readKmsKey } from './kms.js'
import { readMembers } from './members.js'
import {
  readActiveAccountCount,
  readDelegatedAdministrator,
  readOrganization,
  readServiceLinkedRole,
  readTrustedAccess
} from './organization.js'
import { readSnsTopic } from './sns.js'
import {
  coverageOf,
  listTrails,
  readInsights,
  readSelectors,
  readTags,
  readTrail,
  readTrailStatus,
  readTrails
} from './trail.js'
import type {
  InsightSelectorState,
  Observed,
  ObservedSelectors,
  ObservedTrail,
  Read,
  TrailConfig,
  TrailStatus,
  TrailSummary
} from './types.js'

/** Where a trail lives: its ARN and home region. */
interface TrailLocation {
  readonly arn: string
  readonly homeRegion: string
}

/** The account and name an ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME) carries. */
function ownerAndName(arn: string): { account: string; name: string } {
  return { account: accountOf(arn), name: trailNameOf(arn) }
}

/**
 * Picks the managed trail among what DescribeTrails shows in the declared region and what ListTrails
 * lists in every region: a trail of this name whose ARN carries the owner's account (the management
 * account for an organization trail), wherever it is homed; the one at the expected ARN first. Never
 * another account's trail of the same name (a delegated administrator's own account trail).
 */
export function locateTrail(
  shown: readonly TrailConfig[],
  listed: readonly TrailSummary[],
  expectedArn: string,
  owner: string,
  name: string
): TrailLocation | null {
  const ours = (arn: string) => {
    const o = ownerAndName(arn)
    return arn === expectedArn || (o.account === owner && o.name === name)
  }
  const candidates = [...shown, ...listed]
    .filter((t) => ours(t.arn))
    .map((t) => ({ arn: t.arn, homeRegion: t.homeRegion }))
  return candidates.find((t) => t.arn === expectedArn) ?? candidates[0] ?? null
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
  const wanted = declaredDetails(settings)
  const [status, selectors, insights, tags] = await Promise.all([
    readTrailStatus(clients, arn, region),
    readSelectors(clients, arn, region),
    wanted.insights ? readInsights(clients, arn, region) : skip,
    wanted.tags ? readTags(clients, arn, region) : skip
  ])
  return { status, selectors, insights, tags }
}

/**
 * Every read the plan needs, in one concurrent wave. The trail's own reads are made at the ARN it has
 * when the caller is the management account (the usual case), so that a converged run needs no second
 * round trip; only a trail found elsewhere (a delegated administrator's view, or a trail homed in
 * another region) costs one more.
 */
export async function observe(
  clients: Clients,
  settings: Settings,
  identity: Identity,
  log: (line: string) => void = () => undefined,
  logArchive?: LogArchiveSession
): Promise<Observed> {
  const { region } = settings
  // Every trail of the account: the trail lookup needs it, and the inventory's own account reuses it.
  const trailList = listTrails(clients, region)
  // The longest read by far: started first, awaited last, so the trail's second wave never waits for it.
  const members = settings.members ? readMembers(clients, settings.members, identity, log, trailList) : skip
  const declared = settings.trail
  const guessedArn = trailArn(identity.partition, region, identity.accountId, declared.name)
  // The bucket is the Log Archive account's when its role is given; the key too when its ARN says so.
  const bucketClients = logArchive?.clients ?? clients
  const keyInLogArchive = logArchive !== undefined && accountOf(declared.kmsKeyId) === logArchive.identity.accountId
  const keySession = keyInLogArchive ? logArchive : { clients, identity }
  const topic = declared.snsTopicName
    ? topicArn(declared.snsTopicName, identity.partition, region, identity.accountId)
    : ''

  const [
    organization,
    trustedAccess,
    slrOrganizations,
    slrCloudTrail,
    bucket,
    trails,
    listed,
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
    readBucket(bucketClients, declared.s3BucketName, {
      hardening: settings.createBucket,
      encryption: declared.kmsKeyId !== ''
    }),
    readTrails(clients, region),
    trailList,
    readTrailDetails(clients, settings, guessedArn, region),
    declared.kmsKeyId ? readKmsKey(keySession.clients, declared.kmsKeyId, region, keySession.identity.accountId) : skip,
    declared.cloudWatchLogsLogGroupArn ? readLogGroup(clients, declared.cloudWatchLogsLogGroupArn) : skip,
    declared.cloudWatchLogsRoleArn ? readCloudWatchRole(clients, declared.cloudWatchLogsRoleArn) : skip,
    topic ? readSnsTopic(clients, topic) : skip
  ])

  // The account whose id the trail's ARN carries, by the plan's own rule: where the trail is to be found.
  const owner = managementAccountOf(
    declared.isOrganizationTrail,
    organization.ok ? organization.value : null,
    identity.accountId
  )
  const expectedArn = trailArn(identity.partition, region, owner, declared.name)
  // Only an organization trail run from another account than the management account's is a delegated
  // administrator's: the plan asks whether the caller is one then, and only then.
  const needsDelegation = owner !== identity.accountId
  const located = locateTrail(
    trails.ok ? trails.value : [],
    listed.ok ? listed.value : [],
    expectedArn,
    owner,
    declared.name
  )
  // A delegated administrator may not see the organization's trail listed: it asks for it by its ARN.
  const lookup: TrailLocation | null = located ?? (needsDelegation ? { arn: expectedArn, homeRegion: region } : null)

  // The trail's own reads follow in the same wave; only a trail DescribeTrails did not show costs a GetTrail first.
  const trailReads = async () => {
    const found: Read<TrailConfig | null> =
      lookup === null ? { ok: true, value: null } : await findConfig(clients, trails.ok ? trails.value : [], lookup)
    const config = found.ok ? found.value : null
    if (config === null) return { found, config, details: null }
    const guessedRight = config.arn === guessedArn && config.homeRegion === region
    return {
      found,
      config,
      details: guessedRight ? guessed : await readTrailDetails(clients, settings, config.arn, config.homeRegion)
    }
  }
  // Another organization trail is a finding that names how many member accounts would record every event twice.
  const otherOrganizationTrail =
    declared.isOrganizationTrail &&
    organization.ok &&
    organization.value !== null &&
    trails.ok &&
    trails.value.some((t) => t.isOrganizationTrail && t.arn !== expectedArn && t.arn !== located?.arn)
  const [{ found, config, details }, delegatedAdministrator, activeAccounts] = await Promise.all([
    trailReads(),
    needsDelegation ? readDelegatedAdministrator(clients, identity.accountId) : Promise.resolve(null),
    otherOrganizationTrail ? readActiveAccountCount(clients) : skip
  ])

  const inventory = await members
  return {
    identity,
    ...(logArchive ? { logArchive: { accountId: logArchive.identity.accountId, roleArn: logArchive.roleArn } } : {}),
    region,
    organization,
    trustedAccess,
    delegatedAdministrator,
    serviceLinkedRoles: { organizations: slrOrganizations, cloudtrail: slrCloudTrail },
    bucket,
    trails,
    trailList: listed,
    trail: config && details ? observedTrail(config, details) : null,
    // A trail listed but not readable: whether it exists is unknown, which the plan must not read as "absent".
    trailUnreadable: found.ok ? null : found.failure,
    ...(kmsKey ? { kmsKey } : {}),
    ...(logGroup ? { logGroup } : {}),
    ...(cloudWatchRole ? { cloudWatchRole } : {}),
    ...(snsTopic ? { snsTopic } : {}),
    ...(inventory ? { members: inventory } : {}),
    ...(activeAccounts ? { activeAccounts } : {})
  }
}

/** The trail's settings: as DescribeTrails showed them, else read by its ARN in its home region. */
async function findConfig(
  clients: Clients,
  shown: readonly TrailConfig[],
  at: TrailLocation
): Promise<Read<TrailConfig | null>> {
  const seen = shown.find((t) => t.arn === at.arn)
  return seen ? { ok: true, value: seen } : readTrail(clients, at.arn, at.homeRegion)
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
