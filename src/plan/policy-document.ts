// IAM policy documents as data, and the question every prerequisite asks of one: does some statement
// allow this principal this action on this resource, in the context CloudTrail's request will carry?
// Conservative by design: what we cannot evaluate counts as not granting.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export interface Statement {
  Sid?: string
  Effect?: string
  Principal?: Json
  Action?: string | string[]
  Resource?: string | string[]
  Condition?: Record<string, Record<string, string | string[]>>
  [key: string]: Json | undefined
}

export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement: Statement[]
  [key: string]: Json | Statement[] | undefined
}

/** What is asked: who (a service principal, or any for identity policies), what, on what, with which context. */
export interface Request {
  /** A service principal such as cloudtrail.amazonaws.com; undefined for an identity-based policy. */
  readonly service?: string
  readonly action: string
  /** Absent for a trust policy, whose statements name no resource. */
  readonly resource?: string
  /** Condition keys (lower case) and the value the request carries for each. */
  readonly context: Readonly<Record<string, string>>
}

export class PolicyParseError extends Error {}

export function parsePolicyDocument(text: string | null, what = 'policy'): PolicyDocument | null {
  if (text === null || text.trim() === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new PolicyParseError(`the ${what} is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PolicyParseError(`the ${what} is not a JSON object`)
  }
  const doc = parsed as { Statement?: unknown }
  // IAM accepts a single statement object; a one-element list means the same.
  const statements = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  return { ...(parsed as PolicyDocument), Statement: statements as Statement[] }
}

export const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** IAM's wildcard match: `*` any run of characters, `?` one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  // "?" is one character of a key, never the "*" of a required pattern such as ".../AWSLogs/111111111111/*".
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '[^*]')
  return new RegExp(`^${escaped}$`, ignoreCase ? 'i' : '').test(value)
}

export function principalServices(principal: Json | undefined): string[] {
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return []
  const service = principal.Service
  return typeof service === 'string'
    ? [service]
    : Array.isArray(service)
      ? service.filter((s): s is string => typeof s === 'string')
      : []
}

type Verdict = boolean | 'unknown'

/** AWS's condition operators, with its rules for a key the request does not carry. */
function operatorHolds(operator: string, values: string[], actual: string | undefined): Verdict {
  const ifExists = /IfExists$/.test(operator)
  const base = operator.replace(/IfExists$/, '')
  if (base === 'Null') return values.some((v) => (v === 'true') === (actual === undefined))
  if (actual === undefined) {
    if (ifExists) return true
    return /Not/.test(base) ? true : /^(String|Arn|Bool)/.test(base) ? false : 'unknown'
  }
  const lower = (v: string) => v.toLowerCase()
  switch (base) {
    case 'StringEquals':
    case 'ArnEquals':
      return values.includes(actual)
    case 'StringNotEquals':
    case 'ArnNotEquals':
      return !values.includes(actual)
    case 'StringEqualsIgnoreCase':
      return values.map(lower).includes(lower(actual))
    case 'StringNotEqualsIgnoreCase':
      return !values.map(lower).includes(lower(actual))
    case 'StringLike':
    case 'ArnLike':
      return values.some((v) => wildcardMatch(v, actual))
    case 'StringNotLike':
    case 'ArnNotLike':
      return !values.some((v) => wildcardMatch(v, actual))
    case 'Bool':
      return values.map(lower).includes(lower(actual))
    default:
      return 'unknown'
  }
}

/** Whether every condition holds for the request's context; 'unknown' when one cannot be evaluated. */
export function evaluateConditions(condition: Statement['Condition'], context: Request['context']): Verdict {
  if (condition === undefined) return true
  let verdict: Verdict = true
  for (const [operator, entries] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(entries ?? {})) {
      const holds = operator.includes(':')
        ? 'unknown'
        : operatorHolds(operator, list(values), context[key.toLowerCase()])
      if (holds === false) return false
      if (holds === 'unknown') verdict = 'unknown'
    }
  }
  return verdict
}

/** For grants: a condition we cannot evaluate counts as not holding. */
export function conditionsHold(condition: Statement['Condition'], context: Request['context']): boolean {
  return evaluateConditions(condition, context) === true
}

function matchesTarget(statement: Statement, request: Request): boolean {
  if (!list(statement.Action).some((a) => wildcardMatch(a, request.action, true))) return false
  const resource = request.resource
  return resource === undefined || list(statement.Resource).some((r) => wildcardMatch(r, resource))
}

/** Whether the statement allows the request. A required resource may itself be a pattern (a log stream prefix). */
export function statementAllows(statement: Statement, request: Request): boolean {
  if (statement.Effect !== 'Allow') return false
  if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined)
    return false
  if (request.service !== undefined && !principalServices(statement.Principal).includes(request.service)) return false
  return matchesTarget(statement, request) && conditionsHold(statement.Condition, request.context)
}

function principalIncludes(principal: Json | undefined, service: string | undefined): boolean {
  if (principal === '*') return true
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return service === undefined
  const aws = principal.AWS
  if (aws === '*' || (Array.isArray(aws) && aws.includes('*'))) return true
  return service === undefined || principalServices(principal).includes(service)
}

/**
 * Whether an explicit Deny applies to the request: AWS evaluates these before any Allow. A Deny whose
 * conditions cannot be evaluated is not counted (it would mostly be a false alarm); inverted forms
 * (NotAction, NotResource) are not evaluated either.
 */
export function statementDenies(statement: Statement, request: Request): boolean {
  if (statement.Effect !== 'Deny') return false
  if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined)
    return false
  if (request.service !== undefined && !principalIncludes(statement.Principal, request.service)) return false
  return matchesTarget(statement, request) && evaluateConditions(statement.Condition, request.context) === true
}

export function allows(policy: PolicyDocument | null, request: Request): boolean {
  const statements = policy?.Statement ?? []
  return statements.some((s) => statementAllows(s, request)) && !statements.some((s) => statementDenies(s, request))
}

/** Adds values to a string-or-list, keeping the original shape when nothing is added. */
export function unionKeep(existing: string | string[] | undefined, added: string[]): string | string[] {
  const current = list(existing)
  const extra = added.filter((v) => !current.includes(v))
  if (extra.length === 0 && existing !== undefined) return existing
  return [...current, ...extra]
}

/** A short, stable suffix for per-trail Sids (Sids allow only letters and digits). */
export function sidSuffix(text: string): string {
  let hash = 2166136261
  for (const ch of text) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0
  return hash.toString(36)
}
