// The harness's AWS layer itself, with SDK clients that do not retry: what it refuses, in AWS's words, so
// that the action's end-to-end tests meet AWS's behaviour and not moto's.
import {
  AddTagsCommand,
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand
} from '@aws-sdk/client-cloudtrail'
import { CreateKeyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms'
import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { awsLayer } from '../../tools/aws/index.mjs'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { credentials } from '../../tools/seed.mjs'
import { REGION, TEST_TIMEOUT } from '../support/harness.js'

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
/** A behaviour's settings, to change one for the rest of a test. */
function settingsOf(name: string): Record<string, number> {
  const behaviour = proxy.layer?.behaviours.find((b) => b.name === name) as { settings?: Record<string, number> }
  if (!behaviour?.settings) throw new Error(`no behaviour ${name}`)
  return behaviour.settings
}

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
