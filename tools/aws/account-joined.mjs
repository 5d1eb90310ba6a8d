// When a member account joined the organization. moto stamps `JoinedTimestamp` with the moment CreateAccount
// ran, so a test cannot have an account that joined an hour ago (inside the window of logs it generates).
// This behaviour rewrites `JoinedTimestamp` in Organizations' ListAccounts, ListAccountsForParent and
// DescribeAccount answers for the accounts a test gave a joining time (`setAccountJoined`).
import { jsonAnswer } from './upstream.mjs'

const OPERATIONS = new Set(['ListAccounts', 'ListAccountsForParent', 'DescribeAccount'])

/**
 * @returns {import('./index.mjs').Behaviour & { settings: { joined: Map<string, Date> } }}
 *   settings.joined: account id → the time it joined
 */
export function accountJoinedBehaviour() {
  /** @type {Map<string, Date>} */
  const joined = new Map()
  /** @param {any} account */
  const restamp = (account) => {
    const at = account && joined.get(String(account.Id))
    return at ? { ...account, JoinedTimestamp: at.getTime() / 1000 } : account
  }
  return {
    name: 'account-joined',
    settings: { joined },
    response(ctx, answer) {
      if (ctx.service !== 'organizations' || !OPERATIONS.has(ctx.operation) || answer.status !== 200) return undefined
      if (joined.size === 0) return undefined
      const json = JSON.parse(answer.body.toString() || '{}')
      if (Array.isArray(json.Accounts)) json.Accounts = json.Accounts.map(restamp)
      if (json.Account) json.Account = restamp(json.Account)
      return { ...jsonAnswer(json), headers: answer.headers }
    },
    forget: () => joined.clear()
  }
}

/**
 * Gives `accountId` a joining time in the layer's Organizations answers.
 * @param {{ behaviours: import('./index.mjs').Behaviour[] } | null | undefined} layer   the proxy's `layer`
 * @param {string} accountId @param {Date} at
 */
export function setAccountJoined(layer, accountId, at) {
  const behaviour = /** @type {ReturnType<typeof accountJoinedBehaviour> | undefined} */ (
    layer?.behaviours.find((b) => b.name === 'account-joined')
  )
  if (!behaviour) throw new Error('the proxy runs without the AWS layer: no account-joined behaviour')
  behaviour.settings.joined.set(accountId, at)
}
