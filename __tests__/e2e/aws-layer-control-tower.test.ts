// The AWS layer's Control Tower and Landing Zone Accelerator organizations, service control policies, the
// denials a test can ask for, and aws:SourceOrgID in CloudTrail's delivery request: with SDK clients that do
// not retry, straight through the proxy, so that the action's end-to-end tests meet what AWS answers.
import {
  CloudTrailClient,
  CreateTrailCommand,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  UpdateTrailCommand
} from '@aws-sdk/client-cloudtrail'
import { DescribeKeyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms'
import {
  AttachPolicyCommand,
  CreatePolicyCommand,
  DescribeOrganizationCommand,
  DetachPolicyCommand,
  DisablePolicyTypeCommand,
  OrganizationsClient
} from '@aws-sdk/client-organizations'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { accessDeniedMessage } from '../../tools/aws/access-denied.mjs'
import { awsLayer } from '../../tools/aws/index.mjs'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import {
  CONTROL_TOWER_EXECUTION_ROLE,
  CONTROL_TOWER_TRAIL,
  controlTowerBucketPolicy,
  seedControlTower
} from '../../tools/control-tower.mjs'
import { LZA_TRAIL_PREFIX, lzaTrailName, seedLandingZoneAccelerator } from '../../tools/landing-zone-accelerator.mjs'
import { clients, credentials, seedBucket, seedRole } from '../../tools/seed.mjs'
import { denialsOf } from '../support/control-tower.js'
import { REGION, TEST_TIMEOUT } from '../support/harness.js'
import { failure } from '../support/layer.js'

type Proxy = Awaited<ReturnType<typeof startProxy>>
type As = typeof credentials | { accessKeyId: string; secretAccessKey: string; sessionToken: string }
let moto: Moto
let proxy: Proxy

beforeAll(async () => {
  moto = await startMoto()
  // The eventually consistent behaviours (a new bucket answering NoSuchBucket for a while…) are not what
  // this file tests: their windows are closed, so that a bucket created here is there at once.
  proxy = await startProxy({ target: moto.url, layer: awsLayer({ target: moto.url, propagationMs: 0 }) })
}, TEST_TIMEOUT)
afterAll(async () => {
  await proxy.stop()
  await moto.stop()
})
beforeEach(async () => {
  await moto.reset()
  proxy.layer?.forget()
  proxy.reset()
})

const via = (as: As = credentials) => ({ endpoint: proxy.url, region: REGION, credentials: as, maxAttempts: 1 })
const s3As = (as?: As) => new S3Client({ ...via(as), forcePathStyle: true })

/** The session ARN moto gave credentials (what an AccessDenied names). */
async function sessionArn(as: As): Promise<string> {
  const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
  const { Arn } = await new STSClient({ endpoint: moto.url, region: REGION, credentials: as }).send(
    new GetCallerIdentityCommand({})
  )
  return String(Arn)
}

const POLICY = (bucket: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Audit',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111111111111:root' },
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucket}/*`
      }
    ]
  })

describe('a Control Tower organization (landing zone 3.x)', () => {
  it(
    'runs aws-controltower-BaselineCloudTrail in the management account: organization trail, multi-region, validated, logging, into the Log Archive bucket under o-<org id>',
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION })
      const { cloudtrail } = clients({ endpoint: moto.url, region: REGION })
      const { trailList = [] } = await cloudtrail.send(new DescribeTrailsCommand({}))
      expect(trailList).toEqual([
        expect.objectContaining({
          Name: CONTROL_TOWER_TRAIL,
          TrailARN: `arn:aws:cloudtrail:${REGION}:${ct.managementAccountId}:trail/${CONTROL_TOWER_TRAIL}`,
          S3BucketName: `aws-controltower-logs-${ct.logArchive.accountId}-${REGION}`,
          S3KeyPrefix: ct.orgId,
          IsOrganizationTrail: true,
          IsMultiRegionTrail: true,
          IncludeGlobalServiceEvents: true,
          LogFileValidationEnabled: true,
          CloudWatchLogsLogGroupArn: expect.stringContaining(':log-group:aws-controltower/CloudTrailLogs') as string
        })
      ])
      expect((await cloudtrail.send(new GetTrailStatusCommand({ Name: CONTROL_TOWER_TRAIL }))).IsLogging).toBe(true)
      const archive = clients({ endpoint: moto.url, region: REGION, as: ct.logArchive.as })
      const { Policy } = await archive.s3.send(new GetBucketPolicyCommand({ Bucket: ct.bucket }))
      expect(JSON.parse(String(Policy))).toEqual(controlTowerBucketPolicy(ct.bucket, ct.orgId))
      const encryption = await archive.s3.send(new GetBucketEncryptionCommand({ Bucket: ct.bucket }))
      expect(encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault).toEqual({
        SSEAlgorithm: 'AES256'
      })
    },
    TEST_TIMEOUT
  )

  it(
    'with CloudTrail turned off in the landing zone there is no trail, and the Log Archive bucket stays',
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION, cloudTrail: false })
      const { cloudtrail } = clients({ endpoint: moto.url, region: REGION })
      expect((await cloudtrail.send(new DescribeTrailsCommand({}))).trailList).toEqual([])
      expect(ct.trailArn).toBeNull()
      const archive = clients({ endpoint: moto.url, region: REGION, as: ct.logArchive.as })
      expect(await failure(archive.s3.send(new GetBucketPolicyCommand({ Bucket: ct.bucket })))).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    "its mandatory SCPs refuse any change of the aws-controltower-* bucket's policy, encryption, logging and lifecycle in the Log Archive account, in AWS's words, to every principal but AWSControlTowerExecution",
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION })
      const member = s3As(ct.logArchive.as)
      const principal = await sessionArn(ct.logArchive.as)
      const denied = (action: string) => ({
        name: 'AccessDenied',
        status: 403,
        message: accessDeniedMessage({
          principal,
          action,
          resource: `arn:aws:s3:::${ct.bucket}`,
          kind: 'service-control-policy',
          quoteResource: true
        })
      })
      // The exact text, written out once: what the action's explanation must recognize.
      expect(denied('s3:PutBucketPolicy').message).toBe(
        `User: ${principal} is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::${ct.bucket}" with an explicit deny in a service control policy`
      )
      expect(
        await failure(member.send(new PutBucketPolicyCommand({ Bucket: ct.bucket, Policy: POLICY(ct.bucket) })))
      ).toEqual(denied('s3:PutBucketPolicy'))
      expect(await failure(member.send(new DeleteBucketPolicyCommand({ Bucket: ct.bucket })))).toEqual(
        denied('s3:DeleteBucketPolicy')
      )
      expect(
        await failure(
          member.send(
            new PutBucketEncryptionCommand({
              Bucket: ct.bucket,
              ServerSideEncryptionConfiguration: {
                Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }]
              }
            })
          )
        )
      ).toEqual(denied('s3:PutEncryptionConfiguration'))
      expect(
        await failure(member.send(new PutBucketLoggingCommand({ Bucket: ct.bucket, BucketLoggingStatus: {} })))
      ).toEqual(denied('s3:PutBucketLogging'))
      expect(
        await failure(
          member.send(
            new PutBucketLifecycleConfigurationCommand({
              Bucket: ct.bucket,
              LifecycleConfiguration: {
                Rules: [{ ID: 'r', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 1 } }]
              }
            })
          )
        )
      ).toEqual(denied('s3:PutLifecycleConfiguration'))
      // Reads are not governed; nor is a bucket of another name in the same account.
      expect(await failure(member.send(new GetBucketPolicyCommand({ Bucket: ct.bucket })))).toBeNull()
      expect(await failure(member.send(new CreateBucketCommand({ Bucket: 'workload-logs' })))).toBeNull()
      expect(
        await failure(
          member.send(new PutBucketPolicyCommand({ Bucket: 'workload-logs', Policy: POLICY('workload-logs') }))
        )
      ).toBeNull()

      // Control Tower's own role is exempt.
      const { Credentials } = await new STSClient({ endpoint: moto.url, region: REGION, credentials }).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${ct.logArchive.accountId}:role/${CONTROL_TOWER_EXECUTION_ROLE}`,
          RoleSessionName: 'AWSControlTower'
        })
      )
      const execution = s3As({
        accessKeyId: String(Credentials?.AccessKeyId),
        secretAccessKey: String(Credentials?.SecretAccessKey),
        sessionToken: String(Credentials?.SessionToken)
      })
      expect(
        await failure(execution.send(new PutBucketPolicyCommand({ Bucket: ct.bucket, Policy: POLICY(ct.bucket) })))
      ).toBeNull()
      expect(proxy.aws().filter((r) => r.answeredBy === 'service-control-policies')).toHaveLength(5)
    },
    TEST_TIMEOUT
  )

  it(
    'SCPs never apply to the management account, nor when the root has SCPs disabled',
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION })
      await seedBucket({ endpoint: moto.url, region: REGION, bucket: 'aws-controltower-management-copy' })
      // An SCP denying everything, attached to the root: the management account is not subject to it.
      const { organizations } = clients({ endpoint: moto.url, region: REGION })
      const { Policy } = await organizations.send(
        new CreatePolicyCommand({
          Name: 'deny-all',
          Description: 'deny everything',
          Type: 'SERVICE_CONTROL_POLICY',
          Content: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }]
          })
        })
      )
      await organizations.send(
        new AttachPolicyCommand({ PolicyId: String(Policy?.PolicySummary?.Id), TargetId: ct.rootId })
      )
      const bucket = 'aws-controltower-management-copy'
      expect(
        await failure(s3As().send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: POLICY(bucket) })))
      ).toBeNull()
      // A member account is.
      expect(
        await failure(new OrganizationsClient(via(ct.logArchive.as)).send(new DescribeOrganizationCommand({})))
      ).toMatchObject({ name: 'AccessDeniedException', status: 400 })
      // With the policy type disabled on the root, no SCP applies.
      await organizations.send(
        new DisablePolicyTypeCommand({ RootId: ct.rootId, PolicyType: 'SERVICE_CONTROL_POLICY' })
      )
      expect(
        await failure(
          s3As(ct.logArchive.as).send(new PutBucketPolicyCommand({ Bucket: ct.bucket, Policy: POLICY(ct.bucket) }))
        )
      ).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'a level of the organization whose SCPs allow nothing for the request refuses it implicitly',
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION })
      const { organizations } = clients({ endpoint: moto.url, region: REGION })
      const { Policy } = await organizations.send(
        new CreatePolicyCommand({
          Name: 'reads-only',
          Description: 'reads only',
          Type: 'SERVICE_CONTROL_POLICY',
          Content: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'kms:Describe*'], Resource: '*' }]
          })
        })
      )
      // In place of FullAWSAccess on the account.
      await organizations.send(
        new AttachPolicyCommand({ PolicyId: String(Policy?.PolicySummary?.Id), TargetId: ct.logArchive.accountId })
      )
      await organizations.send(
        new DetachPolicyCommand({ PolicyId: 'p-FullAWSAccess', TargetId: ct.logArchive.accountId })
      )
      const { kms } = clients({ endpoint: moto.url, region: REGION, as: ct.logArchive.as })
      const { KeyMetadata } = await kms.send(new (await import('@aws-sdk/client-kms')).CreateKeyCommand({}))
      const key = String(KeyMetadata?.Arn)
      const principal = await sessionArn(ct.logArchive.as)
      const viaProxy = new KMSClient(via(ct.logArchive.as))
      expect(await failure(viaProxy.send(new DescribeKeyCommand({ KeyId: key })))).toBeNull()
      expect(
        await failure(viaProxy.send(new PutKeyPolicyCommand({ KeyId: key, PolicyName: 'default', Policy: '{}' })))
      ).toEqual({
        name: 'AccessDeniedException',
        status: 400,
        message: `User: ${principal} is not authorized to perform: kms:PutKeyPolicy on resource: ${key} because no service control policy allows the kms:PutKeyPolicy action`
      })
    },
    TEST_TIMEOUT
  )
})

describe('denials a test asks for', () => {
  it(
    'answer any operation with the named kind of policy, explicit or implicit, in each protocol’s wire format',
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION })
      const denials = denialsOf(proxy)
      const principal = await sessionArn(ct.logArchive.as)
      denials.deny({ operation: 's3:GetBucketPolicy', kind: 'resource-control-policy' })
      denials.deny({ operation: 'kms:DescribeKey', kind: 'permissions-boundary', explicit: false })
      denials.deny({ operation: 'cloudtrail:DescribeTrails', kind: 'session-policy' })
      denials.deny({ operation: 'organizations:DescribeOrganization', kind: 'identity-based-policy', explicit: false })
      denials.deny({ operation: 'sts:GetCallerIdentity', kind: 'resource-based-policy', times: 1 })

      expect(await failure(s3As(ct.logArchive.as).send(new GetBucketPolicyCommand({ Bucket: ct.bucket })))).toEqual({
        name: 'AccessDenied',
        status: 403,
        message: `User: ${principal} is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::${ct.bucket}" with an explicit deny in a resource control policy`
      })
      const key = `arn:aws:kms:${REGION}:${ct.logArchive.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
      expect(await failure(new KMSClient(via(ct.logArchive.as)).send(new DescribeKeyCommand({ KeyId: key })))).toEqual({
        name: 'AccessDeniedException',
        status: 400,
        message: `User: ${principal} is not authorized to perform: kms:DescribeKey on resource: ${key} because no permissions boundary allows the kms:DescribeKey action`
      })
      expect(await failure(new CloudTrailClient(via()).send(new DescribeTrailsCommand({})))).toEqual({
        name: 'AccessDeniedException',
        status: 400,
        message: `User: arn:aws:iam::${ct.managementAccountId}:root is not authorized to perform: cloudtrail:DescribeTrails on resource: * with an explicit deny in a session policy`
      })
      expect(await failure(new OrganizationsClient(via()).send(new DescribeOrganizationCommand({})))).toEqual({
        name: 'AccessDeniedException',
        status: 400,
        message: `User: arn:aws:iam::${ct.managementAccountId}:root is not authorized to perform: organizations:DescribeOrganization on resource: * because no identity-based policy allows the organizations:DescribeOrganization action`
      })
      const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
      const sts = new STSClient(via())
      expect(await failure(sts.send(new GetCallerIdentityCommand({})))).toMatchObject({
        name: 'AccessDenied',
        status: 403,
        message: expect.stringContaining('with an explicit deny in a resource-based policy') as string
      })
      // `times`: the second call is moto's.
      expect(await failure(sts.send(new GetCallerIdentityCommand({})))).toBeNull()
      expect(denials.denied()).toEqual([
        's3:GetBucketPolicy',
        'kms:DescribeKey',
        'cloudtrail:DescribeTrails',
        'organizations:DescribeOrganization',
        'sts:GetCallerIdentity'
      ])
      denials.clear()
      expect(await failure(new CloudTrailClient(via()).send(new DescribeTrailsCommand({})))).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'can be limited to one account',
    async () => {
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION })
      denialsOf(proxy).deny({
        operation: 's3:GetBucketPolicy',
        kind: 'permissions-boundary',
        account: ct.managementAccountId
      })
      expect(await failure(s3As(ct.logArchive.as).send(new GetBucketPolicyCommand({ Bucket: ct.bucket })))).toBeNull()
    },
    TEST_TIMEOUT
  )
})

describe("CloudTrail's delivery request carries aws:SourceOrgID", () => {
  it(
    "so Control Tower's bucket policy lets any trail of the organization deliver under its prefix, and a trail of another organization not",
    async () => {
      const roleArn = await seedRole({ endpoint: moto.url, region: REGION })
      const ct = await seedControlTower({ endpoint: moto.url, region: REGION, managementRoleArn: roleArn })
      const cloudtrail = new CloudTrailClient(via())
      // UpdateTrail naming the bucket: CloudTrail checks the policy again, which conditions only on aws:SourceOrgID.
      expect(
        await failure(
          cloudtrail.send(
            new UpdateTrailCommand({ Name: CONTROL_TOWER_TRAIL, S3BucketName: ct.bucket, S3KeyPrefix: ct.orgId })
          )
        )
      ).toBeNull()
      // A second organization trail into the same bucket and prefix is accepted by CloudTrail too: nothing in
      // Control Tower's policy names its trail (the duplicate the action must refuse itself).
      expect(
        await failure(
          cloudtrail.send(
            new CreateTrailCommand({
              Name: 'org-trail',
              S3BucketName: ct.bucket,
              S3KeyPrefix: ct.orgId,
              IsOrganizationTrail: true,
              IsMultiRegionTrail: true,
              IncludeGlobalServiceEvents: true
            })
          )
        )
      ).toBeNull()
      // Another prefix is outside the policy's o-<org id>/AWSLogs/*/*.
      expect(
        await failure(
          cloudtrail.send(
            new CreateTrailCommand({
              Name: 'elsewhere',
              S3BucketName: ct.bucket,
              S3KeyPrefix: 'elsewhere',
              IsOrganizationTrail: true
            })
          )
        )
      ).toEqual({
        name: 'InsufficientS3BucketPolicyException',
        status: 400,
        message: `Incorrect S3 bucket policy is detected for bucket: ${ct.bucket}`
      })
      // A policy naming another organization refuses the organization's trail.
      const { Credentials } = await new STSClient({ endpoint: moto.url, region: REGION, credentials }).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${ct.logArchive.accountId}:role/${CONTROL_TOWER_EXECUTION_ROLE}`,
          RoleSessionName: 'AWSControlTower'
        })
      )
      const execution = {
        accessKeyId: String(Credentials?.AccessKeyId),
        secretAccessKey: String(Credentials?.SecretAccessKey),
        sessionToken: String(Credentials?.SessionToken)
      }
      await s3As(execution).send(
        new PutBucketPolicyCommand({
          Bucket: ct.bucket,
          Policy: JSON.stringify(controlTowerBucketPolicy(ct.bucket, 'o-otherorg00'))
        })
      )
      proxy.layer?.forget()
      expect(
        await failure(
          cloudtrail.send(
            new UpdateTrailCommand({ Name: CONTROL_TOWER_TRAIL, S3BucketName: ct.bucket, S3KeyPrefix: ct.orgId })
          )
        )
      ).toMatchObject({ name: 'InsufficientS3BucketPolicyException' })
    },
    TEST_TIMEOUT
  )
})

describe('a Landing Zone Accelerator organization', () => {
  it(
    'runs AWSAccelerator-Organizations-CloudTrail, tagged Accelerator, into the central logs bucket of the Log Archive account, with its key there',
    async () => {
      const lza = await seedLandingZoneAccelerator({ endpoint: moto.url, region: REGION })
      const { cloudtrail } = clients({ endpoint: moto.url, region: REGION })
      const { trailList = [] } = await cloudtrail.send(new DescribeTrailsCommand({}))
      expect(trailList).toEqual([
        expect.objectContaining({
          Name: lzaTrailName(),
          S3BucketName: `aws-accelerator-central-logs-${lza.logArchive.accountId}-${REGION}`,
          S3KeyPrefix: LZA_TRAIL_PREFIX,
          IsOrganizationTrail: true,
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          KmsKeyId: expect.stringContaining(`:${lza.logArchive.accountId}:key/`) as string
        })
      ])
      const { ResourceTagList = [] } = await cloudtrail.send(new ListTagsCommand({ ResourceIdList: [lza.trailArn] }))
      expect(ResourceTagList[0]?.TagsList).toEqual([{ Key: 'Accelerator', Value: 'AWSAccelerator' }])
      expect((await cloudtrail.send(new GetTrailStatusCommand({ Name: lza.trailArn }))).IsLogging).toBe(true)
      // CloudTrail's delivery into the central logs bucket is allowed by its policy and key policy.
      expect(
        await failure(
          new CloudTrailClient(via()).send(new UpdateTrailCommand({ Name: lza.trailArn, S3BucketName: lza.bucket }))
        )
      ).toBeNull()
    },
    TEST_TIMEOUT
  )
})
