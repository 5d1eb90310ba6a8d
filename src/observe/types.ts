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

/** One trail of the account as ListTrails names it: wherever it lives, with its home region. */
export interface TrailSummary {
  readonly name: string
  readonly arn: string
  readonly homeRegion: string
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
  readonly cloudWatchLogsRoleArn?: string
  readonly snsTopicArn?: string
}

export interface KmsKey {
  readonly arn: string
  readonly region: string
  /** Enabled, Disabled, PendingDeletion… */
  readonly keyState: string
  readonly symmetric: boolean
  /** CUSTOMER, or AWS for a key AWS manages for a service (alias/aws/s3…): CloudTrail needs a customer managed key. */
  readonly keyManager: string
  /** null: no policy; always null when foreignAccountId is set, as its policy cannot be read. */
  readonly policy: string | null
  /**
   * The account the key belongs to, when it is not the account of the session that read it: KMS serves
   * GetKeyPolicy and PutKeyPolicy only in the key's own account, so its policy was not read.
   */
  readonly foreignAccountId?: string
  /** Automatic rotation of the key material (posture KMS.4). */
  readonly rotationEnabled: Read<boolean>
}

export interface CloudWatchRole {
  readonly arn: string
  readonly trustPolicy: string | null
  /** Every permission policy document of the role, inline and attached. */
  readonly policies: readonly string[]
}

export interface SnsTopic {
  readonly arn: string
  readonly policy: string | null
}

/** Selectors as CloudTrail reports them: either list may be empty. */
export interface ObservedSelectors {
  readonly event: readonly EventSelectorState[]
  readonly advanced: readonly AdvancedSelectorState[]
}

export interface EventSelectorState {
  readonly ReadWriteType?: string | undefined
  readonly IncludeManagementEvents?: boolean | undefined
  readonly DataResources?:
    readonly { readonly Type?: string | undefined; readonly Values?: readonly string[] | undefined }[] | undefined
  readonly ExcludeManagementEventSources?: readonly string[] | undefined
}

export interface AdvancedSelectorState {
  readonly Name?: string | undefined
  readonly FieldSelectors?: readonly Readonly<Record<string, unknown>>[] | undefined
}

export interface InsightSelectorState {
  readonly InsightType?: string | undefined
  readonly EventCategories?: readonly string[] | undefined
}

