// The harness's AWS layer itself, with SDK clients that do not retry: what it refuses, in AWS's words, so
// that the action's end-to-end tests meet AWS's behaviour and not moto's.
import {
  AddTagsCommand,
  CloudTrailClient,
  CreateTrailCommand,
  DeleteTrailCommand,
  GetTrailStatusCommand,
  type CreateTrailCommandInput,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand
} from '@aws-sdk/client-cloudtrail'
import {
  CreateKeyCommand,
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  KMSClient,
  ListKeyPoliciesCommand,
  PutKeyPolicyCommand
} from '@aws-sdk/client-kms'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { EnableAWSServiceAccessCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { awsLayer } from '../../tools/aws/index.mjs'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import {
  cloudTrailBucketStatements,
  credentials,
  readLogArchive,
  seedBucket,
  seedLogArchive,
  seedLookalikeBucket,
  seedMemberAccount,
  seedOrganization,
  seedRole
} from '../../tools/seed.mjs'
import { REGION, TEST_TIMEOUT } from '../support/harness.js'
import { behaviourSettings } from '../support/layer.js'

type Proxy = Awaited<ReturnType<typeof startProxy>>
let moto: Moto
let proxy: Proxy

beforeAll(async () => {
  moto = await startMoto()
  // Long holds and windows, so that "at the same time" and "right after" do not depend on the machine.
  proxy = await startProxy({
    target: moto.url,
    layer: awsLayer({
      bucketConfigWrites: { holdMs: 1500 },
      trailWrites: { holdMs: 1500, settleMs: 60_000 },
      policyPropagation: { windowMs: 60_000 }
    })
  })
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

const config = () => ({ endpoint: proxy.url, region: REGION, credentials, maxAttempts: 1 })
const s3 = () => new S3Client({ ...config(), forcePathStyle: true })
const cloudtrail = () => new CloudTrailClient(config())
const direct = () => ({
  s3: new S3Client({ endpoint: moto.url, region: REGION, credentials, forcePathStyle: true }),
  cloudtrail: new CloudTrailClient({ endpoint: moto.url, region: REGION, credentials })
})
const settingsOf = (name: string) => behaviourSettings(proxy, name)

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: Error) => ({ name: e.name, message: e.message })
  )

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'CloudTrail',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:*',
      Resource: ['arn:aws:s3:::layer-logs', 'arn:aws:s3:::layer-logs/*']
    }
  ]
})

describe('S3: configuration writes on one bucket do not overlap', () => {
  it(
    'the second of two at once is answered 409 OperationAborted; another bucket is not concerned',
    async () => {
      await direct().s3.send(new CreateBucketCommand({ Bucket: 'layer-logs' }))
      await direct().s3.send(new CreateBucketCommand({ Bucket: 'layer-other' }))
      const client = s3()
      const versioning = (Bucket: string) =>
        failure(client.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } })))
      const results = await Promise.all([
        failure(
          client.send(
            new PutBucketEncryptionCommand({
              Bucket: 'layer-logs',
              ServerSideEncryptionConfiguration: {
                Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }]
              }
            })
          )
        ),
        versioning('layer-logs'),
        versioning('layer-other')
      ])
      const [encryption, sameBucket, other] = results
      expect([encryption, sameBucket].filter((r) => r === null)).toHaveLength(1)
      expect([encryption, sameBucket].find((r) => r !== null)).toEqual({
        name: 'OperationAborted',
        message: 'A conflicting conditional operation is currently in progress against this resource. Please try again.'
      })
      expect(other).toBeNull()
      // Once the first is answered, the bucket takes writes again.
      expect(await versioning('layer-logs')).toBeNull()
    },
    TEST_TIMEOUT
  )
})

