// The whole plan: dependency order of the writes, blocked iff a blocker, nothing to do when converged,
// and every check made in one pass, whatever else is wrong.
import fc from 'fast-check'
import type { Observed, Read, TrailConfig } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import type { Change } from '../../src/plan/types.js'
import {
  ACCOUNT,
  ORG_ID,
  TRAIL_ARN,
  bucket,
  denied,
  findingOf,
  freshOrganization,
  grantingPolicy,
  memberIdentity,
  observed,
  observedTrail,
  ok,
  settings,
  trailConfig
} from '../support/fixtures.js'

/**
 * DESIGN.md "Apply": the bucket, then trusted access, roles and policies, then create or update the
 * trail, then selectors, tags and start logging.
 */
const RANK: Record<string, number> = {
  'create-bucket': 0,
  'harden-bucket': 1,
  'enable-trusted-access': 1,
  'create-service-linked-role': 1,
  'put-bucket-policy': 1,
  'put-key-policy': 1,
  'create-trail': 2,
  'update-trail': 2,
  'put-event-selectors': 3,
  'put-insight-selectors': 3,
  'add-tags': 3,
  'start-logging': 3
}
const kinds = (changes: readonly Change[]) => changes.map((c) => c.kind)

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

// ---- a generator of accounts in every state the planner knows ----

const accountState = fc.record({
  caller: fc.constantFrom('management', 'member', 'delegated', 'delegation-unknown'),
  organization: fc.constantFrom('all', 'billing', 'none', 'denied'),
  trustedAccess: fc.constantFrom('on', 'off', 'denied'),
  slrOrganizations: fc.constantFrom('yes', 'no', 'denied'),
  slrCloudTrail: fc.constantFrom('yes', 'no', 'denied'),
  bucket: fc.constantFrom('exists', 'missing', 'denied'),
  requesterPays: fc.constantFrom('off', 'on', 'denied'),
  policy: fc.constantFrom('granting', 'none', 'foreign', 'invalid', 'denied'),
  trail: fc.constantFrom(
    'converged',
    'absent',
    'stopped',
    'drift',
    'weakened',
    'elsewhere',
    'status-denied',
    'list-denied'
  ),
  otherOrgTrail: fc.boolean(),
  inputs: fc.subarray([
    ['enable-trusted-access', 'false'],
    ['manage-bucket-policy', 'false'],
    ['start-logging', 'false'],
    ['allow-destructive-changes', 'true'],
    ['s3-key-prefix', 'org'],
    ['mode', 'check'],
    ['create-bucket', 'true']
  ] as const)
})

type AccountState = typeof accountState extends fc.Arbitrary<infer T> ? T : never

function readOf<T>(state: string, value: T, action: Parameters<typeof denied>[0]): Read<T> {
  return state === 'denied' ? denied(action) : ok(value)
}

