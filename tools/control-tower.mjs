// An AWS Control Tower organization as landing zone 3.x sets it up, seeded straight into moto (the proxy
// records only what the action does). From the Control Tower user guide:
// - "About logging in AWS Control Tower": landing zone 3.0+ runs an organization trail,
//   aws-controltower-BaselineCloudTrail, in the management account; a landing zone may have CloudTrail
//   turned off in its settings (`cloudTrail: false`).
// - The trail delivers to aws-controltower-logs-<log archive account>-<home region> in the Log Archive
//   account, under the key prefix <organization id> (the bucket policy's ${AWSLogsS3KeyPrefix}, which
//   Control Tower sets to the organization id: objects land at o-…/AWSLogs/o-…/<account>/…). Multi-region,
//   log file validation on, logging, and into the CloudWatch Logs group aws-controltower/CloudTrailLogs
//   (the mandatory control "Integrate CloudTrail Events with Amazon CloudWatch Logs").
// - "Amazon S3 bucket policy for logging" (landing zone 3.3 and earlier, one bucket for CloudTrail and
//   Config): AllowSSLRequestsOnly, AWSBucketPermissionsCheck, AWSConfigBucketExistenceCheck,
//   AWSBucketDeliveryForConfig and AWSBucketDeliveryForOrganizationTrail, the deliveries conditioned on
//   aws:SourceOrgID, not on the trail's ARN.
// - Encryption: SSE-S3 by default ("Designing an AWS Control Tower landing zone", Storage); with a KMS key
//   chosen in the landing zone settings (`kmsKey: true`), a customer managed key in the management account
//   whose policy lets CloudTrail use it for aws-controltower-BaselineCloudTrail. Retention: one year for the
//   logs, ten for the access logs (aws-controltower-s3-access-logs-<account>-<region>).
// - "Mandatory controls": SCPs on the Security OU (where the Log Archive and Audit accounts are) deny
//   s3:PutEncryptionConfiguration, s3:PutBucketLogging, s3:PutBucketPolicy / s3:DeleteBucketPolicy,
//   s3:PutLifecycleConfiguration and s3:DeleteBucket on arn:aws:s3:::aws-controltower* to every principal
//   but arn:aws:iam::*:role/AWSControlTowerExecution; GRCLOUDTRAILENABLED and GRLOGGROUPPOLICY apply to
//   every OU. Control Tower names its SCPs aws-guardrails-<id>; the ids here are fixed.
// Not documented, so not seeded: tags Control Tower puts on its trail (none are described).
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail'
import { CreateRoleCommand } from '@aws-sdk/client-iam'
import { CreateKeyCommand } from '@aws-sdk/client-kms'
import { AttachPolicyCommand, CreatePolicyCommand, EnablePolicyTypeCommand } from '@aws-sdk/client-organizations'
import { clients, credentials } from './seed.mjs'
import { seedLandingZoneAccounts, seedLandingZoneBucket, seedTrailLogGroup } from './landing-zone.mjs'

export const CONTROL_TOWER_TRAIL = 'aws-controltower-BaselineCloudTrail'
export const CONTROL_TOWER_EXECUTION_ROLE = 'AWSControlTowerExecution'
export const CONTROL_TOWER_LOG_GROUP = 'aws-controltower/CloudTrailLogs'

/** @param {string} account @param {string} region */
export const controlTowerBucket = (account, region) => `aws-controltower-logs-${account}-${region}`

const EXEMPT = { ArnNotLike: { 'aws:PrincipalARN': `arn:aws:iam::*:role/${CONTROL_TOWER_EXECUTION_ROLE}` } }
const CT_BUCKETS = ['arn:aws:s3:::aws-controltower*']

