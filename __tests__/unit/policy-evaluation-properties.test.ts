// Properties of policy evaluation against CloudTrail's delivery request, through the whole plan: the
// data-perimeter statements organizations put on buckets and keys never block, a Deny that names
// CloudTrail without conditions always does, and a Deny that cannot be evaluated never turns a pass into
// a blocker. The perimeter statements are written here in the shape of AWS's data-perimeter samples
// (identity, resource and network perimeter, confused-deputy protection), with generated values.
import fc from 'fast-check'
import type { KmsKey, Observed } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import type { Statement } from '../../src/policy/document.js'
import type { Plan } from '../../src/plan/types.js'
import type { Settings } from '../../src/settings/types.js'
import {
  ACCOUNT,
  BUCKET,
  ORG_ID,
  bucket,
  findingOf,
  freshOrganization,
  grantingPolicy,
  observed,
  ok,
  settings
} from '../support/fixtures.js'
import {
  KEY_ARN,
  kmsKey,
  optionObserved,
  optionSettings,
  policyOf,
  ROOT_STATEMENT,
  consoleKmsStatements
} from '../support/trail-options.js'
import { foreignTlsDeny } from '../../tools/statements.mjs'

const BUCKET_RESOURCES = [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]

// ---- generated values ----

const account = fc.stringMatching(/^[0-9]{12}$/)
const accounts = fc.array(account, { minLength: 1, maxLength: 3 })
const cidr = fc
  .tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.constantFrom(8, 16, 24))
  .map(([a, b, bits]) => `${a}.${b}.0.0/${bits}`)
const vpc = fc.stringMatching(/^vpc-[0-9a-f]{8}$/)
const sid = (name: string) => fc.constantFrom(name, `${name}1`, `${name}Sample`)

/** Some optional members of a condition block, each present or not. */
const someOf = (entries: Record<string, fc.Arbitrary<string | string[]>>) =>
  fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string | string[]>>

const s3Actions = fc.constantFrom<string | string[]>(
  's3:*',
  ['s3:GetObject', 's3:PutObject', 's3:GetBucketAcl'],
  's3:Put*'
)
const kmsActions = fc.constantFrom<string | string[]>('kms:*', [
  'kms:GenerateDataKey*',
  'kms:Decrypt',
  'kms:DescribeKey'
])

/** EnforceIdentityPerimeter: only the organization's principals, and AWS services acting for it. */
const identityPerimeter = (actions: fc.Arbitrary<string | string[]>, resource: fc.Arbitrary<string | string[]>) =>
  fc.record({
    Sid: sid('EnforceIdentityPerimeter'),
    Effect: fc.constant('Deny'),
    Principal: fc.constantFrom<Statement['Principal']>('*', { AWS: '*' }),
    Action: actions,
    Resource: resource,
    Condition: fc.record({
      StringNotEqualsIfExists: fc
        .tuple(fc.constant(ORG_ID), someOf({ 'aws:PrincipalAccount': accounts }))
        .map(([org, extra]) => ({ 'aws:PrincipalOrgID': org, ...extra })),
      BoolIfExists: fc.constant({ 'aws:PrincipalIsAWSService': 'false' })
    })
  }) as fc.Arbitrary<Statement>

/** EnforceResourcePerimeter (as a resource control policy writes it): only the organization's resources. */
const resourcePerimeter = (actions: fc.Arbitrary<string | string[]>, resource: fc.Arbitrary<string | string[]>) =>
  fc.record({
    Sid: sid('EnforceResourcePerimeter'),
    Effect: fc.constant('Deny'),
    Principal: fc.constant('*'),
    Action: actions,
    Resource: resource,
    Condition: fc.record({
      StringNotEqualsIfExists: fc.constant({ 'aws:ResourceOrgID': ORG_ID }),
      BoolIfExists: fc.constant({ 'aws:PrincipalIsAWSService': 'false' })
    })
  }) as fc.Arbitrary<Statement>

