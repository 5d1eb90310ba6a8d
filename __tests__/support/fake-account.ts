// A management account as the read APIs answer it, built on the mocks of mock-aws.ts. By default it is the
// converged account of fixtures.observed(): observe() of it must equal that fixture.
import {
  DescribeTrailsCommand,
  ListTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailCommand,
  GetTrailStatusCommand,
  TrailNotFoundException,
  type DescribeTrailsCommandInput,
  type EventSelector,
  type GetEventSelectorsCommandInput,
  type GetTrailCommandInput,
  type GetTrailStatusCommandInput,
  type GetTrailStatusCommandOutput,
  type Trail
} from '@aws-sdk/client-cloudtrail'
import { ListRolesCommand, type ListRolesCommandInput, type Role } from '@aws-sdk/client-iam'
import {
  DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListDelegatedAdministratorsCommand
} from '@aws-sdk/client-organizations'
import {
  GetBucketLocationCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketRequestPaymentCommand,
  GetPublicAccessBlockCommand
} from '@aws-sdk/client-s3'
import type { TrailConfig } from '../../src/observe/types.js'
import { ACCOUNT, grantingPolicy, ORG_ID, trailConfig, trailStatus } from './fixtures.js'
import type { AwsMocks } from './mock-aws.js'

/** A trail as CloudTrail's API shapes it, from the fixture's view of it. */
/** GetTrailStatus of the converged fixture trail (fixtures.ts's trailStatus()), as the API answers it. */
export function apiTrailStatus(): Omit<GetTrailStatusCommandOutput, '$metadata'> {
  const s = trailStatus()
  return {
    IsLogging: s.isLogging,
    StartLoggingTime: s.startLoggingTime,
    LatestDeliveryTime: s.latestDeliveryTime,
    LatestDigestDeliveryTime: s.latestDigestDeliveryTime
  }
}

export function apiTrail(overrides: Partial<TrailConfig> = {}): Trail {
  const c = trailConfig(overrides)
  return {
    Name: c.name,
    TrailARN: c.arn,
    HomeRegion: c.homeRegion,
    S3BucketName: c.s3BucketName,
    ...(c.s3KeyPrefix ? { S3KeyPrefix: c.s3KeyPrefix } : {}),
    IsOrganizationTrail: c.isOrganizationTrail,
    IsMultiRegionTrail: c.isMultiRegionTrail,
    IncludeGlobalServiceEvents: c.includeGlobalServiceEvents,
    LogFileValidationEnabled: c.logFileValidationEnabled,
    HasCustomEventSelectors: false,
    HasInsightSelectors: false
  }
}

export interface FakeTrail {
  readonly trail: Trail
  readonly status: Omit<GetTrailStatusCommandOutput, '$metadata'>
  readonly selectors?: EventSelector[]
}

