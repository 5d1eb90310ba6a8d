// The Log Archive layout: a bucket or KMS key owned by another account than the management account.
// Who owns it decides what org-trail can check and write, and where the statements CloudTrail needs must
// be added by someone else.
import { accountOf } from '../aws/arn.js'
import { getRequestPaymentCommand } from '../aws/cli.js'
import { denialOf } from '../aws/denials.js'
import { isAccessDenied, METHOD_NOT_ALLOWED } from '../aws/errors.js'
import type { ObservedBucket, Read } from '../observe/types.js'
import { ownStatements, type CloudTrailGrant } from '../policy/bucket.js'
import { kmsStatements, type KmsGrant } from '../policy/kms.js'
import { usesBucketKey } from './bucket-hardening.js'
import type { PlanContext, Step } from './context.js'
import { failedRead, policyDocumentOf, prerequisite } from './findings.js'
import type { Change, PolicyElsewhere } from './types.js'
import { writeOf } from './writes.js'

/** Who owns the bucket, as far as S3's answers tell; undefined when they tell nothing of it. */
export type BucketOwner =
  /** GetBucketPolicy answered 405 Method Not Allowed: the bucket belongs to another account than the caller's. */
  | { readonly kind: 'other-account' }
  /**
   * Its location and its policy were both refused (403), without ExpectedBucketOwner: the bucket exists (S3
   * answers 404 for one that does not) and is another account's whose policy grants this one nothing (a
   * Control Tower log bucket), or the caller may not read it. S3 does not say which: a 403 is the answer to
   * both, and neither HeadBucket's region header nor ExpectedBucketOwner (403 either way) tells them apart.
   */
  | { readonly kind: 'other-account-or-denied' }
  /** Read with ExpectedBucketOwner = accountId (the Log Archive session), and S3 served it: that account owns it. */
  | { readonly kind: 'expected'; readonly accountId: string }
  /** Every read made with ExpectedBucketOwner = expectedAccountId was refused: another account owns it. */
  | { readonly kind: 'unexpected'; readonly expectedAccountId: string }

const deniedRead = (r: Read<unknown>) => !r.ok && isAccessDenied(r.failure.code)

/**
 * What S3's answers say of the bucket's owner. A 405 on GetBucketPolicy: another account's bucket. With
 * ExpectedBucketOwner, a bucket S3 served is that account's, and one whose location and policy reads were
 * both refused is some other account's (a missing permission refuses one read, not both). A bucket that
 * does not exist has no owner.
 */
export function bucketOwner(bucket: ObservedBucket): BucketOwner | undefined {
  const { region, policy, expectedOwner } = bucket
  if (!policy.ok && policy.failure.code === METHOD_NOT_ALLOWED) return { kind: 'other-account' }
  if (expectedOwner === undefined)
    return deniedRead(region) && deniedRead(policy) ? { kind: 'other-account-or-denied' } : undefined
  if (region.ok && region.value !== null) return { kind: 'expected', accountId: expectedOwner }
  if (deniedRead(region) && deniedRead(policy)) return { kind: 'unexpected', expectedAccountId: expectedOwner }
  return undefined
}

/** Whether the bucket is (or, as far as S3 tells, may be) another account's, which org-trail has no session in. */
const elsewhereKinds: readonly (BucketOwner['kind'] | undefined)[] = ['other-account', 'other-account-or-denied']

/** The bucket's policy lives in an account org-trail has no session in: S3 answered 405 (or 403) and no role is given. */
export function bucketPolicyElsewhere(ctx: PlanContext, grant: CloudTrailGrant): PolicyElsewhere | null {
  if (!elsewhereKinds.includes(bucketOwner(ctx.observed.bucket)?.kind)) return null
  return {
    resource: 'bucket',
    name: ctx.observed.bucket.name,
    accountId: null,
    statements: policyDocumentOf(ownStatements(grant))
  }
}

/**
 * The checks of a bucket owned by another account, when they replace the usual ones: a bucket org-trail
 * cannot read from here (warnings with the statements to add there), or a look-alike the Log Archive role
 * refused (a blocker). Null: the usual checks apply (a Log Archive bucket is then checked through its role).
 */
