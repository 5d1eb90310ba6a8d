// The plan of the Log Archive layout: a bucket or key owned by another account, with and without
// log-archive-role-arn, as plain values.
import type { KmsKey, Observed, Read } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import type { Change, Plan } from '../../src/plan/types.js'
import { parseSettings } from '../../src/settings/parse.js'
import {
  ACCOUNT,
  BUCKET,
  bucket,
  findingOf,
  observed,
  ok,
  ORG_ID,
  rawInputs,
  REGION,
  settings,
  TRAIL_ARN
} from '../support/fixtures.js'

const LOG_ARCHIVE = '222233334444'
const ROLE = `arn:aws:iam::${LOG_ARCHIVE}:role/org-trail-log-archive`
const LA_KEY = `arn:aws:kms:${REGION}:${LOG_ARCHIVE}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

const refused = (action: 's3:GetBucketPolicy' | 's3:GetBucketLocation', code: string): Read<never> => ({
  ok: false,
  failure: { action, code, message: code }
})

/** A bucket of another account, read from the management account: 405 on the policy, 403 elsewhere. */
const foreignBucket = () =>
  bucket({
    region: refused('s3:GetBucketLocation', 'AccessDenied'),
    policy: refused('s3:GetBucketPolicy', 'MethodNotAllowed'),
    requesterPays: { ok: false, failure: { action: 's3:GetBucketRequestPayment', code: 'AccessDenied', message: '' } }
  })

const noTrail = (o: Partial<Observed>) => observed({ trail: null, trails: ok([]), trailList: ok([]), ...o })
const statementsOf = (text: string) =>
  (JSON.parse(text) as { Statement: { Sid: string; Resource: string | string[] }[] }).Statement

function key(overrides: Partial<KmsKey> = {}): Read<KmsKey | null> {
  return ok<KmsKey | null>({
    arn: LA_KEY,
    region: REGION,
    keyState: 'Enabled',
    symmetric: true,
    keyManager: 'CUSTOMER',
    policy: null,
    foreignAccountId: LOG_ARCHIVE,
    rotationEnabled: ok(true),
    ...overrides
  })
}

describe('a bucket of another account, without log-archive-role-arn', () => {
  const p = () => plan(settings(), noTrail({ bucket: foreignBucket() }))

  it('is no blocker: the trail is still planned, with warnings', () => {
    const result = p()
    expect(result.blocked).toBe(false)
    expect(result.changes.map((c) => c.kind)).toContain('create-trail')
    expect(findingOf(result, 's3.bucket-owner')).toMatchObject({ severity: 'warning' })
    expect(findingOf(result, 's3.bucket-owner').detail).toContain('owned by another account')
    expect(findingOf(result, 's3.bucket-exists').severity).toBe('ok')
    expect(findingOf(result, 's3.requester-pays').severity).toBe('warning')
  })

  it("never gives the advice to grant the caller what is the owner's to do", () => {
    const texts = p()
      .findings.filter((f) => f.id.startsWith('s3.'))
      .map((f) => `${f.detail} ${f.remediation}`)
      .join('\n')
    expect(texts).not.toMatch(/Allow "s3:/)
    expect(texts).not.toContain('Health Dashboard')
  })

  it('shows the statements for that bucket, trail ARN and organization id, to add in the owning account', () => {
    const f = findingOf(p(), 's3.bucket-policy')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('must be added in the account that owns the bucket')
    const statements = statementsOf(f.remediation)
    expect(statements.map((s) => s.Sid)).toEqual(['OrgTrailAclCheck', 'OrgTrailWrite'])
    expect(f.remediation).toContain(TRAIL_ARN)
    expect(statements[1]?.Resource).toEqual([
      `arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/*`,
      `arn:aws:s3:::${BUCKET}/AWSLogs/${ORG_ID}/*`
    ])
  })

  it('with a prefix, the statements name it', () => {
    const result = plan(settings({ 's3-key-prefix': 'org' }), noTrail({ bucket: foreignBucket() }))
    expect(findingOf(result, 's3.bucket-policy').remediation).toContain(`${BUCKET}/org/AWSLogs/${ORG_ID}/*`)
  })

  it('lists the policy as one it cannot write, for the failure of a refused trail write', () => {
    expect(p().policiesElsewhere).toEqual([
      expect.objectContaining({ resource: 'bucket', name: BUCKET, accountId: null })
    ])
  })

  it('a bucket of its own lists no policy elsewhere and no owner finding', () => {
    const result = plan(settings(), observed())
    expect(result.policiesElsewhere).toBeUndefined()
    expect(result.findings.some((f) => f.id === 's3.bucket-owner')).toBe(false)
  })
})

describe('a bucket whose every read is refused (403), without log-archive-role-arn', () => {
  // A Control Tower log bucket read from the management account: its policy grants that account nothing,
  // so S3 answers 403, not 405; the same answers a role of the bucket's own account that may not read it.
  const unreadable = () =>
    bucket({
      region: refused('s3:GetBucketLocation', 'AccessDenied'),
      policy: refused('s3:GetBucketPolicy', 'AccessDenied'),
      requesterPays: { ok: false, failure: { action: 's3:GetBucketRequestPayment', code: 'AccessDenied', message: '' } }
    })
  const p = () => plan(settings(), noTrail({ bucket: unreadable() }))

  it('is no blocker: a warning saying both possibilities with both fixes; CloudTrail judges the policy', () => {
    const result = p()
    expect(result.blocked).toBe(false)
    expect(result.changes.map((c) => c.kind)).toContain('create-trail')
    expect(result.changes.map((c) => c.kind)).not.toContain('put-bucket-policy')
    const owner = findingOf(result, 's3.bucket-owner')
    expect(owner.severity).toBe('warning')
    expect(owner.detail).toMatch(/owned by another account.*or the role org-trail uses may not read it/)
    expect(owner.remediation).toContain('log-archive-role-arn')
    expect(owner.remediation).toContain('allow "s3:GetBucketPolicy" and "s3:GetBucketLocation"')
    expect(findingOf(result, 's3.bucket-exists').severity).toBe('ok')
    expect(findingOf(result, 's3.bucket-policy')).toMatchObject({ severity: 'warning' })
    expect(result.policiesElsewhere).toEqual([
      expect.objectContaining({ resource: 'bucket', name: BUCKET, accountId: null })
    ])
  })

  it('one read refused and the other served is a missing permission, and blocks as before', () => {
    const result = plan(
      settings(),
      noTrail({ bucket: bucket({ policy: refused('s3:GetBucketPolicy', 'AccessDenied') }) })
    )
    expect(findingOf(result, 's3.bucket-policy')).toMatchObject({ severity: 'blocker' })
    expect(findingOf(result, 's3.bucket-policy').remediation).toContain(
      'Add "s3:GetBucketPolicy" to the permission policy'
    )
    expect(result.findings.some((f) => f.id === 's3.bucket-owner')).toBe(false)
  })
})

describe('with log-archive-role-arn', () => {
  const laSettings = (extra: Record<string, string> = {}) => settings({ 'log-archive-role-arn': ROLE, ...extra })
  const logArchive = { accountId: LOG_ARCHIVE, roleArn: ROLE }
  const throughLogArchive = (p: Plan) =>
    p.changes.filter((c): c is Change & { logArchive: true } => 'logArchive' in c && c.logArchive === true)

  it("a bucket the role reads is the Log Archive account's: its policy is merged there", () => {
    const result = plan(
      laSettings(),
      noTrail({
        logArchive,
        bucket: bucket({ expectedOwner: LOG_ARCHIVE, policy: ok<string | null>(null) })
      })
    )
    expect(findingOf(result, 's3.bucket-owner')).toMatchObject({ severity: 'ok' })
    expect(findingOf(result, 's3.bucket-owner').detail).toContain(LOG_ARCHIVE)
    expect(findingOf(result, 's3.bucket-policy').severity).toBe('fixable')
    expect(throughLogArchive(result).map((c) => c.kind)).toEqual(['put-bucket-policy'])
    // Everything else stays on the management session.
    expect(result.changes.filter((c) => !('logArchive' in c)).map((c) => c.kind)).toContain('create-trail')
  })

  it('create-bucket: the bucket is created and hardened through the role', () => {
    const result = plan(
      laSettings({ 'create-bucket': 'true' }),
      noTrail({ logArchive, bucket: bucket({ region: ok<string | null>(null), policy: ok<string | null>(null) }) })
    )
    const kinds = throughLogArchive(result).map((c) => c.kind)
    expect(kinds).toContain('create-bucket')
    expect(kinds).toContain('harden-bucket')
    expect(kinds).toContain('put-bucket-policy')
  })

  it('a look-alike owned by a third account is a blocker, and nothing is planned for it', () => {
    const result = plan(
      laSettings(),
      noTrail({
        logArchive,
        bucket: bucket({
          expectedOwner: LOG_ARCHIVE,
          region: refused('s3:GetBucketLocation', 'AccessDenied'),
          policy: refused('s3:GetBucketPolicy', 'AccessDenied')
        })
      })
    )
    expect(result.blocked).toBe(true)
    const f = findingOf(result, 's3.bucket-owner')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('not owned by the Log Archive account')
    expect(f.detail).toContain(LOG_ARCHIVE)
    expect(result.findings.filter((x) => x.id === 's3.bucket-policy')).toEqual([])
  })

  it('a key of the Log Archive account: its policy merged through the role (manage-kms-key-policy)', () => {
    const result = plan(
      laSettings({ 'kms-key-id': LA_KEY, 'manage-kms-key-policy': 'true' }),
      noTrail({
        logArchive,
        bucket: bucket({ expectedOwner: LOG_ARCHIVE }),
        kmsKey: key({
          foreignAccountId: undefined,
          policy: '{"Version":"2012-10-17","Statement":[]}'
        } as Partial<KmsKey>)
      })
    )
    const writes = throughLogArchive(result).filter((c) => c.kind === 'put-key-policy')
    expect(writes).toHaveLength(1)
  })
})

describe('a KMS key of another account', () => {
  it('described: usable, and its policy a warning with the statements to add in its account', () => {
    const result = plan(settings({ 'kms-key-id': LA_KEY }), noTrail({ kmsKey: key() }))
    expect(findingOf(result, 'kms.key').severity).toBe('ok')
    const f = findingOf(result, 'kms.key-policy')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain(`must be added in account ${LOG_ARCHIVE}`)
    expect(statementsOf(f.remediation).map((s) => s.Sid)).toEqual(['OrgTrailKmsEncrypt', 'OrgTrailKmsDescribe'])
    expect(result.blocked).toBe(false)
    expect(result.policiesElsewhere).toEqual([
      expect.objectContaining({ resource: 'key', name: LA_KEY, accountId: LOG_ARCHIVE })
    ])
  })

  it('DescribeKey refused by its key policy: a warning naming the owner, not a blocker', () => {
    const result = plan(
      settings({ 'kms-key-id': LA_KEY }),
      noTrail({
        kmsKey: { ok: false, failure: { action: 'kms:DescribeKey', code: 'AccessDeniedException', message: '' } }
      })
    )
    expect(findingOf(result, 'kms.key')).toMatchObject({ severity: 'warning' })
    expect(findingOf(result, 'kms.key').detail).toContain(`owned by account ${LOG_ARCHIVE}`)
    expect(findingOf(result, 'kms.key-policy').severity).toBe('warning')
    expect(result.blocked).toBe(false)
  })

  it("a key of the caller's own account refused DescribeKey is still a blocker", () => {
    const own = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
    const result = plan(
      settings({ 'kms-key-id': own }),
      noTrail({
        kmsKey: { ok: false, failure: { action: 'kms:DescribeKey', code: 'AccessDeniedException', message: '' } }
      })
    )
    expect(findingOf(result, 'kms.key').severity).toBe('blocker')
  })
})

describe('CloudWatch Logs of another account', () => {
  const group = `arn:aws:logs:${REGION}:${LOG_ARCHIVE}:log-group:CloudTrail/org:*`
  const role = `arn:aws:iam::${LOG_ARCHIVE}:role/CloudTrail_CloudWatchLogs_Role`
  const inputs = { 'cloud-watch-logs-log-group-arn': group, 'cloud-watch-logs-role-arn': role }

  it('is an input error when role-to-assume names the account, for each input', () => {
    const parsed = parseSettings(rawInputs(inputs), {})
    expect(parsed.ok).toBe(false)
    const problems = parsed.ok ? [] : parsed.problems
    expect(problems.map((p) => p.input).sort()).toEqual(['cloud-watch-logs-log-group-arn', 'cloud-watch-logs-role-arn'])
    for (const p of problems) {
      expect(p.message).toContain('must belong to the account of role-to-assume')
      expect(p.message).toContain(LOG_ARCHIVE)
      expect(p.message).toContain(ACCOUNT)
    }
  })

  it('is no input error with the default credential chain, but a blocker of the plan', () => {
    const s = settings({ ...inputs, 'role-to-assume': '' })
    const result = plan(s, noTrail({ logGroup: ok(true), cloudWatchRole: ok(null) }))
    expect(findingOf(result, 'logs.account')).toMatchObject({ severity: 'blocker' })
    expect(findingOf(result, 'logs.account').detail).toContain(group)
    expect(result.blocked).toBe(true)
  })

  it('log-archive-role-arn must be a role ARN', () => {
    const parsed = parseSettings(rawInputs({ 'log-archive-role-arn': 'org-trail-log-archive' }), {})
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.input)).toEqual(['log-archive-role-arn'])
  })
})
