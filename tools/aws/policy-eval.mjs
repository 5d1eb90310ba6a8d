// A resource policy (bucket policy, key policy) evaluated the simple way the AWS layer needs: is this
// request, by this principal, allowed? Written apart from the action's own evaluator on purpose: the
// harness must not agree with the code it tests by sharing it.
//
// What it knows: Allow and Deny, Principal / NotPrincipal ("*", AWS account ids, root and role ARNs,
// Service, Federated), Action / NotAction and Resource / NotResource with * and ? wildcards, and the condition
// operators String*, Arn*, Bool and Null (with IfExists, ForAnyValue: and ForAllValues:). A key absent
// from the request makes a positive operator false and a negated one true, as in IAM. An operator it does
// not know makes its statement not apply (neither allow nor deny): say so where that matters.

/** @param {unknown} value @returns {any[]} */
export const asList = (value) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])

/** A wildcard pattern (* any run of characters, ? one character) as a RegExp. */
function globRegExp(/** @type {string} */ pattern, /** @type {boolean} */ ignoreCase) {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's')
}

/** @param {string} pattern @param {string} value @param {boolean} [ignoreCase] */
export const globMatch = (pattern, value, ignoreCase = false) => globRegExp(pattern, ignoreCase).test(value)

/** The statements of a policy document given as JSON text or an object; [] when it is not one. */
export function statementsOf(/** @type {unknown} */ policy) {
  let doc = policy
  if (typeof policy === 'string') {
    try {
      doc = JSON.parse(policy)
    } catch {
      return []
    }
  }
  return asList(/** @type {any} */ (doc)?.Statement)
}

/**
 * Who makes the request.
 * @typedef {{ service: string } | { federated: string } | { account: string, arn?: string } | null} Principal
 *   arn: the role ARN (arn:aws:iam::ACCOUNT:role/NAME) or the session's ARN; account: its account id;
 *   federated: an identity provider's ARN (a web identity's, for AssumeRoleWithWebIdentity); null: the
 *   policy is the caller's own (an identity-based policy), whose statements name no principal
 * @typedef {Record<string, string | string[] | undefined>} RequestValues   condition keys of the request
 * @typedef {{ principal: Principal, action: string, resource: string, context: RequestValues }} Request
 */

/** @param {any} principal the statement's Principal @param {Principal} who */
function principalMatches(principal, who) {
  if (principal === '*') return true
  if (principal === undefined || principal === null || typeof principal !== 'object') return false
  if (asList(principal.AWS).includes('*')) return true
  if ('service' in who) return asList(principal.Service).includes(who.service)
  if ('federated' in who) return asList(principal.Federated).includes(who.federated)
  return asList(principal.AWS).some(
    (/** @type {string} */ p) =>
      p === who.account || p === `arn:aws:iam::${who.account}:root` || (who.arn !== undefined && p === who.arn)
  )
}

const NEGATED = /^(StringNot|ArnNot)/

/**
 * One operator of a Condition block with its keys.
 * @param {string} operator @param {Record<string, unknown>} keys @param {RequestValues} context
 * @returns {boolean | null} null: an operator this evaluator does not know
 */
function operatorHolds(operator, keys, context) {
  const m = operator.match(/^(ForAnyValue:|ForAllValues:)?(.+?)(IfExists)?$/)
  if (!m) return null
  const [, set, base = '', ifExists] = m
  const compare = comparison(base)
  if (!compare) return null
  return Object.entries(keys).every(([key, expected]) => {
    const wanted = asList(expected).map(String)
    const found = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1]
    if (base === 'Null') {
      const absent = found === undefined
      return wanted.some((w) => (w === 'true') === absent)
    }
    if (found === undefined) return ifExists !== undefined || NEGATED.test(base) || set === 'ForAllValues:'
    const values = asList(found).map(String)
    const negated = NEGATED.test(base)
    const one = (/** @type {string} */ v) =>
      negated ? !wanted.some((w) => compare(w, v)) : wanted.some((w) => compare(w, v))
    return set === 'ForAllValues:' ? values.every(one) : values.some(one)
  })
}

/** @param {string} base @returns {((wanted: string, value: string) => boolean) | null} */
function comparison(base) {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
    case 'ArnEquals':
    case 'ArnNotEquals':
      return (w, v) => (base.startsWith('Arn') ? globMatch(w, v) : w === v)
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return (w, v) => w.toLowerCase() === v.toLowerCase()
    case 'StringLike':
    case 'StringNotLike':
    case 'ArnLike':
    case 'ArnNotLike':
      return (w, v) => globMatch(w, v)
    case 'Bool':
      return (w, v) => w.toLowerCase() === v.toLowerCase()
    case 'Null':
      return () => true
    default:
      return null
  }
}

/** @param {any} statement @param {Request} request */
export function statementApplies(statement, request) {
  if (request.principal === null) {
    if (statement.Principal !== undefined || statement.NotPrincipal !== undefined) return false
  } else if (statement.NotPrincipal !== undefined) {
    if (principalMatches(statement.NotPrincipal, request.principal)) return false
  } else if (!principalMatches(statement.Principal, request.principal)) return false
  const actionMatch = (/** @type {unknown} */ list) =>
    asList(list).some((/** @type {string} */ a) => globMatch(String(a), request.action, true))
  if (statement.NotAction !== undefined ? actionMatch(statement.NotAction) : !actionMatch(statement.Action))
    return false
  const resourceMatch = (/** @type {unknown} */ list) =>
    asList(list).some((/** @type {string} */ r) => globMatch(String(r), request.resource))
  if (statement.NotResource !== undefined) {
    if (resourceMatch(statement.NotResource)) return false
  } else if (statement.Resource !== undefined && !resourceMatch(statement.Resource)) return false
  const conditions = statement.Condition && typeof statement.Condition === 'object' ? statement.Condition : {}
  return Object.entries(conditions).every(
    ([operator, keys]) =>
      operatorHolds(operator, /** @type {Record<string, unknown>} */ (keys ?? {}), request.context) === true
  )
}

/**
 * What the policy says of the request: 'deny' (an explicit Deny applies), 'allow' (an Allow does and no
 * Deny), 'none' (nothing applies: the implicit deny).
 * @param {unknown} policy @param {Request} request @returns {'allow' | 'deny' | 'none'}
 */
export function evaluate(policy, request) {
  const statements = statementsOf(policy)
  if (statements.some((s) => s?.Effect === 'Deny' && statementApplies(s, request))) return 'deny'
  return statements.some((s) => s?.Effect === 'Allow' && statementApplies(s, request)) ? 'allow' : 'none'
}
