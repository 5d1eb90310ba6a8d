// Whether a policy allows or denies one request, evaluated as AWS evaluates it, with a third answer:
// "unknown", when a statement depends on something the model of the request does not carry. A grant
// counts only when it surely holds; a Deny blocks only when it surely applies, and an unknown one is
// reported with the reason it could not be evaluated.
import {
  list,
  principalServices,
  statementLabel,
  wildcardMatch,
  type Json,
  type PolicyDocument,
  type Statement
} from './document.js'

export type Verdict = boolean | 'unknown'

/** What is asked: who (a service principal, or any for identity policies), what, on what, with which context. */
export interface Request {
  /** A service principal such as cloudtrail.amazonaws.com; undefined for an identity-based policy. */
  readonly service?: string
  readonly action: string
  /** Absent for a trust policy, whose statements name no resource. */
  readonly resource?: string
  /** Condition keys (lower case) the request carries, and the value of each. */
  readonly context: Readonly<Record<string, string>>
  /**
   * Condition keys (lower case) the request is known not to carry; `family/*` names every key of a family
   * (aws:principaltag/*). A key neither carried nor listed here is unknown: the model does not say.
   */
  readonly absent?: readonly string[]
}

export interface Evaluation {
  readonly verdict: Verdict
  /** Why the verdict is unknown; empty otherwise. */
  readonly reasons: readonly string[]
}

const TRUE: Evaluation = { verdict: true, reasons: [] }
const FALSE: Evaluation = { verdict: false, reasons: [] }
const unknown = (reason: string): Evaluation => ({ verdict: 'unknown', reasons: [reason] })

/** Operators that hold when their key is absent (AWS: "requires that the key is not matched"). */
const NEGATED = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'ArnNotEquals',
  'ArnNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress'
])
const OPERATORS = new Set([
  ...NEGATED,
  'StringEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'ArnEquals',
  'ArnLike',
  'NumericEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'Null'
])

function isAbsent(key: string, absent: readonly string[] | undefined): boolean {
  return (absent ?? []).some((a) => (a.endsWith('*') ? key.startsWith(a.slice(0, -1)) : a === key))
}

/** One value compared by a base operator (no IfExists, no set qualifier); undefined: not evaluated. */
function compare(base: string, expected: string[], actual: string): boolean | undefined {
  const lower = (v: string) => v.toLowerCase()
  switch (base) {
    case 'StringEquals':
    case 'ArnEquals':
      return expected.includes(actual)
    case 'StringNotEquals':
    case 'ArnNotEquals':
      return !expected.includes(actual)
    case 'StringEqualsIgnoreCase':
      return expected.map(lower).includes(lower(actual))
    case 'StringNotEqualsIgnoreCase':
      return !expected.map(lower).includes(lower(actual))
    case 'StringLike':
    case 'ArnLike':
      return expected.some((v) => wildcardMatch(v, actual))
    case 'StringNotLike':
    case 'ArnNotLike':
      return !expected.some((v) => wildcardMatch(v, actual))
    case 'Bool':
      return expected.map(lower).includes(lower(actual))
    default:
      return undefined
  }
}

/** One key of one condition operator, under AWS's rules for a key the request does not carry. */
export function conditionVerdict(
  operator: string,
  key: string,
  values: string | string[],
  request: Request
): Evaluation {
  const expected = list(values).map(String)
  const colon = operator.indexOf(':')
  const qualifier = colon === -1 ? undefined : operator.slice(0, colon)
  const op = colon === -1 ? operator : operator.slice(colon + 1)
  const ifExists = op.endsWith('IfExists')
  const base = ifExists ? op.slice(0, -'IfExists'.length) : op
  const name = key.toLowerCase()
  const actual = request.context[name]
  const absent = actual === undefined && isAbsent(name, request.absent)
  const where = `${operator} on ${key}`

  if (!OPERATORS.has(base) || (qualifier !== undefined && qualifier !== 'ForAnyValue' && qualifier !== 'ForAllValues'))
    return unknown(`${where}: the operator is not one IAM knows`)
  if (actual === undefined && !absent) return unknown(`${where}: the request model does not say what ${key} is`)
  if (base === 'Null') return expected.some((v) => (v.toLowerCase() === 'true') === absent) ? TRUE : FALSE
  if (absent) {
    // A set of no values: "any" has none that matches, "all" holds vacuously.
    if (qualifier === 'ForAnyValue') return FALSE
    if (qualifier === 'ForAllValues') return TRUE
    return ifExists || NEGATED.has(base) ? TRUE : FALSE
  }
  if (expected.some((v) => v.includes('${'))) return unknown(`${where}: the value uses a policy variable`)
  if (qualifier !== undefined) return unknown(`${where}: set operators are not evaluated on a single-valued key`)
  const holds = compare(base, expected, actual as string)
  if (holds === undefined) return unknown(`${where}: ${base} is not evaluated`)
  return holds ? TRUE : FALSE
}

