// KMS across accounts, as AWS answers it: moto looks every key ARN up in the caller's own account (so
// another account's key is "not found"), and never reads key policies. KMS's API reference marks each
// operation "Cross-account use: Yes" (named by key ARN, allowed when the key policy allows the caller)
// or "No" (GetKeyPolicy, PutKeyPolicy, ListKeyPolicies, …: "You cannot perform this operation on a KMS
// key in a different AWS account").
// - A cross-account operation on another account's key ARN is evaluated against the key policy
//   (policy-eval.mjs: the caller's account id or root, its role, or "*"; kms:CallerAccount,
//   aws:PrincipalAccount, aws:PrincipalArn as condition keys) and, when allowed, sent to moto in the
//   key's account and region; else AccessDeniedException.
// - Any other operation on another account's key ARN: AccessDeniedException. Which error AWS really
//   answers there is not in its reference (it lists none for the case); AccessDeniedException is what
//   tools that read key policies across accounts report meeting.
// Keys named by id or alias act in the caller's account, as in AWS, and are left to moto.
import { askJson, rescope } from './upstream.mjs'
import { evaluate } from './policy-eval.mjs'

/** KMS operations its reference marks "Cross-account use: Yes" that name one key by KeyId. */
export const CROSS_ACCOUNT_OPERATIONS = new Set([
  'DescribeKey',
  'GetKeyRotationStatus',
  'GetPublicKey',
  'Encrypt',
  'Decrypt',
  'ReEncrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'VerifyMac',
  'Sign',
  'Verify',
  'CreateGrant',
  'ListGrants',
  'RevokeGrant',
  'DeriveSharedSecret'
])

const KEY_ARN = /^arn:([^:]+):kms:([^:]+):(\d{12}):key\/(.+)$/

/**
 * @param {{ target: string, sessionOf: (accessKeyId: string | undefined) => { role: string, session: string } | undefined }} options
 * @returns {import('./index.mjs').Behaviour}
 */
export function crossAccountKmsBehaviour({ target, sessionOf }) {
  return {
    name: 'cross-account-kms',
    async request(ctx) {
      if (ctx.service !== 'kms' || ctx.protocol !== 'json') return undefined
      const keyArn = ctx.input()?.KeyId
      const m = typeof keyArn === 'string' ? keyArn.match(KEY_ARN) : null
      if (!m) return undefined
      const [, partition, region = '', owner = '', keyId = ''] = m
      if (owner === ctx.account) return undefined
      const session = sessionOf(ctx.accessKeyId)
      const caller = session?.session ?? `arn:${partition}:iam::${ctx.account}:root`
      const action = `kms:${ctx.operation}`
      const denied = () =>
        ctx.error(
          400,
          'AccessDeniedException',
          `User: ${caller} is not authorized to perform: ${action} on resource: ${keyArn} because no resource-based policy allows the ${action} action`
        )
      if (!CROSS_ACCOUNT_OPERATIONS.has(ctx.operation)) return denied()

      const { status, json } = await askJson(
        target,
        'kms',
        'GetKeyPolicy',
        { KeyId: keyId, PolicyName: 'default' },
        { account: owner, region }
      )
      if (status !== 200) {
        if (json?.__type === 'NotFoundException')
          return ctx.error(400, 'NotFoundException', `Key '${String(keyArn)}' does not exist`)
        return undefined
      }
      const decision = evaluate(json.Policy, {
        principal: { account: ctx.account, ...(session ? { arn: session.role } : {}) },
        action,
        resource: String(keyArn),
        context: {
          'kms:CallerAccount': ctx.account,
          'aws:PrincipalAccount': ctx.account,
          'aws:PrincipalArn': session?.role,
          'aws:SecureTransport': 'true'
        }
      })
      if (decision !== 'allow') return denied()
      const auth = typeof ctx.headers.authorization === 'string' ? ctx.headers.authorization : undefined
      return ctx.upstream({
        headers: { 'x-moto-account-id': owner, ...(auth ? { authorization: String(rescope(auth, { region })) } : {}) }
      })
    }
  }
}
