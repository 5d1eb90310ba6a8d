// Writes in the order and at the pace AWS accepts them, against the harness's AWS layer (tools/aws/): S3
// refuses overlapping configuration writes on one bucket (OperationAborted), CloudTrail overlapping writes
// on one trail and writes right after CreateTrail (ConflictException), Insights on the API call rate need
// write management events first, and a policy just written is not yet seen by CloudTrail (propagation).
// Also: create-bucket declares a hardened bucket, checked on every run, and an existing S3 key prefix is
// never moved silently.
import { GetEventSelectorsCommand, GetInsightSelectorsCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail'
import { CreateKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms'
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand
} from '@aws-sdk/client-s3'
import { clients, credentials, readState } from '../../tools/seed.mjs'
import {
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  changesOf,
  explainRun,
  expectExit,
  findingsOf,
  run,
  seed,
  trailState,
  useWorld,
  type World
} from '../support/harness.js'
import { answeredBy } from '../support/fidelity.js'

const world = useWorld()

const CREATED = 'org-trail-hardened-logs'

/** Management write events and S3 data events; Insights on the API call rate need the former. */
const ADVANCED_SELECTORS = `
- Name: Management events
  FieldSelectors:
    - Field: eventCategory
      Equals: [Management]
- Name: Log bucket objects
  FieldSelectors:
    - Field: eventCategory
      Equals: [Data]
    - Field: resources.type
      Equals: ['AWS::S3::Object']
`

/** Data events only: no management events at all. */
const DATA_ONLY_SELECTORS = `
- Name: Log bucket objects
  FieldSelectors:
    - Field: eventCategory
      Equals: [Data]
    - Field: resources.type
      Equals: ['AWS::S3::Object']
`

async function createKey(w: World): Promise<string> {
  const kms = new KMSClient({ endpoint: w.moto.url, region: REGION, credentials })
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'org-trail logs' }))
  return String(KeyMetadata?.Arn)
}

/** The bucket's hardening as moto holds it. */
async function hardening(w: World, bucket: string) {
  const { s3 } = clients({ endpoint: w.moto.url, region: REGION })
  const [block, encryption, versioning, ownership] = await Promise.all([
    s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket })),
    s3.send(new GetBucketEncryptionCommand({ Bucket: bucket })),
    s3.send(new GetBucketVersioningCommand({ Bucket: bucket })),
    s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket }))
  ])
  const { bucketPolicy } = await readState({ endpoint: w.moto.url, region: REGION, bucket })
  return {
    block: block.PublicAccessBlockConfiguration,
    encryption: encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault,
    versioning: versioning.Status,
    ownership: ownership.OwnershipControls?.Rules?.[0]?.ObjectOwnership,
    sids: ((bucketPolicy as { Statement?: { Sid?: string }[] } | null)?.Statement ?? []).map((s) => s.Sid)
  }
}

const ALL_BLOCKED = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true
}