export function checkBucketOwner(ctx: PlanContext, grant: CloudTrailGrant): Step[] | null {
  const { bucket } = ctx.observed
  const { name } = bucket
  const owner = bucketOwner(bucket)
  const caller = ctx.observed.identity.accountId
  const id = 's3.bucket-owner'
  if (owner?.kind === 'unexpected') {
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title: `Bucket ${name} is not owned by the Log Archive account`,
        detail: `S3 refused every read of bucket ${name} made with ExpectedBucketOwner ${owner.expectedAccountId}: the bucket is not owned by the Log Archive account ${owner.expectedAccountId} (log-archive-role-arn), so CloudTrail would deliver the organization's logs to another account's bucket. Nothing is written to it.`,
        remediation: `# Use a bucket of the Log Archive account ${owner.expectedAccountId}: set s3-bucket-name to it, or create one there (create-bucket: true with another name).`
      })
    ]
  }
  if (owner === undefined || !elsewhereKinds.includes(owner.kind)) return null
  const statements = bucketPolicyElsewhere(ctx, grant)?.statements ?? ''
  const { requesterPays } = bucket
  const certain = owner.kind === 'other-account'
  return [
    certain
      ? prerequisite({
          id,
          severity: 'warning',
          title: `Bucket ${name} belongs to another account`,
          detail: `S3 answered s3:GetBucketPolicy with 405 Method Not Allowed: bucket ${name} is owned by another account than ${caller}, so its policy and settings cannot be read from here. CloudTrail checks its policy itself when the trail is created or updated.`,
          remediation: `# To have org-trail check and merge the bucket's policy, give it a role in the owning account:\n# set log-archive-role-arn (see org-trail's docs/log-archive.md).`
        })
      : prerequisite({
          id,
          severity: 'warning',
          title: `Bucket ${name} is another account's, or not readable by this role`,
          detail: `S3 refused both s3:GetBucketPolicy and s3:GetBucketLocation on bucket ${name} (403): either it is owned by another account whose bucket policy grants ${caller} nothing (as a Control Tower log bucket's does), or the role org-trail uses may not read it. S3 answers both with 403 and does not say which. Nothing is blocked for it: CloudTrail checks the bucket's policy itself when the trail is created or updated.`,
          remediation: `# If the bucket is another account's (a Log Archive account): to have org-trail check and merge its
# policy, set log-archive-role-arn to a role there (see org-trail's docs/log-archive.md), or add the
# statements of the s3.bucket-policy finding there yourself.
# If it is this account's: allow "s3:GetBucketPolicy" and "s3:GetBucketLocation" in the permission policy
# of the role org-trail uses (see org-trail's docs/permissions.md).`
        }),
    prerequisite({
      id: 's3.bucket-exists',
      severity: 'ok',
      title: `Bucket ${name}`,
      detail: certain
        ? `Exists, owned by another account; its region cannot be read from account ${caller}.`
        : `Exists (S3 refuses its reads rather than saying it does not exist); its region cannot be read from account ${caller}.`
    }),
    prerequisite({
      id: 's3.requester-pays',
      severity: 'warning',
      title: 'Requester Pays not checked',
      detail:
        requesterPays.ok && requesterPays.value
          ? `Requester Pays is on for bucket ${name}: CloudTrail cannot deliver to it.`
          : certain
            ? `Bucket ${name} belongs to another account; whether Requester Pays is off (CloudTrail cannot deliver otherwise) is for that account to check.`
            : `Whether Requester Pays is off for bucket ${name} (CloudTrail cannot deliver otherwise) is for the account that owns it to check; if that is this account, allow "s3:GetBucketRequestPayment" to have org-trail check it.`,
      remediation: `# In the account that owns the bucket (Payer must be BucketOwner):\n${getRequestPaymentCommand(name)}`
    }),
    prerequisite({
      id: 's3.bucket-policy',
      severity: 'warning',
      title: 'Bucket policy is in another account',
      detail: `The policy of bucket ${name} cannot be read from account ${caller}. The statements below must be added in the account that owns the bucket, for ${ctx.trailArn}, unless its policy grants them already; without them CloudTrail refuses the trail (InsufficientS3BucketPolicyException).`,
      remediation: statements
    })
  ]
}

/** The owner finding of a bucket read through the Log Archive role, before its usual checks. */
export function logArchiveBucketOwned(ctx: PlanContext): Step[] {
  const owner = bucketOwner(ctx.observed.bucket)
  if (owner?.kind !== 'expected') return []
  return [
    prerequisite({
      id: 's3.bucket-owner',
      severity: 'ok',
      title: `Bucket ${ctx.observed.bucket.name} is the Log Archive account's`,
      detail: `Owned by the Log Archive account ${owner.accountId}; read and written through log-archive-role-arn, every request with ExpectedBucketOwner ${owner.accountId}.`
    })
  ]
}

