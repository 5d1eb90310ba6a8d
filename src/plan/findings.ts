// How a check says what it found: the finding builder every check uses.
import { explainDenial } from '../aws/explain.js'
import { isAccessDenied } from '../aws/errors.js'
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import type { ReadFailure } from '../observe/types.js'
import type { Statement } from '../policy/document.js'
import type { UnknownDeny } from '../policy/evaluate.js'
import type { Step } from './context.js'
import type { Change, Finding, Severity } from './types.js'

/** A finding, every part by name; the remediation is left out when there is nothing to do. */
type FindingOf = Omit<Finding, 'remediation' | 'control'> & { readonly remediation?: string }

export function finding({ id, category, severity, title, detail, remediation = '' }: FindingOf): Finding {
  return { id, category, severity, title, detail, remediation }
}

/** Statements or a policy as a remediation shows them: indented JSON, ready to paste. */
export function pasteable(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

/** A policy document of `statements` alone: paste-ready for a resource that has none, else its Statement list. */
export function policyDocumentOf(statements: readonly Statement[]): string {
  return pasteable({ Version: '2012-10-17', Statement: statements })
}

/** A prerequisite check's step: its finding and, when apply can fix what it found, the changes. */
export function prerequisite({
  changes,
  ...found
}: Omit<FindingOf, 'category'> & { readonly changes?: readonly Change[] }): Step {
  return { finding: finding({ ...found, category: 'prerequisite' }), ...(changes ? { changes } : {}) }
}

/** A read that failed: the check cannot be made, so it blocks, and says what refused it and what can fix it. */
export function unreadable({
  id,
  title,
  failure,
  severity = 'blocker'
}: {
  readonly id: string
  readonly title: string
  readonly failure: ReadFailure
  readonly severity?: Severity
}): Step {
  const { what, why, remediation } = failedRead(failure)
  return prerequisite({ id, severity, title, detail: `${what}, so this could not be checked.${why}`, remediation })
}

/**
 * Why a read failed, and what to do: a denial named for the policy that refused it (only the role's own is
 * fixed in the role's policy), else AWS's answer. `what` is a clause (the caller says what it cost), `why`
 * '' or a sentence after it.
 */
export function failedRead(failure: ReadFailure): {
  readonly what: string
  readonly why: string
  readonly remediation: string
} {
  if (!isAccessDenied(failure.code))
    return {
      what: `${failure.action} failed (${failure.code}: ${failure.message})`,
      why: '',
      remediation: 'Run again; if it persists, check the AWS Health Dashboard and the request id in the log.'
    }
  const denial = explainDenial(failure.action, failure.message)
  if (denial.roleOwn)
    return { what: `${failure.action} was denied (${failure.code})`, why: '', remediation: denial.fix }
  return {
    what: `${failure.action} was refused (${failure.code}) by ${denial.named ?? 'an explicit Deny'}`,
    why: ` ${denial.why}`,
    remediation: denial.fix
  }
}

/**
 * A Deny that may apply to CloudTrail's request, but depends on what the model of that request does not
 * carry: no blocker (it would mostly be a false alarm), but named, with why it could not be evaluated.
 */
export function unevaluatedDenies(id: string, where: string, unknown: readonly UnknownDeny[]): Step[] {
  if (unknown.length === 0) return []
  return [
    prerequisite({
      id,
      severity: 'warning',
      title: `${unknown.length === 1 ? 'A Deny' : `${unknown.length} Deny statements`} in ${where} could not be evaluated`,
      detail: `${unknown.map((u) => `${u.label}: ${u.reasons.join('; ')}`).join('. ')}. org-trail does not count ${unknown.length === 1 ? 'it' : 'them'} as denying CloudTrail; if CloudTrail is refused, this is why.`,
      remediation: `# Exempt CloudTrail explicitly, e.g. with this condition on each statement:
${JSON.stringify({ StringNotEquals: { 'aws:PrincipalServiceName': CLOUDTRAIL_PRINCIPAL } })}`
    })
  ]
}