describe('the first run succeeds against AWS as it behaves', () => {
  it(
    'create-bucket with a KMS key and manage-kms-key-policy, advanced selectors, Insights and tags: created on the first try, and the rerun writes nothing',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const keyArn = await createKey(w)
      const inputs = {
        's3-bucket-name': CREATED,
        'create-bucket': 'true',
        'kms-key-id': keyArn,
        'manage-kms-key-policy': 'true',
        'advanced-event-selectors': ADVANCED_SELECTORS,
        'insight-selectors': '- InsightType: ApiCallRateInsight\n- InsightType: ApiErrorRateInsight',
        tags: 'team=platform\ncost-center=security'
      }
      const first = await run(w, seeded, inputs)
      expectExit(first, 0)
      expect(first.outputs.status).toBe('created')

      // What AWS refused on the way (which of its windows a run meets depends on timing) is what the run
      // waited out, and said so.
      const waits = [
        [
          'new-bucket',
          new RegExp(`NoSuchBucket: S3 does not see bucket ${CREATED}, written by this run, yet; waiting`)
        ],
        [
          'stale-bucket-policy',
          new RegExp(`S3 still answers the policy of bucket ${CREATED} as it was before this run's write; waiting`)
        ],
        [
          'policy-propagation',
          /CloudTrail does not see the policy of (bucket|KMS key) \S+, written by this run, yet; waiting/
        ]
      ] as const
      expect(waits.filter(([behaviour]) => answeredBy(w, behaviour) > 0)).not.toEqual([])
      for (const [behaviour, line] of waits) if (answeredBy(w, behaviour) > 0) expect(first.stdout).toMatch(line)

      const h = await hardening(w, CREATED)
      expect(h).toMatchObject({
        block: ALL_BLOCKED,
        encryption: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn },
        versioning: 'Enabled',
        ownership: 'BucketOwnerEnforced'
      })
      expect(h.sids).toEqual(
        expect.arrayContaining(['OrgTrailDenyInsecureTransport', 'OrgTrailAclCheck', 'OrgTrailWrite'])
      )

      const s = await trailState(w)
      expect(s.trail).toMatchObject({ S3BucketName: CREATED, KmsKeyId: keyArn })
      expect(s.isLogging).toBe(true)
      const { cloudtrail } = clients({ endpoint: w.moto.url, region: REGION })
      const arn = String(first.outputs['trail-arn'])
      const selectors = await cloudtrail.send(new GetEventSelectorsCommand({ TrailName: arn }))
      expect(selectors.AdvancedEventSelectors?.map((a) => a.Name)).toEqual(['Management events', 'Log bucket objects'])
      const insights = await cloudtrail.send(new GetInsightSelectorsCommand({ TrailName: arn }))
      expect(insights.InsightSelectors?.map((i) => i.InsightType).sort()).toEqual([
        'ApiCallRateInsight',
        'ApiErrorRateInsight'
      ])
      const tags = await cloudtrail.send(new ListTagsCommand({ ResourceIdList: [arn] }))
      expect(tags.ResourceTagList?.[0]?.TagsList).toEqual(expect.arrayContaining([{ Key: 'team', Value: 'platform' }]))
      const kms = new KMSClient({ endpoint: w.moto.url, region: REGION, credentials })
      const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))
      expect(Policy).toContain('OrgTrailKmsEncrypt')

      const second = await run(w, seeded, inputs)
      expectExit(second, 0)
      expect(second.outputs.status).toBe('unchanged')
      expect(second.stats.writes).toBe(0)
      expect(changesOf(second)).toEqual([])
    },
    TEST_TIMEOUT * 2
  )

  it(
    'a key policy this run merged into is waited for, bounded and named, before the trail is given the key',
    async () => {
      const w = world()
      const seeded = await seed(w)
      expectExit(await run(w, seeded), 0)
      const keyArn = await createKey(w)
      const r = await run(w, seeded, { 'kms-key-id': keyArn, 'manage-kms-key-policy': 'true' })
      expectExit(r, 0)
      expect(r.outputs.status).toBe('updated')
      expect(r.stdout).toMatch(
        /InsufficientEncryptionPolicyException: CloudTrail does not see the policy of KMS key \S+, written by this run, yet; waiting [\d.]+s \(wait 1 of at most \d+, 120s in all\)/
      )
      expect((await trailState(w)).trail?.KmsKeyId).toBe(keyArn)
    },
    TEST_TIMEOUT * 2
  )

  it(
    'Insights on the API call rate go after the event selectors that log write management events',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const first = await run(w, seeded, { 'advanced-event-selectors': DATA_ONLY_SELECTORS })
      expectExit(first, 0)

      const second = await run(w, seeded, {
        'advanced-event-selectors': ADVANCED_SELECTORS,
        'insight-selectors': '- InsightType: ApiCallRateInsight'
      })
      expectExit(second, 0)
      expect(second.outputs.status).toBe('updated')
      const writes = second.operations.filter((op) => /Put(Event|Insight)Selectors$/.test(op))
      expect(writes.at(-1)).toBe('cloudtrail:PutInsightSelectors')
      expect(writes.indexOf('cloudtrail:PutEventSelectors')).toBe(0)
      const { cloudtrail } = clients({ endpoint: w.moto.url, region: REGION })
      const insights = await cloudtrail.send(
        new GetInsightSelectorsCommand({ TrailName: String(second.outputs['trail-arn']) })
      )
      expect(insights.InsightSelectors?.map((i) => i.InsightType)).toEqual(['ApiCallRateInsight'])
    },
    TEST_TIMEOUT * 2
  )
})

