import {
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketRequestPaymentCommand,
  GetPublicAccessBlockCommand
} from '@aws-sdk/client-s3'
import type { Clients } from '../aws/clients.js'
import { read } from './read.js'
import type { ObservedBucket } from './types.js'

const NO_BUCKET = 'NoSuchBucket'

/** S3 reports us-east-1 as no constraint and eu-west-1 by its legacy name. */
export function bucketRegion(constraint: string | undefined): string {
  if (!constraint) return 'us-east-1'
  if (constraint === 'EU') return 'eu-west-1'
  return constraint
}

export async function readBucket(clients: Clients, name: string): Promise<ObservedBucket> {
  const s3 = clients.s3()
  const Bucket = name
  const [region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging] = await Promise.all([
    read(
      's3:GetBucketLocation',
      async () => bucketRegion((await s3.send(new GetBucketLocationCommand({ Bucket }))).LocationConstraint),
      { [NO_BUCKET]: null }
    ),
    read('s3:GetBucketPolicy', async () => (await s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy ?? null, {
      NoSuchBucketPolicy: null,
      [NO_BUCKET]: null
    }),
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
    )
  ])
  return { name, region, policy, requesterPays, publicAccessBlock, policyIsPublic, accessLogging }
}
