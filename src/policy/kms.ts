// The KMS key policy CloudTrail needs to encrypt an organization trail's logs: analysis and merge.
import { trailArn } from '../aws/arn.js'
import { kmsRequests as cloudTrailKmsRequests } from './cloudtrail-request.js'
import { allowCloudTrail } from './cloudtrail-statement.js'
import { parsePolicyDocument, type PolicyDocument, type Statement } from './document.js'
import { allows, analyzeDenies, type DenyAnalysis, type Request } from './evaluate.js'
import { mergeOwnStatements, type MergeResult } from './merge.js'

/** KMS key policies are limited to 32 KB. */
export const MAX_KEY_POLICY_BYTES = 32 * 1024

export interface KmsGrant {
  readonly partition: string
  readonly keyArn: string
  readonly trailArn: string
  /** The management account: the encryption context names its trails. */
  readonly accountId: string
  /** The trail owner's organization, when known (CloudTrail's requests carry aws:SourceOrgID). */
  readonly organizationId?: string
  /**
   * The bucket uses (or will use) an S3 Bucket Key: CloudTrail then also needs kms:Decrypt to create or
   * update the trail (CloudTrail guide, "Configure AWS KMS key policies for CloudTrail").
   */
  readonly bucketKey: boolean
}

function kmsRequests(g: KmsGrant): Request[] {
  return cloudTrailKmsRequests(
    { trailArn: g.trailArn, accountId: g.accountId, ...(g.organizationId ? { organizationId: g.organizationId } : {}) },
    g.keyArn,
    g.bucketKey
  )
}

export function kmsStatements(g: KmsGrant): Statement[] {
  return [
    allowCloudTrail('OrgTrailKmsEncrypt', 'kms:GenerateDataKey*', '*', {
      StringEquals: { 'aws:SourceArn': [g.trailArn] },
      StringLike: {
        'kms:EncryptionContext:aws:cloudtrail:arn': trailArn(g.partition, '*', g.accountId, '*')
      }
    }),
    // Scoped to the trail as AWS's key-policy guide recommends for every CloudTrail statement.
    allowCloudTrail('OrgTrailKmsDescribe', 'kms:DescribeKey', '*', { StringEquals: { 'aws:SourceArn': [g.trailArn] } }),
    // AWS's guide says CloudTrail needs kms:Decrypt with an S3 Bucket Key, without showing the statement:
    // scoped to the trail with aws:SourceArn like the others.
    ...(g.bucketKey
      ? [allowCloudTrail('OrgTrailKmsDecrypt', 'kms:Decrypt', '*', { StringEquals: { 'aws:SourceArn': [g.trailArn] } })]
      : [])
  ]
}

export function missingKmsActions(policy: PolicyDocument | null, g: KmsGrant): string[] {
  return kmsRequests(g)
    .filter((r) => !allows(policy, r))
    .map((r) => r.action)
}

/** The Deny statements of a key policy that surely, or perhaps, take from CloudTrail what it needs. */
export function keyPolicyDenies(policy: PolicyDocument | null, g: KmsGrant): DenyAnalysis {
  return analyzeDenies(policy, kmsRequests(g))
}

export function mergeKeyPolicy(policy: PolicyDocument | null, g: KmsGrant): MergeResult {
  return mergeOwnStatements(policy, kmsStatements(g), (p) => missingKmsActions(p, g).length === 0, g.trailArn)
}

export function parseKeyPolicy(text: string | null): PolicyDocument | null {
  return parsePolicyDocument(text, 'key policy')
}
