// Which account a request acts in: moto keys an assumed role's credentials to the role's account, so
// the AWS layer learns each issued access key's account from STS's answers, as moto does.

import { DEFAULT_ACCOUNT } from './context.mjs'

/** A key moto did not issue: moto keys it to its default account. */
const DEFAULT_ACCOUNT_KEY = 'AKIAORGTRAILHARNESS0'

/**
 * @returns {import('./index.mjs').Behaviour & { accountOf(accessKeyId: string | undefined): string,
 *   keyFor(account: string): string | undefined }}
 */
export function accountsBehaviour() {
  /** @type {Map<string, string>} */
  const byKey = new Map()
  return {
    name: 'accounts',
    accountOf: (accessKeyId) => (accessKeyId && byKey.get(accessKeyId)) || DEFAULT_ACCOUNT,
    // An access key moto acts in `account` with, so that a behaviour can ask moto as that account.
    keyFor(account) {
      if (account === DEFAULT_ACCOUNT) return DEFAULT_ACCOUNT_KEY
      for (const [key, owner] of byKey) if (owner === account) return key
      return undefined
    },
    response(ctx, answer) {
      if (ctx.service !== 'sts' || !/^AssumeRole/.test(ctx.operation) || answer.status !== 200) return undefined
      const text = answer.body.toString()
      const key = text.match(/<AccessKeyId>([^<]+)<\/AccessKeyId>/)?.[1]
      const account = text.match(/<Arn>arn:[^:]+:sts::(\d{12}):assumed-role\//)?.[1]
      if (key && account) byKey.set(key, account)
      return undefined
    }
  }
}