describe('CloudTrail: writes on one trail do not overlap, nor follow CreateTrail at once', () => {
  it(
    'right after CreateTrail, and while another write is in flight (named by ARN or by name): ConflictException',
    async () => {
      await direct().s3.send(new CreateBucketCommand({ Bucket: 'layer-logs' }))
      const client = cloudtrail()
      const created = await client.send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'layer-logs' }))
      const arn = String(created.TrailARN)

      const early = await failure(client.send(new StartLoggingCommand({ Name: arn })))
      expect(early).toMatchObject({ name: 'ConflictException', message: expect.stringMatching(/not ready/) as string })

      // The trail has loaded; two writes at once, one naming it by ARN and one by name.
      settingsOf('trail-writes').settleMs = 0
      const results = await Promise.all([
        failure(client.send(new AddTagsCommand({ ResourceId: arn, TagsList: [{ Key: 'a', Value: 'b' }] }))),
        failure(client.send(new StartLoggingCommand({ Name: 'layer' })))
      ])
      expect(results.filter((r) => r === null)).toHaveLength(1)
      expect(results.find((r) => r !== null)?.name).toBe('ConflictException')
      expect(await failure(client.send(new StartLoggingCommand({ Name: 'layer' })))).toBeNull()
      settingsOf('trail-writes').settleMs = 60_000
    },
    TEST_TIMEOUT
  )

  it(
    'Insights on the API call rate on a trail that logs no write management events: InvalidInsightSelectorsException',
    async () => {
      await direct().s3.send(new CreateBucketCommand({ Bucket: 'layer-logs' }))
      const { cloudtrail: moto } = direct()
      const { TrailARN } = await moto.send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'layer-logs' }))
      await moto.send(
        new PutEventSelectorsCommand({
          TrailName: TrailARN,
          EventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }]
        })
      )
      const refused = await failure(
        cloudtrail().send(
          new PutInsightSelectorsCommand({
            TrailName: TrailARN,
            InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }]
          })
        )
      )
      expect(refused).toMatchObject({
        name: 'InvalidInsightSelectorsException',
        message: expect.stringMatching(/write management events/) as string
      })
      expect(
        await failure(
          cloudtrail().send(
            new PutInsightSelectorsCommand({
              TrailName: TrailARN,
              InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }]
            })
          )
        )
      ).toBeNull()
    },
    TEST_TIMEOUT
  )
})

describe('CloudTrail: nothing is delivered right after logging starts', () => {
  it(
    'GetTrailStatus reports no log-file or digest delivery until the first one (moto: delivered "now")',
    async () => {
      await direct().s3.send(new CreateBucketCommand({ Bucket: 'layer-logs' }))
      const { cloudtrail: moto } = direct()
      const { TrailARN } = await moto.send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'layer-logs' }))
      await moto.send(new StartLoggingCommand({ Name: TrailARN }))
      // moto says a log file arrived the moment logging started.
      expect((await moto.send(new GetTrailStatusCommand({ Name: TrailARN }))).LatestDeliveryTime).toBeInstanceOf(Date)

      const fresh = await cloudtrail().send(new GetTrailStatusCommand({ Name: TrailARN }))
      expect(fresh).toMatchObject({ IsLogging: true, StartLoggingTime: expect.any(Date) as Date })
      expect(fresh.LatestDeliveryTime).toBeUndefined()
      expect(fresh.LatestDigestDeliveryTime).toBeUndefined()

      // Once the first delivery is due, moto's times show through.
      settingsOf('first-delivery').logFilesMs = 0
      const later = await cloudtrail().send(new GetTrailStatusCommand({ Name: TrailARN }))
      expect(later.LatestDeliveryTime).toBeInstanceOf(Date)
      settingsOf('first-delivery').logFilesMs = 5 * 60_000
    },
    TEST_TIMEOUT
  )
})

