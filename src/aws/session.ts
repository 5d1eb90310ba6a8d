import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@smithy/types'
import type { Auth } from '../settings/types.js'
import { accountOf, parseArn, roleOfSession } from './arn.js'
import { Clients } from './clients.js'
import { credentialsOf } from './credentials.js'
import { denialOf, isRolesOwn } from './denials.js'
import { ActionError, AwsCallError, call, errorCode, errorMessage, isAccessDenied } from './errors.js'
import { decodeClaims, describeClaims, describeSubjectForm, type TokenClaims } from './token.js'

// Parsed in arn.ts with every other ARN; named here too, where the Log Archive trust policy uses it.
export { roleOfSession }

export interface Identity {
  readonly accountId: string
  readonly arn: string
  /** aws, aws-cn or aws-us-gov: every ARN we build carries it. */
  readonly partition: string
}

export interface Session {
  readonly credentials?: AwsCredentialIdentity
  readonly identity: Identity
}

/** What the session needs from the runner; injected so it can be tested without one. */
export interface SessionDeps {
  readonly getIDToken: (audience: string) => Promise<string>
  readonly setSecret: (secret: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
}

export function identityFromArn(arn: string): Identity {
  return { arn, partition: parseArn(arn)?.partition ?? 'aws', accountId: accountOf(arn) }
}

/** Credentials for every later call: GitHub OIDC and STS, or the SDK's default chain. */
export async function openSession(auth: Auth, region: string, deps: SessionDeps): Promise<Session> {
  if (auth.kind === 'default-chain') {
    const caller = await call('sts:GetCallerIdentity', () =>
      Clients.sts(region).send(new GetCallerIdentityCommand({}))
    ).catch((error: unknown) => {
      throw new ActionError(
        'No AWS credentials',
        `"role-to-assume" is empty, so org-trail used the default credential chain, and it found no usable credentials (${errorCode(error)}). ` +
          'Set "role-to-assume" to a role in the management account, or configure credentials in an earlier step.'
      )
    })
    return { identity: identityFromArn(caller.Arn ?? '') }
  }

  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ActionError(
      'GitHub OIDC token unavailable',
      'The job cannot request a GitHub OIDC token: add "permissions: id-token: write" to the workflow or job ' +
        '(with "contents: read"). Pull requests from forks never receive one; use "pull_request_target" with care or run check mode on push.',
      { fix: 'permissions:\n  id-token: write\n  contents: read' }
    )
  }

  let token: string
  try {
    token = await deps.getIDToken(auth.audience)
  } catch (error) {
    throw new ActionError(
      'GitHub OIDC token request failed',
      `GitHub did not issue an OIDC token for audience "${auth.audience}": ${String(error)}`
    )
  }
  deps.setSecret(token)
  const claims = decodeClaims(token)

  const sts = Clients.sts(region)
  const assumed = await call('sts:AssumeRoleWithWebIdentity', () =>
    sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: auth.roleArn,
        RoleSessionName: auth.sessionName,
        WebIdentityToken: token,
        DurationSeconds: auth.durationSeconds
      })
    )
  ).catch((error: unknown) => {
    throw explainAssumeRoleFailure(error, auth.roleArn, claims)
  })

  const credentials = credentialsOf(assumed.Credentials)
  if (!credentials) {
    throw new ActionError(
      'No credentials from STS',
      `AssumeRoleWithWebIdentity for ${auth.roleArn} returned no credentials.`
    )
  }
  for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken])
    deps.setSecret(secret)
  return { credentials, identity: identityFromArn(assumed.AssumedRoleUser?.Arn ?? auth.roleArn) }
}

/** The trust policy condition that matches this very token: what the role's trust policy must say. */
function trustCondition(claims: TokenClaims): string {
  if (!claims.sub || !claims.aud) return ''
  const condition = {
    StringEquals: {
      'token.actions.githubusercontent.com:aud': claims.aud,
      'token.actions.githubusercontent.com:sub': claims.sub
    }
  }
  return JSON.stringify({ Condition: condition }, null, 2)
}