function accountFrom(state: AccountState): Observed {
  const other = trailConfig({
    name: 'legacy',
    arn: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/legacy`,
    homeRegion: 'eu-west-1'
  })
  const trail =
    state.trail === 'absent' || state.trail === 'list-denied'
      ? null
      : state.trail === 'stopped'
        ? observedTrail({}, { isLogging: false })
        : state.trail === 'drift'
          ? observedTrail({ s3BucketName: 'old-bucket' })
          : state.trail === 'weakened'
            ? observedTrail({ logFileValidationEnabled: false, isOrganizationTrail: false })
            : state.trail === 'elsewhere'
              ? observedTrail({
                  homeRegion: 'eu-west-1',
                  arn: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/org-trail`
                })
              : state.trail === 'status-denied'
                ? { ...observedTrail(), status: denied('cloudtrail:GetTrailStatus') }
                : observedTrail()
  const policies: Record<string, string | null> = {
    granting: grantingPolicy(trail?.config.arn ?? TRAIL_ARN),
    none: null,
    foreign: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Other',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:DeleteBucket',
          Resource: 'arn:aws:s3:::org-trail-logs'
        }
      ]
    }),
    invalid: '{not json',
    denied: null
  }
  const member = state.caller !== 'management'
  return observed({
    identity: member ? memberIdentity : observed().identity,
    delegatedAdministrator: !member
      ? null
      : state.caller === 'delegated'
        ? ok(true)
        : state.caller === 'member'
          ? ok(false)
          : denied('organizations:ListDelegatedAdministrators'),
    organization:
      state.organization === 'denied'
        ? denied('organizations:DescribeOrganization')
        : ok(
            state.organization === 'none'
              ? null
              : {
                  id: ORG_ID,
                  featureSet: state.organization === 'all' ? 'ALL' : 'CONSOLIDATED_BILLING',
                  managementAccountId: ACCOUNT
                }
          ),
    trustedAccess: readOf(
      state.trustedAccess,
      state.trustedAccess === 'on',
      'organizations:ListAWSServiceAccessForOrganization'
    ),
    serviceLinkedRoles: {
      organizations: readOf(state.slrOrganizations, state.slrOrganizations === 'yes', 'iam:ListRoles'),
      cloudtrail: readOf(state.slrCloudTrail, state.slrCloudTrail === 'yes', 'iam:ListRoles')
    },
    bucket: bucket({
      region:
        state.bucket === 'denied'
          ? denied('s3:GetBucketLocation')
          : ok<string | null>(state.bucket === 'exists' ? 'us-east-1' : null),
      requesterPays: readOf(state.requesterPays, state.requesterPays === 'on', 's3:GetBucketRequestPayment'),
      policy: state.policy === 'denied' ? denied('s3:GetBucketPolicy') : ok(policies[state.policy] ?? null)
    }),
    trail,
    trails:
      state.trail === 'list-denied'
        ? denied('cloudtrail:DescribeTrails')
        : ok([...(trail ? [trail.config] : []), ...(state.otherOrgTrail ? [other] : [])])
  })
}

const scenario = accountState.map((state) => ({
  state,
  settings: settings(Object.fromEntries(state.inputs)),
  observed: accountFrom(state)
}))

// ---- properties ----

