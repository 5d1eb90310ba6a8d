import { isAccessDenied } from '../aws/errors.js'
import type { Observed, Organization, ReadFailure } from '../observe/types.js'
import type { Settings, TrailDeclaration } from '../settings/types.js'
import type { Category, Change, Finding, Severity } from './types.js'

/** Facts derived once from the snapshot and shared by every check. */
export interface PlanContext {
  readonly settings: Settings
  /** The declared trail with its references resolved as AWS reports them (KMS key and SNS topic ARNs). */
  readonly declared: TrailDeclaration
  readonly observed: Observed
  /** The organization, when it could be read and the account is in one. */
  readonly organization: Organization | null
  /** The account whose id the trail ARN and the AWSLogs/ path carry. */
  readonly managementAccountId: string
  readonly callerIsManagement: boolean
  readonly trailArn: string
  /** Where the trail's writes go: its home region. */
  readonly homeRegion: string
}

/** What one check contributes: its finding and, when it can be fixed by the action, the fix. */
export interface Step {
  readonly finding: Finding
  readonly changes?: readonly Change[]
}

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
