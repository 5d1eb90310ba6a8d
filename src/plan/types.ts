import type { ServiceLinkedRole } from '../aws/cloudtrail.js'
import type { FieldChange } from '../aws/trail-fields.js'
import type { InsightSelectorState, MemberTrail, ObservedSelectors, ReadFailure } from '../observe/types.js'
import type {
  AdvancedSelectorDeclaration,
  EventSelectorDeclaration,
  InsightSelectorDeclaration
} from '../settings/selectors.js'
import type { CloudTrailGrant } from '../policy/bucket.js'
import type { Statement } from '../policy/document.js'
import type { KmsGrant } from '../policy/kms.js'
import type { TrailDeclaration } from '../settings/types.js'

/**
 * blocker: the run cannot converge until a person acts; fixable: apply mode will fix it;
 * warning: worth knowing, fails nothing unless asked; ok: checked and fine.
 */
export type Severity = 'blocker' | 'fixable' | 'warning' | 'ok'

/** A system that manages a trail, bucket or key itself (plan/managers.ts says how each is recognized). */
export type Manager = 'control-tower' | 'landing-zone-accelerator'

/** Prerequisites decide whether the trail can work; posture is how well it protects the audit log. */
export type Category = 'prerequisite' | 'posture'

export interface Finding {
  readonly id: string
  readonly category: Category
  readonly severity: Severity
  readonly title: string
  /** One line: why. */
  readonly detail: string
  /** Exactly what to do, ready to paste: a command or a policy statement. Empty when nothing is to do. */
  readonly remediation: string
  /** Posture controls only: the ids auditors know, and the control's state now and after apply. */
  readonly control?: Control
}

/**
 * pass / fail: judged; unknown: a read it needs failed; no-trail / no-key: there is nothing to judge yet.
 * Never "pass" for something that does not exist.
 */
export type ControlState = 'pass' | 'fail' | 'unknown' | 'no-trail' | 'no-key'

export interface Control {
  /** The AWS Security Hub control id, e.g. CloudTrail.1. */
  readonly securityHub: string
  /** The CIS AWS Foundations Benchmark v3.0.0 recommendation, e.g. 3.1; null when v3.0.0 has none. */
  readonly cis: string | null
  /** As the trail and its resources are when the report is made (after an apply: as re-read). */
  readonly now: ControlState
  /** As they would be once apply has run; null when apply would not change this control. */
  readonly afterApply: ControlState | null
}

/** Named here too: the plan's changes are made of it. */
export type { FieldChange }

/** The settings `create-bucket` hardens a bucket with, each written by one call. */
export type HardeningSetting = 'public-access-block' | 'encryption' | 'versioning' | 'ownership'

export type Change =
  | { readonly kind: 'enable-trusted-access' }
  | { readonly kind: 'create-service-linked-role'; readonly role: ServiceLinkedRole }
  | {
      readonly kind: 'put-bucket-policy'
      /** Made through the Log Archive session (log-archive-role-arn), in that account. */
      readonly logArchive?: true
      readonly bucket: string
      /** Policy text before; null when the bucket had none. */
      readonly before: string | null
      readonly after: string
      /** The Sids org-trail added or extended. */
      readonly sids: readonly string[]
      /** What the policy must grant: apply merges again into the policy as it is at write time. */
      readonly grant: CloudTrailGrant
      /** org-trail's own statements the policy must have besides the grant (the TLS-only one), by Sid. */
      readonly ensure?: readonly Statement[]
    }
  | { readonly kind: 'create-trail'; readonly region: string; readonly trail: TrailDeclaration }
  | {
      readonly kind: 'update-trail'
      readonly arn: string
      readonly region: string
      readonly fields: readonly FieldChange[]
      /** Sent whenever either half changes: CloudTrail takes the role only together with its log group. */
      readonly cloudWatchLogs?: { readonly logGroupArn: string; readonly roleArn: string }
    }
  | { readonly kind: 'start-logging'; readonly arn: string; readonly region: string }
  | {
      readonly kind: 'create-bucket'
      /** Made through the Log Archive session (log-archive-role-arn), in that account. */
      readonly logArchive?: true
      readonly bucket: string
      readonly region: string
      readonly partition: string
      /** SSE-KMS with this key when set, else SSE-S3. */
      readonly kmsKeyArn: string
    }
  | {
      readonly kind: 'harden-bucket'
      /** Made through the Log Archive session (log-archive-role-arn), in that account. */
      readonly logArchive?: true
      readonly bucket: string
      readonly setting: HardeningSetting
      /** For the encryption: SSE-KMS with this key when set, else SSE-S3. */
      readonly kmsKeyArn: string
      /** The setting as found, and as it will be, for people. */
      readonly before: string
      readonly after: string
    }
  | {
      readonly kind: 'put-key-policy'
      /** Made through the Log Archive session (log-archive-role-arn), in that account. */
      readonly logArchive?: true
      readonly keyArn: string
      readonly region: string
      readonly before: string | null
      readonly after: string
      readonly sids: readonly string[]
      readonly grant: KmsGrant
    }
  | {
      readonly kind: 'put-event-selectors'
      readonly arn: string
      readonly region: string
      readonly eventSelectors?: readonly EventSelectorDeclaration[]
      readonly advancedEventSelectors?: readonly AdvancedSelectorDeclaration[]
      /** The trail's selectors before, for the report's diff; absent when the trail is new. */
      readonly before?: ObservedSelectors
    }
  | {
      readonly kind: 'put-insight-selectors'
      readonly arn: string
      readonly region: string
      readonly insightSelectors: readonly InsightSelectorDeclaration[]
      /** The trail's insight selectors before, for the report's diff. */
      readonly before?: readonly InsightSelectorState[]
    }
  | {
      readonly kind: 'add-tags'
      readonly arn: string
      readonly region: string
      readonly tags: Readonly<Record<string, string>>
      /** The previous value of each tag set, or null when it was absent. */
      readonly before: Readonly<Record<string, string | null>>
    }