/** EnforceNetworkPerimeter: only from the corporate network or VPCs, except AWS services. */
const networkPerimeter = (actions: fc.Arbitrary<string | string[]>, resource: fc.Arbitrary<string | string[]>) =>
  fc.record({
    Sid: sid('EnforceNetworkPerimeter'),
    Effect: fc.constant('Deny'),
    Principal: fc.constant('*'),
    Action: actions,
    Resource: resource,
    Condition: fc.record(
      {
        NotIpAddressIfExists: fc.record({
          'aws:SourceIp': fc.oneof(cidr, fc.array(cidr, { minLength: 1, maxLength: 3 }))
        }),
        StringNotEqualsIfExists: fc
          .tuple(
            vpc,
            someOf({
              'aws:PrincipalTag/network-perimeter-exception': fc.constant('true'),
              'aws:PrincipalAccount': accounts
            })
          )
          .map(([v, extra]) => ({ 'aws:SourceVpc': v, ...extra })),
        BoolIfExists: fc.constant({ 'aws:PrincipalIsAWSService': 'false', 'aws:ViaAWSService': 'false' }),
        ArnNotLikeIfExists: fc.constant({ 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/aws-service-role/*` }),
        StringEquals: fc.constant({ 'aws:PrincipalTag/data-perimeter-include': 'true' })
      },
      { requiredKeys: ['NotIpAddressIfExists', 'BoolIfExists'] }
    )
  }) as fc.Arbitrary<Statement>

/** EnforceConfusedDeputyProtection: AWS services only on behalf of the organization's resources. */
const confusedDeputy = (actions: fc.Arbitrary<string | string[]>, resource: fc.Arbitrary<string | string[]>) =>
  fc.record({
    Sid: sid('EnforceConfusedDeputyProtection'),
    Effect: fc.constant('Deny'),
    Principal: fc.constant('*'),
    Action: actions,
    Resource: resource,
    Condition: fc.record({
      StringNotEqualsIfExists: fc.constant({ 'aws:SourceOrgID': ORG_ID }),
      Null: fc.constant({ 'aws:SourceAccount': 'false' }),
      Bool: fc.constant({ 'aws:PrincipalIsAWSService': 'true' })
    })
  }) as fc.Arbitrary<Statement>

/** A Deny that exempts CloudTrail by name, with some other condition it guards. */
const exemptsCloudTrail = (actions: fc.Arbitrary<string | string[]>, resource: fc.Arbitrary<string | string[]>) =>
  fc.record({
    Sid: sid('DenyAllButCloudTrail'),
    Effect: fc.constant('Deny'),
    Principal: fc.constant('*'),
    Action: actions,
    Resource: resource,
    Condition: fc.oneof(
      fc.constant({ StringNotEquals: { 'aws:PrincipalServiceName': 'cloudtrail.amazonaws.com' } }),
      fc.constant({
        StringNotEqualsIfExists: { 'aws:PrincipalServiceName': ['cloudtrail.amazonaws.com', 'config.amazonaws.com'] }
      }),
      fc.constant({ StringNotLike: { 'aws:PrincipalServiceName': '*.amazonaws.com' } })
    )
  }) as fc.Arbitrary<Statement>

const tlsOnly: Statement = foreignTlsDeny(BUCKET)

const s3Samples = (() => {
  const resource = fc.constant<string | string[]>(BUCKET_RESOURCES)
  return fc.array(
    fc.oneof(
      identityPerimeter(s3Actions, resource),
      resourcePerimeter(s3Actions, resource),
      networkPerimeter(s3Actions, resource),
      confusedDeputy(s3Actions, resource),
      exemptsCloudTrail(s3Actions, resource),
      fc.constant(tlsOnly)
    ),
    { minLength: 1, maxLength: 5 }
  )
})()

const kmsSamples = (() => {
  const resource = fc.constant<string | string[]>('*')
  return fc.array(
    fc.oneof(
      identityPerimeter(kmsActions, resource),
      networkPerimeter(kmsActions, resource),
      confusedDeputy(kmsActions, resource),
      exemptsCloudTrail(kmsActions, resource)
    ),
    { minLength: 1, maxLength: 4 }
  )
})()

/** A Deny that applies to CloudTrail whatever the request carries: no condition at all. */
const unconditionalDeny = fc.record({
  Sid: fc.constantFrom('LockedDown', 'NoWrites'),
  Effect: fc.constant('Deny'),
  Principal: fc.constantFrom<Statement['Principal']>(
    '*',
    { AWS: '*' },
    { Service: 'cloudtrail.amazonaws.com' },
    { Service: ['config.amazonaws.com', 'cloudtrail.amazonaws.com'] }
  ),
  Action: fc.constantFrom<string | string[]>('s3:*', '*', 's3:PutObject', 's3:Put*', [
    's3:GetBucketAcl',
    's3:ListBucket'
  ]),
  Resource: fc.constantFrom<string | string[]>('*', BUCKET_RESOURCES, `arn:aws:s3:::${BUCKET}*`)
}) as fc.Arbitrary<Statement>

/** A Deny whose only condition is on something the model of CloudTrail's request does not carry. */
const unknownDeny = fc
  .tuple(
    fc.constantFrom('CorporateOnly', 'TaggedOnly', 'NotAfter'),
    fc.oneof(
      fc.tuple(
        s3Actions,
        cidr.map((c) => ({ NotIpAddress: { 'aws:SourceIp': c } }))
      ),
      fc.tuple(
        s3Actions,
        cidr.map((c) => ({ IpAddress: { 'aws:SourceIp': c } }))
      ),
      fc.tuple(s3Actions, fc.constant({ StringNotEquals: { 'aws:ResourceTag/classification': 'logs' } })),
      fc.tuple(s3Actions, fc.constant({ DateGreaterThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })),
      // Whether CloudTrail sends this header for a trail without a KMS key is not documented. (On s3:*
      // it would deny GetBucketAcl, which carries no such header: AWS counts a negated absent key as a match.)
      fc.tuple(
        fc.constant<string | string[]>('s3:PutObject'),
        fc.constant({ StringNotEquals: { 's3:x-amz-server-side-encryption': 'AES256' } })
      )
    )
  )
  .map(([Sid, [Action, Condition]]): Statement => ({
    Sid,
    Effect: 'Deny',
    Principal: '*',
    Action,
    Resource: BUCKET_RESOURCES,
    Condition
  }))

// ---- helpers ----

const bucketPolicy = (statements: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements })
const granting = JSON.parse(grantingPolicy()) as { Statement: Statement[] }

function withBucketPolicy(base: Observed, statements: Statement[]): Observed {
  return { ...base, bucket: bucket({ policy: ok<string | null>(bucketPolicy(statements)) }) }
}

const blockers = (p: Plan) => p.findings.filter((f) => f.severity === 'blocker').map((f) => `${f.id}: ${f.detail}`)

/** A converged account, or a fresh one whose bucket has only the generated statements. */
const account$ = fc.constantFrom<'converged' | 'fresh'>('converged', 'fresh')

function s3World(kind: 'converged' | 'fresh', statements: Statement[]): { s: Settings; o: Observed } {
  return kind === 'converged'
    ? { s: settings(), o: withBucketPolicy(observed(), [...granting.Statement, ...statements]) }
    : { s: settings(), o: withBucketPolicy(freshOrganization(), statements) }
}

// ---- properties ----

describe('the data-perimeter samples', () => {
  it('never block on a bucket policy, and leave nothing unevaluated', () => {
    fc.assert(
      fc.property(account$, s3Samples, (kind, samples) => {
        const { s, o } = s3World(kind, samples)
        const p = plan(s, o)
        expect(blockers(p)).toEqual([])
        expect(p.findings.map((f) => f.id)).not.toContain('s3.bucket-policy.unevaluated')
      })
    )
  })

  it('never block on a KMS key policy, nor on the bucket policy of a trail with that key', () => {
    fc.assert(
      fc.property(kmsSamples, s3Samples, fc.boolean(), (keySamples, bucketSamples, granted) => {
        const keyPolicy = policyOf(ROOT_STATEMENT, ...(granted ? consoleKmsStatements() : []), ...keySamples)
        const o = optionObserved({
          kmsKey: ok<KmsKey | null>(kmsKey({ policy: keyPolicy })),
          bucket: bucket({ policy: ok<string | null>(bucketPolicy([...granting.Statement, ...bucketSamples])) })
        })
        const p = plan(optionSettings({ 'manage-kms-key-policy': 'true' }), o)
        expect(blockers(p)).toEqual([])
        expect(p.findings.map((f) => f.id)).not.toContain('kms.key-policy.unevaluated')
        expect(findingOf(p, 'kms.key-policy').severity).toBe(granted ? 'ok' : 'fixable')
      })
    )
  })
})

describe('a Deny that names CloudTrail without conditions', () => {
  it('always blocks, names the statement and writes no bucket policy', () => {
    fc.assert(
      fc.property(account$, s3Samples, unconditionalDeny, (kind, samples, deny) => {
        const { s, o } = s3World(kind, [...samples, deny])
        const p = plan(s, o)
        const f = findingOf(p, 's3.bucket-policy')
        expect(f.severity).toBe('blocker')
        expect(f.remediation).toContain(String(deny.Sid))
        expect(p.blocked).toBe(true)
        expect(p.changes.filter((c) => c.kind === 'put-bucket-policy')).toEqual([])
      })
    )
  })

  it('always blocks in a key policy', () => {
    const deny = fc.record({
      Sid: fc.constant('NoCloudTrail'),
      Effect: fc.constant('Deny'),
      Principal: fc.constantFrom<Statement['Principal']>('*', { Service: 'cloudtrail.amazonaws.com' }),
      Action: fc.constantFrom<string | string[]>('kms:*', 'kms:GenerateDataKey*', '*'),
      Resource: fc.constant('*')
    }) as fc.Arbitrary<Statement>
    fc.assert(
      fc.property(kmsSamples, deny, (samples, d) => {
        const keyPolicy = policyOf(ROOT_STATEMENT, ...consoleKmsStatements(), ...samples, d)
        const p = plan(
          optionSettings({ 'manage-kms-key-policy': 'true' }),
          optionObserved({ kmsKey: ok<KmsKey | null>(kmsKey({ policy: keyPolicy })) })
        )
        expect(findingOf(p, 'kms.key-policy').severity).toBe('blocker')
        expect(p.changes.filter((c) => c.kind === 'put-key-policy')).toEqual([])
      })
    )
  })
})

describe('a Deny that cannot be evaluated', () => {
  it('never turns a pass into a blocker, and is named in a warning with the reason', () => {
    fc.assert(
      fc.property(account$, s3Samples, unknownDeny, (kind, samples, deny) => {
        const before = s3World(kind, samples)
        const passed = plan(before.s, before.o)
        fc.pre(!passed.blocked)
        const after = s3World(kind, [...samples, deny])
        const p = plan(after.s, after.o)
        expect(blockers(p)).toEqual([])
        const warning = findingOf(p, 's3.bucket-policy.unevaluated')
        expect(warning.severity).toBe('warning')
        expect(warning.detail).toContain(`"${String(deny.Sid)}"`)
        expect(warning.detail).toContain(Object.values(deny.Condition ?? {}).flatMap(Object.keys)[0] as string)
      })
    )
  })
})

describe('the KMS key of the trail', () => {
  it('makes PutObject ask for SSE-KMS, so a Deny of other encryption does not apply', () => {
    const requireKms: Statement = {
      Sid: 'RequireKms',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${BUCKET}/*`,
      Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } }
    }
    const o = optionObserved({
      kmsKey: ok<KmsKey | null>(kmsKey()),
      bucket: bucket({ policy: ok<string | null>(bucketPolicy([...granting.Statement, requireKms])) })
    })
    const p = plan(optionSettings({ 'kms-key-id': KEY_ARN }), o)
    expect(findingOf(p, 's3.bucket-policy').severity).toBe('ok')
    expect(p.findings.map((f) => f.id)).not.toContain('s3.bucket-policy.unevaluated')
    // Without a key, the header is not known: a warning, not a blocker.
    const plain = plan(settings(), withBucketPolicy(observed(), [...granting.Statement, requireKms]))
    expect(findingOf(plain, 's3.bucket-policy').severity).toBe('ok')
    expect(findingOf(plain, 's3.bucket-policy.unevaluated').detail).toContain('"RequireKms"')
  })
})
