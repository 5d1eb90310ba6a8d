// IAM policy documents as data: their shape, parsing, and the small helpers every policy needs.

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

/** How a statement is named in a finding: its Sid, else its position in the policy. */
export function statementLabel(statement: Statement, index: number): string {
  return statement.Sid ? `"${statement.Sid}"` : `statement ${index + 1} (no Sid)`
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

export function policyText(policy: PolicyDocument): string {
  return JSON.stringify(policy)
}

export function policyBytes(policy: PolicyDocument): number {
  return Buffer.byteLength(policyText(policy), 'utf8')
}