/** The mandatory controls of the Security OU (Control Tower guide, "Mandatory controls"), as one SCP. */
export const SECURITY_OU_CONTROLS = {
  Version: '2012-10-17',
  Statement: [
    ['GRCTAUDITBUCKETENCRYPTIONCHANGESPROHIBITED', ['s3:PutEncryptionConfiguration']],
    ['GRCTAUDITBUCKETLOGGINGCONFIGURATIONCHANGESPROHIBITED', ['s3:PutBucketLogging']],
    ['GRCTAUDITBUCKETPOLICYCHANGESPROHIBITED', ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy']],
    ['GRCTAUDITBUCKETLIFECYCLECONFIGURATIONCHANGESPROHIBITED', ['s3:PutLifecycleConfiguration']],
    ['GRAUDITBUCKETDELETIONPROHIBITED', ['s3:DeleteBucket']]
  ].map(([Sid, Action]) => ({ Sid, Effect: 'Deny', Action, Resource: CT_BUCKETS, Condition: EXEMPT }))
}

/** Mandatory controls of every OU that concern the trail and its log group. */
export const ALL_OU_CONTROLS = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'GRCLOUDTRAILENABLED',
      Effect: 'Deny',
      Action: [
        'cloudtrail:DeleteTrail',
        'cloudtrail:PutEventSelectors',
        'cloudtrail:StopLogging',
        'cloudtrail:UpdateTrail'
      ],
      Resource: ['arn:aws:cloudtrail:*:*:trail/aws-controltower-*'],
      Condition: EXEMPT
    },
    {
      Sid: 'GRLOGGROUPPOLICY',
      Effect: 'Deny',
      Action: ['logs:DeleteLogGroup', 'logs:PutRetentionPolicy'],
      Resource: ['arn:aws:logs:*:*:log-group:*aws-controltower*'],
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [`arn:aws:iam::*:role/${CONTROL_TOWER_EXECUTION_ROLE}`] } }
    }
  ]
}

/**
 * Control Tower's Log Archive bucket policy (landing zone 3.3 and earlier: CloudTrail and Config share it).
 * @param {string} bucket @param {string} orgId
 */
export function controlTowerBucketPolicy(bucket, orgId) {
  const services = ['cloudtrail.amazonaws.com', 'config.amazonaws.com']
  const underPrefix = `arn:aws:s3:::${bucket}/${orgId}/AWSLogs/*/*`
  const inOrganization = { StringEquals: { 'aws:SourceOrgID': orgId } }
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowSSLRequestsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } }
      },
      {
        Sid: 'AWSBucketPermissionsCheck',
        Effect: 'Allow',
        Principal: { Service: services },
        Action: 's3:GetBucketAcl',
        Resource: [`arn:aws:s3:::${bucket}`]
      },
      {
        Sid: 'AWSConfigBucketExistenceCheck',
        Effect: 'Allow',
        Principal: { Service: services },
        Action: 's3:ListBucket',
        Resource: [`arn:aws:s3:::${bucket}`]
      },
      {
        Sid: 'AWSBucketDeliveryForConfig',
        Effect: 'Allow',
        Principal: { Service: ['config.amazonaws.com'] },
        Action: 's3:PutObject',
        Resource: [underPrefix],
        Condition: inOrganization
      },
      {
        Sid: 'AWSBucketDeliveryForOrganizationTrail',
        Effect: 'Allow',
        Principal: { Service: ['cloudtrail.amazonaws.com'] },
        Action: 's3:PutObject',
        Resource: underPrefix,
        Condition: inOrganization
      }
    ]
  }
}

/**
 * A Control Tower organization (landing zone 3.x): see the top of this file.
 * - `managementRoleArn`: the role GitHub OIDC assumes in the management account; the Log Archive account
 *   then has the role org-trail is told to assume there (`logArchiveRoleName`, default org-trail-log-archive)
 *   trusting it, as a customer following the README would create it.
 * - `cloudTrail: false`: a landing zone with CloudTrail turned off (no trail; the bucket stays, for Config).
 * - `kmsKey: true`: the landing zone's logs are encrypted with a KMS key of the management account.
 * - `members`: workload accounts in the Sandbox OU.
 * @param {{ endpoint: string, region?: string, managementRoleArn?: string, cloudTrail?: boolean,
 *   kmsKey?: boolean, members?: number, logArchiveRoleName?: string, logArchiveRolePolicy?: object }} o
 */
