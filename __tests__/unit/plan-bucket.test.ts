// The planner's bucket checks: existence, Requester Pays, and the bucket policy CloudTrail needs.
import { missingPermissions, parsePolicy } from '../../src/policy/bucket.js'
import { policyBytes, type PolicyDocument, type Statement } from '../../src/policy/document.js'
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

const withBucket = (overrides: Parameters<typeof bucket>[0]) => observed({ bucket: bucket(overrides) })
const policyChange = (changes: readonly Change[]) =>
  changes.find((c): c is Extract<Change, { kind: 'put-bucket-policy' }> => c.kind === 'put-bucket-policy')

const auditors: Statement = {
  Sid: 'AuditorsRead',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::333333333333:role/auditor' },
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]
}
const denyInsecure: Statement = foreignTlsDeny(BUCKET)
const grant = {
  partition: 'aws',
  bucket: BUCKET,
  prefix: '',
  trailArn: TRAIL_ARN,
  accountId: ACCOUNT,
  organizationId: ORG_ID
}
const foreignPolicy = JSON.stringify({ Version: '2012-10-17', Id: 'LogBucket', Statement: [denyInsecure, auditors] })

describe('s3.bucket-exists', () => {
  it('is ok for an existing bucket', () => {
    expect(findingOf(plan(settings(), observed()), 's3.bucket-exists')).toMatchObject({
      severity: 'ok',
      detail: expect.stringContaining('us-east-1')
    })
  })

  it('blocks when the bucket does not exist, with the create-bucket command for the home region', () => {
    const p = plan(settings(), withBucket({ region: ok<string | null>(null) }))
    const f = findingOf(p, 's3.bucket-exists')
    expect(f.severity).toBe('blocker')
    expect(f.title).toContain(BUCKET)
    expect(f.remediation.split('\n')).toContain(`aws s3api create-bucket --bucket ${BUCKET} --region us-east-1`)
    expect(policyChange(p.changes)).toBeUndefined()
    expect(p.blocked).toBe(true)
  })

  it('gives the location constraint when the trail is to be created outside us-east-1', () => {
    const p = plan(
      settings({ 'aws-region': 'eu-west-1' }),
      observed({ trail: null, trails: ok([]), bucket: bucket({ region: ok<string | null>(null) }) })
    )
    expect(findingOf(p, 's3.bucket-exists').remediation.split('\n')).toContain(
      `aws s3api create-bucket --bucket ${BUCKET} --region eu-west-1 --create-bucket-configuration LocationConstraint=eu-west-1`
    )
  })

  it('creates a missing bucket when create-bucket is true, then writes a policy that grants CloudTrail and requires TLS', () => {
    const p = plan(
      settings({ 'create-bucket': 'true' }),
      observed({
        trail: null,
        trails: ok([]),
        bucket: bucket({ region: ok<string | null>(null), policy: ok<string | null>(null) })
      })
    )
    expect(findingOf(p, 's3.bucket-exists').severity).toBe('fixable')
    expect(p.changes.map((c) => c.kind).slice(0, 2)).toEqual(['create-bucket', expect.any(String)])
    expect(p.changes[0]).toMatchObject({ kind: 'create-bucket', bucket: BUCKET, region: 'us-east-1' })
    const after = parsePolicy(policyChange(p.changes)?.after ?? null) as PolicyDocument
    expect(missingPermissions(after, grant)).toEqual([])
    expect(after.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })
    )
    expect(p.blocked).toBe(false)
  })

  it('blocks when the bucket location cannot be read, naming s3:GetBucketLocation', () => {
    const f = findingOf(plan(settings(), withBucket({ region: denied('s3:GetBucketLocation') })), 's3.bucket-exists')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('s3:GetBucketLocation')
  })
})

describe('s3.requester-pays', () => {
  it('is ok when off', () => {
    expect(findingOf(plan(settings(), observed()), 's3.requester-pays').severity).toBe('ok')
  })

  it('blocks when on, with the command that turns it off for this bucket', () => {
    const p = plan(settings(), withBucket({ requesterPays: ok(true) }))
    const f = findingOf(p, 's3.requester-pays')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toBe(
      `aws s3api put-bucket-request-payment --bucket ${BUCKET} --request-payment-configuration Payer=BucketOwner`
    )
    expect(p.blocked).toBe(true)
  })

  it('warns, naming the action, when it cannot be read', () => {
    const f = findingOf(
      plan(settings(), withBucket({ requesterPays: denied('s3:GetBucketRequestPayment') })),
      's3.requester-pays'
    )
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain('s3:GetBucketRequestPayment')
  })
})

