// THE table of the kinds of write: one row per kind of Change, every column required, so a new kind does
// not compile until each is given. Its writer (the request, apply/index.ts's WRITERS) and its wording (the
// report's rows, report/changes.ts's WORDING) are tables of the same kinds, typed the same way.
//
// Why in plan/ rather than apply/: the plan orders its changes by stage and marks the ones the Log Archive
// session makes, and the plan may not import apply/ (settings → aws → observe → plan → apply → report).
// apply/ and report/ read it from here. It holds data and pure functions of a change only: no SDK, so the
// report, which runs before the SDK loads, may use it too.
import type { IamAction } from '../aws/actions.js'
import { SERVICE_LINKED_ROLES } from '../aws/cloudtrail.js'
import type { Change, HardeningSetting } from './types.js'

export type ChangeOf<K extends Change['kind']> = Extract<Change, { readonly kind: K }>

/**
 * When a write is made: a stage starts once every write of the one before has settled. 0: the bucket;
 * 1: what the trail needs (the bucket's hardening and policy, the key policy, trusted access, the
 * service-linked roles); 2: the trail; 3: what needs the trail (selectors, tags, logging).
 */
export type Stage = 0 | 1 | 2 | 3

/**
 * The resource a write configures, when AWS refuses overlapping writes to it: S3 answers a configuration
 * write while another is in progress on the same bucket with OperationAborted, CloudTrail one to a trail
 * that another write is modifying with ConflictException. Writes of one stage to one resource go one after
 * another, by `order` (equal orders: as planned); other writes go at once.
 */
export interface Lane<K extends Change['kind']> {
  readonly resource: (change: ChangeOf<K>) => string
  readonly order: number
}

/**
 * Right after this run grants something, AWS may not see it yet: these errors of a later request then mean
 * "not yet", and apply sends that request again, paced and bounded (apply/propagation.ts). `granted` names
 * the grant in the log.
 */
export interface Propagation<K extends Change['kind']> {
  /** Errors about this grant. */
  readonly errors: readonly string[]
  /**
   * Errors that may be about this grant or another (InsufficientEncryptionPolicyException names "S3 bucket
   * X or KMS key Y"): waited for after this run made the grant, not when the plan found it in place, for
   * then the other is the likelier one.
   */
  readonly sharedErrors?: readonly string[]
  readonly granted: (change: ChangeOf<K>) => string
}

/** True for the kinds whose Change carries the Log Archive mark: the compiler holds the column to the type. */
type LogArchiveMark<K extends Change['kind']> = K extends Change['kind']
  ? 'logArchive' extends keyof ChangeOf<K>
    ? true
    : false
  : never

export interface WriteKind<K extends Change['kind']> {
  readonly stage: Stage
  /** null: no other write of the run configures what this one does. */
  readonly lane: Lane<K> | null
  /** Made through the Log Archive session (log-archive-role-arn) when its bucket or key is that account's. */
  readonly logArchive: LogArchiveMark<K>
  /** The IAM action of the write request, a key of aws/actions.ts's table: what an AccessDenied names. */
  readonly action: (change: ChangeOf<K>) => IamAction
  /** null: nothing this write grants is checked by a later write. */
  readonly propagation: Propagation<K> | null
}

const bucketLane = { resource: (change: { readonly bucket: string }) => `s3:${change.bucket}`, order: 0 }
/** A run manages one trail. */
const trailLane = (order: number) => ({ resource: () => 'cloudtrail:trail', order })

/** Each hardening setting is one S3 request. */
const HARDENING_ACTIONS: Readonly<Record<HardeningSetting, IamAction>> = {
  'public-access-block': 's3:PutBucketPublicAccessBlock',
  encryption: 's3:PutEncryptionConfiguration',
  versioning: 's3:PutBucketVersioning',
  ownership: 's3:PutBucketOwnershipControls'
}

