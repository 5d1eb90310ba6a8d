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

export const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** IAM's wildcard match: `*` any run of characters, `?` one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, ignoreCase ? 'i' : '').test(value)
}

export function principalServices(principal: Json | undefined): string[] {
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return []
  const service = principal.Service
  return typeof service === 'string' ? [service] : Array.isArray(service) ? service.filter((s): s is string => typeof s === 'string') : []
}

const SUPPORTED_OPERATORS = /^(StringEquals|ArnEquals|StringLike|ArnLike)$/i

/** Every condition must hold for the request's context; unknown operators or keys do not hold. */
export function conditionsHold(condition: Statement['Condition'], context: Request['context']): boolean {
  if (condition === undefined) return true
  for (const [operator, entries] of Object.entries(condition)) {
    if (!SUPPORTED_OPERATORS.test(operator)) return false
    const like = /like$/i.test(operator)
    for (const [rawKey, rawValues] of Object.entries(entries ?? {})) {
      const actual = context[rawKey.toLowerCase()]
      if (actual === undefined) return false
      if (!list(rawValues).some((v) => (like ? wildcardMatch(v, actual) : v === actual))) return false
    }
  }
  return true
}

/**
 * Whether the statement allows the request. A required resource may itself be a pattern (a log stream
 * prefix, say): a granted pattern covers it when it matches the pattern's text.
 */
export function statementAllows(statement: Statement, request: Request): boolean {
  if (statement.Effect !== 'Allow') return false
  if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined) return false
  if (request.service !== undefined && !principalServices(statement.Principal).includes(request.service)) return false
  if (!list(statement.Action).some((a) => wildcardMatch(a, request.action, true))) return false
  const resource = request.resource
  if (resource !== undefined && !list(statement.Resource).some((r) => wildcardMatch(r, resource))) return false
  return conditionsHold(statement.Condition, request.context)
}

export function allows(policy: PolicyDocument | null, request: Request): boolean {
  return (policy?.Statement ?? []).some((s) => statementAllows(s, request))
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
