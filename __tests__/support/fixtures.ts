// Builders of plain values for tests: a declared configuration and an observed account, converged by
// default, with overrides for the case under test.
import type { LogIntegrity } from '../../src/integrity/types.js'
import type { Identity } from '../../src/aws/session.js'
import type {
  Observed,
  ObservedBucket,
  ObservedTrail,
  Read,
  ReadFailure,
  TrailConfig,
  TrailStatus
} from '../../src/observe/types.js'
import type { Outcome } from '../../src/outcome.js'
import type { Finding } from '../../src/plan/types.js'
import { parseSettings } from '../../src/settings/parse.js'
import type { Settings } from '../../src/settings/types.js'
import { bucketStatements, policyOf } from './statements.js'

export const ACCOUNT = '111111111111'
export const ORG_ID = 'o-exampleorgid'
export const REGION = 'us-east-1'
export const TRAIL = 'org-trail'
export const BUCKET = 'org-trail-logs'
export const TRAIL_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${TRAIL}`

export const ok = <T>(value: T): Read<T> => ({ ok: true, value })
export const denied = (action: ReadFailure['action']): Read<never> => ({
  ok: false,
  failure: { action, code: 'AccessDeniedException', message: 'User is not authorized' }
})

/** Raw inputs as the runner passes them, defaults of action.yml included. */
export function rawInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'trail-name': TRAIL,
    's3-bucket-name': BUCKET,
    'aws-region': REGION,
    mode: 'apply',
    'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/org-trail`,
    'role-session-name': '',
    'role-duration-seconds': '900',
    audience: 'sts.amazonaws.com',
    'is-organization-trail': 'true',
    'is-multi-region-trail': 'true',
    'include-global-service-events': 'true',
    'enable-log-file-validation': 'true',
    's3-key-prefix': '',
    'start-logging': 'true',
    'enable-trusted-access': 'true',
    'manage-bucket-policy': 'true',
    'allow-destructive-changes': 'false',
    'fail-on-drift': 'true',
    'fail-on-posture': 'false',
    'github-token': '',
    'mask-aws-account-id': '',
    ...overrides
  }
}

export function settings(overrides: Record<string, string> = {}): Settings {
  const parsed = parseSettings(rawInputs(overrides), { GITHUB_RUN_ID: '42' })
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'))
  return parsed.settings
}