/** What GetTrailStatus says (its fields "no longer in use" left out); each time or error absent when none. */
export interface TrailStatus {
  readonly isLogging: boolean
  /** The most recent StartLogging and StopLogging. */
  readonly startLoggingTime?: Date
  readonly stopLoggingTime?: Date
  /** The latest log file delivered to the bucket; absent until the first one. */
  readonly latestDeliveryTime?: Date
  readonly latestDeliveryError?: string
  /** The latest digest file delivered; absent until the first one (one an hour, with log file validation on). */
  readonly latestDigestDeliveryTime?: Date
  readonly latestDigestDeliveryError?: string
  readonly latestNotificationTime?: Date
  readonly latestNotificationError?: string
  readonly latestCloudWatchLogsDeliveryTime?: Date
  readonly latestCloudWatchLogsDeliveryError?: string
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

/** The bucket's default encryption. */
export interface BucketEncryption {
  /** AES256, aws:kms, aws:kms:dsse. */
  readonly algorithm: string
  /** The KMS key as S3 reports it; empty for SSE-S3. */
  readonly kmsKeyId: string
  /** An S3 Bucket Key is on: CloudTrail then also needs kms:Decrypt on the trail's key. */
  readonly bucketKey: boolean
}

/** What a bucket org-trail creates is hardened with; read only when create-bucket declares it. */
export interface BucketHardeningState {
  /** Enabled, Suspended; null when versioning was never enabled. */
  readonly versioning: Read<string | null>
  /** The object ownership rule; null when the bucket has no ownership controls. */
  readonly ownership: Read<string | null>
}

export interface ObservedBucket {
  readonly name: string
  /**
   * The account every request of the reads named as ExpectedBucketOwner (the Log Archive session's);
   * absent when they named none. S3 refuses (403) every request carrying another account than the owner.
   */
  readonly expectedOwner?: string
  /** The bucket's region; null when the bucket does not exist. */
  readonly region: Read<string | null>
  /** The policy text; null when the bucket has none. */
  readonly policy: Read<string | null>
  readonly requesterPays: Read<boolean>
  /** null when the bucket has no public access block of its own. */
  readonly publicAccessBlock: Read<PublicAccessBlock | null>
  readonly policyIsPublic: Read<boolean>
  readonly accessLogging: Read<boolean>
  /**
   * The default encryption; null when none is configured. Read when create-bucket is true (it is part of the
   * hardening) or a KMS key is declared (an S3 Bucket Key changes what the key policy must allow).
   */
  readonly encryption?: Read<BucketEncryption | null>
  /** Read only when create-bucket is true: then the bucket is declared hardened. */
  readonly hardening?: BucketHardeningState
}

/** The trail this run manages, as found. */
export interface ObservedTrail {
  readonly config: TrailConfig
  readonly status: Read<TrailStatus>
  readonly managementEvents: Read<ManagementEventCoverage>
  /** The selectors themselves, from the same read as managementEvents. */
  readonly selectors: Read<ObservedSelectors>
  /** Read only when insight selectors are declared. */
  readonly insights?: Read<readonly InsightSelectorState[]>
  /** Read only when tags are declared. */
  readonly tags?: Read<Readonly<Record<string, string>>>
}

/** The trail as AWS reports it after this run's writes (reread.ts). */
export interface Reread {
  readonly trail: TrailConfig | null
  readonly status: TrailStatus | null
  /** null: the read failed. */
  readonly selectors: ObservedSelectors | null
  /** Read again only when the run read them before (declared); null otherwise, or when the read failed. */
  readonly insightSelectors: readonly InsightSelectorState[] | null
  readonly tags: Readonly<Record<string, string>> | null
}

/** Everything the plan needs, read concurrently before any decision. */
export interface Observed {
  readonly identity: Identity
  /** The Log Archive session (log-archive-role-arn), through which the bucket (and its key) were read. */
  readonly logArchive?: { readonly accountId: string; readonly roleArn: string }
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
  /** Every trail of the account in every region (ListTrails), each with its home region. */
  readonly trailList: Read<readonly TrailSummary[]>
  /** null: the trail does not exist, or could not be read (then trailUnreadable says why). */
  readonly trail: ObservedTrail | null
  /**
   * The trail was located (listed, or looked for at its ARN) but reading its settings failed, so whether
   * it exists is unknown; null when it was read, or is known not to exist.
   */
  readonly trailUnreadable: ReadFailure | null
  /** Each is read only when declared: absent otherwise. A null value: it does not exist. */
  readonly kmsKey?: Read<KmsKey | null>
  readonly logGroup?: Read<boolean>
  readonly cloudWatchRole?: Read<CloudWatchRole | null>
  readonly snsTopic?: Read<SnsTopic | null>
  /** The member-account trail inventory; absent when member-role-name is empty. */
  readonly members?: Read<MemberInventory>
  /**
   * How many active accounts the organization has, the management account included: counted only when
   * another organization trail than the declared one is visible, whose finding names how many record twice.
   */
  readonly activeAccounts?: Read<number>
}

/** One trail of an account's own, as the inventory reports it. */
export interface MemberTrail {
  readonly name: string
  readonly arn: string
  readonly homeRegion: string
  readonly isOrganizationTrail: boolean
  readonly isMultiRegionTrail: boolean
  /** True when some selector of the trail records management events (CloudTrail's default does). */
  readonly managementEvents: boolean
}

export type InspectedAccount =
  | {
      readonly accountId: string
      readonly name: string
      readonly status: 'ok'
      /** The account's own trails: an organization trail's shadows (another account's ARN) are left out. */
      readonly trails: readonly MemberTrail[]
    }
  | { readonly accountId: string; readonly name: string; readonly status: 'unreachable'; readonly failure: ReadFailure }

export interface MemberInventory {
  readonly roleName: string
  /** In the order inspected; the plan sorts them. */
  readonly accounts: readonly InspectedAccount[]
}
