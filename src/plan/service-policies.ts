// What CloudTrail needs from the other resources a trail can name: the KMS key policy, the CloudWatch
// Logs role (trust and permissions) and the SNS topic policy. Pure analysis, with the exact statements
// to add when something is missing.
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import { cloudTrailRequest, kmsRequests as cloudTrailKmsRequests } from '../policy/cloudtrail-request.js'
import {
  allows,
  analyzeDenies,
  parsePolicyDocument,
  type DenyAnalysis,
  type PolicyDocument,
  type Request,
  type Statement
} from './policy-document.js'
import { mergeOwnStatements, type MergeResult } from './policy-merge.js'

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
}

function kmsRequests(g: KmsGrant): Request[] {
  return cloudTrailKmsRequests(
    { trailArn: g.trailArn, accountId: g.accountId, ...(g.organizationId ? { organizationId: g.organizationId } : {}) },
    g.keyArn
  )
}

export function kmsStatements(g: KmsGrant): Statement[] {
  return [
    {
      Sid: 'OrgTrailKmsEncrypt',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:SourceArn': [g.trailArn] },
        StringLike: {
          'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${g.partition}:cloudtrail:*:${g.accountId}:trail/*`
        }
      }
    },
    {
      Sid: 'OrgTrailKmsDescribe',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 'kms:DescribeKey',
      Resource: '*'
    }
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

/** The statements of a key policy that explicitly deny CloudTrail what it needs. */
export function denyingKmsStatements(policy: PolicyDocument | null, g: KmsGrant): Statement[] {
  return [...keyPolicyDenies(policy, g).denying]
}

export function mergeKeyPolicy(policy: PolicyDocument | null, g: KmsGrant): MergeResult {
  return mergeOwnStatements(policy, kmsStatements(g), (p) => missingKmsActions(p, g).length === 0, g.trailArn)
}

export function parseKeyPolicy(text: string | null): PolicyDocument | null {
  return parsePolicyDocument(text, 'key policy')
}

export interface LogsGrant {
  /** The log group ARN, with or without the trailing ":*". */
  readonly logGroupArn: string
  readonly region: string
  readonly accountId: string
  /** Set for an organization trail: member accounts' streams start with the organization id. */
  readonly organizationId?: string
  readonly trailArn: string
}

/** The log streams CloudTrail writes: the management account's, and for an organization trail the members'. */
export function logStreamPatterns(g: LogsGrant): string[] {
  const group = g.logGroupArn.replace(/:\*$/, '')
  const streams = [`${group}:log-stream:${g.accountId}_CloudTrail_${g.region}*`]
  if (g.organizationId) streams.push(`${group}:log-stream:${g.organizationId}_*`)
  return streams
}

export interface RoleGaps {
  readonly trusts: boolean
  /** "logs:CreateLogStream on …" for each missing permission. */
  readonly missing: string[]
}

export function cloudWatchRoleGaps(trustPolicy: string | null, policies: readonly string[], g: LogsGrant): RoleGaps {
  const trust = parsePolicyDocument(trustPolicy, 'trust policy')
  const trusts = allows(
    trust,
    cloudTrailRequest({ trailArn: g.trailArn, accountId: g.accountId }, 'sts:AssumeRole', undefined)
  )
  const documents = policies.map((p) => parsePolicyDocument(p, 'role policy'))
  const missing: string[] = []
  for (const resource of logStreamPatterns(g)) {
    for (const action of ['logs:CreateLogStream', 'logs:PutLogEvents']) {
      if (!documents.some((d) => allows(d, { action, resource, context: {} }))) missing.push(`${action} on ${resource}`)
    }
  }
  return { trusts, missing }
}

/** The role policy AWS's guide asks for, for this group and organization. */
export function cloudWatchRoleStatements(g: LogsGrant): Statement[] {
  const resources = logStreamPatterns(g)
  return [
    { Sid: 'AWSCloudTrailCreateLogStream', Effect: 'Allow', Action: ['logs:CreateLogStream'], Resource: resources },
    { Sid: 'AWSCloudTrailPutLogEvents', Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: resources }
  ]
}

export const CLOUDWATCH_TRUST_STATEMENT: Statement = {
  Effect: 'Allow',
  Principal: { Service: CLOUDTRAIL_PRINCIPAL },
  Action: 'sts:AssumeRole'
}

export function snsTopicAllowsCloudTrail(
  policy: string | null,
  topicArn: string,
  trailArn: string,
  accountId: string
): boolean {
  return allows(
    parsePolicyDocument(policy, 'topic policy'),
    cloudTrailRequest({ trailArn, accountId }, 'SNS:Publish', topicArn)
  )
}

export function snsStatement(topicArn: string, trailArn: string): Statement {
  return {
    Sid: 'AWSCloudTrailSNSPolicy',
    Effect: 'Allow',
    Principal: { Service: CLOUDTRAIL_PRINCIPAL },
    Action: 'SNS:Publish',
    Resource: topicArn,
    Condition: { StringEquals: { 'aws:SourceArn': trailArn } }
  }
}
