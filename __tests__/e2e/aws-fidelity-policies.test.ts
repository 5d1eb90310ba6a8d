// Issue 21, items 1 and 3: the policies CloudTrail checks, as AWS checks them (tools/aws/delivery-policy.mjs).
// These tests say what the action should do; they fail until it does.
import { CreateKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms'
import { PutBucketEncryptionCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3'
import { credentials } from '../../tools/seed.mjs'
import {
  BUCKET,
  FOREIGN_STATEMENT,
  REGION,
  TEST_TIMEOUT,
  explainRun,
  expectExit,
  findingsOf,
  run,
  seed,
  trailState,
  useWorld,
  type World
} from '../support/harness.js'
import { cloudTrailAllows, conditionValues, setPropagationWindows, expectStatus } from '../support/fidelity.js'
import { trailArnOf } from '../support/reliability.js'

const world = useWorld()
// Every propagation window is closed here, so that each test fails for its own reason (item 7 has its own).
beforeEach(() => setPropagationWindows(world(), 0))

const kms = (w: World) => new KMSClient({ endpoint: w.moto.url, region: REGION, credentials })
const s3 = (w: World) => new S3Client({ endpoint: w.moto.url, region: REGION, credentials, forcePathStyle: true })

/** A customer managed key whose policy lets only its own account administer it (CreateKey's default). */
async function customerKey(w: World): Promise<string> {
  const { KeyMetadata } = await kms(w).send(new CreateKeyCommand({ Description: 'org-trail logs' }))
  return String(KeyMetadata?.Arn)
}

/** The bucket's default encryption: SSE-KMS with `keyArn` and an S3 Bucket Key, as create-bucket sets it. */
async function bucketKey(w: World, keyArn: string): Promise<void> {
  await s3(w).send(
    new PutBucketEncryptionCommand({
      Bucket: BUCKET,
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn },
            BucketKeyEnabled: true
          }
        ]
      }
    })
  )
}

describe('issue 21 item 1: a bucket with an S3 Bucket Key needs kms:Decrypt for CloudTrail in the key policy', () => {
  it(
    'check shows, and apply merges, a kms:Decrypt statement for CloudTrail scoped to the trail; the trail is created',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const keyArn = await customerKey(w)
      await bucketKey(w, keyArn)
      const trailArn = trailArnOf(seeded)

      // check, without manage-kms-key-policy: the statements shown for the key include kms:Decrypt.
      const check = await run(w, seeded, { 'kms-key-id': keyArn, mode: 'check' })
      const keyPolicy = findingsOf(check).find((f) => f.id === 'kms.key-policy')
      if (!keyPolicy) throw new Error(`no kms.key-policy finding\n${explainRun(check)}`)
      const shownDecrypt = cloudTrailAllows(keyPolicy.remediation, 'kms:Decrypt')
      expect(shownDecrypt.length).toBeGreaterThan(0)
      expect(shownDecrypt.flatMap((s) => conditionValues(s, 'aws:SourceArn'))).toContain(trailArn)

      // apply, managing the key policy: it merges the same statement and CloudTrail accepts the trail.
      const apply = await run(w, seeded, { 'kms-key-id': keyArn, 'manage-kms-key-policy': 'true' })
      expectExit(apply, 0)
      expectStatus(apply, 'created')
      const { Policy } = await kms(w).send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))
      const merged = cloudTrailAllows(Policy, 'kms:Decrypt')
      expect(merged.length).toBeGreaterThan(0)
      expect(merged.flatMap((s) => conditionValues(s, 'aws:SourceArn'))).toContain(trailArn)
      expect((await trailState(w)).trail?.KmsKeyId).toBe(keyArn)
    },
    TEST_TIMEOUT * 2
  )
})

describe('issue 21 item 3: CloudTrail delivers with aws:SourceOrgID, which Control Tower-style bucket policies condition on', () => {
  it(
    'a bucket policy granting CloudTrail for the organization (aws:SourceOrgID) is accepted: the trail is created without touching it',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const org = { StringEquals: { 'aws:SourceOrgID': seeded.orgId } }
      const policy = {
        Version: '2012-10-17',
        Statement: [
          FOREIGN_STATEMENT,
          {
            Sid: 'OrganizationAclCheck',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:GetBucketAcl',
            Resource: `arn:aws:s3:::${BUCKET}`,
            Condition: org
          },
          {
            Sid: 'OrganizationWrite',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: [
              `arn:aws:s3:::${BUCKET}/AWSLogs/${seeded.managementAccountId}/*`,
              `arn:aws:s3:::${BUCKET}/AWSLogs/${seeded.orgId}/*`
            ],
            Condition: { StringEquals: { ...org.StringEquals, 's3:x-amz-acl': 'bucket-owner-full-control' } }
          }
        ]
      }
      await s3(w).send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: JSON.stringify(policy) }))

      const r = await run(w, seeded, { 'manage-bucket-policy': 'false' })
      expectExit(r, 0)
      expectStatus(r, 'created')
      expect(findingsOf(r).filter((f) => f.severity === 'blocker')).toEqual([])
      expect(r.stats.byOperation.PutBucketPolicy).toBeUndefined()
    },
    TEST_TIMEOUT
  )
})