export const WRITE_KINDS: { readonly [K in Change['kind']]: WriteKind<K> } = {
  'create-bucket': {
    stage: 0,
    lane: bucketLane,
    logArchive: true,
    action: () => 's3:CreateBucket',
    // S3 answers NoSuchBucket for a while after CreateBucket (its consistency model; terraform-provider-aws
    // retries a new bucket's writes on it). That CloudTrail may say S3BucketDoesNotExistException likewise
    // is not documented; waiting for it after this run's own CreateBucket costs nothing otherwise.
    propagation: {
      errors: ['NoSuchBucket', 'S3BucketDoesNotExistException'],
      granted: (change) => `bucket ${change.bucket}`
    }
  },
  'harden-bucket': {
    stage: 1,
    lane: bucketLane,
    logArchive: true,
    action: (change) => HARDENING_ACTIONS[change.setting],
    propagation: null
  },
  'put-bucket-policy': {
    stage: 1,
    lane: bucketLane,
    logArchive: true,
    action: () => 's3:PutBucketPolicy',
    propagation: {
      errors: ['InsufficientS3BucketPolicyException'],
      sharedErrors: ['InsufficientEncryptionPolicyException'],
      granted: (change) => `the policy of bucket ${change.bucket}`
    }
  },
  'put-key-policy': {
    stage: 1,
    lane: null,
    logArchive: true,
    action: () => 'kms:PutKeyPolicy',
    propagation: {
      errors: ['InsufficientEncryptionPolicyException'],
      granted: (change) => `the policy of KMS key ${change.keyArn}`
    }
  },
  'enable-trusted-access': {
    stage: 1,
    lane: null,
    logArchive: false,
    action: () => 'organizations:EnableAWSServiceAccess',
    // Right after trusted access (or CloudTrail's service-linked role) is made, CloudTrail has been seen
    // answering InsufficientDependencyServiceAccessPermissionException for a while (reported, not documented).
    propagation: {
      errors: ['CloudTrailAccessNotEnabledException', 'InsufficientDependencyServiceAccessPermissionException'],
      granted: () => 'trusted access for CloudTrail'
    }
  },
  'create-service-linked-role': {
    stage: 1,
    lane: null,
    logArchive: false,
    action: () => 'iam:CreateServiceLinkedRole',
    propagation: {
      errors: ['NoManagementAccountSLRExistsException', 'InsufficientDependencyServiceAccessPermissionException'],
      granted: (change) => `the service-linked role ${SERVICE_LINKED_ROLES[change.role].roleName}`
    }
  },
  'create-trail': {
    stage: 2,
    lane: trailLane(0),
    logArchive: false,
    action: () => 'cloudtrail:CreateTrail',
    propagation: null
  },
  'update-trail': {
    stage: 2,
    lane: trailLane(0),
    logArchive: false,
    action: () => 'cloudtrail:UpdateTrail',
    propagation: null
  },
  // CloudTrail refuses Insights on the API call rate of a trail that logs no write management events: the
  // event selectors go first. Tags and logging follow.
  'put-event-selectors': {
    stage: 3,
    lane: trailLane(1),
    logArchive: false,
    action: () => 'cloudtrail:PutEventSelectors',
    propagation: null
  },
  'put-insight-selectors': {
    stage: 3,
    lane: trailLane(2),
    logArchive: false,
    action: () => 'cloudtrail:PutInsightSelectors',
    propagation: null
  },
  'add-tags': {
    stage: 3,
    lane: trailLane(3),
    logArchive: false,
    action: () => 'cloudtrail:AddTags',
    propagation: null
  },
  'start-logging': {
    stage: 3,
    lane: trailLane(4),
    logArchive: false,
    action: () => 'cloudtrail:StartLogging',
    propagation: null
  }
}

/** The row of a change's kind. TypeScript cannot tie a change's kind to its row's type; the table above does. */
export function writeOf(change: Change): WriteKind<Change['kind']> {
  return WRITE_KINDS[change.kind] as WriteKind<Change['kind']>
}

export function stageOf(change: Change): Stage {
  return WRITE_KINDS[change.kind].stage
}
