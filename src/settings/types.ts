export type Mode = 'apply' | 'check'

/** The trail as the workflow declares it. */
export interface TrailDeclaration {
  readonly name: string
  readonly s3BucketName: string
  /** Empty when logs go to the bucket root. */
  readonly s3KeyPrefix: string
  readonly isOrganizationTrail: boolean
  readonly isMultiRegionTrail: boolean
  readonly includeGlobalServiceEvents: boolean
  readonly enableLogFileValidation: boolean
  /** KMS key id, ARN or alias; empty when the trail's encryption is not managed. */
  readonly kmsKeyId: string
  /** With its trailing ":*"; empty (with the role) when CloudWatch Logs delivery is not managed. */
  readonly cloudWatchLogsLogGroupArn: string
  readonly cloudWatchLogsRoleArn: string
  /** Topic name or ARN; empty when notifications are not managed. */
  readonly snsTopicName: string
}

import type { AdvancedSelectorDeclaration, EventSelectorDeclaration, InsightSelectorDeclaration } from './selectors.js'
import type { LogIntegritySettings } from './log-integrity.js'
import type { Tags } from './tags.js'

export type Auth =
  | {
      readonly kind: 'oidc'
      readonly roleArn: string
      readonly sessionName: string
      readonly durationSeconds: number
      readonly audience: string
    }
  | { readonly kind: 'default-chain' }

export interface Settings {
  readonly mode: Mode
  /** Home region of the trail: where it is created and where its writes go. */
  readonly region: string
  readonly trail: TrailDeclaration
  readonly startLogging: boolean
  readonly enableTrustedAccess: boolean
  readonly manageBucketPolicy: boolean
  readonly allowDestructiveChanges: boolean
  /** Another organization trail may exist beside the declared one: a warning, not a blocker. */
  readonly allowSecondOrganizationTrail: boolean
  readonly failOnDrift: boolean
  readonly failOnPosture: boolean
  readonly maskAccountId: boolean
  readonly auth: Auth
  /** Empty when no pull-request comment is wanted. */
  readonly githubToken: string
  readonly manageKmsKeyPolicy: boolean
  /** null: not declared, so whatever the trail has is kept. At most one of the two is set. */
  readonly eventSelectors: readonly EventSelectorDeclaration[] | null
  readonly advancedEventSelectors: readonly AdvancedSelectorDeclaration[] | null
  /** null: not declared; [] turns Insights off. */
  readonly insightSelectors: readonly InsightSelectorDeclaration[] | null
  /** Declared tags: added or updated, never removed. */
  readonly tags: Tags
  /** Who manages the trail (repository, workflow): recorded along with any other change, never alone. */
  readonly provenanceTags: Tags
  readonly createBucket: boolean
  /** Where the run's JSON report is written (report-path, else a file under RUNNER_TEMP). */
  readonly reportPath: string
  /** The member-account trail inventory; null when member-role-name is empty (off). */
  readonly members: MemberInventorySettings | null
  /** The Log Archive account's role (log-archive-role-arn); null when empty. */
  readonly logArchive: LogArchiveSettings | null
  /**
   * Every input by name as this run uses it, for the run report: trimmed, defaults applied, the defaults
   * computed from the job resolved, a secret input "***" when set.
   */
  readonly effectiveInputs: Readonly<Record<string, string>>
  /** Log verification (verify-logs and its inputs); null when verify-logs is empty (off). */
  readonly logIntegrity: LogIntegritySettings | null
}

export interface LogArchiveSettings {
  /** Assumed from the management session: the bucket (and a key of that account) are reached through it. */
  readonly roleArn: string
  /** The run's own session name, so that the Log Archive account's CloudTrail traces writes to the run. */
  readonly sessionName: string
}

export interface MemberInventorySettings {
  /** The role assumed in every member account: arn:<partition>:iam::<account>:role/<roleName>. */
  readonly roleName: string
  /** Accounts inspected at once. */
  readonly concurrency: number
  /** Session name of each member session, the same as the run's own: traceable to the run in CloudTrail. */
  readonly sessionName: string
}

/** Raw input values by input name, as the runner passes them (already trimmed). */
export type RawInputs = Readonly<Record<string, string>>

/** One problem with one input, phrased for the person who wrote the workflow. */
export interface InputProblem {
  readonly input: string
  readonly message: string
}

/** An input, or a value of one, that still works but will go: a warning in the log, never a failure. */
export interface Deprecation {
  readonly input: string
  readonly message: string
}