export async function seedControlTower({
  endpoint,
  region = 'us-east-1',
  managementRoleArn,
  cloudTrail = true,
  kmsKey = false,
  members = 0,
  logArchiveRoleName,
  logArchiveRolePolicy
}) {
  const zone = await seedLandingZoneAccounts({
    endpoint,
    region,
    sharedOu: 'Security',
    workloadOu: 'Sandbox',
    members,
    trailName: CONTROL_TOWER_TRAIL,
    ...(managementRoleArn ? { managementRoleArn } : {}),
    ...(logArchiveRoleName ? { logArchiveRoleName } : {}),
    ...(logArchiveRolePolicy ? { logArchiveRolePolicy } : {})
  })
  const { orgId, managementAccountId, logArchive } = zone
  const management = clients({ endpoint, region })
  const trailArn = `arn:aws:cloudtrail:${region}:${managementAccountId}:trail/${CONTROL_TOWER_TRAIL}`

  // The role Control Tower acts through in every enrolled account, the one principal its SCPs exempt.
  await clients({ endpoint, region, as: logArchive.as }).iam.send(
    new CreateRoleCommand({
      RoleName: CONTROL_TOWER_EXECUTION_ROLE,
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
            Action: 'sts:AssumeRole'
          }
        ]
      })
    })
  )

  // The mandatory SCPs.
  await management.organizations.send(
    new EnablePolicyTypeCommand({ RootId: zone.rootId, PolicyType: 'SERVICE_CONTROL_POLICY' })
  )
  const scp = async (/** @type {string} */ Name, /** @type {object} */ document, /** @type {string[]} */ targets) => {
    const { Policy } = await management.organizations.send(
      new CreatePolicyCommand({
        Name,
        Description: 'AWS Control Tower mandatory controls',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify(document)
      })
    )
    const id = String(Policy?.PolicySummary?.Id)
    for (const TargetId of targets)
      await management.organizations.send(new AttachPolicyCommand({ PolicyId: id, TargetId }))
    return { id, name: Name }
  }
  const scps = [
    await scp('aws-guardrails-security', SECURITY_OU_CONTROLS, [zone.sharedOuId]),
    await scp('aws-guardrails-all', ALL_OU_CONTROLS, [zone.sharedOuId, zone.workloadOuId])
  ]

  let keyArn = null
  if (kmsKey) {
    const { KeyMetadata } = await management.kms.send(
      new CreateKeyCommand({
        Description: 'AWS Control Tower landing zone logs',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Enable IAM User Permissions',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
              Action: 'kms:*',
              Resource: '*'
            },
            {
              Sid: 'Allow CloudTrail to use KMS for encryption',
              Effect: 'Allow',
              Principal: { Service: 'cloudtrail.amazonaws.com' },
              Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
              Resource: '*',
              Condition: {
                StringEquals: { 'aws:SourceArn': trailArn },
                StringLike: {
                  'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${managementAccountId}:trail/*`
                }
              }
            },
            {
              Sid: 'Allow Config to use KMS for encryption',
              Effect: 'Allow',
              Principal: { Service: 'config.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
              Resource: '*'
            }
          ]
        })
      })
    )
    keyArn = String(KeyMetadata?.Arn)
  }

  const bucket = controlTowerBucket(logArchive.accountId, region)
  const accessLogsBucket = `aws-controltower-s3-access-logs-${logArchive.accountId}-${region}`
  await seedLandingZoneBucket({
    endpoint,
    region,
    as: logArchive.as,
    account: logArchive.accountId,
    bucket,
    policy: controlTowerBucketPolicy(bucket, orgId),
    keyArn,
    retentionDays: 365,
    accessLogsBucket
  })

  if (cloudTrail) {
    const logs = await seedTrailLogGroup({
      endpoint,
      region,
      managementAccountId,
      logGroup: CONTROL_TOWER_LOG_GROUP,
      roleName: 'aws-controltower-CloudWatchLogsRole'
    })
    const cloudtrail = new CloudTrailClient({ endpoint, region, credentials })
    await cloudtrail.send(
      new CreateTrailCommand({
        Name: CONTROL_TOWER_TRAIL,
        S3BucketName: bucket,
        S3KeyPrefix: orgId,
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        EnableLogFileValidation: true,
        IsOrganizationTrail: true,
        ...logs,
        ...(keyArn ? { KmsKeyId: keyArn } : {})
      })
    )
    await cloudtrail.send(new StartLoggingCommand({ Name: CONTROL_TOWER_TRAIL }))
  }

  return {
    ...zone,
    bucket,
    accessLogsBucket,
    prefix: orgId,
    trailName: CONTROL_TOWER_TRAIL,
    trailArn: cloudTrail ? trailArn : null,
    keyArn,
    scps
  }
}
