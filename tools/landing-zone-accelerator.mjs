// A Landing Zone Accelerator on AWS organization, seeded straight into moto. From LZA's source
// (awslabs/landing-zone-accelerator-on-aws: the logging stack's organization trail, the central logs bucket
// construct, the tagging of every resource) and its configuration reference:
// - The organization trail `${prefix}-Organizations-CloudTrail` (prefix AWSAccelerator by default) in the
//   management account: multi-region, global service events, log file validation, all management events
//   plus S3 and Lambda data events (global-config.yaml's organizationTrailSettings defaults), S3 key prefix
//   cloudtrail-organization, SSE-KMS with the central logs bucket's key, into the CloudWatch Logs group
//   aws-accelerator-cloudtrail-logs; logging.
// - The central logs bucket aws-accelerator-central-logs-<log archive account>-<home region> in the Log
//   Archive account, SSE-KMS with a key of that account (alias/accelerator/central-logs/s3) whose policy
//   lets the logging services (CloudTrail among them) use it; the bucket policy lets those services
//   s3:PutObject anywhere in it with s3:x-amz-acl = bucket-owner-full-control, and GetBucketAcl/ListBucket.
// - Every resource carries the tag Accelerator = the prefix (addAcceleratorTags), the trail included.
// Not modelled: LZA's own guardrail SCPs (they are the customer's configuration), and LZA on top of Control
// Tower (then the organization has both organization trails, as LZA's configuration reference warns).
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand
} from '@aws-sdk/client-cloudtrail'
import { CreateAliasCommand, CreateKeyCommand } from '@aws-sdk/client-kms'
import { clients, credentials } from './seed.mjs'
import { seedLandingZoneAccounts, seedLandingZoneBucket, seedTrailLogGroup } from './landing-zone.mjs'

export const LZA_PREFIX = 'AWSAccelerator'
/** @param {string} prefix */
export const lzaTrailName = (prefix = LZA_PREFIX) => `${prefix}-Organizations-CloudTrail`
export const LZA_TRAIL_PREFIX = 'cloudtrail-organization'
/** @param {string} account @param {string} region */
export const lzaBucket = (account, region) => `aws-accelerator-central-logs-${account}-${region}`

const LOGGING_SERVICES = [
  'cloudtrail.amazonaws.com',
  'config.amazonaws.com',
  'delivery.logs.amazonaws.com',
  'ssm.amazonaws.com'
]

/**
 * The central logs bucket's policy, as LZA's construct writes it (its statements carry no Sid).
 * @param {string} bucket @param {string} orgId
 */
export function lzaBucketPolicy(bucket, orgId) {
  const inOrganization = { StringEquals: { 'aws:PrincipalOrgID': orgId } }
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: LOGGING_SERVICES },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${bucket}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } }
      },
      {
        Effect: 'Allow',
        Principal: { Service: LOGGING_SERVICES.slice(0, 3) },
        Action: ['s3:GetBucketAcl', 's3:ListBucket'],
        Resource: `arn:aws:s3:::${bucket}`
      },
      {
        Sid: 'Allow Organization principals to use the bucket',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['s3:GetBucketLocation', 's3:GetBucketAcl', 's3:PutObject', 's3:GetObject', 's3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: inOrganization
      }
    ]
  }
}

/**
 * An LZA organization: see the top of this file. `managementRoleArn`, `members`, `logArchiveRoleName` and
 * `logArchiveRolePolicy` as for seedControlTower.
 * @param {{ endpoint: string, region?: string, prefix?: string, managementRoleArn?: string, members?: number,
 *   logArchiveRoleName?: string, logArchiveRolePolicy?: object }} o
 */
export async function seedLandingZoneAccelerator({
  endpoint,
  region = 'us-east-1',
  prefix = LZA_PREFIX,
  managementRoleArn,
  members = 0,
  logArchiveRoleName,
  logArchiveRolePolicy
}) {
  const trailName = lzaTrailName(prefix)
  const zone = await seedLandingZoneAccounts({
    endpoint,
    region,
    sharedOu: 'Security',
    workloadOu: 'Infrastructure',
    members,
    trailName,
    ...(managementRoleArn ? { managementRoleArn } : {}),
    ...(logArchiveRoleName ? { logArchiveRoleName } : {}),
    ...(logArchiveRolePolicy ? { logArchiveRolePolicy } : {})
  })
  const { orgId, managementAccountId, logArchive } = zone
  const archive = clients({ endpoint, region, as: logArchive.as })
  const { KeyMetadata } = await archive.kms.send(
    new CreateKeyCommand({
      Description: 'AWS Accelerator Central Logs Bucket CMK',
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${logArchive.accountId}:root` },
            Action: 'kms:*',
            Resource: '*'
          },
          {
            Sid: 'Allow AWS Services to encrypt and describe logs',
            Effect: 'Allow',
            Principal: { Service: LOGGING_SERVICES },
            Action: [
              'kms:Decrypt',
              'kms:DescribeKey',
              'kms:Encrypt',
              'kms:GenerateDataKey',
              'kms:GenerateDataKeyPair',
              'kms:GenerateDataKeyPairWithoutPlaintext',
              'kms:GenerateDataKeyWithoutPlaintext',
              'kms:ReEncryptFrom',
              'kms:ReEncryptTo'
            ],
            Resource: '*'
          },
          {
            Sid: 'Allow Organization use of the key',
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ListAliases'],
            Resource: '*',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': orgId } }
          }
        ]
      })
    })
  )
  const keyArn = String(KeyMetadata?.Arn)
  await archive.kms.send(
    new CreateAliasCommand({ AliasName: 'alias/accelerator/central-logs/s3', TargetKeyId: String(KeyMetadata?.KeyId) })
  )
  const bucket = lzaBucket(logArchive.accountId, region)
  await seedLandingZoneBucket({
    endpoint,
    region,
    as: logArchive.as,
    account: logArchive.accountId,
    bucket,
    policy: lzaBucketPolicy(bucket, orgId),
    keyArn,
    retentionDays: 365,
    accessLogsBucket: `aws-accelerator-s3-access-logs-${logArchive.accountId}-${region}`
  })

  const logs = await seedTrailLogGroup({
    endpoint,
    region,
    managementAccountId,
    logGroup: 'aws-accelerator-cloudtrail-logs',
    roleName: `${prefix}-OrganizationsCloudTrailLogsRole`
  })
  const cloudtrail = new CloudTrailClient({ endpoint, region, credentials })
  const { TrailARN } = await cloudtrail.send(
    new CreateTrailCommand({
      Name: trailName,
      S3BucketName: bucket,
      S3KeyPrefix: LZA_TRAIL_PREFIX,
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      IsOrganizationTrail: true,
      KmsKeyId: keyArn,
      ...logs,
      TagsList: [{ Key: 'Accelerator', Value: prefix }]
    })
  )
  await cloudtrail.send(
    new PutEventSelectorsCommand({
      TrailName: trailName,
      EventSelectors: [
        { ReadWriteType: 'All', IncludeManagementEvents: true },
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: false,
          DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::'] }]
        },
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: false,
          DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }]
        }
      ]
    })
  )
  await cloudtrail.send(new StartLoggingCommand({ Name: trailName }))

  return {
    ...zone,
    bucket,
    prefix: LZA_TRAIL_PREFIX,
    trailName,
    trailArn: String(TrailARN),
    keyArn,
    tags: { Accelerator: prefix }
  }
}
