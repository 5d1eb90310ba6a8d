// Which account a request acts in: moto keys an assumed role's credentials to the role's account, so
// the AWS layer learns each issued access key's account (and role) from STS's answers, as moto does.
// Credentials issued while the proxy was not looking (a test's seed, straight to moto) are learnt on
// their first request through the proxy, from moto's GetCallerIdentity for that key.

import { DEFAULT_ACCOUNT } from './context.mjs'
import { send } from './upstream.mjs'

/** A key moto did not issue: moto keys it to its default account. */
const DEFAULT_ACCOUNT_KEY = 'AKIAORGTRAILHARNESS0'

/** The role of an assumed-role session ARN (arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION). */
export function roleOfSession(/** @type {string} */ sessionArn) {
  const m = sessionArn.match(/^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//)
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined
}

/**
 * @param {{ target?: string }} [options]   moto's URL, to learn keys issued behind the proxy's back
 * @returns {import('./index.mjs').Behaviour & { accountOf(accessKeyId: string | undefined): string,
 *   keyFor(account: string): string | undefined,
 *   sessionOf(accessKeyId: string | undefined): { account: string, role: string, session: string } | undefined }}
 */
export function accountsBehaviour({ target } = {}) {
  /** @type {Map<string, string>} */
  const byKey = new Map()
  /** @type {Map<string, { account: string, role: string, session: string }>} key → the role session it is */
  const sessions = new Map()
  /** @type {Set<string>} keys already asked about */
  const asked = new Set()
  /** @param {string} key @param {string} text an STS answer (AssumeRole*, GetCallerIdentity) */
  function learn(key, text) {
    const session = text.match(/<Arn>(arn:[^:]+:sts::(\d{12}):assumed-role\/[^<]+)<\/Arn>/)
    if (!session) return
    const [, arn = '', account = ''] = session
    byKey.set(key, account)
    const role = roleOfSession(arn)
    if (role) sessions.set(key, { account, role, session: arn })
  }
  return {
    name: 'accounts',
    accountOf: (accessKeyId) => (accessKeyId && byKey.get(accessKeyId)) || DEFAULT_ACCOUNT,
    sessionOf: (accessKeyId) => (accessKeyId ? sessions.get(accessKeyId) : undefined),
    // An access key moto acts in `account` with, so that a behaviour can ask moto as that account.
    keyFor(account) {
      if (account === DEFAULT_ACCOUNT) return DEFAULT_ACCOUNT_KEY
      for (const [key, owner] of byKey) if (owner === account) return key
      return undefined
    },
    async request(ctx) {
      // Only temporary credentials (ASIA…) can act in another account; each is asked about once.
      const key = ctx.accessKeyId
      if (!target || !key || !key.startsWith('ASIA') || byKey.has(key) || asked.has(key)) return undefined
      asked.add(key)
      try {
        const answer = await send(target, {
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            authorization: `AWS4-HMAC-SHA256 Credential=${key}/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0`
          },
          body: 'Action=GetCallerIdentity&Version=2011-06-15'
        })
        if (answer.status === 200) learn(key, answer.body.toString())
      } catch {
        // moto would not say: the request acts in the default account, as before.
      }
      if (byKey.has(key)) ctx.account = /** @type {string} */ (byKey.get(key))
      return undefined
    },
    response(ctx, answer) {
      if (ctx.service !== 'sts' || !/^AssumeRole/.test(ctx.operation) || answer.status !== 200) return undefined
      const text = answer.body.toString()
      const key = text.match(/<AccessKeyId>([^<]+)<\/AccessKeyId>/)?.[1]
      if (key) learn(key, text)
      return undefined
    }
  }
}
