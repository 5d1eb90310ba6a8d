import type { Observed, Organization } from '../observe/types.js'
import type { Settings, TrailDeclaration } from '../settings/types.js'
import type { Change, Finding, Manager } from './types.js'
import type { FoundGrant } from './types.js'

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
  /** The system that manages the trail (Control Tower, LZA): then org-trail writes nothing to it, its bucket or its key. */
  readonly managedBy: Manager | null
}

/** What one check contributes: its finding and, when it can be fixed by the action, the fix. */
export interface Step {
  readonly finding: Finding
  readonly changes?: readonly Change[]
  /** A grant the check found in place, which AWS may not see yet if it was made moments ago. */
  readonly found?: FoundGrant
}