describe('s3.bucket-policy', () => {
  it('is ok when the policy grants CloudTrail everything', () => {
    const p = plan(settings(), observed())
    expect(findingOf(p, 's3.bucket-policy').severity).toBe('ok')
    expect(policyChange(p.changes)).toBeUndefined()
  })

  it('is fixable for a bucket without policy: the change writes a policy that grants everything', () => {
    const p = plan(settings(), withBucket({ policy: ok<string | null>(null) }))
    const f = findingOf(p, 's3.bucket-policy')
    expect(f.severity).toBe('fixable')
    expect(f.detail).toContain(BUCKET)
    const change = policyChange(p.changes)
    expect(change).toMatchObject({ bucket: BUCKET, before: null, sids: ['OrgTrailAclCheck', 'OrgTrailWrite'] })
    expect(missingPermissions(parsePolicy(change?.after ?? null), grant)).toEqual([])
  })

  it('keeps every foreign statement, the Id, and says which paths were missing', () => {
    const p = plan(settings(), withBucket({ policy: ok<string | null>(foreignPolicy) }))
    const f = findingOf(p, 's3.bucket-policy')
    expect(f.detail).toContain(`s3:PutObject on arn:aws:s3:::${BUCKET}/AWSLogs/${ORG_ID}/*`)
    const change = policyChange(p.changes)
    expect(change?.before).toBe(foreignPolicy)
    const after = parsePolicy(change?.after ?? null) as PolicyDocument
    expect(after.Id).toBe('LogBucket')
    expect(after.Statement.slice(0, 2)).toEqual([denyInsecure, auditors])
    expect(missingPermissions(after, grant)).toEqual([])
  })

  it('writes the grant for the declared key prefix', () => {
    const p = plan(settings({ 's3-key-prefix': 'org/cloudtrail' }), withBucket({ policy: ok<string | null>(null) }))
    const after = parsePolicy(policyChange(p.changes)?.after ?? null) as PolicyDocument
    expect(missingPermissions(after, { ...grant, prefix: 'org/cloudtrail' })).toEqual([])
    expect(policyChange(p.changes)?.after).toContain(`arn:aws:s3:::${BUCKET}/org/cloudtrail/AWSLogs/${ACCOUNT}/*`)
  })

  it('blocks with the statements to add, and writes nothing, when manage-bucket-policy is false', () => {
    const p = plan(
      settings({ 'manage-bucket-policy': 'false' }),
      withBucket({ policy: ok<string | null>(foreignPolicy) })
    )
    const f = findingOf(p, 's3.bucket-policy')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toMatch(/manage-bucket-policy is false/)
    // The remediation is the JSON of the statements: pasted into Statement, they grant everything.
    const statements = JSON.parse(f.remediation) as Statement[]
    expect(missingPermissions({ Statement: statements }, grant)).toEqual([])
    expect(policyChange(p.changes)).toBeUndefined()
    expect(p.blocked).toBe(true)
  })

  it('blocks before writing a policy that would exceed 20 KB', () => {
    const resources: string[] = []
    let big: PolicyDocument = { Version: '2012-10-17', Statement: [] }
    while (policyBytes(big) < 20 * 1024 - 300) {
      resources.push(`arn:aws:s3:::${BUCKET}/reports/team-${String(resources.length).padStart(5, '0')}/*`)
      big = { Version: '2012-10-17', Statement: [{ ...auditors, Resource: resources }] }
    }
    expect(policyBytes(big)).toBeLessThanOrEqual(20 * 1024) // a policy S3 accepts today

    const p = plan(settings(), withBucket({ policy: ok<string | null>(JSON.stringify(big)) }))
    const f = findingOf(p, 's3.bucket-policy')
    expect(f.severity).toBe('blocker')
    expect(f.title).toMatch(/20 KB/)
    expect(f.detail).toContain(BUCKET)
    expect(f.remediation).toContain('OrgTrailWrite')
    expect(policyChange(p.changes)).toBeUndefined()
    expect(p.blocked).toBe(true)
  })

  it('blocks on a policy that is not valid JSON and never overwrites it', () => {
    const p = plan(settings(), withBucket({ policy: ok<string | null>('{"Version": "2012-10-17", "Statement": [') }))
    const f = findingOf(p, 's3.bucket-policy')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toMatch(/not valid JSON/)
    expect(policyChange(p.changes)).toBeUndefined()
  })

  it('is not judged, and not written, when the organization id (part of the log path) is unknown', () => {
    const p = plan(
      settings(),
      observed({
        organization: denied('organizations:DescribeOrganization'),
        bucket: bucket({ policy: ok<string | null>(null) })
      })
    )
    expect(findingOf(p, 's3.bucket-policy').severity).toBe('warning')
    expect(policyChange(p.changes)).toBeUndefined()
  })

  it('blocks when the policy cannot be read, naming s3:GetBucketPolicy', () => {
    const f = findingOf(plan(settings(), withBucket({ policy: denied('s3:GetBucketPolicy') })), 's3.bucket-policy')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('s3:GetBucketPolicy')
  })

  it('recognises a policy written for the other trails of a shared bucket, and extends it', () => {
    const other = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/security`
    const p = plan(settings(), withBucket({ policy: ok<string | null>(grantingPolicy(other)) }))
    const after = parsePolicy(policyChange(p.changes)?.after ?? null) as PolicyDocument
    expect(JSON.stringify(after)).toContain(other)
    expect(missingPermissions(after, grant)).toEqual([])
    expect(missingPermissions(after, { ...grant, trailArn: other })).toEqual([])
  })
})

describe('s3.bucket-policy with an explicit Deny', () => {
  const denyAll = {
    Sid: 'LockedDown',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${BUCKET}/*`
  }

  it('is a blocker that names the denying statement and writes nothing, since no Allow overrides a Deny', () => {
    const policy = parsePolicy(grantingPolicy()) as PolicyDocument
    const withDeny = JSON.stringify({ ...policy, Statement: [...policy.Statement, denyAll] })
    const p = plan(settings(), observed({ bucket: bucket({ policy: ok<string | null>(withDeny) }) }))
    const f = findingOf(p, 's3.bucket-policy')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('LockedDown')
    expect(p.changes.filter((c) => c.kind === 'put-bucket-policy')).toEqual([])
  })

  it('is not raised by the usual TLS-only Deny', () => {
    const policy = parsePolicy(grantingPolicy()) as PolicyDocument
    const tlsOnly = {
      ...denyAll,
      Sid: 'TlsOnly',
      Action: 's3:*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    }
    const text = JSON.stringify({ ...policy, Statement: [...policy.Statement, tlsOnly] })
    expect(
      findingOf(plan(settings(), observed({ bucket: bucket({ policy: ok<string | null>(text) }) })), 's3.bucket-policy')
        .severity
    ).toBe('ok')
  })
})