export function serviceLinkedRole(service: string, name: string): Role {
  return {
    Path: `/aws-service-role/${service}/`,
    RoleName: name,
    RoleId: `AROA${name.length}EXAMPLE`,
    Arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/${service}/${name}`,
    CreateDate: new Date('2024-01-01T00:00:00Z')
  }
}

export interface FakeAccount {
  readonly organization?: { Id: string; FeatureSet: 'ALL' | 'CONSOLIDATED_BILLING'; MasterAccountId: string }
  readonly trustedServices?: readonly string[]
  /** Services that have their service-linked role in the account. */
  readonly serviceLinkedRoles?: readonly string[]
  readonly delegatedAdministrators?: readonly string[]
  readonly bucketPolicy?: string
  readonly trails?: readonly FakeTrail[]
  /** Awaited before every answer, with the call's label: to record or hold calls. */
  readonly hook?: (label: string) => Promise<void>
}

/** As fixtures.observedTrail() has it: no selectors of its own, so CloudTrail's default (all management events). */
const NO_SELECTORS: EventSelector[] = []

const notFound = (name: string) =>
  new TrailNotFoundException({ message: `Unknown trail: ${name} for the user: ${ACCOUNT}`, $metadata: {} })

/**
 * Mocks every read org-trail makes. CloudTrail answers by region as AWS does: DescribeTrails lists the
 * trails homed in the region and the shadows of multi-region trails; GetTrailStatus and GetEventSelectors
 * answer in the trail's home region only (elsewhere: TrailNotFoundException), so a test sees where a
 * call was sent.
 */
export function mockAccount(aws: AwsMocks, account: FakeAccount = {}): void {
  const hook = account.hook ?? (() => Promise.resolve())
  const organization = account.organization ?? { Id: ORG_ID, FeatureSet: 'ALL', MasterAccountId: ACCOUNT }
  const trusted = account.trustedServices ?? ['cloudtrail.amazonaws.com']
  const roles = account.serviceLinkedRoles ?? ['organizations.amazonaws.com', 'cloudtrail.amazonaws.com']
  const trails: readonly FakeTrail[] = account.trails ?? [{ trail: apiTrail(), status: apiTrailStatus() }]

  aws.organizations.on(DescribeOrganizationCommand).callsFake(async () => {
    await hook('organizations.DescribeOrganization')
    return {
      Organization: {
        ...organization,
        Arn: `arn:aws:organizations::${organization.MasterAccountId}:organization/${organization.Id}`
      }
    }
  })
  aws.organizations.on(ListAWSServiceAccessForOrganizationCommand).callsFake(async () => {
    await hook('organizations.ListAWSServiceAccessForOrganization')
    return { EnabledServicePrincipals: trusted.map((ServicePrincipal) => ({ ServicePrincipal })) }
  })
  aws.organizations.on(ListDelegatedAdministratorsCommand).callsFake(async () => {
    await hook('organizations.ListDelegatedAdministrators')
    return { DelegatedAdministrators: (account.delegatedAdministrators ?? []).map((Id) => ({ Id })) }
  })

  aws.iam.on(ListRolesCommand).callsFake(async (input: ListRolesCommandInput) => {
    await hook(`iam.ListRoles ${input.PathPrefix ?? '/'}`)
    const prefix = input.PathPrefix ?? '/'
    const all = roles.map((service) => serviceLinkedRole(service, `AWSServiceRoleFor${service.split('.')[0]}`))
    return { Roles: all.filter((r) => (r.Path ?? '/').startsWith(prefix)), IsTruncated: false }
  })

  aws.s3.on(GetBucketLocationCommand).callsFake(async () => {
    await hook('s3.GetBucketLocation')
    return {} // us-east-1: no location constraint
  })
  aws.s3.on(GetBucketPolicyCommand).callsFake(async () => {
    await hook('s3.GetBucketPolicy')
    return { Policy: account.bucketPolicy ?? grantingPolicy() }
  })
  aws.s3.on(GetBucketRequestPaymentCommand).callsFake(async () => {
    await hook('s3.GetBucketRequestPayment')
    return { Payer: 'BucketOwner' }
  })
  aws.s3.on(GetPublicAccessBlockCommand).callsFake(async () => {
    await hook('s3.GetPublicAccessBlock')
    return {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true
      }
    }
  })
  aws.s3.on(GetBucketPolicyStatusCommand).callsFake(async () => {
    await hook('s3.GetBucketPolicyStatus')
    return { PolicyStatus: { IsPublic: false } }
  })
  // Read with a KMS key declared: SSE-S3, no S3 Bucket Key.
  aws.s3.on(GetBucketEncryptionCommand).callsFake(async () => {
    await hook('s3.GetBucketEncryption')
    return {
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] }
    }
  })
  aws.s3.on(GetBucketLoggingCommand).callsFake(async () => {
    await hook('s3.GetBucketLogging')
    return { LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'org-trail-logs/' } }
  })

  const homedAt = (name: string | undefined, region: string) =>
    trails.find((t) => (t.trail.TrailARN === name || t.trail.Name === name) && t.trail.HomeRegion === region)
  aws.cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input: DescribeTrailsCommandInput, getClient) => {
    await hook('cloudtrail.DescribeTrails')
    const region = await getClient().config.region()
    return {
      trailList: trails.map((t) => t.trail).filter((t) => t.HomeRegion === region || t.IsMultiRegionTrail === true)
    }
  })
  // ListTrails names every trail of the account, whatever its home region.
  aws.cloudtrail.on(ListTrailsCommand).callsFake(async () => {
    await hook('cloudtrail.ListTrails')
    return {
      Trails: trails.map((t) => ({ TrailARN: t.trail.TrailARN, Name: t.trail.Name, HomeRegion: t.trail.HomeRegion }))
    }
  })
  aws.cloudtrail.on(GetTrailStatusCommand).callsFake(async (input: GetTrailStatusCommandInput, getClient) => {
    await hook('cloudtrail.GetTrailStatus')
    const found = homedAt(input.Name, await getClient().config.region())
    if (!found) throw notFound(input.Name ?? '')
    return found.status
  })
  aws.cloudtrail.on(GetEventSelectorsCommand).callsFake(async (input: GetEventSelectorsCommandInput, getClient) => {
    await hook('cloudtrail.GetEventSelectors')
    const found = homedAt(input.TrailName, await getClient().config.region())
    if (!found) throw notFound(input.TrailName ?? '')
    return {
      TrailARN: found.trail.TrailARN,
      EventSelectors: found.selectors ?? NO_SELECTORS,
      AdvancedEventSelectors: []
    }
  })
  aws.cloudtrail.on(GetTrailCommand).callsFake(async (input: GetTrailCommandInput, getClient) => {
    await hook('cloudtrail.GetTrail')
    const found = homedAt(input.Name, await getClient().config.region())
    if (!found) throw notFound(input.Name ?? '')
    return { Trail: found.trail }
  })
}