export interface Plan {
  readonly findings: readonly Finding[]
  /** Policies of another account that org-trail cannot write: what a refused trail write names. */
  readonly policiesElsewhere?: readonly PolicyElsewhere[]
  /** The writes that converge the account, in dependency order. Empty: in sync. */
  readonly changes: readonly Change[]
  /** Grants found in place that AWS may not see yet (made moments before the run): apply waits for them too. */
  readonly foundGrants?: readonly FoundGrant[]
  /** The trail's ARN, as it is or will be. */
  readonly trailArn: string
  readonly homeRegion: string
  /** The account whose id the trail ARN carries: the management account for an organization trail. */
  readonly managementAccountId: string
  /** True when any finding is a blocker: then nothing is written. */
  readonly blocked: boolean
  /** The member-account inventory, judged; absent when member-role-name is empty. */
  readonly members?: MembersReview
  /** The system that manages the trail, when another does: then the plan writes nothing to it. */
  readonly managedBy?: Manager
}

/** The statements another account must add for CloudTrail, and where: what a failure of the trail write names. */
export interface PolicyElsewhere {
  readonly resource: 'bucket' | 'key'
  /** The bucket name or the key ARN. */
  readonly name: string
  /** The owning account, when known (the Log Archive account, or the account a key ARN carries). */
  readonly accountId: string | null
  /** Paste-ready policy document of the statements CloudTrail needs. */
  readonly statements: string
}

export interface RegionAtLimit {
  /** A region, or EVERY_REGION (plan/members.ts). */
  readonly region: string
  /** The account's own trails that count there. */
  readonly trails: readonly string[]
}

export interface AccountReview {
  readonly accountId: string
  readonly name: string
  readonly status: 'ok' | 'unreachable'
  /** Why it could not be inspected, for a person: the call, the error code and what it usually means. */
  readonly reason?: string
  /** The account's own trails (an organization trail's shadows are not among them). */
  readonly trails: readonly MemberTrail[]
  /** Regions where the account cannot add a trail once the organization trail is there. */
  readonly atLimit: readonly RegionAtLimit[]
  /** Its own trails that record management events as well as the organization trail. */
  readonly paidCopies: readonly MemberTrail[]
}

export interface MembersReview {
  readonly roleName: string
  /** Set when the account list itself could not be read: then there are no accounts. */
  readonly listFailure?: ReadFailure
  /** Accounts that need attention first (unreachable, at the limit, paying for copies), each group by id. */
  readonly accounts: readonly AccountReview[]
  readonly totals: {
    readonly accounts: number
    readonly unreachable: number
    readonly atLimit: number
    readonly paidCopies: number
    readonly paidCopyAccounts: number
    readonly trails: number
  }
  /** Unreachable accounts by reason, most frequent first. */
  readonly unreachableByReason: readonly { readonly reason: string; readonly count: number }[]
  /** Whether the organization trail exists yet (else it will be new in every account). */
  readonly organizationTrailExists: boolean
}

/**
 * A grant the plan found in place (a bucket or key policy that lets CloudTrail in): someone may have made
 * it moments before this run, so AWS may not see it yet either. `kind` is the write that would have made
 * it, whose propagation column says which errors then mean "not yet"; `what` names it for the log.
 */
export interface FoundGrant {
  readonly kind: 'put-bucket-policy' | 'put-key-policy'
  readonly what: string
}
