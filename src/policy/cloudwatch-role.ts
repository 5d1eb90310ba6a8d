// The CloudWatch Logs role CloudTrail assumes: its trust and the log streams it must be allowed to write.
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import { cloudTrailRequest } from './cloudtrail-request.js'
import { parsePolicyDocument, type Statement } from './document.js'
import { allows } from './evaluate.js'

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
