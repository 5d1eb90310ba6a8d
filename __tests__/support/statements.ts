// The statements that let CloudTrail use a log bucket, a KMS key, an SNS topic and a CloudWatch Logs role,
// written out once for every test that seeds them or expects them. They are written by hand from AWS's
// guides and never built with src/: a test that compared src's output with src's own builders would pass
// whatever src wrote.
//
// Every value is passed in: unit tests take the fixtures' account (fixtures.ts, trail-options.ts give the
// defaults), end-to-end tests the account moto seeded. A statement a test writes differently on purpose
// (someone else's, a broken one, a Deny) stays in that test: it is the test's point.
import type { Statement } from '../../src/policy/document.js'

export const CLOUDTRAIL_SERVICE = 'cloudtrail.amazonaws.com'
/** The principal of every statement here (each builder gives its statement a fresh copy). */
export const CLOUDTRAIL = { Service: CLOUDTRAIL_SERVICE }
const cloudTrail = () => ({ Service: CLOUDTRAIL_SERVICE })

/** A policy document as S3, KMS, SNS and IAM hold it: JSON text. */
export const policyOf = (...statements: Statement[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements })

export interface BucketGrant {
  readonly bucket: string
  /** The management account: an organization trail writes its logs under AWSLogs/<account>/. */
  readonly accountId: string
  /** ... and the member accounts' under AWSLogs/<org-id>/. */
  readonly orgId: string
  readonly trailArn: string
  /** The trail's S3 key prefix, without its slash; '' for the bucket's root. */
  readonly prefix?: string
}

/** The two statements org-trail owns on the log bucket, exactly as a single trail needs them. */
export function bucketStatements({ bucket, accountId, orgId, trailArn, prefix = '' }: BucketGrant): Statement[] {
  const p = prefix ? `${prefix}/` : ''
  return [
    {
      Sid: 'OrgTrailAclCheck',
      Effect: 'Allow',
      Principal: cloudTrail(),
      Action: 's3:GetBucketAcl',
      Resource: `arn:aws:s3:::${bucket}`,
      Condition: { StringEquals: { 'aws:SourceArn': [trailArn] } }
    },
    {
      Sid: 'OrgTrailWrite',
      Effect: 'Allow',
      Principal: cloudTrail(),
      Action: 's3:PutObject',
      Resource: [`arn:aws:s3:::${bucket}/${p}AWSLogs/${accountId}/*`, `arn:aws:s3:::${bucket}/${p}AWSLogs/${orgId}/*`],
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [trailArn] } }
    }
  ]
}

/** The statements AWS's guide gives a key policy for CloudTrail, as the console writes them. */
export function keyStatements(trailArn: string, accountId: string): Statement[] {
  return [
    {
      Sid: 'Allow CloudTrail to encrypt logs',
      Effect: 'Allow',
      Principal: cloudTrail(),
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:SourceArn': trailArn },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${accountId}:trail/*` }
      }
    },
    {
      Sid: 'Allow CloudTrail to describe key',
      Effect: 'Allow',
      Principal: cloudTrail(),
      Action: 'kms:DescribeKey',
      Resource: '*'
    }
  ]
}

/**
 * The topic policy statement that lets CloudTrail publish. Without a trail ARN any trail may publish; with
 * one, only that trail (the aws:SourceArn condition AWS's guide adds).
 */
export function topicStatement(topicArn: string, trailArn?: string): Statement {
  return {
    Sid: 'AWSCloudTrailSNSPolicy',
    Effect: 'Allow',
    Principal: cloudTrail(),
    Action: 'SNS:Publish',
    Resource: topicArn,
    ...(trailArn === undefined ? {} : { Condition: { StringEquals: { 'aws:SourceArn': trailArn } } })
  }
}

/** The trust statement of the role CloudTrail assumes to write to CloudWatch Logs. */
export const CWL_TRUST: Statement = {
  Effect: 'Allow',
  Principal: cloudTrail(),
  Action: 'sts:AssumeRole'
}

/** A permission policy of that role: CloudTrail's two logs actions on these resources. */
export const cwlPermissions = (...resources: string[]): string =>
  policyOf({ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: resources })
