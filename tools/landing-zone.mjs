// What AWS Control Tower and the Landing Zone Accelerator set up alike, seeded straight into moto: the
// organization, its shared accounts (Log Archive, Audit) in an OU, workload accounts, and the Log Archive's
// log bucket with its configuration. control-tower.mjs and landing-zone-accelerator.mjs add what each one
// does its own way (the trail, the bucket policy, the SCPs).
import {
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  EnableAWSServiceAccessCommand,
  ListRootsCommand,
  MoveAccountCommand
} from '@aws-sdk/client-organizations'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateRoleCommand } from '@aws-sdk/client-iam'
import {
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketLoggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand
} from '@aws-sdk/client-s3'
import { clients, credentials, seedBucket, seedLogArchive, seedMemberAccount, seedOrganization } from './seed.mjs'

/** @typedef {{ accessKeyId: string, secretAccessKey: string, sessionToken: string }} Credentials */

/**
 * The organization (the harness's account manages it), an OU for the shared accounts, the Log Archive
 * account (with, when `managementRoleArn` is given, the role org-trail is told to assume there, trusting
 * that management role, as seedLogArchive makes it), the Audit account, and `members` workload accounts in
 * a workload OU. The CloudTrail service-linked role and CloudTrail's trusted access exist, as the landing
 * zone's own organization trail needed them.
 * @param {{ endpoint: string, region: string, sharedOu: string, workloadOu: string, members?: number,
 *   managementRoleArn?: string, trailName: string, logArchiveRoleName?: string, logArchiveRolePolicy?: object }} o
 */
export async function seedLandingZoneAccounts({
  endpoint,
  region,
  sharedOu,
  workloadOu,
  members = 0,
  managementRoleArn,
  trailName,
  logArchiveRoleName,
  logArchiveRolePolicy
}) {
  const { orgId, managementAccountId } = await seedOrganization({ endpoint, region })
  const { organizations, iam } = clients({ endpoint, region })
  await organizations.send(new EnableAWSServiceAccessCommand({ ServicePrincipal: 'cloudtrail.amazonaws.com' }))
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'AWSServiceRoleForCloudTrail',
      Path: '/aws-service-role/cloudtrail.amazonaws.com/',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' }]
      })
    })
  )
  const { Roots = [] } = await organizations.send(new ListRootsCommand({}))
  const rootId = String(Roots[0]?.Id)
  const ou = async (/** @type {string} */ Name) =>
    String(
      (await organizations.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name }))).OrganizationalUnit?.Id
    )
  const sharedOuId = await ou(sharedOu)
  const workloadOuId = await ou(workloadOu)
  const move = (/** @type {string} */ AccountId, /** @type {string} */ DestinationParentId) =>
    organizations.send(new MoveAccountCommand({ AccountId, SourceParentId: rootId, DestinationParentId }))

  const logArchive = managementRoleArn
    ? await seedLogArchive({
        endpoint,
        region,
        managementAccountId,
        orgId,
        managementRoleArn,
        trailName,
        bucket: null,
        name: 'log-archive',
        ...(logArchiveRoleName ? { roleName: logArchiveRoleName } : {}),
        ...(logArchiveRolePolicy ? { rolePolicy: logArchiveRolePolicy } : {})
      })
    : { ...(await seedMemberAccount({ endpoint, region, name: 'log-archive' })), roleArn: null }
  const created = async (/** @type {string} */ name) =>
    String(
      (await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` })))
        .CreateAccountStatus?.AccountId
    )
  const auditAccountId = await created('audit')
  await move(logArchive.accountId, sharedOuId)
  await move(auditAccountId, sharedOuId)
  const memberIds = []
  for (let i = 0; i < members; i++) {
    const id = await created(`workload-${String(i).padStart(3, '0')}`)
    await move(id, workloadOuId)
    memberIds.push(id)
  }
  return {
    orgId,
    managementAccountId,
    rootId,
    sharedOuId,
    workloadOuId,
    logArchive: {
      accountId: logArchive.accountId,
      as: /** @type {Credentials} */ (logArchive.as),
      roleArn: logArchive.roleArn
    },
    auditAccountId,
    memberIds
  }
}

/**
 * A log bucket in the Log Archive account as a landing zone configures one: its policy, default
 * encryption (SSE-S3, or SSE-KMS with `keyArn`), versioning, every public access blocked, a lifecycle
 * expiring objects after `retentionDays`, and server access logging to `accessLogsBucket` (created here,
 * with the policy that lets S3's logging service write to it).
 * @param {{ endpoint: string, region: string, as: Credentials, account: string, bucket: string,
 *   policy: object, keyArn?: string | null, retentionDays: number, accessLogsBucket?: string }} o
 */
export async function seedLandingZoneBucket({
  endpoint,
  region,
  as,
  account,
  bucket,
  policy,
  keyArn,
  retentionDays,
  accessLogsBucket
}) {
  const { s3 } = clients({ endpoint, region, as })
  if (accessLogsBucket)
    await seedBucket({
      endpoint,
      region,
      as,
      bucket: accessLogsBucket,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'S3ServerAccessLogsPolicy',
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: `arn:aws:s3:::${accessLogsBucket}/*`,
            Condition: { StringEquals: { 'aws:SourceAccount': account } }
          }
        ]
      }
    })
  await seedBucket({ endpoint, region, as, bucket, policy })
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: bucket,
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: keyArn
              ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn }
              : { SSEAlgorithm: 'AES256' }
          }
        ]
      }
    })
  )
  await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }))
  await s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: bucket,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true
      }
    })
  )
  await s3.send(
    new PutBucketLifecycleConfigurationCommand({
      Bucket: bucket,
      LifecycleConfiguration: {
        Rules: [
          {
            ID: 'RetentionRule',
            Status: 'Enabled',
            Filter: { Prefix: '' },
            Expiration: { Days: retentionDays },
            NoncurrentVersionExpiration: { NoncurrentDays: retentionDays }
          }
        ]
      }
    })
  )
  if (accessLogsBucket)
    await s3.send(
      new PutBucketLoggingCommand({
        Bucket: bucket,
        BucketLoggingStatus: { LoggingEnabled: { TargetBucket: accessLogsBucket, TargetPrefix: '' } }
      })
    )
}

/**
 * The CloudWatch Logs group a landing zone's organization trail delivers to, in the management account,
 * and the role CloudTrail assumes to write there.
 * @param {{ endpoint: string, region: string, managementAccountId: string, logGroup: string, roleName: string }} o
 * @returns {Promise<{ CloudWatchLogsLogGroupArn: string, CloudWatchLogsRoleArn: string }>} CreateTrail's fields
 */
export async function seedTrailLogGroup({ endpoint, region, managementAccountId, logGroup, roleName }) {
  await new CloudWatchLogsClient({ endpoint, region, credentials }).send(
    new CreateLogGroupCommand({ logGroupName: logGroup })
  )
  const { Role } = await clients({ endpoint, region }).iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' }]
      })
    })
  )
  return {
    CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${managementAccountId}:log-group:${logGroup}:*`,
    CloudWatchLogsRoleArn: String(Role?.Arn)
  }
}