/** Marks the bucket's (or key's) writes as made through the Log Archive session, when they are. */
export function throughLogArchive(ctx: PlanContext, steps: readonly Step[], inLogArchive: boolean): Step[] {
  if (!inLogArchive || !ctx.observed.logArchive) return [...steps]
  return steps.map((step) =>
    step.changes
      ? {
          ...step,
          changes: step.changes.map((c) => (writeOf(c).logArchive ? ({ ...c, logArchive: true } as Change) : c))
        }
      : step
  )
}

/** True when the declared key's ARN names the Log Archive account and its role is given. */
export function keyInLogArchive(ctx: PlanContext): boolean {
  const la = ctx.observed.logArchive
  return la !== undefined && accountOf(ctx.declared.kmsKeyId) === la.accountId
}

/** What the key policy must grant CloudTrail, for this trail. */
export function keyGrantFor(ctx: PlanContext, keyArn: string): KmsGrant {
  return {
    partition: ctx.observed.identity.partition,
    keyArn,
    trailArn: ctx.trailArn,
    accountId: ctx.managementAccountId,
    ...(ctx.organization ? { organizationId: ctx.organization.id } : {}),
    bucketKey: usesBucketKey(ctx)
  }
}

/** The key's policy lives in an account org-trail has no session in. */
export function keyPolicyElsewhere(ctx: PlanContext): PolicyElsewhere | null {
  const key = ctx.observed.kmsKey
  const arn = key?.ok && key.value ? key.value.arn : ctx.declared.kmsKeyId
  const account = key?.ok && key.value ? (key.value.foreignAccountId ?? null) : foreignKeyAccount(ctx)
  if (!arn || account === null) return null
  return {
    resource: 'key',
    name: arn,
    accountId: account,
    statements: policyDocumentOf(kmsStatements(keyGrantFor(ctx, arn)))
  }
}

/** The account a declared key ARN carries, when it is neither the caller's nor the Log Archive session's. */
function foreignKeyAccount(ctx: PlanContext): string | null {
  const account = accountOf(ctx.declared.kmsKeyId)
  if (account === '' || account === ctx.observed.identity.accountId || keyInLogArchive(ctx)) return null
  return account
}

/**
 * A key of another account: DescribeKey refused (its key policy does not allow the caller) is a warning,
 * not a blocker, since CloudTrail, not the caller, must be allowed to use it. Null: the usual check applies.
 */
export function checkForeignKeyRead(ctx: PlanContext): Step[] | null {
  const key = ctx.observed.kmsKey
  const account = foreignKeyAccount(ctx)
  if (!key || key.ok || account === null) return null
  const elsewhere = keyPolicyElsewhere(ctx)
  // Across accounts a refusal is usually the key policy's; one that names another kind of policy says so.
  const kind = denialOf(key.failure.message).kind
  const named = kind !== null && kind !== 'resource-based-policy' ? failedRead(key.failure) : null
  return [
    prerequisite({
      id: 'kms.key',
      severity: 'warning',
      title: `KMS key ${ctx.declared.kmsKeyId} could not be described`,
      detail: `The key is owned by account ${account}, and ${named ? named.what : `${key.failure.action} was refused (${key.failure.code}): its key policy does not let this account describe it`}, so whether it is enabled, symmetric and in the bucket's region is unknown.${named?.why ?? ''} CloudTrail checks the key itself when the trail is created or updated.`,
      remediation:
        named?.remediation ??
        `# To let org-trail check it, allow kms:DescribeKey to this account in the key policy (in account ${account}).`
    }),
    ...(elsewhere ? [keyPolicyElsewhereStep(ctx, elsewhere)] : [])
  ]
}

/** The key policy org-trail cannot read: the statements to add in the key's own account. */
export function keyPolicyElsewhereStep(ctx: PlanContext, elsewhere: PolicyElsewhere): Step {
  return prerequisite({
    id: 'kms.key-policy',
    severity: 'warning',
    title: 'Key policy is in another account',
    detail: `KMS does not serve GetKeyPolicy across accounts, so the policy of ${elsewhere.name} cannot be checked from here. The statements below must be added in account ${elsewhere.accountId ?? 'that owns the key'} for ${ctx.trailArn}; without them CloudTrail refuses the trail (InsufficientEncryptionPolicyException).`,
    remediation: elsewhere.statements
  })
}