describe('create-bucket declares a hardened bucket, on every run', () => {
  it(
    'a bucket left unhardened by an interrupted run is hardened by the next, keeping the foreign statement',
    async () => {
      const w = world()
      const seeded = await seed(w)
      // What an earlier run left when it stopped right after CreateBucket (and someone's statement).
      const { s3 } = clients({ endpoint: w.moto.url, region: REGION })
      await s3.send(new CreateBucketCommand({ Bucket: CREATED }))
      const foreign = {
        Sid: 'SomeoneElses',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${CREATED}/*`
      }
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: CREATED,
          Policy: JSON.stringify({ Version: '2012-10-17', Statement: [foreign] })
        })
      )

      const r = await run(w, seeded, { 's3-bucket-name': CREATED, 'create-bucket': 'true' })
      expectExit(r, 0)
      expect(r.stats.byOperation).toMatchObject({
        PutPublicAccessBlock: 1,
        PutBucketEncryption: 1,
        PutBucketVersioning: 1,
        PutBucketOwnershipControls: 1
      })
      expect(r.stats.byOperation.CreateBucket).toBeUndefined()
      const h = await hardening(w, CREATED)
      expect(h).toMatchObject({
        block: ALL_BLOCKED,
        encryption: { SSEAlgorithm: 'AES256' },
        versioning: 'Enabled',
        ownership: 'BucketOwnerEnforced'
      })
      expect(h.sids).toEqual(
        expect.arrayContaining(['SomeoneElses', 'OrgTrailDenyInsecureTransport', 'OrgTrailAclCheck', 'OrgTrailWrite'])
      )

      const again = await run(w, seeded, { 's3-bucket-name': CREATED, 'create-bucket': 'true' })
      expectExit(again, 0)
      expect(again.stats.writes).toBe(0)
    },
    TEST_TIMEOUT * 2
  )

  it(
    'check mode reports drift of the hardening as a change, and writes nothing',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const inputs = { 's3-bucket-name': CREATED, 'create-bucket': 'true' }
      expectExit(await run(w, seeded, inputs), 0)
      const { s3 } = clients({ endpoint: w.moto.url, region: REGION })
      await s3.send(
        new PutBucketVersioningCommand({ Bucket: CREATED, VersioningConfiguration: { Status: 'Suspended' } })
      )

      const check = await run(w, seeded, { ...inputs, mode: 'check' })
      expectExit(check, 1)
      expect(check.outputs.status).toBe('drift')
      expect(check.stats.writes).toBe(0)
      expect(changesOf(check)).toEqual([
        { what: `Bucket ${CREATED}: Versioning`, before: 'Suspended', after: 'Enabled' }
      ])
      const f = findingsOf(check).find((x) => x.id === 's3.bucket-hardening.versioning')
      expect(f?.severity).toBe('fixable')
      expect(f?.remediation).toContain('put-bucket-versioning')
    },
    TEST_TIMEOUT * 2
  )
})

describe('s3-key-prefix', () => {
  it(
    'empty keeps the prefix the trail has; a different one is refused as a destructive change, with its reason',
    async () => {
      const w = world()
      const seeded = await seed(w)
      expectExit(await run(w, seeded, { 's3-key-prefix': 'cloudtrail' }), 0)

      const empty = await run(w, seeded, { 's3-key-prefix': '' })
      expectExit(empty, 0)
      expect(empty.outputs.status).toBe('unchanged')
      expect(empty.stats.writes).toBe(0)

      const moved = await run(w, seeded, { 's3-key-prefix': 'elsewhere' })
      expectExit(moved, 1)
      expect(moved.outputs.status).toBe('blocked')
      expect(moved.stats.writes).toBe(0)
      const f = findingsOf(moved).find((x) => x.id === 'trail.destructive.S3KeyPrefix')
      if (!f) throw new Error(`no trail.destructive.S3KeyPrefix finding\n${explainRun(moved)}`)
      expect(f.severity).toBe('blocker')
      expect(f.detail).toMatch(/Athena/)
      expect(f.remediation).toContain('allow-destructive-changes')
      expect((await trailState(w)).trail?.S3KeyPrefix).toBe('cloudtrail')

      const allowed = await run(w, seeded, { 's3-key-prefix': 'elsewhere', 'allow-destructive-changes': 'true' })
      expectExit(allowed, 0)
      expect((await trailState(w)).trail?.S3KeyPrefix).toBe('elsewhere')
      expect(TRAIL).toBe(String((await trailState(w)).trail?.Name))
    },
    TEST_TIMEOUT * 2
  )
})
