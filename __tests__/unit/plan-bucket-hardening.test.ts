// create-bucket declares a hardened bucket: each setting is observed and planned on every run, so a run
// interrupted half-way is finished by the next, and drift is a change. Also the lanes apply writes them in.
import fc from 'fast-check'
import { lanes } from '../../src/apply/index.js'
import type { BucketHardeningState, ObservedBucket } from '../../src/observe/types.js'
import { ensureStatements, requiresTls, TLS_ONLY_SID } from '../../src/policy/bucket.js'
import { missingPermissions, parsePolicy } from '../../src/policy/bucket.js'
import { type PolicyDocument, type Statement } from '../../src/policy/document.js'
import { plan } from '../../src/plan/index.js'
import type { Change } from '../../src/plan/types.js'
import {
  ACCOUNT,
  BUCKET,
  ORG_ID,
  TRAIL_ARN,
  bucket,
  denied,
  findingOf,
  grantingPolicy,
  observed,
  ok,
  settings
} from '../support/fixtures.js'
import { foreignTlsDeny } from '../../tools/statements.mjs'

const hardened: BucketHardeningState = {
  versioning: ok<string | null>('Enabled'),
  ownership: ok<string | null>('BucketOwnerEnforced')
}

const tlsDeny: Statement = { ...foreignTlsDeny(BUCKET), Sid: 'SomeoneElsesTls' }

/** The granting policy with a TLS deny of someone else's. */
function policyWithTls(): string {
  const p = JSON.parse(grantingPolicy()) as PolicyDocument
  return JSON.stringify({ ...p, Statement: [tlsDeny, ...p.Statement] })
}

const withBucket = (overrides: Partial<ObservedBucket>) =>
  observed({
    bucket: bucket({
      policy: ok<string | null>(policyWithTls()),
      encryption: ok({ algorithm: 'AES256', kmsKeyId: '', bucketKey: false }),
      hardening: hardened,
      ...overrides
    })
  })
const declared = settings({ 'create-bucket': 'true' })
const hardenings = (changes: readonly Change[]) =>
  changes.filter((c): c is Extract<Change, { kind: 'harden-bucket' }> => c.kind === 'harden-bucket')

