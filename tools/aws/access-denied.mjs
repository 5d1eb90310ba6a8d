// An AccessDenied as AWS words it, naming the kind of policy that denied the request, in the wire format of
// the service that answers it. One home for the wording the policy behaviours (service-control-policies.mjs,
// access-denials.mjs) answer with, and for the IAM action and resource a request is authorized as.
//
// The wording (IAM user guide, "Troubleshoot access denied error messages"; S3 user guide, "Troubleshoot
// access denied (403 Forbidden) errors in Amazon S3"):
//   User: PRINCIPAL is not authorized to perform: ACTION on resource: RESOURCE with an explicit deny in a TYPE
//   User: PRINCIPAL is not authorized to perform: ACTION on resource: RESOURCE because no TYPE allows the ACTION action
// where TYPE is "service control policy", "resource control policy", "permissions boundary", "session
// policy", "identity-based policy" or "resource-based policy" (with its article: "an identity-based
// policy"). S3 quotes the resource ARN ("on resource: \"arn:aws:s3:::bucket\""); the JSON services do not.
// Not documented, and chosen here: the IAM guide's session-policy example says "a sessions policy" where its
// rule and the S3 guide say "a session policy" (used here); Organizations' and CloudTrail's exact wording of
// a policy-named denial is not in their references (their generic AccessDeniedException is), so they get
// the IAM guide's format, as the JSON services' examples in the guide have it.
//
// The wire format: S3 answers 403 AccessDenied (XML); STS and IAM (query) 403 AccessDenied; the JSON services
// (KMS, CloudTrail, Organizations) 400 AccessDeniedException.
import { ACTIONS as S3_ACTIONS } from './cross-account-s3.mjs'
import { parseTrailArn } from './trails.mjs'

/** The kinds of policy an AccessDenied can name, as AWS names them in the message. */
export const POLICY_KINDS = /** @type {const} */ ({
  'service-control-policy': 'a service control policy',
  'resource-control-policy': 'a resource control policy',
  'permissions-boundary': 'a permissions boundary',
  'session-policy': 'a session policy',
  'identity-based-policy': 'an identity-based policy',
  'resource-based-policy': 'a resource-based policy'
})

/** @typedef {keyof typeof POLICY_KINDS} PolicyKind */

/**
 * The message of an AccessDenied that names the kind of policy: "with an explicit deny in …" when a Deny
 * statement refused, "because no … allows the ACTION action" when nothing allowed it.
 * @param {{ principal: string, action: string, resource: string, kind: PolicyKind, explicit?: boolean,
 *   quoteResource?: boolean }} o
 */
export function accessDeniedMessage({ principal, action, resource, kind, explicit = true, quoteResource = false }) {
  const named = POLICY_KINDS[kind]
  const on = quoteResource ? `"${resource}"` : resource
  const why = explicit
    ? `with an explicit deny in ${named}`
    : `because no ${named.replace(/^an? /, '')} allows the ${action} action`
  return `User: ${principal} is not authorized to perform: ${action} on resource: ${on} ${why}`
}

/**
 * The AccessDenied answer to `ctx`, in its service's wire format.
 * @param {import('./context.mjs').RequestContext} ctx
 * @param {{ principal: string, kind: PolicyKind, explicit?: boolean }} o
 */
export function accessDeniedAnswer(ctx, { principal, kind, explicit = true }) {
  const { action, resource } = iamRequestOf(ctx)
  const s3 = ctx.protocol === 's3'
  const message = accessDeniedMessage({ principal, action, resource, kind, explicit, quoteResource: s3 })
  if (ctx.protocol === 'json') return ctx.error(400, 'AccessDeniedException', message)
  return ctx.error(403, 'AccessDenied', message)
}

/**
 * Who the request's credentials are, as an AccessDenied names them: the role session's ARN, else the
 * account's root.
 * @param {import('./context.mjs').RequestContext} ctx
 * @param {(accessKeyId: string | undefined) => { session: string } | undefined} sessionOf
 */
export function principalOf(ctx, sessionOf) {
  return sessionOf(ctx.accessKeyId)?.session ?? `arn:aws:iam::${ctx.account}:root`
}

const KEY_ARN = /^arn:[^:]+:kms:/

/**
 * The IAM action and resource ARN a request is authorized as (what a policy's Action and Resource match).
 * The resource is "*" for the operations that name none (List*, Describe* of the account, CreateKey…).
 * @param {import('./context.mjs').RequestContext} ctx
 * @returns {{ action: string, resource: string }}
 */
export function iamRequestOf(ctx) {
  const region = ctx.region ?? 'us-east-1'
  const account = ctx.account
  if (ctx.protocol === 's3') {
    const action = S3_ACTIONS[ctx.operation] ?? `s3:${ctx.operation}`
    if (!ctx.bucket) return { action, resource: '*' }
    return { action, resource: ctx.key ? `arn:aws:s3:::${ctx.bucket}/${ctx.key}` : `arn:aws:s3:::${ctx.bucket}` }
  }
  const action = `${ctx.service}:${ctx.operation}`
  if (ctx.service === 'cloudtrail') {
    const input = ctx.input() ?? {}
    const ref = input.Name ?? input.TrailName ?? input.ResourceId
    if (typeof ref !== 'string' || ref === '') return { action, resource: '*' }
    const named = parseTrailArn(ref)
    return { action, resource: named ? ref : `arn:aws:cloudtrail:${region}:${account}:trail/${ref}` }
  }
  if (ctx.service === 'kms') {
    const id = ctx.input()?.KeyId
    if (typeof id !== 'string' || id === '') return { action, resource: '*' }
    if (KEY_ARN.test(id)) return { action, resource: id }
    const path = id.startsWith('alias/') ? id : `key/${id}`
    return { action, resource: `arn:aws:kms:${region}:${account}:${path}` }
  }
  if (ctx.service === 'sts' && ctx.protocol === 'query') {
    const role = ctx.form().get('RoleArn')
    return { action, resource: role ?? '*' }
  }
  if (ctx.service === 'iam' && ctx.protocol === 'query') {
    const role = ctx.form().get('RoleName')
    return { action, resource: role ? `arn:aws:iam::${account}:role/${role}` : '*' }
  }
  return { action, resource: '*' }
}
