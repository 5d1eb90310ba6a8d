// Merging CloudTrail's statements into a bucket policy: examples. Properties are in
// policy-merge-properties.test.ts.
import {
  ACL_CHECK_SID,
  WRITE_SID,
  mergePolicy,
  missingPermissions,
  parsePolicy,
  type CloudTrailGrant
} from '../../src/policy/bucket.js'
import { perTrailSid } from '../../src/policy/merge.js'
import { type PolicyDocument, type Statement } from '../../src/policy/document.js'
import { ACCOUNT, BUCKET, ORG_ID, TRAIL_ARN, grantingPolicy } from '../support/fixtures.js'
import { CLOUDTRAIL } from '../support/statements.js'
import { foreignTlsDeny } from '../../tools/statements.mjs'

const grant: CloudTrailGrant = {
  partition: 'aws',
  bucket: BUCKET,
  prefix: '',
  trailArn: TRAIL_ARN,
  accountId: ACCOUNT,
  organizationId: ORG_ID
}
const OTHER_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/security-trail`

const denyInsecureTransport: Statement = foreignTlsDeny(BUCKET)
const readers: Statement = {
  Sid: 'AuditorsRead',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::333333333333:role/auditor' },
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]
}

const sidsOf = (p: PolicyDocument) => p.Statement.map((s) => s.Sid)
const bySid = (p: PolicyDocument, sid: string) => p.Statement.find((s) => s.Sid === sid)

describe('mergePolicy', () => {
  it('writes both statements into a bucket without policy', () => {
    const { policy, changedSids } = mergePolicy(null, grant)
    expect(changedSids).toEqual([ACL_CHECK_SID, WRITE_SID])
    expect(policy.Version).toBe('2012-10-17')
    expect(sidsOf(policy)).toEqual([ACL_CHECK_SID, WRITE_SID])
    expect(missingPermissions(policy, grant)).toEqual([])
  })

  it('scopes its statements to the trail with aws:SourceArn and asks for bucket-owner-full-control', () => {
    const { policy } = mergePolicy(null, grant)
    expect(bySid(policy, ACL_CHECK_SID)).toMatchObject({
      Principal: CLOUDTRAIL,
      Condition: { StringEquals: { 'aws:SourceArn': [TRAIL_ARN] } }
    })
    expect(bySid(policy, WRITE_SID)).toMatchObject({
      Principal: CLOUDTRAIL,
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [TRAIL_ARN] } }
    })
  })

  it('returns a policy that already grants everything unchanged', () => {
    const current = parsePolicy(grantingPolicy()) as PolicyDocument
    const result = mergePolicy(current, grant)
    expect(result.changedSids).toEqual([])
    expect(result.policy).toEqual(current)
  })

  it('keeps every other statement exactly, in place, and appends its own', () => {
    const current: PolicyDocument = { Version: '2012-10-17', Statement: [denyInsecureTransport, readers] }
    const before = structuredClone(current)
    const { policy } = mergePolicy(current, grant)
    expect(policy.Statement.slice(0, 2)).toEqual(before.Statement)
    expect(sidsOf(policy)).toEqual(['DenyInsecureTransport', 'AuditorsRead', ACL_CHECK_SID, WRITE_SID])
    expect(current).toEqual(before)
  })

  it('keeps Version and Id, and any other top-level field', () => {
    const current: PolicyDocument = { Version: '2008-10-17', Id: 'LogBucketPolicy', Statement: [readers] }
    const { policy } = mergePolicy(current, grant)
    expect(policy.Version).toBe('2008-10-17')
    expect(policy.Id).toBe('LogBucketPolicy')
  })

  it("extends its own statements in place on a bucket shared with another trail, keeping that trail's ARN and path", () => {
    const shared = parsePolicy(grantingPolicy(OTHER_ARN, 'security')) as PolicyDocument
    const current: PolicyDocument = { ...shared, Statement: [denyInsecureTransport, ...shared.Statement, readers] }
    const { policy, changedSids } = mergePolicy(current, grant)

    expect(changedSids).toEqual([ACL_CHECK_SID, WRITE_SID])
    expect(sidsOf(policy)).toEqual(['DenyInsecureTransport', ACL_CHECK_SID, WRITE_SID, 'AuditorsRead'])
    expect(bySid(policy, ACL_CHECK_SID)?.Condition?.StringEquals?.['aws:SourceArn']).toEqual([OTHER_ARN, TRAIL_ARN])
    expect(bySid(policy, WRITE_SID)?.Resource).toEqual([
      `arn:aws:s3:::${BUCKET}/security/AWSLogs/${ACCOUNT}/*`,
      `arn:aws:s3:::${BUCKET}/security/AWSLogs/${ORG_ID}/*`,
      `arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/*`,
      `arn:aws:s3:::${BUCKET}/AWSLogs/${ORG_ID}/*`
    ])
    expect(missingPermissions(policy, grant)).toEqual([])
    expect(missingPermissions(policy, { ...grant, trailArn: OTHER_ARN, prefix: 'security' })).toEqual([])
  })

  it('adds statements for this trail alone when its own statement was narrowed by hand, and keeps the narrowing', () => {
    const narrowed: Statement = {
      Sid: WRITE_SID,
      Effect: 'Allow',
      Principal: CLOUDTRAIL,
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${BUCKET}/AWSLogs/*`,
      // A key the model of CloudTrail's request does not carry: the statement cannot be counted as a grant.
      Condition: { StringEquals: { 'aws:SourceArn': [OTHER_ARN], 'aws:SourceOrgPaths': `${ORG_ID}/r-ab12/` } }
    }
    const current: PolicyDocument = { Version: '2012-10-17', Statement: [narrowed] }
    const { policy, changedSids } = mergePolicy(current, grant)

    expect(missingPermissions(policy, grant)).toEqual([])
    const kept = bySid(policy, WRITE_SID)
    expect(kept?.Condition?.StringEquals?.['aws:SourceOrgPaths']).toBe(`${ORG_ID}/r-ab12/`)
    expect(kept?.Condition?.StringEquals?.['aws:SourceArn']).toEqual(expect.arrayContaining([OTHER_ARN]))
    const perTrail = perTrailSid(WRITE_SID, TRAIL_ARN)
    expect(changedSids).toContain(perTrail)
    expect(bySid(policy, perTrail)).toMatchObject({
      Effect: 'Allow',
      Action: 's3:PutObject',
      Condition: { StringEquals: { 'aws:SourceArn': [TRAIL_ARN] } }
    })
    // Merging again finds nothing to do.
    expect(mergePolicy(policy, grant).changedSids).toEqual([])
  })

  it('gives per-trail Sids that differ between trails and use only letters and digits', () => {
    const a = perTrailSid(WRITE_SID, TRAIL_ARN)
    const b = perTrailSid(WRITE_SID, OTHER_ARN)
    expect(a).not.toBe(b)
    expect(a).toMatch(/^[A-Za-z0-9]+$/)
    expect(perTrailSid(WRITE_SID, TRAIL_ARN)).toBe(a)
  })

  describe('a Deny statement that carries one of its Sids', () => {
    const denyUnderOurSid: Statement = {
      Sid: WRITE_SID,
      Effect: 'Deny',
      Principal: CLOUDTRAIL,
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${BUCKET}/private/*`
    }

    it('is never flipped to Allow or otherwise changed', () => {
      const { policy } = mergePolicy({ Version: '2012-10-17', Statement: [denyUnderOurSid] }, grant)
      expect(policy.Statement[0]).toEqual(denyUnderOurSid)
      expect(policy.Statement.filter((s) => s.Effect === 'Deny')).toHaveLength(1)
      expect(missingPermissions(policy, grant)).toEqual([])
    })

    it('does not end up next to a second statement with the same Sid (S3 requires unique Sids)', () => {
      const { policy } = mergePolicy({ Version: '2012-10-17', Statement: [denyUnderOurSid] }, grant)
      const sids = policy.Statement.map((s) => s.Sid).filter((sid) => sid !== undefined)
      expect(new Set(sids).size).toBe(sids.length)
      expect(missingPermissions(policy, grant)).toEqual([])
    })
  })
})