describe('plan, over accounts in every state', () => {
  it('is blocked exactly when some finding is a blocker', () => {
    fc.assert(
      fc.property(scenario, ({ settings: s, observed: o }) => {
        const p = plan(s, o)
        expect(p.blocked).toBe(p.findings.some((f) => f.severity === 'blocker'))
      }),
      { numRuns: 500 }
    )
  })

  it('orders the writes: prerequisites, then the trail, then starting logging', () => {
    fc.assert(
      fc.property(scenario, ({ settings: s, observed: o }) => {
        const ranks = plan(s, o).changes.map((c) => RANK[c.kind] ?? -1)
        expect(ranks).not.toContain(-1)
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      }),
      { numRuns: 500 }
    )
  })

  it('gives every finding a distinct id, and every blocker a remediation', () => {
    fc.assert(
      fc.property(scenario, ({ settings: s, observed: o }) => {
        const p = plan(s, o)
        const ids = p.findings.map((f) => f.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const f of p.findings.filter((x) => x.severity === 'blocker')) expect(f.remediation).not.toBe('')
      }),
      { numRuns: 500 }
    )
  })

  it('proposes at most one write of each kind per target, and only for fixable findings', () => {
    fc.assert(
      fc.property(scenario, ({ settings: s, observed: o }) => {
        const p = plan(s, o)
        const keys = p.changes.map((c) =>
          JSON.stringify([c.kind, 'role' in c ? c.role : 'setting' in c ? c.setting : ''])
        )
        expect(new Set(keys).size).toBe(keys.length)
        if (p.changes.length > 0) expect(p.findings.some((f) => f.severity === 'fixable')).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('never modifies what it is given', () => {
    fc.assert(
      fc.property(scenario, ({ settings: s, observed: o }) => {
        expect(() => plan(deepFreeze(s), deepFreeze(o))).not.toThrow()
      }),
      { numRuns: 100 }
    )
  })
})

describe('plan, on chosen accounts', () => {
  it('creates the trail in a fresh organization, prerequisites first', () => {
    expect(kinds(plan(settings(), freshOrganization()).changes)).toEqual([
      'enable-trusted-access',
      'create-service-linked-role',
      'put-bucket-policy',
      'create-trail',
      'start-logging'
    ])
  })

  it('puts the trail update between the prerequisites and starting logging', () => {
    const o = observed({
      trustedAccess: ok(false),
      bucket: bucket({ policy: ok<string | null>(null) }),
      trail: observedTrail({ s3BucketName: 'old-bucket' }, { isLogging: false })
    })
    expect(kinds(plan(settings(), o).changes)).toEqual([
      'enable-trusted-access',
      'put-bucket-policy',
      'update-trail',
      'start-logging'
    ])
  })

  it.each<[string, Record<string, string>, Partial<TrailConfig>]>([
    ['the defaults', {}, {}],
    ['a key prefix', { 's3-key-prefix': 'org/cloudtrail' }, { s3KeyPrefix: 'org/cloudtrail' }],
    ['a single-region trail', { 'is-multi-region-trail': 'false' }, { isMultiRegionTrail: false }],
    ['check mode', { mode: 'check' }, {}]
  ])('has nothing to change on a converged account, with %s', (_, inputs, config) => {
    const trail = observedTrail(config)
    const o = observed({
      trail,
      bucket: bucket({ policy: ok<string | null>(grantingPolicy(TRAIL_ARN, config.s3KeyPrefix ?? '')) })
    })
    const p = plan(settings(inputs), o)
    expect(p.changes).toEqual([])
    expect(p.blocked).toBe(false)
    expect(p.findings.filter((f) => f.category === 'prerequisite' && f.severity !== 'ok')).toEqual([])
  })

  it('makes every check even after blockers: one pass shows everything', () => {
    const o = observed({
      identity: memberIdentity,
      delegatedAdministrator: ok(false),
      organization: ok({ id: ORG_ID, featureSet: 'CONSOLIDATED_BILLING', managementAccountId: ACCOUNT }),
      bucket: bucket({ requesterPays: ok(true) }),
      trail: observedTrail({}, { isLogging: false })
    })
    const p = plan(settings(), o)
    expect(findingOf(p, 'caller.management-account').severity).toBe('blocker')
    expect(findingOf(p, 'organization.all-features').severity).toBe('blocker')
    expect(findingOf(p, 's3.requester-pays').severity).toBe('blocker')
    expect(findingOf(p, 'cloudtrail.logging').severity).toBe('fixable')
    for (const id of [
      'organization.exists',
      'organization.trusted-access',
      'iam.service-linked-role.organizations',
      'iam.service-linked-role.cloudtrail',
      's3.bucket-exists',
      's3.bucket-policy',
      'cloudtrail.trail',
      'cloudtrail.other-organization-trail',
      'CloudTrail.1',
      'CloudTrail.2',
      'CloudTrail.4',
      'CloudTrail.5',
      'CloudTrail.6',
      'CloudTrail.7',
      'delivery.log-files',
      'delivery.digest-files'
    ]) {
      expect(() => findingOf(p, id)).not.toThrow()
    }
    expect(p.blocked).toBe(true)
  })

  it('names every read permission that is missing, in one pass', () => {
    const o = observed({
      organization: denied('organizations:DescribeOrganization'),
      trustedAccess: denied('organizations:ListAWSServiceAccessForOrganization'),
      serviceLinkedRoles: { organizations: denied('iam:ListRoles'), cloudtrail: denied('iam:ListRoles') },
      bucket: bucket({
        region: denied('s3:GetBucketLocation'),
        policy: denied('s3:GetBucketPolicy'),
        requesterPays: denied('s3:GetBucketRequestPayment')
      }),
      trail: null,
      trails: denied('cloudtrail:DescribeTrails')
    })
    const text = JSON.stringify(plan(settings(), o).findings)
    const actions = [
      'organizations:DescribeOrganization',
      'organizations:ListAWSServiceAccessForOrganization',
      'iam:ListRoles',
      's3:GetBucketLocation',
      's3:GetBucketPolicy',
      's3:GetBucketRequestPayment',
      'cloudtrail:DescribeTrails'
    ]
    expect(actions.filter((action) => !text.includes(action))).toEqual([])
  })

  it('still checks trusted access and the service-linked roles when the organization cannot be read', () => {
    const o = observed({
      organization: denied('organizations:DescribeOrganization'),
      trustedAccess: ok(false),
      serviceLinkedRoles: { organizations: ok(true), cloudtrail: ok(false) }
    })
    const p = plan(settings(), o)
    expect(findingOf(p, 'organization.exists').severity).toBe('blocker')
    expect(findingOf(p, 'organization.trusted-access').severity).not.toBe('ok')
    expect(findingOf(p, 'iam.service-linked-role.cloudtrail').severity).not.toBe('ok')
  })
})