describe('policies are eventually consistent', () => {
  it(
    'right after PutBucketPolicy / PutKeyPolicy, CreateTrail and UpdateTrail naming them are refused in AWS’s words',
    async () => {
      await direct().s3.send(new CreateBucketCommand({ Bucket: 'layer-logs' }))
      await s3().send(new PutBucketPolicyCommand({ Bucket: 'layer-logs', Policy: POLICY }))
      const bucketRefused = await failure(
        cloudtrail().send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'layer-logs' }))
      )
      expect(bucketRefused).toEqual({
        name: 'InsufficientS3BucketPolicyException',
        message: 'Incorrect S3 bucket policy is detected for bucket: layer-logs'
      })

      const { TrailARN } = await direct().cloudtrail.send(
        new CreateTrailCommand({ Name: 'layer', S3BucketName: 'layer-logs' })
      )
      const kms = new KMSClient(config())
      const { KeyMetadata } = await new KMSClient({ endpoint: moto.url, region: REGION, credentials }).send(
        new CreateKeyCommand({})
      )
      const keyArn = String(KeyMetadata?.Arn)
      await kms.send(
        new PutKeyPolicyCommand({
          KeyId: String(KeyMetadata?.KeyId),
          PolicyName: 'default',
          Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] })
        })
      )
      const keyRefused = await failure(
        cloudtrail().send(new UpdateTrailCommand({ Name: TrailARN, S3BucketName: 'other-logs', KmsKeyId: keyArn }))
      )
      expect(keyRefused).toEqual({
        name: 'InsufficientEncryptionPolicyException',
        message: `Insufficient permissions to access S3 bucket other-logs or KMS key ${keyArn}.`
      })
      expect(proxy.aws().filter((r) => r.answeredBy === 'policy-propagation')).toHaveLength(2)
    },
    TEST_TIMEOUT
  )
})

