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
import { writeRequest } from './run.js'

/**
 * The S3 client that reaches the bucket, given rather than taken from the run's clients: the bucket
 * need not live in the account every other write goes to.
 */
export interface BucketAccess {
  readonly s3: S3Client
  readonly log: (message: string) => void
}

/**
 * Read, merge, write, re-read. The policy is read again right before the write so that a statement added
 * since the plan's read is kept, and checked after it so that a concurrent writer who replaced it is
 * noticed: then the merge is done once more.
 */
export async function writeBucketPolicy(
  { s3, log }: BucketAccess,
  change: ChangeOf<'put-bucket-policy'>
): Promise<void> {
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
    const ensured = ensureStatements(parsePolicy(await current()), ensure)
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
    const after = parsePolicy(await current())
    if (missingPermissions(after, grant).length === 0 && ensureStatements(after, ensure).changedSids.length === 0)
      return
    log(`The policy of bucket ${bucket} was changed by another writer meanwhile; merging again`)
  }
  throw new ActionError(
    'Bucket policy keeps changing',
    `Another writer replaced the policy of ${bucket} twice while org-trail merged into it. Serialize the writers (a concurrency group) and run again.`
  )
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