describe('create-bucket and an existing bucket', () => {
  it('every setting as declared: an ok finding for each, no change', () => {
    const p = plan(declared, withBucket({}))
    expect(p.changes).toEqual([])
    for (const s of ['public-access-block', 'encryption', 'versioning', 'ownership', 'tls-only'])
      expect(findingOf(p, `s3.bucket-hardening.${s}`).severity).toBe('ok')
  })

  it('without create-bucket the hardening is not the action’s business: no finding, no change', () => {
    const p = plan(settings(), withBucket({ hardening: undefined, publicAccessBlock: ok(null) }))
    expect(p.findings.filter((f) => f.id.startsWith('s3.bucket-hardening.'))).toEqual([])
    expect(hardenings(p.changes)).toEqual([])
  })

  it('what an interrupted run left undone is planned, each setting on its own, with the command to do it by hand', () => {
    const p = plan(
      declared,
      withBucket({
        publicAccessBlock: ok(null),
        encryption: ok(null),
        hardening: { versioning: ok<string | null>(null), ownership: ok<string | null>(null) }
      })
    )
    expect(hardenings(p.changes).map((c) => [c.setting, c.before])).toEqual([
      ['public-access-block', 'none'],
      ['encryption', 'none'],
      ['versioning', 'never enabled'],
      ['ownership', 'no ownership controls']
    ])
    expect(findingOf(p, 's3.bucket-hardening.versioning')).toMatchObject({
      severity: 'fixable',
      remediation: expect.stringContaining('put-bucket-versioning') as string
    })
    expect(p.blocked).toBe(false)
  })

  it('drift: suspended versioning, one Block Public Access setting off, ACLs back on', () => {
    const p = plan(
      declared,
      withBucket({
        publicAccessBlock: ok({
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: true
        }),
        hardening: {
          ...hardened,
          versioning: ok<string | null>('Suspended'),
          ownership: ok<string | null>('ObjectWriter')
        }
      })
    )
    expect(hardenings(p.changes).map((c) => [c.setting, c.before, c.after])).toEqual([
      ['public-access-block', 'blockPublicPolicy off', 'all four settings on'],
      ['versioning', 'Suspended', 'Enabled'],
      ['ownership', 'ObjectWriter', 'BucketOwnerEnforced (ACLs disabled)']
    ])
  })

  it('with a KMS key declared, SSE-S3 or another key is drift; that key is not', () => {
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    const withKey = settings({ 'create-bucket': 'true', 'kms-key-id': key, 'manage-kms-key-policy': 'true' })
    const kmsKey = ok({
      arn: key,
      region: 'us-east-1',
      keyState: 'Enabled',
      symmetric: true,
      keyManager: 'CUSTOMER',
      policy: null,
      rotationEnabled: ok(true)
    })
    const encryption = (e: { algorithm: string; kmsKeyId: string }) =>
      hardenings(plan(withKey, { ...withBucket({ encryption: ok({ ...e, bucketKey: false }) }), kmsKey }).changes)
    expect(encryption({ algorithm: 'AES256', kmsKeyId: '' })).toEqual([
      expect.objectContaining({ setting: 'encryption', kmsKeyArn: key, after: `SSE-KMS with ${key}` })
    ])
    expect(encryption({ algorithm: 'aws:kms', kmsKeyId: key.replace('1234abcd', 'ffffffff') })).toHaveLength(1)
    expect(encryption({ algorithm: 'aws:kms', kmsKeyId: key })).toEqual([])
    expect(encryption({ algorithm: 'aws:kms', kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' })).toEqual([])
  })

  it('a read that is denied is a blocker naming the action, not a guess', () => {
    const p = plan(declared, withBucket({ hardening: { ...hardened, versioning: denied('s3:GetBucketVersioning') } }))
    expect(findingOf(p, 's3.bucket-hardening.versioning')).toMatchObject({
      severity: 'blocker',
      detail: expect.stringContaining('s3:GetBucketVersioning') as string
    })
  })

  it('no TLS-only statement and CloudTrail already granted: a policy change that adds only that statement', () => {
    const p = plan(declared, withBucket({ policy: ok<string | null>(grantingPolicy()) }))
    const puts = p.changes.filter((c) => c.kind === 'put-bucket-policy')
    expect(puts).toHaveLength(1)
    expect(puts[0]).toMatchObject({ sids: [TLS_ONLY_SID] })
    expect(findingOf(p, 's3.bucket-hardening.tls-only').severity).toBe('fixable')
    expect(findingOf(p, 's3.bucket-policy').severity).toBe('ok')
  })

  it('no TLS-only statement and CloudTrail not granted: one policy change that does both', () => {
    const p = plan(declared, withBucket({ policy: ok<string | null>(null) }))
    const puts = p.changes.filter(
      (c): c is Extract<Change, { kind: 'put-bucket-policy' }> => c.kind === 'put-bucket-policy'
    )
    expect(puts).toHaveLength(1)
    const after = parsePolicy(puts[0]?.after ?? null)
    expect(requiresTls(after)).toBe(true)
    expect(
      missingPermissions(after, {
        partition: 'aws',
        bucket: BUCKET,
        prefix: '',
        trailArn: TRAIL_ARN,
        accountId: ACCOUNT,
        organizationId: ORG_ID
      })
    ).toEqual([])
    expect(puts[0]?.sids[0]).toBe(TLS_ONLY_SID)
  })
})

describe('ensureStatements', () => {
  const statement = (sid: string): Statement => ({ Sid: sid, Effect: 'Allow', Principal: '*', Action: 's3:GetObject' })
  const policies = fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z]{1,8}$/), { maxLength: 5 })
    .map((sids): PolicyDocument => ({ Version: '2012-10-17', Statement: sids.map(statement) }))
  const tls = { ...tlsDeny, Sid: TLS_ONLY_SID }

  it('keeps every other statement, adds ours once, and is idempotent', () => {
    fc.assert(
      fc.property(policies, (policy) => {
        const once = ensureStatements(policy, [tls])
        for (const s of policy.Statement) expect(once.policy?.Statement).toContainEqual(s)
        expect(once.policy?.Statement.filter((s) => s.Sid === TLS_ONLY_SID)).toHaveLength(1)
        expect(ensureStatements(once.policy, [tls]).changedSids).toEqual([])
      })
    )
  })

  it('adds no TLS statement of ours when another already requires TLS', () => {
    const policy: PolicyDocument = { Version: '2012-10-17', Statement: [tlsDeny] }
    expect(ensureStatements(policy, [tls])).toEqual({ policy, changedSids: [] })
  })
})

describe('lanes: writes AWS refuses to overlap go one after another', () => {
  const trail = TRAIL_ARN
  const region = 'us-east-1'
  const harden = (setting: 'encryption' | 'versioning'): Change => ({
    kind: 'harden-bucket',
    bucket: BUCKET,
    setting,
    kmsKeyArn: '',
    before: 'none',
    after: 'x'
  })

  it('one lane per bucket and one for the trail, Insights after the event selectors; the rest alone', () => {
    const changes: Change[] = [
      { kind: 'start-logging', arn: trail, region },
      { kind: 'put-insight-selectors', arn: trail, region, insightSelectors: [{ InsightType: 'ApiCallRateInsight' }] },
      { kind: 'add-tags', arn: trail, region, tags: { a: 'b' }, before: { a: null } },
      { kind: 'put-event-selectors', arn: trail, region, eventSelectors: [] },
      harden('encryption'),
      { kind: 'enable-trusted-access' },
      harden('versioning')
    ]
    const result = lanes(changes).map((lane) => lane.map((c) => ('setting' in c ? c.setting : c.kind)))
    expect(result).toEqual([
      ['put-event-selectors', 'put-insight-selectors', 'add-tags', 'start-logging'],
      ['encryption', 'versioning'],
      ['enable-trusted-access']
    ])
  })
})
