// The condition keys AWS sets on a request, evaluated against the caller's own permission policy, for the
// calls org-trail's policies grant only under a condition. moto's IAM enforcement evaluates no condition of
// an identity-based policy (it gives them no request context, so any condition holds), and never checks
// iam:PassRole at all, which CloudTrail checks on the caller when a trail is given a CloudWatch Logs role.
//
// - organizations:EnableAWSServiceAccess carries organizations:ServicePrincipal = its ServicePrincipal
//   (Service Authorization Reference, AWS Organizations: the condition key of that action);
// - iam:CreateServiceLinkedRole carries iam:AWSServiceName = its AWSServiceName, on the ARN of the role it
//   creates (aws-service-role/SERVICE/NAME);
// - cloudtrail:CreateTrail and UpdateTrail naming a CloudWatchLogsRoleArn need iam:PassRole on that role
//   with iam:PassedToService = cloudtrail.amazonaws.com (IAM User Guide, "Granting a user permissions to pass
//   a role to an AWS service").
// A request the policy does not allow (no Allow applies with its keys, or a Deny does) is refused with
// AccessDenied(Exception) naming the action, as IAM words a denial. Which error CloudTrail itself returns
// for a missing iam:PassRole is not documented (its API reference lists InvalidCloudWatchLogsRoleArnException
// for "the provided role is not valid"): the layer answers AccessDeniedException naming iam:PassRole.
//
// Only while moto enforces IAM (the least-privilege tests), and only for a caller whose role moto holds:
// otherwise no permission policy is being modelled and the behaviour stands aside. The role's inline
// policies are read from moto's state dump (/moto-api/data.json), which needs no credentials; managed
// policies attached to it are not read (the tests attach inline ones).
import { send } from './upstream.mjs'
import { evaluate, statementsOf } from './policy-eval.mjs'

/** @typedef {import('./index.mjs').Behaviour} Behaviour */

const CLOUDTRAIL = 'cloudtrail.amazonaws.com'

/** A signature moto routes on (the credential scope) and accepts only while it does not enforce IAM. */
const PROBE_AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0'

/** Whether moto enforces IAM now: it then refuses the probe's made-up signature. */
async function motoEnforces(/** @type {string} */ target) {
  try {
    const answer = await send(target, {
      method: 'GET',
      path: '/?Action=ListRoles&MaxItems=1&Version=2010-05-08',
      headers: { authorization: PROBE_AUTH },
      body: ''
    })
    return answer.status !== 200
  } catch {
    return false
  }
}

/** The inline policies moto holds for a role ARN; null when moto holds no such role. */
async function inlinePolicies(/** @type {string} */ target, /** @type {string} */ roleArn) {
  const res = await fetch(`${target}/moto-api/data.json`)
  const state = /** @type {{ iam?: { Role?: { arn: string, policies?: Record<string, string> }[] } }} */ (
    await res.json()
  )
  const role = (state.iam?.Role ?? []).find((r) => r.arn === roleArn)
  return role ? Object.values(role.policies ?? {}) : null
}

/**
 * What IAM authorizes for a request: the action, the resource and the condition keys it carries; null for a
 * request this behaviour does not model.
 * @param {import('./context.mjs').RequestContext} ctx @param {string} partition
 * @returns {{ action: string, resource: string, context: Record<string, string> } | null}
 */
export function authorizationOf(ctx, partition) {
  if (ctx.service === 'organizations' && ctx.operation === 'EnableAWSServiceAccess') {
    const principal = String(ctx.input()?.ServicePrincipal ?? '')
    return {
      action: 'organizations:EnableAWSServiceAccess',
      resource: '*',
      context: { 'organizations:ServicePrincipal': principal }
    }
  }
  if (ctx.service === 'iam' && ctx.operation === 'CreateServiceLinkedRole') {
    const service = ctx.form().get('AWSServiceName') ?? ''
    return {
      action: 'iam:CreateServiceLinkedRole',
      // The role's name is the service's choice: the ARN pattern of the roles it may create.
      resource: `arn:${partition}:iam::${ctx.account}:role/aws-service-role/${service}/*`,
      context: { 'iam:AWSServiceName': service }
    }
  }
  if (ctx.service === 'cloudtrail' && (ctx.operation === 'CreateTrail' || ctx.operation === 'UpdateTrail')) {
    const role = ctx.input()?.CloudWatchLogsRoleArn
    if (typeof role !== 'string' || role === '') return null
    return { action: 'iam:PassRole', resource: role, context: { 'iam:PassedToService': CLOUDTRAIL } }
  }
  return null
}

/**
 * @param {{ target: string, sessionOf: (accessKeyId: string | undefined) => { role: string, session: string } | undefined }} options
 * @returns {Behaviour & { settings: { evaluated: { action: string, resource: string, allowed: boolean }[] } }}
 */
export function identityConditionsBehaviour({ target, sessionOf }) {
  /** Each request evaluated, for a test to see that the conditions were evaluated at all. */
  const settings = { evaluated: /** @type {{ action: string, resource: string, allowed: boolean }[]} */ ([]) }
  return {
    name: 'identity-conditions',
    settings,
    async request(ctx) {
      const session = sessionOf(ctx.accessKeyId)
      const partition = session?.role.split(':')[1] ?? 'aws'
      const asked = authorizationOf(ctx, partition)
      if (!asked || !session || !(await motoEnforces(target))) return undefined
      const policies = await inlinePolicies(target, session.role)
      if (policies === null) return undefined
      const statements = policies.flatMap((p) => statementsOf(p))
      const verdict = evaluate({ Statement: statements }, { principal: null, ...asked })
      settings.evaluated.push({ action: asked.action, resource: asked.resource, allowed: verdict === 'allow' })
      if (verdict === 'allow') return undefined
      // An action of the request's own that no statement grants even without its conditions: moto's own
      // enforcement refuses it, as it did before this behaviour (iam:PassRole moto never checks).
      const own = asked.action === `${ctx.service}:${ctx.operation}`
      const unconditioned = statements.map((st) =>
        st && typeof st === 'object' ? { ...st, Condition: undefined } : st
      )
      if (own && evaluate({ Statement: unconditioned }, { principal: null, ...asked }) !== 'allow') return undefined
      const why =
        verdict === 'deny'
          ? 'with an explicit deny in an identity-based policy'
          : 'because no identity-based policy allows the ' + asked.action + ' action'
      const message = `User: ${session.session} is not authorized to perform: ${asked.action} on resource: ${asked.resource} ${why}`
      return ctx.protocol === 'query'
        ? ctx.error(403, 'AccessDenied', message)
        : ctx.error(400, 'AccessDeniedException', message)
    },
    forget() {
      settings.evaluated.length = 0
    }
  }
}
