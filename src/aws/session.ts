import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@smithy/types'
import type { Auth } from '../settings/types.js'
import { Clients } from './clients.js'
import { ActionError, AwsCallError, call, errorCode, isAccessDenied } from './errors.js'
import { decodeClaims, describeClaims, type TokenClaims } from './token.js'

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
  const [, partition = 'aws', , , accountId = ''] = arn.split(':')
  return { arn, partition, accountId }
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

  const c = assumed.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
    throw new ActionError(
      'No credentials from STS',
      `AssumeRoleWithWebIdentity for ${auth.roleArn} returned no credentials.`
    )
  }
  for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) deps.setSecret(secret)
  return {
    credentials: {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      ...(c.Expiration ? { expiration: c.Expiration } : {})
    },
    identity: identityFromArn(assumed.AssumedRoleUser?.Arn ?? auth.roleArn)
  }
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
        `${describeClaims(claims)}. Compare its "token.actions.githubusercontent.com:sub" and ":aud" conditions with these values.`,
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
