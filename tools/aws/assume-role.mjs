// sts:AssumeRole as AWS answers it: moto issues credentials for any role ARN, even one that does not
// exist ("the role does not need to exist"), and never reads the role's trust policy. AWS refuses both
// with the same 403 AccessDenied ("User: … is not authorized to perform: sts:AssumeRole on resource: …"),
// so a role missing from a member account, or one that does not trust the caller, looks alike to the caller.
//
// The role is looked up in moto (IAM GetRole in the role's account, through moto's x-moto-account-id
// header). When moto does not answer that lookup (its IAM enforcement is on and refuses the unsigned
// request), the behaviour stands aside and moto answers as it would.
//
// The trust policy is evaluated simply: an Allow statement for sts:AssumeRole (or sts:*, *) whose AWS
// principal is "*", the caller's account id, its root ARN or the caller's role ARN; a Deny that matches the
// same way refuses. Conditions are not evaluated.

/** @typedef {import('./index.mjs').Behaviour} Behaviour */

export const ROLE_ARN = /^arn:([^:]+):iam::(\d{12}):role\/(?:[^/]+\/)*([^/]+)$/

/** A request signature moto accepts while it does not enforce IAM (it routes on the credential scope). */
const LOOKUP_AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0'

/**
 * @param {string} target moto's URL
 * @param {string} account @param {string} name
 * @returns {Promise<{ trust: any } | null | 'unknown'>} null: no such role; 'unknown': moto would not say
 */
export async function lookupRole(target, account, name) {
  const url = `${target}/?Action=GetRole&RoleName=${encodeURIComponent(name)}&Version=2010-05-08`
  let res
  try {
    res = await fetch(url, { headers: { authorization: LOOKUP_AUTH, 'x-moto-account-id': account } })
  } catch {
    return 'unknown'
  }
  const text = await res.text()
  if (res.status === 404 && text.includes('NoSuchEntity')) return null
  if (res.status !== 200) return 'unknown'
  const doc = text.match(/<AssumeRolePolicyDocument>([^<]*)<\/AssumeRolePolicyDocument>/)?.[1]
  try {
    return { trust: doc ? JSON.parse(decodeURIComponent(doc)) : {} }
  } catch {
    return { trust: {} }
  }
}

/** @param {unknown} value @returns {string[]} */
const list = (value) => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)])

/**
 * @param {any} statement @param {string} account the caller's account @param {string | undefined} roleArn the caller's role
 */
function matches(statement, account, roleArn) {
  const actions = list(statement.Action)
  if (!actions.some((a) => a === '*' || a === 'sts:*' || a === 'sts:AssumeRole')) return false
  const principal = statement.Principal
  if (principal === '*') return true
  const aws = list(principal?.AWS)
  return aws.some((p) => p === '*' || p === account || p.endsWith(`:iam::${account}:root`) || p === roleArn)
}

/** @param {any} trust @param {string} account @param {string | undefined} roleArn */
export function trusts(trust, account, roleArn) {
  const statements = Array.isArray(trust?.Statement) ? trust.Statement : trust?.Statement ? [trust.Statement] : []
  if (statements.some((s) => s.Effect === 'Deny' && matches(s, account, roleArn))) return false
  return statements.some((s) => s.Effect === 'Allow' && matches(s, account, roleArn))
}

/**
 * @param {{ target: string }} options
 * @returns {Behaviour}
 */
export function assumeRoleBehaviour({ target }) {
  /** Each issued access key's session, as STS's answers name it: the caller of a later AssumeRole. */
  /** @type {Map<string, { role: string, session: string }>} */
  const sessionOfKey = new Map()
  return {
    name: 'assume-role',
    async request(ctx) {
      if (ctx.service !== 'sts' || ctx.operation !== 'AssumeRole') return undefined
      const roleArn = ctx.form().get('RoleArn') ?? ''
      const m = roleArn.match(ROLE_ARN)
      if (!m) return undefined
      const [, partition, account = '', name = ''] = m
      const role = await lookupRole(target, account, name)
      if (role === 'unknown') return undefined
      const session = ctx.accessKeyId ? sessionOfKey.get(ctx.accessKeyId) : undefined
      if (role !== null && trusts(role.trust, ctx.account, session?.role)) return undefined
      const caller = session?.session ?? `arn:${partition}:iam::${ctx.account}:root`
      return ctx.error(
        403,
        'AccessDenied',
        `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
      )
    },
    response(ctx, answer) {
      if (ctx.service !== 'sts' || !/^AssumeRole/.test(ctx.operation) || answer.status !== 200) return undefined
      const text = answer.body.toString()
      const key = text.match(/<AccessKeyId>([^<]+)<\/AccessKeyId>/)?.[1]
      const assumed = text.match(/<Arn>(arn:([^:]+):sts::(\d{12}):assumed-role\/([^/<]+)\/[^<]*)<\/Arn>/)
      if (key && assumed)
        sessionOfKey.set(key, {
          session: assumed[1] ?? '',
          role: `arn:${assumed[2]}:iam::${assumed[3]}:role/${assumed[4]}`
        })
      return undefined
    }
  }
}
