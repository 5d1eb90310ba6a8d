// CloudTrail's own requests, as the policies of the bucket, the key, the topic and the role see them:
// what the request context carries, what it surely does not carry, and (by omission) what the model
// does not know. AWS's data-perimeter statements rely on exactly this: CloudTrail is an AWS service
// principal, so aws:PrincipalIsAWSService is true and the keys that describe an IAM principal are absent.
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import type { Request } from './evaluate.js'

/** Who CloudTrail acts for: the trail, and the account (and organization) that own it. */
export interface DeliveryContext {
  readonly trailArn: string
  /** The account the trail belongs to: the management account for an organization trail. */
  readonly accountId: string
  /** The trail owner's organization, when known: the request then carries aws:SourceOrgID. */
  readonly organizationId?: string
}

/**
 * Keys a service principal's request does not carry: they describe an IAM principal (its account,
 * organization, ARN, tags) or a network path (a VPC endpoint) that CloudTrail's delivery does not have.
 */
const SERVICE_PRINCIPAL_ABSENT: readonly string[] = [
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principaltag/*',
  'aws:userid',
  'aws:username',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:vpcsourceip'
]

/** The keys every request of CloudTrail's carries. */
function serviceContext(d: DeliveryContext): Record<string, string> {
  return {
    'aws:principalisawsservice': 'true',
    'aws:principalservicename': CLOUDTRAIL_PRINCIPAL,
    'aws:sourcearn': d.trailArn,
    'aws:sourceaccount': d.accountId,
    // CloudTrail calls over TLS.
    'aws:securetransport': 'true',
    ...(d.organizationId ? { 'aws:sourceorgid': d.organizationId } : {})
  }
}

/** A request of CloudTrail's to another service, with keys of that service's own. */
export function cloudTrailRequest(
  d: DeliveryContext,
  action: string,
  resource: string | undefined,
  own: Readonly<Record<string, string>> = {},
  absent: readonly string[] = []
): Request {
  return {
    service: CLOUDTRAIL_PRINCIPAL,
    action,
    ...(resource !== undefined ? { resource } : {}),
    context: { ...serviceContext(d), ...own },
    absent: [...SERVICE_PRINCIPAL_ABSENT, ...absent]
  }
}

/**
 * The S3 requests of log delivery. PutObject carries the bucket-owner-full-control ACL and, for a trail
 * with a KMS key, SSE-KMS; GetBucketAcl carries neither header. Without a key, whether CloudTrail sends
 * an x-amz-server-side-encryption header is not documented: a condition on it stays unknown.
 */
export function s3DeliveryRequest(
  d: DeliveryContext,
  action: 's3:GetBucketAcl' | 's3:PutObject',
  resource: string,
  kmsKeyArn?: string
): Request {
  if (action === 's3:GetBucketAcl')
    return cloudTrailRequest(d, action, resource, {}, ['s3:x-amz-acl', 's3:x-amz-server-side-encryption*'])
  return cloudTrailRequest(d, action, resource, {
    's3:x-amz-acl': 'bucket-owner-full-control',
    ...(kmsKeyArn ? { 's3:x-amz-server-side-encryption': 'aws:kms' } : {})
  })
}

/**
 * CloudTrail's KMS requests: a data key for each log file, bound to the trail by the encryption context;
 * with an S3 Bucket Key on the bucket, a Decrypt too. What that Decrypt's request carries is not documented:
 * modelled with the data key's encryption context.
 */
export function kmsRequests(d: DeliveryContext, keyArn: string, bucketKey = false): Request[] {
  const context = { 'kms:encryptioncontext:aws:cloudtrail:arn': d.trailArn }
  return [
    cloudTrailRequest(d, 'kms:GenerateDataKey', keyArn, context),
    cloudTrailRequest(d, 'kms:DescribeKey', keyArn),
    ...(bucketKey ? [cloudTrailRequest(d, 'kms:Decrypt', keyArn, context)] : [])
  ]
}
