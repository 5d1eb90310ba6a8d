// The S3 bucket policy CloudTrail needs for an organization trail, the analysis of whether a policy
// already grants it, and a merge that never loses a statement. Pure: policy text in, policy text out.

import { CLOUDTRAIL_PRINCIPAL } from '../domain.js'

export const ACL_CHECK_SID = 'OrgTrailAclCheck'
export const WRITE_SID = 'OrgTrailWrite'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export interface Statement {
  Sid?: string
  Effect?: string
  Principal?: Json
  Action?: string | string[]
  Resource?: string | string[]
  Condition?: Record<string, Record<string, string | string[]>>
  [key: string]: Json | undefined
}

export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement: Statement[]
  [key: string]: Json | Statement[] | undefined
}

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
}

export interface Permission {
  readonly action: 's3:GetBucketAcl' | 's3:PutObject'
  readonly resource: string
}

export function bucketArn(g: CloudTrailGrant): string {
  return `arn:${g.partition}:s3:::${g.bucket}`
}

export function logPaths(g: CloudTrailGrant): string[] {
  const base = `${bucketArn(g)}/${g.prefix ? `${g.prefix}/` : ''}AWSLogs`
  const paths = [`${base}/${g.accountId}/*`]
  if (g.organizationId) paths.push(`${base}/${g.organizationId}/*`)
  return paths
}

export function requiredPermissions(g: CloudTrailGrant): Permission[] {
  return [
    { action: 's3:GetBucketAcl', resource: bucketArn(g) },
    ...logPaths(g).map((resource) => ({ action: 's3:PutObject' as const, resource }))
  ]
}

/** The statements org-trail owns, as they would be written for this trail alone. */
export function ownStatements(g: CloudTrailGrant): Statement[] {
  return [
    {
      Sid: ACL_CHECK_SID,
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 's3:GetBucketAcl',
      Resource: bucketArn(g),
      Condition: { StringEquals: { 'aws:SourceArn': [g.trailArn] } }
    },
    {
      Sid: WRITE_SID,
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_PRINCIPAL },
      Action: 's3:PutObject',
      Resource: logPaths(g),
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': [g.trailArn] } }
    }
  ]
}

export class PolicyParseError extends Error {}

