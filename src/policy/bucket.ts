// The S3 bucket policy CloudTrail needs for an organization trail, the analysis of whether a policy
// already grants it, and a merge that never loses a statement. Pure: policy text in, policy text out.

import { bucketArn } from '../aws/arn.js'
import { allowCloudTrail } from './cloudtrail-statement.js'
import { s3DeliveryRequest } from './cloudtrail-request.js'
import { parsePolicyDocument, type PolicyDocument, type Statement } from './document.js'
import { allows, analyzeDenies, type DenyAnalysis, type Request } from './evaluate.js'
import { mergeOwnStatements, type MergeResult } from './merge.js'

export const ACL_CHECK_SID = 'OrgTrailAclCheck'
export const WRITE_SID = 'OrgTrailWrite'

/** Where and for whom CloudTrail must be able to write. */
export interface CloudTrailGrant {
  readonly partition: string
  readonly bucket: string
  /** Empty when none. */
  readonly prefix: string
  readonly trailArn: string
  /** The management account: its own AWSLogs/ path. */
  readonly accountId: string
  /** Set for an organization trail: member accounts write under AWSLogs/<org-id>/. */
  readonly organizationId?: string
  /** The trail's KMS key, when it has one: CloudTrail's PutObject then asks for SSE-KMS. */
  readonly kmsKeyArn?: string
}

export interface Permission {
  readonly action: 's3:GetBucketAcl' | 's3:PutObject'
  readonly resource: string
}

export function logPaths(g: CloudTrailGrant): string[] {
  const base = `${bucketArn(g.partition, g.bucket)}/${g.prefix ? `${g.prefix}/` : ''}AWSLogs`
  const paths = [`${base}/${g.accountId}/*`]
  if (g.organizationId) paths.push(`${base}/${g.organizationId}/*`)
  return paths
}

function requiredPermissions(g: CloudTrailGrant): Permission[] {
  return [
    { action: 's3:GetBucketAcl', resource: bucketArn(g.partition, g.bucket) },
    ...logPaths(g).map((resource) => ({ action: 's3:PutObject' as const, resource }))
  ]
}

/** The statements org-trail owns, as they would be written for this trail alone. */
export function ownStatements(g: CloudTrailGrant): Statement[] {
  return [
    allowCloudTrail(ACL_CHECK_SID, 's3:GetBucketAcl', bucketArn(g.partition, g.bucket), {
      StringEquals: { 'aws:SourceArn': [g.trailArn] }
    }),
    allowCloudTrail(WRITE_SID, 's3:PutObject', logPaths(g), {
      StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [g.trailArn] }
    })
  ]
}

export function parsePolicy(text: string | null): PolicyDocument | null {
  return parsePolicyDocument(text, 'bucket policy')
}

/** CloudTrail's delivery request for one permission, which the policy's conditions are evaluated against. */
function requestOf(p: Permission, g: CloudTrailGrant): Request {
  const delivery = {
    trailArn: g.trailArn,
    accountId: g.accountId,
    ...(g.organizationId ? { organizationId: g.organizationId } : {})
  }
  return s3DeliveryRequest(delivery, p.action, p.resource, g.kmsKeyArn)
}

/** The permissions CloudTrail needs that no statement of the policy grants. */
export function missingPermissions(policy: PolicyDocument | null, g: CloudTrailGrant): Permission[] {
  return requiredPermissions(g).filter((p) => !allows(policy, requestOf(p, g)))
}

/**
 * The Deny statements that surely take something CloudTrail needs away (no Allow can override them), and
 * those that may: a condition on what the model of the request does not carry.
 */
export function bucketPolicyDenies(policy: PolicyDocument | null, g: CloudTrailGrant): DenyAnalysis {
  return analyzeDenies(
    policy,
    requiredPermissions(g).map((p) => requestOf(p, g))
  )
}

/**
 * Makes the policy grant what CloudTrail needs. Statements org-trail does not own are kept exactly and in
 * place; its own (by Sid) are extended, never narrowed, so a bucket shared by several trails keeps every
 * trail ARN. A policy that already grants everything is returned unchanged.
 */
export function mergePolicy(policy: PolicyDocument | null, g: CloudTrailGrant): MergeResult {
  return mergeOwnStatements(policy, ownStatements(g), (p) => missingPermissions(p, g).length === 0, g.trailArn)
}

export const TLS_ONLY_SID = 'OrgTrailDenyInsecureTransport'

/** Refuses every request that does not use TLS: part of the hardening of a bucket org-trail creates. */
export function denyInsecureTransport(bucket: string, partition: string): Statement {
  return {
    Sid: TLS_ONLY_SID,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [bucketArn(partition, bucket), `${bucketArn(partition, bucket)}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } }
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

/** Every principal: `*` or `{ "AWS": "*" }`. */
const everyone = (principal: Statement['Principal']) =>
  principal === '*' ||
  (typeof principal === 'object' &&
    principal !== null &&
    !Array.isArray(principal) &&
    list(principal['AWS']).includes('*'))

/** Some statement, ours or another writer's, already denies every request without TLS. */
export function requiresTls(policy: PolicyDocument | null): boolean {
  return (policy?.Statement ?? []).some((s) => {
    const secure = Object.entries(s.Condition?.['Bool'] ?? {}).find(([k]) => k.toLowerCase() === 'aws:securetransport')
    return (
      s.Effect === 'Deny' &&
      everyone(s.Principal) &&
      list(s.Action).includes('s3:*') &&
      secure !== undefined &&
      list(secure[1]).some((v) => String(v).toLowerCase() === 'false')
    )
  })
}

/**
 * Adds each of org-trail's own statements the policy lacks (by Sid; one with that Sid is replaced) and
 * keeps every other statement exactly.
 */
export function ensureStatements(
  policy: PolicyDocument | null,
  statements: readonly Statement[]
): { readonly policy: PolicyDocument | null; readonly changedSids: string[] } {
  const changedSids: string[] = []
  let result = policy
  for (const statement of statements) {
    if (statement.Sid === TLS_ONLY_SID && requiresTls(result)) continue
    const same = result?.Statement.find((s) => s.Sid === statement.Sid)
    if (same && JSON.stringify(same) === JSON.stringify(statement)) continue
    const base: PolicyDocument = result ?? { Version: '2012-10-17', Statement: [] }
    const others = base.Statement.filter((s) => s.Sid !== statement.Sid)
    result = { ...base, Statement: [...others, statement] }
    changedSids.push(String(statement.Sid))
  }
  return { policy: result, changedSids }
}
