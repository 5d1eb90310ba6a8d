// Denials a test asks for: any operation answers AccessDenied naming a kind of policy (a resource control
// policy, a permissions boundary, a session policy, an identity-based or a resource-based policy; or a
// service control policy without seeding one), explicit or implicit, in AWS's wording and the service's
// wire format (access-denied.mjs). moto evaluates none of these policies; this is how the action's
// explanation of each kind is tested wherever an AccessDenied can surface.
//
//   const denials = proxy.layer.behaviours.find((b) => b.name === 'access-denials')
//   denials.deny({ operation: 's3:PutBucketPolicy', kind: 'permissions-boundary' })
//   denials.deny({ operation: 'kms:PutKeyPolicy', kind: 'identity-based-policy', explicit: false, account })
//
// A rule matches the operation as the proxy names it ("service:Operation"), optionally only for requests
// acting in `account`, and at most `times` times. Rules are dropped with `clear()` and at every moto reset.
import { POLICY_KINDS, accessDeniedAnswer, principalOf } from './access-denied.mjs'

/**
 * @typedef {object} DenialRule
 * @property {string} operation   "s3:PutBucketPolicy", "kms:PutKeyPolicy", "cloudtrail:CreateTrail"…
 * @property {import('./access-denied.mjs').PolicyKind} kind
 * @property {boolean} [explicit]   false: "because no … allows"; default true: "with an explicit deny in …"
 * @property {string} [account]   only requests acting in this account
 * @property {number} [times]   only the first `times` matching requests
 */

/**
 * @param {{ sessionOf: (accessKeyId: string | undefined) => { session: string } | undefined }} options
 * @returns {import('./index.mjs').Behaviour & { deny(rule: DenialRule): void, clear(): void,
 *   denied: () => string[] }}
 */
export function accessDenialsBehaviour({ sessionOf }) {
  /** @type {(DenialRule & { used: number })[]} */
  let rules = []
  /** @type {string[]} the operations denied so far, in order */
  let denied = []
  return {
    name: 'access-denials',
    deny(rule) {
      if (!(rule.kind in POLICY_KINDS)) throw new Error(`unknown policy kind ${String(rule.kind)}`)
      rules.push({ ...rule, used: 0 })
    },
    clear() {
      rules = []
      denied = []
    },
    denied: () => [...denied],
    forget() {
      rules = []
      denied = []
    },
    request(ctx) {
      if (ctx.headers['x-moto-account-id'] !== undefined) return undefined
      const operation = `${ctx.service}:${ctx.operation}`
      const rule = rules.find(
        (r) =>
          r.operation === operation &&
          (r.account === undefined || r.account === ctx.account) &&
          (r.times === undefined || r.used < r.times)
      )
      if (!rule) return undefined
      rule.used += 1
      denied.push(operation)
      return accessDeniedAnswer(ctx, {
        principal: principalOf(ctx, sessionOf),
        kind: rule.kind,
        explicit: rule.explicit !== false
      })
    }
  }
}