export function parsePolicy(text: string | null): PolicyDocument | null {
  if (text === null || text.trim() === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new PolicyParseError(`the bucket policy is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PolicyParseError('the bucket policy is not a JSON object')
  }
  const doc = parsed as { Statement?: unknown }
  // IAM accepts a single statement object; we keep it as a one-element list, which means the same.
  const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  return { ...(parsed as PolicyDocument), Statement: statements as Statement[] }
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** IAM's wildcard match: `*` any run of characters, `?` one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, ignoreCase ? 'i' : '').test(value)
}

function principalIsCloudTrail(principal: Json | undefined): boolean {
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return false
  const service = principal.Service
  const services = typeof service === 'string' ? [service] : Array.isArray(service) ? service : []
  return services.includes(CLOUDTRAIL_PRINCIPAL)
}

/**
 * Whether every condition of a statement holds for CloudTrail's delivery request. Conditions we do not
 * understand count as not holding: we would rather add our own statement than assume a grant.
 */
function conditionsHold(condition: Statement['Condition'], g: CloudTrailGrant, action: Permission['action']): boolean {
  if (condition === undefined) return true
  for (const [operator, entries] of Object.entries(condition)) {
    for (const [rawKey, rawValues] of Object.entries(entries ?? {})) {
      const key = rawKey.toLowerCase()
      const values = list(rawValues)
      const like = /like$/i.test(operator)
      const equalsOperator = /^(StringEquals|ArnEquals|StringLike|ArnLike)$/i.test(operator)
      if (!equalsOperator) return false
      const anyMatches = (actual: string) => values.some((v) => (like ? wildcardMatch(v, actual) : v === actual))
      if (key === 'aws:sourcearn') {
        if (!anyMatches(g.trailArn)) return false
      } else if (key === 'aws:sourceaccount') {
        if (!anyMatches(g.accountId)) return false
      } else if (key === 's3:x-amz-acl') {
        // CloudTrail sends bucket-owner-full-control on PutObject; GetBucketAcl carries no ACL header.
        if (action !== 's3:PutObject' || !anyMatches('bucket-owner-full-control')) return false
      } else {
        return false
      }
    }
  }
  return true
}

function grants(statement: Statement, p: Permission, g: CloudTrailGrant): boolean {
  if (statement.Effect !== 'Allow') return false
  if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined) return false
  if (!principalIsCloudTrail(statement.Principal)) return false
  if (!list(statement.Action).some((a) => wildcardMatch(a, p.action, true))) return false
  if (!list(statement.Resource).some((r) => wildcardMatch(r, p.resource))) return false
  return conditionsHold(statement.Condition, g, p.action)
}

/** The permissions CloudTrail needs that no statement of the policy grants. */
export function missingPermissions(policy: PolicyDocument | null, g: CloudTrailGrant): Permission[] {
  const statements = policy?.Statement ?? []
  return requiredPermissions(g).filter((p) => !statements.some((s) => grants(s, p, g)))
}

/** Adds values to a string-or-list, keeping the original shape when nothing is added. */
function unionKeep(existing: string | string[] | undefined, added: string[]): string | string[] {
  const current = list(existing)
  const extra = added.filter((v) => !current.includes(v))
  if (extra.length === 0 && existing !== undefined) return existing
  return [...current, ...extra]
}

/** A statement carrying one of our Sids that we may extend: an Allow for CloudTrail, nothing inverted. */
function isOwnShaped(statement: Statement, sid: string): boolean {
  return (
    statement.Sid === sid &&
    statement.Effect === 'Allow' &&
    principalIsCloudTrail(statement.Principal) &&
    statement.NotAction === undefined &&
    statement.NotResource === undefined &&
    statement.NotPrincipal === undefined
  )
}

/**
 * Extends an own statement so that it also grants this trail. Only adds: actions, resources and, where
 * the statement is scoped by aws:SourceArn, this trail's ARN. Its principal and other conditions stay.
 */
function extend(existing: Statement, fresh: Statement): Statement {
  const freshArns = list(fresh.Condition?.StringEquals?.['aws:SourceArn'])
  const existingArns = existing.Condition?.StringEquals?.['aws:SourceArn']
  const extended: Statement = {
    ...existing,
    Action: unionKeep(existing.Action, list(fresh.Action)),
    Resource: unionKeep(existing.Resource, list(fresh.Resource))
  }
  if (existing.Condition?.StringEquals && existingArns !== undefined) {
    extended.Condition = {
      ...existing.Condition,
      StringEquals: { ...existing.Condition.StringEquals, 'aws:SourceArn': unionKeep(existingArns, freshArns) }
    }
  }
  return extended
}

/** A Sid of our own for one trail, used when a statement under our plain Sid cannot be extended to fit. */
export function trailSid(sid: string, trailArn: string): string {
  let hash = 2166136261
  for (const ch of trailArn) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0
  return `${sid}${hash.toString(36)}`
}

export interface MergeResult {
  readonly policy: PolicyDocument
  /** The Sids added or extended; empty when the policy already granted everything. */
  readonly changedSids: string[]
}

/**
 * Makes the policy grant what CloudTrail needs. Statements org-trail does not own are kept exactly and in
 * place; its own (by Sid) are extended, never narrowed, so a bucket shared by several trails keeps every
 * trail ARN. A policy that already grants everything is returned unchanged.
 */
export function mergePolicy(policy: PolicyDocument | null, g: CloudTrailGrant): MergeResult {
  if (policy !== null && missingPermissions(policy, g).length === 0) return { policy, changedSids: [] }
  const base: PolicyDocument = policy ?? { Version: '2012-10-17', Statement: [] }

  let statements = [...base.Statement]
  const changedSids = new Set<string>()
  for (const fresh of ownStatements(g)) {
    const sid = fresh.Sid as string
    const index = statements.findIndex((s) => isOwnShaped(s, sid))
    if (index === -1) {
      statements.push(fresh)
      changedSids.add(sid)
      continue
    }
    const current = statements[index] as Statement
    const extended = extend(current, fresh)
    if (JSON.stringify(extended) !== JSON.stringify(current)) {
      statements[index] = extended
      changedSids.add(sid)
    }
  }

  // A statement of ours narrowed by hand (another condition, say) may still not grant this trail: add
  // statements for this trail alone rather than widen what someone chose to restrict.
  if (missingPermissions({ ...base, Statement: statements }, g).length > 0) {
    statements = [...statements]
    for (const fresh of ownStatements(g)) {
      const sid = trailSid(fresh.Sid as string, g.trailArn)
      if (!statements.some((s) => s.Sid === sid)) {
        statements.push({ ...fresh, Sid: sid })
        changedSids.add(sid)
      }
    }
  }
  return { policy: { ...base, Version: base.Version ?? '2012-10-17', Statement: statements }, changedSids: [...changedSids] }
}

export function policyText(policy: PolicyDocument): string {
  return JSON.stringify(policy)
}

export function policyBytes(policy: PolicyDocument): number {
  return Buffer.byteLength(policyText(policy), 'utf8')
}