/** Every condition of a statement must hold: false wins over unknown, unknown over true. */
function evaluateConditions(condition: Statement['Condition'], request: Request): Evaluation {
  if (condition === undefined) return TRUE
  const reasons: string[] = []
  for (const [operator, entries] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(entries ?? {})) {
      const one = conditionVerdict(operator, key, values, request)
      if (one.verdict === false) return FALSE
      reasons.push(...one.reasons)
    }
  }
  return reasons.length > 0 ? { verdict: 'unknown', reasons } : TRUE
}

/** Whether a Deny's principal covers the request's: `*`, `{"AWS": "*"}` and the service itself do. */
function principalCovers(principal: Json | undefined, service: string | undefined): boolean {
  if (principal === '*') return true
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return service === undefined
  const aws = principal.AWS
  if (aws === '*' || (Array.isArray(aws) && aws.includes('*'))) return true
  return service === undefined || principalServices(principal).includes(service)
}

const matchesAny = (patterns: string | string[] | undefined, value: string, ignoreCase = false) =>
  list(patterns).some((p) => wildcardMatch(p, value, ignoreCase))

/** Whether a Deny names the request's principal, action and resource (Not* elements as AWS reads them). */
function denyTargets(statement: Statement, request: Request): boolean {
  const principal =
    statement.NotPrincipal !== undefined
      ? !(request.service !== undefined && principalCovers(statement.NotPrincipal, request.service))
      : request.service === undefined || principalCovers(statement.Principal, request.service)
  const notAction = statement.NotAction as string | string[] | undefined
  const action =
    notAction !== undefined
      ? !matchesAny(notAction, request.action, true)
      : matchesAny(statement.Action, request.action, true)
  const resource = request.resource
  const notResource = statement.NotResource as string | string[] | undefined
  const onResource =
    resource === undefined ||
    (notResource !== undefined ? !matchesAny(notResource, resource) : matchesAny(statement.Resource, resource))
  return principal && action && onResource
}

/**
 * Whether an Allow grants the request. Conservative: only an Allow that names the service itself, and no
 * inverted element, counts; a required resource may itself be a pattern (a log path, a log stream prefix).
 */
function allowVerdict(statement: Statement, request: Request): Evaluation {
  if (statement.Effect !== 'Allow') return FALSE
  if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined)
    return FALSE
  if (request.service !== undefined && !principalServices(statement.Principal).includes(request.service)) return FALSE
  if (!matchesAny(statement.Action, request.action, true)) return FALSE
  if (request.resource !== undefined && !matchesAny(statement.Resource, request.resource)) return FALSE
  return evaluateConditions(statement.Condition, request)
}

/** Whether an explicit Deny applies to the request: AWS evaluates these before any Allow. */
export function denyVerdict(statement: Statement, request: Request): Evaluation {
  if (statement.Effect !== 'Deny' || !denyTargets(statement, request)) return FALSE
  return evaluateConditions(statement.Condition, request)
}

function statementAllows(statement: Statement, request: Request): boolean {
  return allowVerdict(statement, request).verdict === true
}

function statementDenies(statement: Statement, request: Request): boolean {
  return denyVerdict(statement, request).verdict === true
}

/** Allowed: some Allow surely grants and no Deny surely applies (an unknown Deny is reported, not counted). */
export function allows(policy: PolicyDocument | null, request: Request): boolean {
  const statements = policy?.Statement ?? []
  return statements.some((s) => statementAllows(s, request)) && !statements.some((s) => statementDenies(s, request))
}

/** A Deny that may or may not apply to the requests: which one, and why it could not be evaluated. */
export interface UnknownDeny {
  /** Its Sid in quotes, or its position when it has none. */
  readonly label: string
  readonly statement: Statement
  readonly reasons: readonly string[]
}

export interface DenyAnalysis {
  /** Statements that surely deny one of the requests. */
  readonly denying: readonly Statement[]
  /** Statements that deny none surely but may deny one. */
  readonly unknown: readonly UnknownDeny[]
}

/** Sorts a policy's Deny statements by what they do to a set of requests. */
export function analyzeDenies(policy: PolicyDocument | null, requests: readonly Request[]): DenyAnalysis {
  const denying: Statement[] = []
  const unknownDenies: UnknownDeny[] = []
  ;(policy?.Statement ?? []).forEach((statement, index) => {
    const verdicts = requests.map((r) => denyVerdict(statement, r))
    if (verdicts.some((v) => v.verdict === true)) denying.push(statement)
    else if (verdicts.some((v) => v.verdict === 'unknown'))
      unknownDenies.push({
        label: statementLabel(statement, index),
        statement,
        reasons: [...new Set(verdicts.flatMap((v) => v.reasons))]
      })
  })
  return { denying, unknown: unknownDenies }
}
