import {
  CreateBucketCommand,
  GetBucketPolicyCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
  type S3Client
} from '@aws-sdk/client-s3'
import { ActionError, call, errorCode } from '../aws/errors.js'
import { MAX_BUCKET_POLICY_BYTES } from '../aws/cloudtrail.js'
import { ensureStatements, mergePolicy, missingPermissions, parsePolicy } from '../policy/bucket.js'
import { policyBytes, policyText } from '../policy/document.js'
import type { ChangeOf } from '../plan/writes.js'
import { PACE, untilSeen, type Attempt, type Waiting } from './propagation.js'
import { writeRequest } from './run.js'

/**
 * The S3 client that reaches the bucket, given rather than taken from the run's clients: the bucket
 * need not live in the account every other write goes to. A re-read waits (apply/propagation.ts).
 */
export interface BucketAccess extends Waiting {
  readonly s3: S3Client
}

/**
 * Read, merge, write, re-read. The policy is read again right before the write so that a statement added
 * since the plan's read is kept, and checked after it so that a concurrent writer who replaced it is
 * noticed: then the merge is done once more. S3 may answer the re-read with the policy from before the
 * write for a while (its consistency model): a re-read that shows exactly what the read before the write
 * showed is that, and is read again, paced; only a third version is another writer's.
 */
export async function writeBucketPolicy(access: BucketAccess, change: ChangeOf<'put-bucket-policy'>): Promise<void> {
  const { s3, log } = access
  const { bucket, grant, ensure = [] } = change
  const current = () =>
    call('s3:GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).then(
      (out) => out.Policy ?? null,
      (error: unknown) => {
        if (errorCode(error) === 'NoSuchBucketPolicy') return null
        throw error
      }
    )
  for (let attempt = 1; attempt <= 2; attempt++) {
    const before = await current()
    const ensured = ensureStatements(parsePolicy(before), ensure)
    const merged = mergePolicy(ensured.policy, grant)
    const changed = [...ensured.changedSids, ...merged.changedSids]
    if (changed.length === 0) return
    const bytes = policyBytes(merged.policy)
    if (bytes > MAX_BUCKET_POLICY_BYTES) {
      throw new ActionError(
        'Bucket policy would exceed 20 KB',
        `Merging CloudTrail's statements into the policy of ${bucket} gives ${bytes} bytes; nothing was written.`
      )
    }
    log(`Merging statements ${changed.join(', ')} into the policy of bucket ${bucket}`)
    await writeRequest(change, () =>
      s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: policyText(merged.policy) }))
    )
    const after = parsePolicy(await untilSeen(access, () => reread(current, bucket, before)))
    if (missingPermissions(after, grant).length === 0 && ensureStatements(after, ensure).changedSids.length === 0)
      return
    log(`The policy of bucket ${bucket} was changed by another writer meanwhile; merging again`)
  }
  throw new ActionError(
    'Bucket policy keeps changing',
    `Another writer replaced the policy of ${bucket} twice while org-trail merged into it. Serialize the writers (a concurrency group) and run again.`
  )
}

/** The policy after this run's write: not yet seen while S3 still answers what it answered before it. */
async function reread(
  current: () => Promise<string | null>,
  bucket: string,
  before: string | null
): Promise<Attempt<string | null>> {
  const text = await current()
  if (text !== before) return { seen: true, value: text }
  return {
    seen: false,
    reason: `S3 still answers the policy of bucket ${bucket} as it was before this run's write`,
    failure: () =>
      new ActionError(
        'Bucket policy write not seen',
        `S3 accepted org-trail's write of the policy of ${bucket}, but ${PACE.totalMs / 1000}s later still answered the policy as it was before the write: either S3 has not caught up, or another writer put that policy back (S3 cannot tell the two apart). If another tool manages this policy, serialize the writers (a concurrency group) or have that tool add CloudTrail's statements; then run again.`
      )
  }
}

/**
 * Creates the bucket with object ownership enforced. Its other hardening settings and its policy are
 * changes of their own, each observed on every run, so an interrupted run is finished by the next.
 */
export async function createBucket({ s3, log }: BucketAccess, change: ChangeOf<'create-bucket'>): Promise<void> {
  const { bucket, region } = change
  log(`Creating bucket ${bucket} in ${region}`)
  await writeRequest(change, () =>
    s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        ObjectOwnership: 'BucketOwnerEnforced',
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } })
      })
    )
  ).catch((error: unknown) => {
    // Created by an earlier, interrupted run of ours: carry on hardening it.
    if (errorCode(error) !== 'BucketAlreadyOwnedByYou') throw error
  })
}

/** One hardening setting of the log bucket: private, encrypted, versioned, owned by the bucket owner. */
export async function hardenBucket({ s3, log }: BucketAccess, change: ChangeOf<'harden-bucket'>): Promise<void> {
  const Bucket = change.bucket
  log(`Hardening bucket ${Bucket}: ${change.setting} ${change.before} → ${change.after}`)
  switch (change.setting) {
    case 'public-access-block':
      await writeRequest(change, () =>
        s3.send(
          new PutPublicAccessBlockCommand({
            Bucket,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true
            }
          })
        )
      )
      return
    case 'encryption':
      await writeRequest(change, () =>
        s3.send(
          new PutBucketEncryptionCommand({
            Bucket,
            ServerSideEncryptionConfiguration: {
              Rules: [
                {
                  ApplyServerSideEncryptionByDefault: change.kmsKeyArn
                    ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: change.kmsKeyArn }
                    : { SSEAlgorithm: 'AES256' },
                  BucketKeyEnabled: change.kmsKeyArn !== ''
                }
              ]
            }
          })
        )
      )
      return
    case 'versioning':
      await writeRequest(change, () =>
        s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }))
      )
      return
    case 'ownership':
      await writeRequest(change, () =>
        s3.send(
          new PutBucketOwnershipControlsCommand({
            Bucket,
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
          })
        )
      )
      return
  }
}
