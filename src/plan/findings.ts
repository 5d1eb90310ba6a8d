// How a check says what it found: the finding builder every check uses.
import { isAccessDenied } from '../aws/errors.js'
import { CLOUDTRAIL_PRINCIPAL } from '../aws/cloudtrail.js'
import type { ReadFailure } from '../observe/types.js'
import type { UnknownDeny } from '../policy/evaluate.js'
import type { Step } from './context.js'
import type { Category, Finding, Severity } from './types.js'

const P = 'prerequisite' as const

export function finding(
  id: string,
  category: Category,
  severity: Severity,
  title: string,
  detail: string,
  remediation = ''
): Finding {
  return { id, category, severity, title, detail, remediation }
}

/** A read that failed: the check cannot be made, so it blocks, and says which permission is missing. */
export function unreadable(id: string, title: string, failure: ReadFailure, severity: Severity = 'blocker'): Step {
  const denied = isAccessDenied(failure.code)
  return {
    finding: finding(
      id,
      'prerequisite',
      severity,
      title,
      denied
        ? `${failure.action} was denied (${failure.code}), so this could not be checked.`
        : `${failure.action} failed (${failure.code}: ${failure.message}), so this could not be checked.`,
      denied
        ? `Allow "${failure.action}" in the permission policy of the role org-trail uses (see the README's IAM policy).`
        : 'Run again; if it persists, check the AWS Health Dashboard and the request id in the log.'
    )
  }
}

/**
 * A Deny that may apply to CloudTrail's request, but depends on what the model of that request does not
 * carry: no blocker (it would mostly be a false alarm), but named, with why it could not be evaluated.
 */
export function unevaluatedDenies(id: string, where: string, unknown: readonly UnknownDeny[]): Step[] {
  if (unknown.length === 0) return []
  return [
    {
      finding: finding(
        id,
        P,
        'warning',
        `${unknown.length === 1 ? 'A Deny' : `${unknown.length} Deny statements`} in ${where} could not be evaluated`,
        `${unknown.map((u) => `${u.label}: ${u.reasons.join('; ')}`).join('. ')}. org-trail does not count ${unknown.length === 1 ? 'it' : 'them'} as denying CloudTrail; if CloudTrail is refused, this is why.`,
        `# Exempt CloudTrail explicitly, e.g. with this condition on each statement:
${JSON.stringify({ StringNotEquals: { 'aws:PrincipalServiceName': CLOUDTRAIL_PRINCIPAL } })}`
      )
    }
  ]
}