export const identity: Identity = {
  accountId: ACCOUNT,
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/org-trail/run-42`,
  partition: 'aws'
}

/** The bucket policy that grants CloudTrail what the converged trail needs. */
export function grantingPolicy(trailArn = TRAIL_ARN, prefix = ''): string {
  return policyOf(...bucketStatements({ bucket: BUCKET, accountId: ACCOUNT, orgId: ORG_ID, trailArn, prefix }))
}

export function trailConfig(overrides: Partial<TrailConfig> = {}): TrailConfig {
  return {
    name: TRAIL,
    arn: TRAIL_ARN,
    homeRegion: REGION,
    s3BucketName: BUCKET,
    s3KeyPrefix: '',
    isOrganizationTrail: true,
    isMultiRegionTrail: true,
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: true,
    ...overrides
  }
}

export function bucket(overrides: Partial<ObservedBucket> = {}): ObservedBucket {
  return {
    name: BUCKET,
    region: ok<string | null>(REGION),
    policy: ok<string | null>(grantingPolicy()),
    requesterPays: ok(false),
    publicAccessBlock: ok({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true
    }),
    policyIsPublic: ok(false),
    accessLogging: ok(true),
    ...overrides
  }
}

/** A trail that has been logging and delivering for a while, as GetTrailStatus reports it. */
export function trailStatus(overrides: Partial<TrailStatus> = {}): TrailStatus {
  return {
    isLogging: true,
    startLoggingTime: new Date('2026-11-01T08:00:00Z'),
    latestDeliveryTime: new Date('2026-11-20T09:55:00Z'),
    latestDigestDeliveryTime: new Date('2026-11-20T09:00:00Z'),
    ...overrides
  }
}

export function observedTrail(config: Partial<TrailConfig> = {}, status: Partial<TrailStatus> = {}): ObservedTrail {
  const c = trailConfig(config)
  return {
    config: c,
    status: ok<TrailStatus>(trailStatus(status)),
    managementEvents: ok({ any: true, readAndWrite: true }),
    selectors: ok({ event: [], advanced: [] })
  }
}

/**
 * A management account whose organization trail exists and matches the default settings: the plan of
 * settings() against it has no change. Pass overrides to break one thing at a time.
 */
export function observed(overrides: Partial<Observed> = {}): Observed {
  const trail = overrides.trail === undefined ? observedTrail() : overrides.trail
  return {
    identity,
    region: REGION,
    organization: ok({ id: ORG_ID, featureSet: 'ALL', managementAccountId: ACCOUNT }),
    trustedAccess: ok(true),
    delegatedAdministrator: null,
    serviceLinkedRoles: { organizations: ok(true), cloudtrail: ok(true) },
    bucket: bucket(),
    trails: ok(trail ? [trail.config] : []),
    trailList: ok(
      trail ? [{ name: trail.config.name, arn: trail.config.arn, homeRegion: trail.config.homeRegion }] : []
    ),
    trailUnreadable: null,
    ...overrides,
    trail
  }
}

/** A fresh organization: no trail, no trusted access, a bucket without policy. */
export function freshOrganization(): Observed {
  return observed({
    trail: null,
    trails: ok([]),
    trustedAccess: ok(false),
    serviceLinkedRoles: { organizations: ok(true), cloudtrail: ok(false) },
    bucket: bucket({ policy: ok<string | null>(null) })
  })
}

// ---- Added for the pure-layer suites: findings by id, and outcomes for the renderer. ----

/** Another account of the organization: not the management account. */
export const MEMBER_ACCOUNT = '222222222222'
export const memberIdentity: Identity = {
  accountId: MEMBER_ACCOUNT,
  arn: `arn:aws:sts::${MEMBER_ACCOUNT}:assumed-role/org-trail/run-42`,
  partition: 'aws'
}

/** The one finding with this id; throws (naming the ids there are) when there is none or more than one. */
export function findingOf(result: { readonly findings: readonly Finding[] }, id: string): Finding {
  const matches = result.findings.filter((f) => f.id === id)
  if (matches.length !== 1) {
    throw new Error(
      `expected one finding ${id}, found ${matches.length} among: ${result.findings.map((f) => f.id).join(', ')}`
    )
  }
  return matches[0] as Finding
}

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'organization.trusted-access',
    category: 'prerequisite',
    severity: 'ok',
    title: 'Trusted access for cloudtrail.amazonaws.com',
    detail: 'CloudTrail is a trusted service of the organization.',
    remediation: '',
    ...overrides
  }
}

/** A finished apply run on a converged account: nothing written. */
export function outcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    mode: 'apply',
    status: 'unchanged',
    trailName: TRAIL,
    trailArn: TRAIL_ARN,
    homeRegion: REGION,
    trail: trailConfig(),
    trailStatus: trailStatus(),
    selectors: { event: [{ ReadWriteType: 'All', IncludeManagementEvents: true }], advanced: [] },
    insightSelectors: null,
    tags: null,
    effectiveInputs: settings().effectiveInputs,
    findings: [],
    changes: [],
    adopted: false,
    identity,
    managementAccountId: ACCOUNT,
    organizationId: ORG_ID,
    failures: [],
    ...overrides
  }
}

/** A log verification of a 24h window, every digest and log file valid unless overridden. */
export function logIntegrityResult(over: Partial<LogIntegrity> = {}): LogIntegrity {
  return {
    verdict: 'valid',
    window: { from: '2026-03-01T12:00:00.000Z', to: '2026-03-02T12:00:00.000Z', duration: '24h' },
    logFiles: 'all',
    shard: null,
    counts: {
      accounts: 20,
      regions: 3,
      accountRegions: 60,
      digests: { valid: 1440, invalid: 0, unverified: 0 },
      logFiles: { valid: 7200, invalid: 0, unverified: 0 },
      bytesHashed: 52_428_800
    },
    problems: [],
    unreadable: [],
    loggingOff: [],
    omitted: { problems: 0, unreadable: 0, loggingOff: 0 },
    skipped: null,
    ...over
  }
}
