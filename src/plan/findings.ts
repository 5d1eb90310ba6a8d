// How a check says what it found: the finding builder every check uses.
import { isAccessDenied } from '../aws/errors.js'
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import type { ReadFailure } from '../observe/types.js'
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

/** A prerequisite check's step: its finding and, when apply can fix what it found, the changes. */
export function prerequisite({
  changes,
  ...found
}: Omit<FindingOf, 'category'> & { readonly changes?: readonly Change[] }): Step {
  return { finding: finding({ ...found, category: 'prerequisite' }), ...(changes ? { changes } : {}) }
}

/** A read that failed: the check cannot be made, so it blocks, and says which permission is missing. */
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
  const denied = isAccessDenied(failure.code)
  return prerequisite({
    id,
    severity,
    title,
    detail: denied
      ? `${failure.action} was denied (${failure.code}), so this could not be checked.`
      : `${failure.action} failed (${failure.code}: ${failure.message}), so this could not be checked.`,
    remediation: denied
      ? `Allow "${failure.action}" in the permission policy of the role org-trail uses (see the README's IAM policy).`
      : 'Run again; if it persists, check the AWS Health Dashboard and the request id in the log.'
  })
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
