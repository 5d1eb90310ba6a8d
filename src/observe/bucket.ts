import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketVersioningCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketRequestPaymentCommand,
  GetPublicAccessBlockCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import { errorMessage, METHOD_NOT_ALLOWED } from '../aws/errors.js'
import type { BucketHardeningState, ObservedBucket } from './types.js'

const NO_BUCKET = 'NoSuchBucket'

/** A 405 is named MethodNotAllowed whatever the body said (a HEAD-like answer has none to name it). */
async function naming405<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
    if (status !== 405) throw error
    throw Object.assign(new Error(errorMessage(error)), { name: METHOD_NOT_ALLOWED })
  }
}

/** S3 reports us-east-1 as no constraint and eu-west-1 by its legacy name. */
export function bucketRegion(constraint: string | undefined): string {
  if (!constraint) return 'us-east-1'
  if (constraint === 'EU') return 'eu-west-1'
  return constraint
}

/** The bucket's default encryption; null when it has none. */
function readEncryption(s3: S3Client, Bucket: string) {
  return read(
    's3:GetEncryptionConfiguration',
    async () => {
      const rule = (await s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration
        ?.Rules?.[0]
      const byDefault = rule?.ApplyServerSideEncryptionByDefault
      return byDefault?.SSEAlgorithm
        ? {
            algorithm: byDefault.SSEAlgorithm,
            kmsKeyId: byDefault.KMSMasterKeyID ?? '',
            bucketKey: rule?.BucketKeyEnabled === true
          }
        : null
    },
    { ServerSideEncryptionConfigurationNotFoundError: null, [NO_BUCKET]: null }
  )
}

/** The settings a bucket org-trail creates is hardened with, besides its encryption, public access block and policy. */
async function readHardening(s3: S3Client, Bucket: string): Promise<BucketHardeningState> {
  const [versioning, ownership] = await Promise.all([
    read(
      's3:GetBucketVersioning',
      async () => (await s3.send(new GetBucketVersioningCommand({ Bucket }))).Status ?? null,
      {
        [NO_BUCKET]: null
      }
    ),
    read(
      's3:GetBucketOwnershipControls',
      async () =>
        (await s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls?.Rules?.[0]
          ?.ObjectOwnership ?? null,
      { OwnershipControlsNotFoundError: null, [NO_BUCKET]: null }
    )
  ])
  return { versioning, ownership }
}

/**
 * hardening: create-bucket is true, so the settings it hardens the bucket with are read too; encryption:
 * its default encryption is read (always with the hardening).
 */
export async function readBucket(
  clients: Clients,
  name: string,
  { hardening = false, encryption = false }: { readonly hardening?: boolean; readonly encryption?: boolean } = {}
): Promise<ObservedBucket> {
  const s3 = clients.s3()
  const Bucket = name
  const [region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging, encrypted, hardened] =
    await Promise.all([
      read(
        's3:GetBucketLocation',
        async () => bucketRegion((await s3.send(new GetBucketLocationCommand({ Bucket }))).LocationConstraint),
        { [NO_BUCKET]: null }
      ),
      read(
        's3:GetBucketPolicy',
        () => naming405(async () => (await s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy ?? null),
        { NoSuchBucketPolicy: null, [NO_BUCKET]: null }
      ),
      read(
        's3:GetBucketRequestPayment',
        async () => (await s3.send(new GetBucketRequestPaymentCommand({ Bucket }))).Payer === 'Requester',
        {
          [NO_BUCKET]: false
        }
      ),
      read(
        's3:GetBucketPublicAccessBlock',
        async () => {
          const c = (await s3.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration
          return {
            blockPublicAcls: c?.BlockPublicAcls === true,
            ignorePublicAcls: c?.IgnorePublicAcls === true,
            blockPublicPolicy: c?.BlockPublicPolicy === true,
            restrictPublicBuckets: c?.RestrictPublicBuckets === true
          }
        },
        { NoSuchPublicAccessBlockConfiguration: null, [NO_BUCKET]: null }
      ),
      read(
        's3:GetBucketPolicyStatus',
        async () => (await s3.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic === true,
        {
          NoSuchBucketPolicy: false,
          [NO_BUCKET]: false
        }
      ),
      read(
        's3:GetBucketLogging',
        async () => (await s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled !== undefined,
        {
          [NO_BUCKET]: false
        }
      ),
      hardening || encryption ? readEncryption(s3, Bucket) : undefined,
      hardening ? readHardening(s3, Bucket) : undefined
    ])
  const expectedOwner = clients.expectedBucketOwner
  return {
    name,
    ...(expectedOwner ? { expectedOwner } : {}),
    region,
    policy,
    requesterPays,
    publicAccessBlock,
    policyIsPublic,
    accessLogging,
    ...(encrypted ? { encryption: encrypted } : {}),
    ...(hardened ? { hardening: hardened } : {})
  }
}
