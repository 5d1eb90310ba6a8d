import type { IamAction } from '../aws/actions.js'
import type { Identity } from '../aws/session.js'

/** A read that was not possible (not allowed, or failed for good) is data for the plan, not a crash. */
export interface ReadFailure {
  readonly action: IamAction
  readonly code: string
  readonly message: string
}

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ReadFailure }

export interface Organization {
  readonly id: string
  /** ALL or CONSOLIDATED_BILLING. */
  readonly featureSet: string
  readonly managementAccountId: string
}

/** The trail as CloudTrail reports it. */
export interface TrailConfig {
  readonly name: string
  readonly arn: string
  readonly homeRegion: string
  readonly s3BucketName: string
  /** Empty when none. */
  readonly s3KeyPrefix: string
  readonly isOrganizationTrail: boolean
  readonly isMultiRegionTrail: boolean
  readonly includeGlobalServiceEvents: boolean
  readonly logFileValidationEnabled: boolean
  readonly kmsKeyId?: string
  readonly cloudWatchLogsLogGroupArn?: string
  readonly snsTopicArn?: string
}

export interface TrailStatus {
  readonly isLogging: boolean
  readonly latestDeliveryTime?: Date
  readonly latestDeliveryError?: string
  readonly latestDigestDeliveryTime?: Date
  readonly latestDigestDeliveryError?: string
}

/** What the trail logs of management events, for the multi-region posture control. */
export interface ManagementEventCoverage {
  /** True when management events are logged with ReadWriteType All (or read and write). */
  readonly readAndWrite: boolean
  /** True when some selector logs management events at all. */
  readonly any: boolean
}

export interface PublicAccessBlock {
  readonly blockPublicAcls: boolean
  readonly ignorePublicAcls: boolean
  readonly blockPublicPolicy: boolean
  readonly restrictPublicBuckets: boolean
}

export interface ObservedBucket {
  readonly name: string
  /** The bucket's region; null when the bucket does not exist. */
  readonly region: Read<string | null>
  /** The policy text; null when the bucket has none. */
  readonly policy: Read<string | null>
  readonly requesterPays: Read<boolean>
  /** null when the bucket has no public access block of its own. */
  readonly publicAccessBlock: Read<PublicAccessBlock | null>
  readonly policyIsPublic: Read<boolean>
  readonly accessLogging: Read<boolean>
}

/** The trail this run manages, as found. */
export interface ObservedTrail {
  readonly config: TrailConfig
  readonly status: Read<TrailStatus>
  readonly managementEvents: Read<ManagementEventCoverage>
}

/** Everything the plan needs, read concurrently before any decision. */
export interface Observed {
  readonly identity: Identity
  /** The declared home region. */
  readonly region: string
  /** null: the account is in no organization. */
  readonly organization: Read<Organization | null>
  readonly trustedAccess: Read<boolean>
  /** Asked only when the caller is not the management account; null when not asked. */
  readonly delegatedAdministrator: Read<boolean> | null
  readonly serviceLinkedRoles: {
    readonly organizations: Read<boolean>
    readonly cloudtrail: Read<boolean>
  }
  readonly bucket: ObservedBucket
  /** Every trail DescribeTrails shows in the home region, shadows of multi-region trails included. */
  readonly trails: Read<readonly TrailConfig[]>
  /** null: the trail does not exist. */
  readonly trail: ObservedTrail | null
}