function explainAssumeRoleFailure(error: unknown, roleArn: string, claims: TokenClaims): ActionError {
  const code = error instanceof AwsCallError ? error.code : errorCode(error)
  if (isAccessDenied(code) || code === 'InvalidIdentityToken' || code === 'InvalidIdentityTokenException') {
    return new ActionError(
      'Cannot assume the role',
      `STS refused AssumeRoleWithWebIdentity for ${roleArn} (${code}). The role's trust policy must allow ` +
        `"sts:AssumeRoleWithWebIdentity" for the federated principal token.actions.githubusercontent.com and match this token: ` +
        `${describeClaims(claims)}. Compare its "token.actions.githubusercontent.com:sub" and ":aud" conditions with these values.` +
        describeSubjectForm(claims.sub),
      { facts: { ...claims }, fix: trustCondition(claims) }
    )
  }
  const message =
    error instanceof AwsCallError ? error.awsMessage : error instanceof Error ? error.message : String(error)
  return new ActionError(
    'Cannot assume the role',
    `AssumeRoleWithWebIdentity for ${roleArn} failed: ${code}: ${message}`
  )
}

/**
 * A session in the Log Archive account (log-archive-role-arn): the account that owns the trail's bucket,
 * and often its key. Only the bucket's and that key's requests go through it.
 */
export interface LogArchiveSession {
  readonly identity: Identity
  /** The role assumed, as the input names it. */
  readonly roleArn: string
  /** Every S3 request of this session carries ExpectedBucketOwner = identity.accountId. */
  readonly clients: Clients
}

/** AWS caps a chained session (AssumeRole with the credentials of an assumed role) at one hour. */
export const CHAINED_SESSION_MAX_SECONDS = 3600

/** How long the Log Archive session lasts: as long as the run's own, within what a chained session may. */
export function logArchiveDuration(auth: Auth): number {
  return auth.kind === 'oidc'
    ? Math.min(auth.durationSeconds, CHAINED_SESSION_MAX_SECONDS)
    : CHAINED_SESSION_MAX_SECONDS
}

/** The trust policy statement that lets the management role assume the Log Archive role. */
export function logArchiveTrustStatement(managementRoleArn: string) {
  return {
    Sid: 'OrgTrailManagementRole',
    Effect: 'Allow',
    Principal: { AWS: managementRoleArn },
    Action: 'sts:AssumeRole'
  }
}

/**
 * Assumes log-archive-role-arn from the management session (its credentials sign the request), named like
 * the run's own session so that the Log Archive account's CloudTrail traces every write to the run.
 */
export async function openLogArchiveSession(
  management: Clients,
  caller: Identity,
  request: { readonly roleArn: string; readonly sessionName: string; readonly durationSeconds: number },
  setSecret: (secret: string) => void
): Promise<LogArchiveSession> {
  const { roleArn } = request
  const assumed = await call('sts:AssumeRole', () =>
    management.sts().send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds
      })
    )
  ).catch((error: unknown) => {
    const code = errorCode(error)
    const said = error instanceof AwsCallError ? error.awsMessage : errorMessage(error)
    const principal = roleOfSession(caller.arn)
    // A refusal by a policy the message names other than these two roles' own (an SCP, an RCP, a boundary…) is
    // not fixed in the trust or permission policy: explained as that denial (explain.ts), like any other call's.
    const denial = isAccessDenied(code) ? denialOf(said) : null
    if (denial && !isRolesOwn(denial) && denial.kind !== 'resource-based-policy') throw error
    throw new ActionError(
      'Cannot assume the Log Archive role',
      `STS refused sts:AssumeRole on ${roleArn} (log-archive-role-arn) from ${caller.arn} (${code}: ${said}). ` +
        `The role's trust policy must let ${principal} assume it, and the management role's permission policy must allow "sts:AssumeRole" on ${roleArn}.`,
      {
        fix: JSON.stringify(logArchiveTrustStatement(principal), null, 2),
        facts: { caller: caller.arn, role: roleArn }
      }
    )
  })
  const credentials = credentialsOf(assumed.Credentials)
  if (!credentials) {
    throw new ActionError('No credentials from STS', `AssumeRole for ${roleArn} returned no credentials.`)
  }
  for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken])
    setSecret(secret)
  const identity = identityFromArn(assumed.AssumedRoleUser?.Arn ?? roleArn)
  return {
    identity,
    roleArn,
    clients: management.withCredentials(credentials, { expectedBucketOwner: identity.accountId })
  }
}
