// The harness's AWS layer answers as AWS documents where issue 21 found it did not (tools/aws/): proxy-level
// tests with SDK clients that do not retry, one describe per item of the issue. The action's end-to-end
// tests against these behaviours are the aws-fidelity-*.test.ts files.
import {
  AddTagsCommand,
  CloudTrailClient,
  CreateTrailCommand,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand
} from '@aws-sdk/client-cloudtrail'
import { CreateKeyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms'
import { EnableAWSServiceAccessCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { CreateServiceLinkedRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  GetBucketPolicyCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { awsLayer } from '../../tools/aws/index.mjs'
import { propagationWindowMs } from '../../tools/aws/windows.mjs'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { makeJwt } from '../../tools/oidc.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { sleep } from '../../tools/util.mjs'
import { credentials, seedMemberAccount, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { REGION, TEST_TIMEOUT } from '../support/harness.js'
import { behaviourSettings, failure } from '../support/layer.js'

type Proxy = Awaited<ReturnType<typeof startProxy>>
let moto: Moto
let proxy: Proxy

beforeAll(async () => {
  moto = await startMoto()
  // No holds and no windows unless a test sets one: these requests are sent one after the other.
  proxy = await startProxy({
    target: moto.url,
    layer: awsLayer({
      target: moto.url,
      propagationMs: 0,
      trailWrites: { holdMs: 0, settleMs: 0 },
      bucketConfigWrites: { holdMs: 0 }
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
  for (const b of proxy.layer?.behaviours ?? []) {
    const settings = (b as { settings?: Record<string, number> }).settings
    if (settings && 'windowMs' in settings) settings.windowMs = 0
  }
})

type As = typeof credentials | Awaited<ReturnType<typeof seedMemberAccount>>['as']
const via = (as: As = credentials, region = REGION) => ({
  endpoint: proxy.url,
  region,
  credentials: as,
  maxAttempts: 1
})
const straight = (as: As = credentials, region = REGION) => ({ endpoint: moto.url, region, credentials: as })
const s3 = (as?: As) => new S3Client({ ...via(as), forcePathStyle: true })
const cloudtrail = (region = REGION) => new CloudTrailClient(via(credentials, region))
const direct = {
  s3: (as?: As) => new S3Client({ ...straight(as), forcePathStyle: true }),
  cloudtrail: (region = REGION) => new CloudTrailClient(straight(credentials, region)),
  kms: () => new KMSClient(straight())
}

const settingsOf = (name: string) => behaviourSettings(proxy, name)

/** A bucket CloudTrail may deliver to whatever the trail (s3:* for cloudtrail.amazonaws.com), straight to moto. */
async function openBucket(bucket: string, as?: As) {
  await direct.s3(as).send(new CreateBucketCommand({ Bucket: bucket }))
  await direct.s3(as).send(
    new PutBucketPolicyCommand({
      Bucket: bucket,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'CloudTrail',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:*',
            Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]
          }
        ]
      })
    })
  )
}

describe('item 1: S3 Bucket Keys need kms:Decrypt (delivery-policy.mjs)', () => {
  /** A customer managed key whose policy lets CloudTrail encrypt for trail `layer`, and optionally decrypt. */
  async function key(account: string, decrypt: boolean): Promise<string> {
    const { KeyMetadata } = await direct.kms().send(new CreateKeyCommand({}))
    const trailArn = `arn:aws:cloudtrail:${REGION}:${account}:trail/layer`
    const cloudTrail = (Sid: string, Action: string, Condition?: object) => ({
      Sid,
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action,
      Resource: '*',
      ...(Condition ? { Condition } : {})
    })
    await direct.kms().send(
      new PutKeyPolicyCommand({
        KeyId: String(KeyMetadata?.KeyId),
        PolicyName: 'default',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Admin',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${account}:root` },
              Action: 'kms:*',
              Resource: '*'
            },
            cloudTrail('Encrypt', 'kms:GenerateDataKey*', {
              StringEquals: { 'aws:SourceArn': trailArn },
              StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${account}:trail/*` }
            }),
            cloudTrail('Describe', 'kms:DescribeKey'),
            ...(decrypt ? [cloudTrail('Decrypt', 'kms:Decrypt', { StringEquals: { 'aws:SourceArn': trailArn } })] : [])
          ]
        })
      })
    )
    return String(KeyMetadata?.Arn)
  }
  async function encrypt(bucket: string, keyArn: string, BucketKeyEnabled: boolean) {
    await direct.s3().send(
      new PutBucketEncryptionCommand({
        Bucket: bucket,
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn },
              BucketKeyEnabled
            }
          ]
        }
      })
    )
  }

  it(
    'with a Bucket Key, a key policy without kms:Decrypt is refused; with it, or without a Bucket Key, the trail is created',
    async () => {
      const { managementAccountId: account } = await seedOrganization({ endpoint: moto.url, region: REGION })
      await openBucket('keyed-logs')
      const noDecrypt = await key(account, false)
      await encrypt('keyed-logs', noDecrypt, true)
      expect(
        await failure(
          cloudtrail().send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'keyed-logs', KmsKeyId: noDecrypt }))
        )
      ).toEqual({
        name: 'InsufficientEncryptionPolicyException',
        message: `Insufficient permissions to access S3 bucket keyed-logs or KMS key ${noDecrypt}.`,
        status: 400
      })
      // Without the Bucket Key, GenerateDataKey alone is enough.
      await encrypt('keyed-logs', noDecrypt, false)
      expect(
        await failure(
          cloudtrail().send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'keyed-logs', KmsKeyId: noDecrypt }))
        )
      ).toBeNull()
      // UpdateTrail naming the key is checked the same way; a Decrypt statement scoped to the trail passes.
      const withDecrypt = await key(account, true)
      await encrypt('keyed-logs', withDecrypt, true)
      expect(
        await failure(cloudtrail().send(new UpdateTrailCommand({ Name: 'layer', KmsKeyId: noDecrypt })))
      ).toMatchObject({ name: 'InsufficientEncryptionPolicyException' })
      expect(
        await failure(cloudtrail().send(new UpdateTrailCommand({ Name: 'layer', KmsKeyId: withDecrypt })))
      ).toBeNull()
    },
    TEST_TIMEOUT
  )
})

describe("item 2: another account's bucket policy answers 403 without a grant, 405 with one (cross-account-s3.mjs)", () => {
  it(
    'GetBucketPolicy / PutBucketPolicy / DeleteBucketPolicy from the management account',
    async () => {
      const { managementAccountId } = await seedOrganization({ endpoint: moto.url, region: REGION })
      const archive = await seedMemberAccount({ endpoint: moto.url, region: REGION })
      await direct.s3(archive.as).send(new CreateBucketCommand({ Bucket: 'archive-logs' }))
      const calls = async () => [
        await failure(s3().send(new GetBucketPolicyCommand({ Bucket: 'archive-logs' }))),
        await failure(
          s3().send(
            new PutBucketPolicyCommand({ Bucket: 'archive-logs', Policy: '{"Version":"2012-10-17","Statement":[]}' })
          )
        ),
        await failure(s3().send(new DeleteBucketPolicyCommand({ Bucket: 'archive-logs' })))
      ]
      for (const answer of await calls())
        expect(answer).toEqual({ name: 'AccessDenied', message: 'Access Denied', status: 403 })
      // HeadBucket's 403 still says where the bucket is: it exists, in another account or not allowed.
      const head = await s3()
        .send(new HeadBucketCommand({ Bucket: 'archive-logs' }))
        .then(
          () => null,
          (e: { $metadata?: { httpStatusCode?: number }; $response?: { headers?: Record<string, string> } }) => ({
            status: e.$metadata?.httpStatusCode,
            region: e.$response?.headers?.['x-amz-bucket-region']
          })
        )
      expect(head).toEqual({ status: 403, region: REGION })

      // The owner grants the management account those actions: S3 still never serves them to it, with 405.
      await direct.s3(archive.as).send(
        new PutBucketPolicyCommand({
          Bucket: 'archive-logs',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${managementAccountId}:root` },
                Action: ['s3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
                Resource: 'arn:aws:s3:::archive-logs'
              }
            ]
          })
        })
      )
      for (const answer of await calls())
        expect(answer).toEqual({
          name: 'MethodNotAllowed',
          message: 'The specified method is not allowed against this resource.',
          status: 405
        })
    },
    TEST_TIMEOUT
  )
})

describe('item 4: five trails per region, a multi-region trail counting in every region (trail-limit.mjs)', () => {
  it(
    'a sixth trail where three are homed and two multi-region trails of another region are shadows is refused; elsewhere it is not',
    async () => {
      const { managementAccountId: account } = await seedOrganization({ endpoint: moto.url, region: REGION })
      await openBucket('limit-logs')
      for (const name of ['one', 'two', 'three'])
        await direct.cloudtrail().send(new CreateTrailCommand({ Name: name, S3BucketName: 'limit-logs' }))
      for (const name of ['west-a', 'west-b'])
        await direct
          .cloudtrail('us-west-2')
          .send(new CreateTrailCommand({ Name: name, S3BucketName: 'limit-logs', IsMultiRegionTrail: true }))

      expect(
        await failure(cloudtrail().send(new CreateTrailCommand({ Name: 'sixth', S3BucketName: 'limit-logs' })))
      ).toEqual({
        name: 'MaximumNumberOfTrailsExceededException',
        message: `User: ${account} already has 5 trails in ${REGION}.`,
        status: 400
      })
      // eu-west-1 holds only the two shadows: room for three more.
      expect(
        await failure(
          cloudtrail('eu-west-1').send(new CreateTrailCommand({ Name: 'sixth', S3BucketName: 'limit-logs' }))
        )
      ).toBeNull()
    },
    TEST_TIMEOUT
  )
})

describe('item 5: CreateTrail of a name that exists answers TrailAlreadyExistsException (trail-already-exists.mjs)', () => {
  it(
    'the trail, its logging included, is left as it was; of three CreateTrails at once exactly one creates',
    async () => {
      const { managementAccountId: account } = await seedOrganization({ endpoint: moto.url, region: REGION })
      await openBucket('named-logs')
      const { TrailARN } = await cloudtrail().send(
        new CreateTrailCommand({ Name: 'layer', S3BucketName: 'named-logs' })
      )
      await cloudtrail().send(new StartLoggingCommand({ Name: TrailARN }))
      expect(
        await failure(
          cloudtrail().send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'named-logs', S3KeyPrefix: 'x' }))
        )
      ).toEqual({
        name: 'TrailAlreadyExistsException',
        message: `Trail layer already exists for customer: ${account}`,
        status: 400
      })
      expect((await direct.cloudtrail().send(new GetTrailStatusCommand({ Name: TrailARN }))).IsLogging).toBe(true)

      const results = await Promise.all(
        [1, 2, 3].map(() =>
          failure(cloudtrail().send(new CreateTrailCommand({ Name: 'raced', S3BucketName: 'named-logs' })))
        )
      )
      expect(results.filter((r) => r === null)).toHaveLength(1)
      expect(results.filter((r) => r?.name === 'TrailAlreadyExistsException')).toHaveLength(2)

      // A single-region trail's name is its region's: another region may use it.
      expect(
        await failure(
          cloudtrail('eu-west-1').send(new CreateTrailCommand({ Name: 'layer', S3BucketName: 'named-logs' }))
        )
      ).toBeNull()
      const { trailList = [] } = await direct
        .cloudtrail()
        .send(new DescribeTrailsCommand({ includeShadowTrails: true }))
      expect(trailList.filter((t) => t.Name === 'layer')).toHaveLength(1)
    },
    TEST_TIMEOUT
  )
})

describe('item 6: organization trails need trusted access, and CloudTrail sees it only after a while (organization-access.mjs)', () => {
  it(
    'without trusted access: CloudTrailAccessNotEnabledException; right after enabling it: InsufficientDependencyServiceAccessPermissionException; then created',
    async () => {
      const { managementAccountId: account } = await seedOrganization({ endpoint: moto.url, region: REGION })
      await openBucket('org-logs')
      const create = () =>
        failure(
          cloudtrail().send(
            new CreateTrailCommand({
              Name: 'org',
              S3BucketName: 'org-logs',
              IsOrganizationTrail: true,
              IsMultiRegionTrail: true
            })
          )
        )
      expect(await create()).toEqual({
        name: 'CloudTrailAccessNotEnabledException',
        message: `The request could not be processed because your organization hasn’t enabled CloudTrail service access. Enable service access for CloudTrail, and then try again. You are signed in with the following AWS account ID: ${account}`,
        status: 400
      })
      settingsOf('organization-access').windowMs = 1500
      await new OrganizationsClient(via()).send(
        new EnableAWSServiceAccessCommand({ ServicePrincipal: 'cloudtrail.amazonaws.com' })
      )
      const dependency = {
        name: 'InsufficientDependencyServiceAccessPermissionException',
        message:
          'AWS CloudTrail cannot create resources for your organization because access to one or more required APIs has been denied.',
        status: 400
      }
      expect(await create()).toEqual(dependency)
      await sleep(1600)
      // CloudTrail's service-linked role, created now, opens the window again.
      await new IAMClient(via()).send(
        new CreateServiceLinkedRoleCommand({ AWSServiceName: 'cloudtrail.amazonaws.com' })
      )
      expect(await create()).toEqual(dependency)
      await sleep(1600)
      expect(await create()).toBeNull()
    },
    TEST_TIMEOUT
  )
})

describe('item 7: S3 is eventually consistent, for a configurable window (stale-bucket-policy.mjs, new-bucket.mjs, windows.mjs)', () => {
  it(
    'GetBucketPolicy answers the policy from before the writes of the window; a new bucket is NoSuchBucket for a while',
    async () => {
      settingsOf('stale-bucket-policy').windowMs = 1500
      settingsOf('new-bucket').windowMs = 1500
      const policy = (Sid: string) =>
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid, Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::fresh-logs' }
          ]
        })
      const read = () =>
        s3()
          .send(new GetBucketPolicyCommand({ Bucket: 'fresh-logs' }))
          .then(
            (o) => JSON.parse(String(o.Policy)).Statement[0].Sid as string,
            (e: Error) => e.name
          )

      await s3().send(new CreateBucketCommand({ Bucket: 'fresh-logs' }))
      expect(
        await failure(
          s3().send(
            new PutBucketVersioningCommand({ Bucket: 'fresh-logs', VersioningConfiguration: { Status: 'Enabled' } })
          )
        )
      ).toEqual({
        name: 'NoSuchBucket',
        message: 'The specified bucket does not exist',
        status: 404
      })
      await sleep(1600)
      await s3().send(new PutBucketPolicyCommand({ Bucket: 'fresh-logs', Policy: policy('First') }))
      expect(await read()).toBe('NoSuchBucketPolicy')
      await sleep(1600)
      expect(await read()).toBe('First')
      await s3().send(new PutBucketPolicyCommand({ Bucket: 'fresh-logs', Policy: policy('Second') }))
      await s3().send(new PutBucketPolicyCommand({ Bucket: 'fresh-logs', Policy: policy('Third') }))
      // Writes that follow one another keep the answer from before the first of them.
      expect(await read()).toBe('First')
      await sleep(1600)
      expect(await read()).toBe('Third')
    },
    TEST_TIMEOUT
  )

  it('the window of every such behaviour is one setting: awsLayer({ propagationMs }), else AWS_LAYER_PROPAGATION_MS, else 300 ms', () => {
    expect(propagationWindowMs(undefined, {})).toBe(300)
    expect(propagationWindowMs(undefined, { AWS_LAYER_PROPAGATION_MS: '5000' })).toBe(5000)
    expect(propagationWindowMs(1200, { AWS_LAYER_PROPAGATION_MS: '5000' })).toBe(1200)
    expect(() => propagationWindowMs(undefined, { AWS_LAYER_PROPAGATION_MS: 'soon' })).toThrow(
      /AWS_LAYER_PROPAGATION_MS/
    )
    const windows = (layer: ReturnType<typeof awsLayer>) =>
      Object.fromEntries(
        layer.behaviours.flatMap((b) => {
          const settings = (b as { settings?: { windowMs?: number } }).settings
          return settings?.windowMs === undefined ? [] : [[b.name, settings.windowMs]]
        })
      )
    expect(windows(awsLayer({ target: moto.url, propagationMs: 5000, newBucket: { windowMs: 10 } }))).toEqual({
      'new-bucket': 10,
      'stale-bucket-policy': 5000,
      'organization-access': 5000,
      'policy-propagation': 5000
    })
  })
})

describe('item 8: at most 50 tags on a trail, those it has counted (tag-limit.mjs)', () => {
  it(
    'AddTags past 50 is refused; up to 50, or replacing values, is not',
    async () => {
      await seedOrganization({ endpoint: moto.url, region: REGION })
      await openBucket('tagged-logs')
      const tags = (n: number, prefix: string) =>
        Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: 'v' }))
      const { TrailARN } = await direct
        .cloudtrail()
        .send(new CreateTrailCommand({ Name: 'tagged', S3BucketName: 'tagged-logs', TagsList: tags(48, 'old') }))
      const add = (TagsList: { Key: string; Value: string }[]) =>
        failure(cloudtrail().send(new AddTagsCommand({ ResourceId: TrailARN, TagsList })))
      expect(await add(tags(3, 'new'))).toEqual({
        name: 'TagsLimitExceededException',
        message:
          'The number of tags per trail, event data store, dashboard, or channel has exceeded the permitted amount. Currently, the limit is 50.',
        status: 400
      })
      expect(await add(tags(5, 'old'))).toBeNull()
      expect(await add(tags(2, 'new'))).toBeNull()
      expect(await add(tags(1, 'more'))).toMatchObject({ name: 'TagsLimitExceededException' })
    },
    TEST_TIMEOUT
  )
})

describe("item 10: AssumeRoleWithWebIdentity meets the role's trust policy, and GitHub's two sub forms (web-identity.mjs)", () => {
  it(
    'a token whose sub the trust condition matches gets credentials; the other form is refused',
    async () => {
      await seedOrganization({ endpoint: moto.url, region: REGION })
      const legacy = await seedRole({
        endpoint: moto.url,
        region: REGION,
        name: 'legacy',
        sub: 'repo:octo-org/octo-repo:*'
      })
      const immutable = await seedRole({
        endpoint: moto.url,
        region: REGION,
        name: 'immutable',
        sub: 'repo:octo-org@1001/octo-repo@2002:*'
      })
      const token = (sub: string, aud = 'sts.amazonaws.com') =>
        makeJwt({ iss: 'https://token.actions.githubusercontent.com', aud, sub })
      const assume = (RoleArn: string, WebIdentityToken: string) =>
        failure(
          new STSClient({ endpoint: proxy.url, region: REGION, maxAttempts: 1 }).send(
            new AssumeRoleWithWebIdentityCommand({ RoleArn, RoleSessionName: 'run', WebIdentityToken })
          )
        )
      const denied = {
        name: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        status: 403
      }
      const oldSub = 'repo:octo-org/octo-repo:ref:refs/heads/main'
      const newSub = 'repo:octo-org@1001/octo-repo@2002:ref:refs/heads/main'
      expect(await assume(legacy, token(oldSub))).toBeNull()
      expect(await assume(legacy, token(newSub))).toEqual(denied)
      expect(await assume(immutable, token(newSub))).toBeNull()
      expect(await assume(immutable, token(oldSub))).toEqual(denied)
      expect(await assume(legacy, token(oldSub, 'https://github.com/octo-org'))).toEqual(denied)
      expect(await assume(legacy.replace('legacy', 'missing'), token(oldSub))).toEqual(denied)
    },
    TEST_TIMEOUT
  )
})

describe('item 11: answers the layer gives only where a source shows them (home-region.mjs, trail-writes.mjs)', () => {
  it(
    'AddTags naming a trail ARN of another region: CloudTrailARNInvalidException, as production runs saw it for ListTags',
    async () => {
      await seedOrganization({ endpoint: moto.url, region: REGION })
      await openBucket('regional-logs')
      const { TrailARN } = await direct
        .cloudtrail('us-west-2')
        .send(new CreateTrailCommand({ Name: 'west', S3BucketName: 'regional-logs', IsMultiRegionTrail: true }))
      expect(
        await failure(
          cloudtrail().send(new AddTagsCommand({ ResourceId: TrailARN, TagsList: [{ Key: 'a', Value: 'b' }] }))
        )
      ).toEqual({
        name: 'CloudTrailARNInvalidException',
        message: `Region in ARN is wrong, you can only access resources in region ${REGION}.`,
        status: 400
      })
      expect(await failure(cloudtrail().send(new StartLoggingCommand({ Name: TrailARN })))).toMatchObject({
        name: 'InvalidHomeRegionException'
      })
      // PutInsightSelectors lists ConflictException in CloudTrail's API model: kept.
      settingsOf('trail-writes').settleMs = 60_000
      const { TrailARN: fresh } = await cloudtrail().send(
        new CreateTrailCommand({ Name: 'fresh', S3BucketName: 'regional-logs' })
      )
      expect(
        await failure(
          cloudtrail().send(
            new PutInsightSelectorsCommand({
              TrailName: fresh,
              InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }]
            })
          )
        )
      ).toMatchObject({ name: 'ConflictException' })
      settingsOf('trail-writes').settleMs = 0
    },
    TEST_TIMEOUT
  )
})