describe('across accounts (the Log Archive layout)', () => {
  // A proxy with the whole default layer, which asks moto itself (the one above has only the timed parts);
  // no holds, as these requests are sent one after the other.
  let full: Proxy
  beforeAll(async () => {
    full = await startProxy({
      target: moto.url,
      layer: awsLayer({ target: moto.url, trailWrites: { holdMs: 0, settleMs: 0 }, bucketConfigWrites: { holdMs: 0 } })
    })
  }, TEST_TIMEOUT)
  afterAll(async () => {
    await full.stop()
  })
  beforeEach(() => {
    full.layer?.forget()
    full.reset()
  })

  type As = typeof credentials | Awaited<ReturnType<typeof seedMemberAccount>>['as']
  const via = (as: As = credentials) => ({ endpoint: full.url, region: REGION, credentials: as, maxAttempts: 1 })
  const s3As = (as?: As) => new S3Client({ ...via(as), forcePathStyle: true })
  const status = (p: Promise<unknown>) =>
    p.then(
      () => 200,
      (e: { $metadata?: { httpStatusCode?: number } }) => e.$metadata?.httpStatusCode
    )

  /** The organization (this account manages it) and a Log Archive member account owning `archive-logs`. */
  /** Trusted access for CloudTrail, without which no organization trail is created (organization-access.mjs). */
  const trustCloudTrail = () =>
    new OrganizationsClient({ endpoint: moto.url, region: REGION, credentials }).send(
      new EnableAWSServiceAccessCommand({ ServicePrincipal: 'cloudtrail.amazonaws.com' })
    )

  async function twoAccounts(policy?: (managementAccountId: string) => object) {
    const { orgId, managementAccountId } = await seedOrganization({ endpoint: moto.url, region: REGION })
    await trustCloudTrail()
    const archive = await seedMemberAccount({ endpoint: moto.url, region: REGION })
    await seedBucket({
      endpoint: moto.url,
      region: REGION,
      bucket: 'archive-logs',
      as: archive.as,
      ...(policy ? { policy: policy(managementAccountId) } : {})
    })
    return { orgId, managementAccountId, archive }
  }

  it(
    "S3: another account's bucket answers 403 unless its bucket policy grants the request (its policy, never served across accounts, 405 then)",
    async () => {
      const { archive } = await twoAccounts((managementAccountId) => ({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
            Action: 's3:GetBucketLocation',
            Resource: 'arn:aws:s3:::archive-logs'
          }
        ]
      }))
      const management = s3As()
      // Not granted by the bucket policy: 403 (granted, they answer 405: aws-layer-fidelity.test.ts).
      for (const call of [
        () => management.send(new GetBucketPolicyCommand({ Bucket: 'archive-logs' })),
        () => management.send(new PutBucketPolicyCommand({ Bucket: 'archive-logs', Policy: POLICY })),
        () => management.send(new DeleteBucketPolicyCommand({ Bucket: 'archive-logs' }))
      ]) {
        expect(await failure(call())).toEqual({ name: 'AccessDenied', message: 'Access Denied' })
      }
      expect(await failure(management.send(new GetBucketEncryptionCommand({ Bucket: 'archive-logs' })))).toEqual({
        name: 'AccessDenied',
        message: 'Access Denied'
      })
      expect(await status(management.send(new HeadBucketCommand({ Bucket: 'archive-logs' })))).toBe(403)
      // Granted by the bucket policy: answered by moto.
      expect(await failure(management.send(new GetBucketLocationCommand({ Bucket: 'archive-logs' })))).toBeNull()
      // The owner (credentials issued behind the proxy's back, learnt from moto) reads its own policy.
      const owner = s3As(archive.as)
      expect(await failure(owner.send(new GetBucketPolicyCommand({ Bucket: 'archive-logs' })))).toBeNull()
      expect(await failure(owner.send(new GetBucketEncryptionCommand({ Bucket: 'archive-logs' })))).not.toEqual({
        name: 'AccessDenied',
        message: 'Access Denied'
      })
      // A bucket that does not exist is moto's answer.
      expect(await status(management.send(new HeadBucketCommand({ Bucket: 'no-such-logs' })))).toBe(404)
      expect(full.aws().filter((r) => r.answeredBy === 'cross-account-s3')).toHaveLength(5)
    },
    TEST_TIMEOUT
  )

  it(
    'S3: ExpectedBucketOwner other than the bucket owner is 403 AccessDenied, from any account',
    async () => {
      const { managementAccountId, archive } = await twoAccounts()
      const owner = s3As(archive.as)
      const read = (client: S3Client, ExpectedBucketOwner: string) =>
        failure(client.send(new GetBucketPolicyCommand({ Bucket: 'archive-logs', ExpectedBucketOwner })))
      expect(await read(owner, archive.accountId)).toEqual({
        name: 'NoSuchBucketPolicy',
        message: expect.any(String) as string
      })
      expect(await read(owner, managementAccountId)).toEqual({ name: 'AccessDenied', message: 'Access Denied' })
      expect(await read(s3As(), '999999999999')).toEqual({ name: 'AccessDenied', message: 'Access Denied' })
      // The management account naming the right owner still meets the cross-account refusal (no grant: 403).
      expect((await read(s3As(), archive.accountId))?.name).toBe('AccessDenied')
      expect(
        await status(
          s3As().send(new HeadBucketCommand({ Bucket: 'archive-logs', ExpectedBucketOwner: '999999999999' }))
        )
      ).toBe(403)
    },
    TEST_TIMEOUT
  )

  it(
    "KMS: another account's key policy cannot be read or written; DescribeKey works only where the key policy allows it",
    async () => {
      const { managementAccountId, archive } = await twoAccounts()
      const archiveKms = new KMSClient({ endpoint: moto.url, region: REGION, credentials: archive.as })
      const { KeyMetadata } = await archiveKms.send(new CreateKeyCommand({}))
      const keyArn = String(KeyMetadata?.Arn)
      const keyId = String(KeyMetadata?.KeyId)
      const kms = new KMSClient(via())
      const refused = (operation: string) => ({
        name: 'AccessDeniedException',
        message: expect.stringContaining(
          `is not authorized to perform: kms:${operation} on resource: ${keyArn}`
        ) as string
      })
      expect(await failure(kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' })))).toEqual(
        refused('GetKeyPolicy')
      )
      expect(
        await failure(kms.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy: '{}' })))
      ).toEqual(refused('PutKeyPolicy'))
      expect(await failure(kms.send(new ListKeyPoliciesCommand({ KeyId: keyArn })))).toEqual(refused('ListKeyPolicies'))
      expect(await failure(kms.send(new DescribeKeyCommand({ KeyId: keyArn })))).toEqual(refused('DescribeKey'))

      // The key's owner lets the management account describe it.
      await archiveKms.send(
        new PutKeyPolicyCommand({
          KeyId: keyId,
          PolicyName: 'default',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${archive.accountId}:root` },
                Action: 'kms:*',
                Resource: '*'
              },
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
                Action: 'kms:DescribeKey',
                Resource: '*'
              }
            ]
          })
        })
      )
      const described = await kms.send(new DescribeKeyCommand({ KeyId: keyArn }))
      expect(described.KeyMetadata).toMatchObject({ Arn: keyArn, KeyManager: 'CUSTOMER' })
      expect(await failure(kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' })))).toEqual(
        refused('GetKeyPolicy')
      )
      // The owner's own requests are moto's.
      expect(
        await failure(
          new KMSClient(via(archive.as)).send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))
        )
      ).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'CloudTrail checks the bucket policy at CreateTrail and UpdateTrail, in any account, for the trail it is',
    async () => {
      const { orgId, managementAccountId, archive } = await twoAccounts()
      const trailArn = `arn:aws:cloudtrail:${REGION}:${managementAccountId}:trail/layer`
      const ct = new CloudTrailClient(via())
      const create = (input: Partial<CreateTrailCommandInput> = {}) =>
        failure(
          ct.send(
            new CreateTrailCommand({ Name: 'layer', S3BucketName: 'archive-logs', IsOrganizationTrail: true, ...input })
          )
        )
      const insufficient = {
        name: 'InsufficientS3BucketPolicyException',
        message: 'Incorrect S3 bucket policy is detected for bucket: archive-logs'
      }
      const putPolicy = (Statement: object[]) =>
        new S3Client({ endpoint: moto.url, region: REGION, credentials: archive.as, forcePathStyle: true }).send(
          new PutBucketPolicyCommand({
            Bucket: 'archive-logs',
            Policy: JSON.stringify({ Version: '2012-10-17', Statement })
          })
        )
      const statements = (o: { incomplete?: boolean; trail?: string; prefix?: string } = {}) =>
        cloudTrailBucketStatements({
          bucket: 'archive-logs',
          trailArn: o.trail ?? trailArn,
          managementAccountId,
          orgId,
          ...(o.prefix ? { prefix: o.prefix } : {}),
          ...(o.incomplete ? { incomplete: true } : {})
        })

      expect(await create()).toEqual(insufficient) // no policy at all
      await putPolicy(statements({ incomplete: true }))
      expect(await create()).toEqual(insufficient) // the organization's path is missing
      expect(await create({ IsOrganizationTrail: false })).toBeNull() // enough for an account trail
      await direct().cloudtrail.send(new DeleteTrailCommand({ Name: 'layer' }))
      await putPolicy(statements({ trail: `arn:aws:cloudtrail:${REGION}:${managementAccountId}:trail/other` }))
      expect(await create()).toEqual(insufficient) // scoped to another trail
      await putPolicy([
        ...statements(),
        {
          Effect: 'Deny',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::archive-logs/*'
        }
      ])
      expect(await create()).toEqual(insufficient) // an explicit Deny
      await putPolicy(statements())
      expect(await create()).toBeNull()

      // UpdateTrail to a prefix the policy does not cover, then with the policy for it.
      expect(await failure(ct.send(new UpdateTrailCommand({ Name: trailArn, S3KeyPrefix: 'org' })))).toEqual(
        insufficient
      )
      await putPolicy(statements({ prefix: 'org' }))
      expect(await failure(ct.send(new UpdateTrailCommand({ Name: trailArn, S3KeyPrefix: 'org' })))).toBeNull()
      expect(full.aws().filter((r) => r.answeredBy === 'delivery-policy')).toHaveLength(5)
    },
    TEST_TIMEOUT
  )

  it(
    'CloudTrail checks the key policy: InsufficientEncryptionPolicyException until it lets CloudTrail use the key',
    async () => {
      const { orgId, managementAccountId, archive } = await twoAccounts()
      const trailArn = `arn:aws:cloudtrail:${REGION}:${managementAccountId}:trail/layer`
      await new S3Client({ endpoint: moto.url, region: REGION, credentials: archive.as, forcePathStyle: true }).send(
        new PutBucketPolicyCommand({
          Bucket: 'archive-logs',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: cloudTrailBucketStatements({ bucket: 'archive-logs', trailArn, managementAccountId, orgId })
          })
        })
      )
      const archiveKms = new KMSClient({ endpoint: moto.url, region: REGION, credentials: archive.as })
      const { KeyMetadata } = await archiveKms.send(new CreateKeyCommand({}))
      const keyArn = String(KeyMetadata?.Arn)
      const ct = new CloudTrailClient(via())
      const input = { Name: 'layer', S3BucketName: 'archive-logs', IsOrganizationTrail: true, KmsKeyId: keyArn }
      expect(await failure(ct.send(new CreateTrailCommand(input)))).toEqual({
        name: 'InsufficientEncryptionPolicyException',
        message: `Insufficient permissions to access S3 bucket archive-logs or KMS key ${keyArn}.`
      })
      await archiveKms.send(
        new PutKeyPolicyCommand({
          KeyId: String(KeyMetadata?.KeyId),
          PolicyName: 'default',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${archive.accountId}:root` },
                Action: 'kms:*',
                Resource: '*'
              },
              {
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 'kms:GenerateDataKey*',
                Resource: '*',
                Condition: {
                  StringEquals: { 'aws:SourceArn': trailArn },
                  StringLike: {
                    'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${managementAccountId}:trail/*`
                  }
                }
              }
            ]
          })
        })
      )
      expect(await failure(ct.send(new CreateTrailCommand(input)))).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'the seeded Log Archive layout meets these behaviours as AWS would: policies CloudTrail accepts, a foreign owner, a look-alike',
    async () => {
      const { orgId, managementAccountId } = await seedOrganization({ endpoint: moto.url, region: REGION })
      await trustCloudTrail()
      const managementRoleArn = await seedRole({ endpoint: moto.url, region: REGION })
      const archive = await seedLogArchive({
        endpoint: moto.url,
        region: REGION,
        managementAccountId,
        orgId,
        managementRoleArn,
        trailName: 'layer',
        bucket: 'archive-logs',
        key: true,
        keyReaders: [managementAccountId]
      })
      await seedLookalikeBucket({
        endpoint: moto.url,
        region: REGION,
        bucket: 'lookalike-logs',
        trailArn: archive.trailArn
      })
      expect(archive.roleArn).toBe(`arn:aws:iam::${archive.accountId}:role/org-trail-log-archive`)
      // The Log Archive's policy grants the management account nothing: its policy answers 403 there.
      expect((await failure(s3As().send(new GetBucketPolicyCommand({ Bucket: 'archive-logs' }))))?.name).toBe(
        'AccessDenied'
      )
      expect(
        (await new KMSClient(via()).send(new DescribeKeyCommand({ KeyId: String(archive.keyArn) }))).KeyMetadata?.Arn
      ).toBe(archive.keyArn)
      expect(
        await failure(
          s3As(archive.as).send(
            new GetBucketPolicyCommand({ Bucket: 'lookalike-logs', ExpectedBucketOwner: archive.accountId })
          )
        )
      ).toEqual({ name: 'AccessDenied', message: 'Access Denied' })
      const { bucketPolicy } = await readLogArchive({
        endpoint: moto.url,
        region: REGION,
        bucket: 'archive-logs',
        as: archive.as
      })
      expect(bucketPolicy.Statement).toContainEqual(archive.foreignStatement)
      const created = await failure(
        new CloudTrailClient(via()).send(
          new CreateTrailCommand({
            Name: 'layer',
            S3BucketName: 'archive-logs',
            IsOrganizationTrail: true,
            IsMultiRegionTrail: true,
            KmsKeyId: String(archive.keyArn)
          })
        )
      )
      expect(created).toBeNull()
    },
    TEST_TIMEOUT
  )

  it(
    'STS: a chained session (AssumeRole with an assumed role’s credentials) lasts at most one hour',
    async () => {
      const { archive } = await twoAccounts()
      await new IAMClient({ endpoint: moto.url, region: REGION, credentials: archive.as }).send(
        new CreateRoleCommand({
          RoleName: 'chained',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: archive.accountId }, Action: 'sts:AssumeRole' }]
          })
        })
      )
      const RoleArn = `arn:aws:iam::${archive.accountId}:role/chained`
      const sts = new STSClient(via(archive.as))
      expect(
        await failure(sts.send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'long', DurationSeconds: 7200 })))
      ).toEqual({
        name: 'ValidationError',
        message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
      })
      expect(
        await failure(sts.send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'hour', DurationSeconds: 3600 })))
      ).toBeNull()
    },
    TEST_TIMEOUT
  )
})
