// Whether a bucket policy already lets CloudTrail deliver: what counts as a grant and what does not.
import { missingPermissions, parsePolicy, type CloudTrailGrant } from '../../src/policy/bucket.js'
import { type PolicyDocument, type Statement } from '../../src/policy/document.js'
import { ACCOUNT, BUCKET, ORG_ID, TRAIL_ARN, grantingPolicy } from '../support/fixtures.js'
import { CLOUDTRAIL } from '../support/statements.js'

const grant: CloudTrailGrant = {
  partition: 'aws',
  bucket: BUCKET,
  prefix: '',
  trailArn: TRAIL_ARN,
  accountId: ACCOUNT,
  organizationId: ORG_ID
}

const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`
const ACCOUNT_PATH = `${BUCKET_ARN}/AWSLogs/${ACCOUNT}/*`
const ORG_PATH = `${BUCKET_ARN}/AWSLogs/${ORG_ID}/*`

const policy = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const missing = (p: PolicyDocument | null, g = grant) =>
  missingPermissions(p, g).map((m) => `${m.action} ${m.resource}`)

const ALL = [`s3:GetBucketAcl ${BUCKET_ARN}`, `s3:PutObject ${ACCOUNT_PATH}`, `s3:PutObject ${ORG_PATH}`]

/** One statement granting both actions everywhere in the bucket, with the given extra fields. */
const broad = (extra: Partial<Statement> = {}): Statement => ({
  Effect: 'Allow',
  Principal: CLOUDTRAIL,
  Action: ['s3:GetBucketAcl', 's3:PutObject'],
  Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`],
  ...extra
})

describe('missingPermissions', () => {
  it('lists everything for a bucket without policy', () => {
    expect(missing(null)).toEqual(ALL)
  })

  it('lists nothing for the policy org-trail writes', () => {
    expect(missing(parsePolicy(grantingPolicy()))).toEqual([])
  })

  it("accepts AWS's classic console policy, which has no aws:SourceArn condition", () => {
    const classic = policy(
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: CLOUDTRAIL,
        Action: 's3:GetBucketAcl',
        Resource: BUCKET_ARN
      },
      {
        Sid: 'AWSCloudTrailWrite20150319',
        Effect: 'Allow',
        Principal: CLOUDTRAIL,
        Action: 's3:PutObject',
        Resource: ACCOUNT_PATH,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } }
      },
      {
        Sid: 'AWSCloudTrailOrganizationWrite20150319',
        Effect: 'Allow',
        Principal: CLOUDTRAIL,
        Action: 's3:PutObject',
        Resource: ORG_PATH,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } }
      }
    )
    expect(missing(classic)).toEqual([])
  })

  it('names only the organization path when a policy covers the management account alone', () => {
    const accountOnly = policy(
      { Effect: 'Allow', Principal: CLOUDTRAIL, Action: 's3:GetBucketAcl', Resource: BUCKET_ARN },
      { Effect: 'Allow', Principal: CLOUDTRAIL, Action: 's3:PutObject', Resource: ACCOUNT_PATH }
    )
    expect(missing(accountOnly)).toEqual([`s3:PutObject ${ORG_PATH}`])
  })

  it.each([
    ['a bucket-wide wildcard', [BUCKET_ARN, `${BUCKET_ARN}/*`]],
    ['an AWSLogs wildcard', [BUCKET_ARN, `${BUCKET_ARN}/AWSLogs/*`]],
    ['"*"', '*']
  ])('counts %s Resource as covering the log paths', (_, Resource) => {
    expect(missing(policy(broad({ Resource })))).toEqual([])
  })

  it.each([['s3:*'], ['S3:PUTOBJECT', 'S3:GetBucketACL'], ['s3:Get*', 's3:Put*'], ['*']])(
    'matches actions %j case-insensitively and by wildcard',
    (...Action) => {
      expect(missing(policy(broad({ Action })))).toEqual([])
    }
  )

  it('does not count a grant to another bucket', () => {
    expect(missing(policy(broad({ Resource: ['arn:aws:s3:::other-bucket', 'arn:aws:s3:::other-bucket/*'] })))).toEqual(
      ALL
    )
  })

  it('does not count a grant scoped to another trail by aws:SourceArn', () => {
    const other = 'arn:aws:cloudtrail:us-east-1:111111111111:trail/other-trail'
    expect(missing(parsePolicy(grantingPolicy(other)))).toEqual(ALL)
  })

  it.each([
    ['ArnLike', 'arn:aws:cloudtrail:*:111111111111:trail/*'],
    ['StringLike', 'arn:aws:cloudtrail:us-east-1:111111111111:trail/org-*'],
    ['ArnEquals', TRAIL_ARN],
    ['StringLike', 'arn:aws:cloudtrail:us-east-?:111111111111:trail/org-trail']
  ])('counts %s aws:SourceArn %j that matches the trail', (operator, pattern) => {
    expect(missing(policy(broad({ Condition: { [operator]: { 'aws:SourceArn': pattern } } })))).toEqual([])
  })

  it.each([
    ['ArnLike', 'arn:aws:cloudtrail:*:999999999999:trail/*'],
    ['StringLike', 'arn:aws:cloudtrail:us-east-1:111111111111:trail/other-*'],
    ['StringEquals', 'arn:aws:cloudtrail:*:111111111111:trail/*']
  ])('does not count %s aws:SourceArn %j that misses the trail', (operator, pattern) => {
    // StringEquals takes "*" literally: only the *Like operators expand it.
    expect(missing(policy(broad({ Condition: { [operator]: { 'aws:SourceArn': pattern } } })))).toEqual(ALL)
  })

  it('matches condition keys case-insensitively, as IAM does', () => {
    expect(missing(policy(broad({ Condition: { StringEquals: { 'AWS:SourceArn': TRAIL_ARN } } })))).toEqual([])
  })

  it('counts aws:SourceAccount of the management account, not of another', () => {
    expect(missing(policy(broad({ Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } })))).toEqual([])
    expect(missing(policy(broad({ Condition: { StringEquals: { 'aws:SourceAccount': '999999999999' } } })))).toEqual(
      ALL
    )
  })

  it('requires s3:x-amz-acl to allow bucket-owner-full-control, and never counts it for GetBucketAcl', () => {
    const acl = (value: string) => missing(policy(broad({ Condition: { StringEquals: { 's3:x-amz-acl': value } } })))
    // GetBucketAcl requests carry no ACL header, so the condition cannot hold for them.
    expect(acl('bucket-owner-full-control')).toEqual([`s3:GetBucketAcl ${BUCKET_ARN}`])
    expect(acl('private')).toEqual(ALL)
  })

  it('treats conditions it cannot evaluate as not holding', () => {
    expect(
      missing(policy(broad({ Condition: { StringEquals: { 'aws:SourceOrgPaths': `${ORG_ID}/r-ab12/` } } })))
    ).toEqual(ALL)
    expect(missing(policy(broad({ Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })))).toEqual(ALL)
    expect(
      missing(policy(broad({ Condition: { 'ForAnyValue:StringEquals': { 'aws:SourceArn': TRAIL_ARN } } })))
    ).toEqual(ALL)
  })

  it("counts an Allow scoped to the organization by aws:SourceOrgID: CloudTrail's request carries it", () => {
    expect(missing(policy(broad({ Condition: { StringEquals: { 'aws:SourceOrgID': ORG_ID } } })))).toEqual([])
    expect(missing(policy(broad({ Condition: { StringEquals: { 'aws:SourceOrgID': 'o-otherorg' } } })))).toEqual(ALL)
  })

  it('counts an Allow that requires TLS as a grant: CloudTrail delivers over TLS', () => {
    expect(missing(policy(broad({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })))).toEqual([])
  })

  it('lets an explicit Deny win over an Allow, but not a TLS-only Deny', () => {
    const denyAll = {
      Sid: 'DenyAll',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::' + BUCKET, 'arn:aws:s3:::' + BUCKET + '/*']
    }
    const denyInsecure = { ...denyAll, Sid: 'DenyInsecure', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
    expect(missing({ Version: '2012-10-17', Statement: [broad(), denyAll as Statement] })).toEqual(ALL)
    expect(missing({ Version: '2012-10-17', Statement: [broad(), denyInsecure as Statement] })).toEqual([])
  })

  it('never counts a Deny statement as a grant', () => {
    expect(missing(policy(broad({ Effect: 'Deny' })))).toEqual(ALL)
  })

  it.each([
    ['NotAction', { Action: undefined, NotAction: 's3:DeleteObject' }],
    ['NotResource', { Resource: undefined, NotResource: 'arn:aws:s3:::other/*' }],
    ['NotPrincipal', { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::999999999999:root' } }]
  ])('never counts a statement with %s as a grant', (_, extra) => {
    const statement = broad() as Record<string, unknown>
    for (const [key, value] of Object.entries(extra)) {
      if (value === undefined) delete statement[key]
      else statement[key] = value
    }
    expect(missing(policy(statement as Statement))).toEqual(ALL)
  })

  it('counts only statements whose principal is the CloudTrail service', () => {
    expect(missing(policy(broad({ Principal: { Service: 'config.amazonaws.com' } })))).toEqual(ALL)
    expect(missing(policy(broad({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } })))).toEqual(ALL)
    expect(
      missing(policy(broad({ Principal: { Service: ['config.amazonaws.com', 'cloudtrail.amazonaws.com'] } })))
    ).toEqual([])
  })

  it('reads a Statement given as a single object, not a list', () => {
    const single = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: broad() }))
    expect(missing(single)).toEqual([])
    const aclOnly = parsePolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: broad({ Action: 's3:GetBucketAcl' }) })
    )
    expect(missing(aclOnly)).toEqual([`s3:PutObject ${ACCOUNT_PATH}`, `s3:PutObject ${ORG_PATH}`])
  })

  it('puts the key prefix in the log paths', () => {
    const prefixed = { ...grant, prefix: 'team/cloudtrail' }
    expect(missing(null, prefixed)).toEqual([
      `s3:GetBucketAcl ${BUCKET_ARN}`,
      `s3:PutObject ${BUCKET_ARN}/team/cloudtrail/AWSLogs/${ACCOUNT}/*`,
      `s3:PutObject ${BUCKET_ARN}/team/cloudtrail/AWSLogs/${ORG_ID}/*`
    ])
    expect(missing(parsePolicy(grantingPolicy(TRAIL_ARN, 'team/cloudtrail')), prefixed)).toEqual([])
    // The policy for the bucket root does not cover a prefixed trail.
    expect(missing(parsePolicy(grantingPolicy()), prefixed)).toHaveLength(2)
  })

  it('needs no organization path for an account trail', () => {
    const accountTrail: CloudTrailGrant = {
      partition: 'aws',
      bucket: BUCKET,
      prefix: '',
      trailArn: TRAIL_ARN,
      accountId: ACCOUNT
    }
    expect(missing(null, accountTrail)).toEqual([`s3:GetBucketAcl ${BUCKET_ARN}`, `s3:PutObject ${ACCOUNT_PATH}`])
  })

  it('builds ARNs in the partition of the account', () => {
    expect(missing(null, { ...grant, partition: 'aws-cn' })[0]).toBe(`s3:GetBucketAcl arn:aws-cn:s3:::${BUCKET}`)
  })

  it('does not count "?" (one character) as covering every object under a path', () => {
    // ".../AWSLogs/111111111111/?" grants only one-character keys: CloudTrail could not deliver there.
    const oneChar = policy(
      { Effect: 'Allow', Principal: CLOUDTRAIL, Action: 's3:GetBucketAcl', Resource: BUCKET_ARN },
      {
        Effect: 'Allow',
        Principal: CLOUDTRAIL,
        Action: 's3:PutObject',
        Resource: [`${BUCKET_ARN}/AWSLogs/${ACCOUNT}/?`, ORG_PATH]
      }
    )
    expect(missing(oneChar)).toEqual([`s3:PutObject ${ACCOUNT_PATH}`])
  })
})
