// Service control policies, enforced: moto's Organizations stores SCPs and their attachments but never
// applies them. AWS (Organizations user guide, "Service control policies" and "SCP evaluation"):
// - SCPs apply to every principal of a member account (its users, its roles, its root), never to the
//   management account, nor to service-linked roles;
// - only when the root has the SERVICE_CONTROL_POLICY policy type enabled;
// - a request is allowed only if, at every level from the root down through each OU to the account, an SCP
//   attached there allows it, and no SCP attached at any level denies it. An explicit Deny answers
//   AccessDenied "… with an explicit deny in a service control policy"; a level where nothing allows it
//   "… because no service control policy allows the ACTION action" (access-denied.mjs).
// AWS (and moto) attach FullAWSAccess to the root and to every new OU and account, and AWS refuses to
// detach an entity's last SCP; a level with none attached counts here as allowing, so a moto state AWS
// could not reach refuses nothing.
// The request is evaluated as its IAM action on its resource (access-denied.mjs) with the condition keys an
// SCP usually names: aws:PrincipalArn (the role), aws:PrincipalAccount, aws:PrincipalOrgID,
// aws:RequestedRegion. The policies are read from moto as the management account on every request, so a
// test may attach or change them at any time. A look-up moto refuses makes the behaviour stand aside.
import { accessDeniedAnswer, iamRequestOf, principalOf } from './access-denied.mjs'
import { evaluate, statementsOf } from './policy-eval.mjs'
import { askJson } from './upstream.mjs'

const SCP = 'SERVICE_CONTROL_POLICY'

/**
 * An SCP's statements name no principal: they apply to whoever the request's principal is.
 * @param {string} content the policy document
 */
const asPrincipalPolicy = (content) => ({
  Statement: statementsOf(content).map((s) =>
    s && typeof s === 'object' && !('Principal' in s) ? { ...s, Principal: '*' } : s
  )
})

/**
 * @param {{ target: string, sessionOf: (accessKeyId: string | undefined) => { role: string, session: string } | undefined }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function serviceControlPoliciesBehaviour({ target, sessionOf }) {
  /** @param {string} operation @param {object} input @param {string} account */
  const ask = (operation, input, account) => askJson(target, 'organizations', operation, input, { account })

  /**
   * The targets an SCP can be attached to above the account, the account first, the root last; null when
   * moto would not say.
   * @param {string} account @param {string} management
   */
  async function levelsOf(account, management) {
    const levels = [account]
    let child = account
    for (let depth = 0; depth < 7; depth++) {
      const { status, json } = await ask('ListParents', { ChildId: child }, management)
      if (status !== 200) return null
      const parent = json.Parents?.[0]
      if (!parent?.Id) break
      levels.push(String(parent.Id))
      if (parent.Type === 'ROOT') break
      child = String(parent.Id)
    }
    return levels
  }

  /** The documents of the SCPs attached to one target; null when moto would not say. */
  async function attachedTo(/** @type {string} */ targetId, /** @type {string} */ management) {
    const { status, json } = await ask('ListPoliciesForTarget', { TargetId: targetId, Filter: SCP }, management)
    if (status !== 200) return null
    const docs = []
    for (const summary of json.Policies ?? []) {
      const described = await ask('DescribePolicy', { PolicyId: summary.Id }, management)
      if (described.status !== 200) return null
      docs.push(String(described.json.Policy?.Content ?? '{}'))
    }
    return docs
  }

  return {
    name: 'service-control-policies',
    async request(ctx) {
      // The harness's own look-ups (x-moto-account-id) are no principal's requests, and an unsigned one
      // (AssumeRoleWithWebIdentity) is no account's principal yet. Asking moto nothing for it also keeps
      // moto's IAM enforcement's count of unauthorized requests for the request itself.
      if (ctx.headers['x-moto-account-id'] !== undefined || !ctx.accessKeyId) return undefined
      const account = ctx.account
      const org = await ask('DescribeOrganization', {}, account)
      if (org.status !== 200) return undefined
      const { MasterAccountId: management, Id: orgId } = org.json.Organization ?? {}
      if (!management || management === account) return undefined
      const roots = await ask('ListRoots', {}, management)
      const root = roots.json.Roots?.[0]
      const enabled = (root?.PolicyTypes ?? []).some((/** @type {any} */ t) => t.Type === SCP && t.Status === 'ENABLED')
      if (roots.status !== 200 || !enabled) return undefined
      const session = sessionOf(ctx.accessKeyId)
      // Service-linked roles are not subject to SCPs.
      if (session && /:role\/AWSServiceRoleFor/.test(session.role)) return undefined

      const levels = await levelsOf(account, management)
      if (!levels) return undefined
      const { action, resource } = iamRequestOf(ctx)
      const request = {
        principal: { account, ...(session ? { arn: session.role } : {}) },
        action,
        resource,
        context: {
          'aws:PrincipalArn': session?.role ?? `arn:aws:iam::${account}:root`,
          'aws:PrincipalAccount': account,
          'aws:PrincipalOrgID': String(orgId),
          'aws:RequestedRegion': ctx.region,
          'aws:PrincipalIsAWSService': 'false',
          'aws:SecureTransport': 'true'
        }
      }
      let allowedAtEveryLevel = true
      for (const level of levels) {
        const docs = await attachedTo(level, management)
        if (!docs) return undefined
        if (docs.length === 0) continue
        const decisions = docs.map((doc) => evaluate(asPrincipalPolicy(doc), request))
        if (decisions.includes('deny'))
          return accessDeniedAnswer(ctx, { principal: principalOf(ctx, sessionOf), kind: 'service-control-policy' })
        if (!decisions.includes('allow')) allowedAtEveryLevel = false
      }
      if (allowedAtEveryLevel) return undefined
      return accessDeniedAnswer(ctx, {
        principal: principalOf(ctx, sessionOf),
        kind: 'service-control-policy',
        explicit: false
      })
    }
  }
}
