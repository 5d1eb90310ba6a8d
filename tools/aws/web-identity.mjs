// sts:AssumeRoleWithWebIdentity as AWS answers it: moto issues credentials for any token and any role.
// AWS evaluates the role's trust policy against the token: the principal is the identity provider
// (Federated arn:aws:iam::ACCOUNT:oidc-provider/HOST, HOST the token's issuer without https://), and the
// condition keys HOST:sub and HOST:aud are the token's claims (IAM user guide, "Available keys for AWS
// web identity federation"; GitHub's "Configuring OpenID Connect in Amazon Web Services"). A role that
// does not exist, or whose trust policy does not allow the token, answers 403 AccessDenied "Not
// authorized to perform sts:AssumeRoleWithWebIdentity" (STS's words, as configure-aws-credentials users
// quote them). GitHub's `sub` has two forms, repo:OWNER/REPO:… and, for repositories created on or after
// 15 July 2026, repo:OWNER@OWNER_ID/REPO@REPO_ID:… (configure-aws-credentials' README): a trust policy
// written for one does not match the other, and this is where a run meets that.
// The token's signature, expiry and the provider's audience list are not checked (the harness's tokens
// are unsigned). moto answers first and its credentials are then withheld: under moto's IAM enforcement
// the one request moto lets through unauthorized must be the action's own AssumeRoleWithWebIdentity, not
// a look-up of the layer's, and when moto does not answer that look-up, its answer stands.
import { lookupRole, ROLE_ARN } from './assume-role.mjs'
import { evaluate } from './policy-eval.mjs'

export const WEB_IDENTITY_DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity'

/** The claims of a JWT, unverified; {} when it is not one. @param {string} token */
export function claimsOf(token) {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return payload && typeof payload === 'object' ? /** @type {Record<string, unknown>} */ (payload) : {}
  } catch {
    return {}
  }
}

/** @param {unknown} value @returns {string | string[] | undefined} */
const claim = (value) => (typeof value === 'string' ? value : Array.isArray(value) ? value.map(String) : undefined)

/**
 * @param {{ target: string }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function webIdentityBehaviour({ target }) {
  return {
    name: 'web-identity',
    async response(ctx, answer) {
      if (ctx.service !== 'sts' || ctx.operation !== 'AssumeRoleWithWebIdentity' || answer.status !== 200)
        return undefined
      const form = ctx.form()
      const get = (/** @type {string} */ k) => form.get(k) ?? ctx.url.searchParams.get(k) ?? ''
      const roleArn = get('RoleArn')
      const m = roleArn.match(ROLE_ARN)
      if (!m) return undefined
      const [, partition, account = '', name = ''] = m
      const role = await lookupRole(target, account, name)
      if (role === 'unknown') return undefined
      const claims = claimsOf(get('WebIdentityToken'))
      const host = String(claims.iss ?? '').replace(/^https:\/\//, '')
      const allowed =
        role !== null &&
        host !== '' &&
        evaluate(role.trust, {
          principal: { federated: `arn:${partition}:iam::${account}:oidc-provider/${host}` },
          action: 'sts:AssumeRoleWithWebIdentity',
          resource: roleArn,
          context: { [`${host}:sub`]: claim(claims.sub), [`${host}:aud`]: claim(claims.aud) }
        }) === 'allow'
      return allowed ? undefined : ctx.error(403, 'AccessDenied', WEB_IDENTITY_DENIED)
    }
  }
}
