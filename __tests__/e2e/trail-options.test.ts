// Every trail option, end to end against moto: a trail encrypted with a KMS key (whose policy org-trail
// merges), delivering to CloudWatch Logs and notifying an SNS topic, with data event selectors, Insights
// and tags; then a second run that writes nothing, and a check that is in sync. And a bucket org-trail
// creates itself, hardened.
import { GetEventSelectorsCommand, GetInsightSelectorsCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms'
import {
  GetBucketEncryptionCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand
} from '@aws-sdk/client-s3'
import { CreateTopicCommand, SetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns'
import { clients, credentials, readState } from '../../tools/seed.mjs'
import {
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  changesOf,
  expectExit,
  findingsOf,
  run,
  seed,
  state,
  trailState,
  useWorld,
  type World
} from '../support/harness.js'
import { CWL_TRUST, cwlPermissions, policyOf, topicStatement } from '../support/statements.js'

const world = useWorld()

const LOG_GROUP = 'CloudTrail/org-trail'
const TOPIC = 'org-trail-notes'
const CWL_ROLE = 'CloudTrail_CloudWatchLogs_Role'

/** Data resources in an order that is neither sorted nor the order AWS might return them in. */
const EVENT_SELECTORS = `
- ReadWriteType: All
  IncludeManagementEvents: true
  DataResources:
    - Type: AWS::S3::Object
      Values:
        - arn:aws:s3:::zeta-data/
        - arn:aws:s3:::alpha-data/
        - arn:aws:s3:::mid-data/
`

interface Options {
  readonly keyArn: string
  readonly keyPolicy: { Statement: { Sid?: string }[] }
  readonly logGroupArn: string
  readonly roleArn: string
  readonly topicArn: string
}

/** The resources the trail options name, seeded straight into moto (the proxy records only the action). */
async function seedOptions(w: World, accountId: string): Promise<Options> {
  const config = { endpoint: w.moto.url, region: REGION, credentials }
  const kms = new KMSClient(config)
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'org-trail logs' }))
  const keyArn = String(KeyMetadata?.Arn)
  const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))
  const keyPolicy = JSON.parse(String(Policy)) as Options['keyPolicy']

  await new CloudWatchLogsClient(config).send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }))
  const logGroupArn = `arn:aws:logs:${REGION}:${accountId}:log-group:${LOG_GROUP}`

  const { iam } = clients({ endpoint: w.moto.url, region: REGION })
  const { Role } = await iam.send(
    new CreateRoleCommand({
      RoleName: CWL_ROLE,
      AssumeRolePolicyDocument: policyOf(CWL_TRUST)
    })
  )
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: CWL_ROLE,
      PolicyName: 'cloudtrail-logs',
      PolicyDocument: cwlPermissions(`${logGroupArn}:log-stream:*`)
    })
  )

  const sns = new SNSClient(config)
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: TOPIC }))
  const topicArn = String(TopicArn)
  await sns.send(
    new SetTopicAttributesCommand({
      TopicArn: topicArn,
      AttributeName: 'Policy',
      AttributeValue: policyOf(topicStatement(topicArn))
    })
  )
  return { keyArn, keyPolicy, logGroupArn, roleArn: String(Role?.Arn), topicArn }
}

function optionInputs(o: Options): Record<string, string> {
  return {
    'kms-key-id': o.keyArn,
    'manage-kms-key-policy': 'true',
    'cloud-watch-logs-log-group-arn': o.logGroupArn,
    'cloud-watch-logs-role-arn': o.roleArn,
    'sns-topic-name': TOPIC,
    'event-selectors': EVENT_SELECTORS,
    'insight-selectors': '- InsightType: ApiCallRateInsight\n- InsightType: ApiErrorRateInsight',
    tags: 'team=security\ncost-center=42'
  }
}

const WRITE_OPERATIONS = /^(Get|List|Describe|Head|AssumeRoleWithWebIdentity)/

describe('every trail option', () => {
  it(
    "creates the trail with all of them, keeps the key policy's own statement, then a rerun writes nothing and check is in sync",
    async () => {
      const w = world()
      const seeded = await seed(w)
      const options = await seedOptions(w, seeded.managementAccountId)
      const inputs = optionInputs(options)
      const trailArn = `arn:aws:cloudtrail:${REGION}:${seeded.managementAccountId}:trail/${TRAIL}`

      const first = await run(w, seeded, inputs)
      expectExit(first, 0)
      expect(first.outputs.status).toBe('created')
      expect(first.outputs['trail-arn']).toBe(trailArn)
      expect(findingsOf(first).filter((f) => f.severity === 'blocker')).toEqual([])
      expect(first.stats.acceptedByOperation).toMatchObject({
        PutKeyPolicy: 1,
        CreateTrail: 1,
        PutEventSelectors: 1,
        PutInsightSelectors: 1,
        AddTags: 1,
        StartLogging: 1
      })
      expect(first.stats.byOperation.UpdateTrail).toBeUndefined()

      // The trail as AWS reports it.
      const s = await trailState(w)
      expect(s.trail).toMatchObject({
        TrailARN: trailArn,
        KmsKeyId: options.keyArn,
        CloudWatchLogsLogGroupArn: `${options.logGroupArn}:*`,
        CloudWatchLogsRoleArn: options.roleArn,
        SnsTopicARN: options.topicArn
      })
      expect(s.isLogging).toBe(true)
      const { cloudtrail } = clients({ endpoint: w.moto.url, region: REGION })
      const selectors = await cloudtrail.send(new GetEventSelectorsCommand({ TrailName: trailArn }))
      expect(selectors.EventSelectors).toHaveLength(1)
      expect(selectors.EventSelectors?.[0]).toMatchObject({ ReadWriteType: 'All', IncludeManagementEvents: true })
      expect(selectors.EventSelectors?.[0]?.DataResources?.[0]?.Values?.slice().sort()).toEqual([
        'arn:aws:s3:::alpha-data/',
        'arn:aws:s3:::mid-data/',
        'arn:aws:s3:::zeta-data/'
      ])
      const insights = await cloudtrail.send(new GetInsightSelectorsCommand({ TrailName: trailArn }))
      expect(insights.InsightSelectors?.map((i) => i.InsightType).sort()).toEqual([
        'ApiCallRateInsight',
        'ApiErrorRateInsight'
      ])
      const tags = await cloudtrail.send(new ListTagsCommand({ ResourceIdList: [trailArn] }))
      const tagMap = Object.fromEntries((tags.ResourceTagList?.[0]?.TagsList ?? []).map((t) => [t.Key, t.Value]))
      expect(tagMap).toEqual({
        team: 'security',
        'cost-center': '42',
        'org-trail:repository': 'octo-org/octo-repo',
        'org-trail:workflow': 'ci'
      })

      // The key policy kept the statement it had and gained CloudTrail's.
      const kms = new KMSClient({ endpoint: w.moto.url, region: REGION, credentials })
      const keyPolicy = JSON.parse(
        String((await kms.send(new GetKeyPolicyCommand({ KeyId: options.keyArn, PolicyName: 'default' }))).Policy)
      ) as Options['keyPolicy']
      for (const original of options.keyPolicy.Statement) expect(keyPolicy.Statement).toContainEqual(original)
      expect(keyPolicy.Statement.map((st) => st.Sid)).toEqual(
        expect.arrayContaining(['OrgTrailKmsEncrypt', 'OrgTrailKmsDescribe'])
      )
      expect(keyPolicy.Statement).toHaveLength(options.keyPolicy.Statement.length + 2)

      // The changes output names what was done.
      const whats = changesOf(first).map((c) => c.what)
      expect(whats).toEqual(
        expect.arrayContaining([
          `Policy of KMS key ${options.keyArn}`,
          `Trail ${TRAIL}: event selectors`,
          `Trail ${TRAIL}: insight selectors`,
          `Trail ${TRAIL}: tag team`
        ])
      )

      // A second run: nothing to do, and not one write request.
      const second = await run(w, seeded, inputs)
      expectExit(second, 0)
      expect(second.outputs.status).toBe('unchanged')
      expect(changesOf(second)).toEqual([])
      expect(second.stats.writes).toBe(0)
      expect(Object.keys(second.stats.byOperation).filter((op) => !WRITE_OPERATIONS.test(op))).toEqual([])
      for (const read of [
        'DescribeKey',
        'GetKeyPolicy',
        'DescribeLogGroups',
        'GetRole',
        'GetTopicAttributes',
        'GetEventSelectors',
        'GetInsightSelectors',
        'ListTags'
      ]) {
        expect(second.stats.byOperation[read]).toBeGreaterThan(0)
      }

      // The merge gate agrees.
      const check = await run(w, seeded, { ...inputs, mode: 'check' })
      expectExit(check, 0)
      expect(check.outputs.status).toBe('in-sync')
      expect(check.stats.writes).toBe(0)
      expect(findingsOf(check).filter((f) => f.severity === 'blocker' || f.severity === 'fixable')).toEqual([])
    },
    TEST_TIMEOUT * 2
  )

  it(
    'the event selectors declared in another order are still in sync',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const options = await seedOptions(w, seeded.managementAccountId)
      const inputs = optionInputs(options)
      expectExit(await run(w, seeded, inputs), 0)

      const reordered = `
- DataResources:
    - Type: AWS::S3::Object
      Values: [arn:aws:s3:::mid-data/, arn:aws:s3:::alpha-data/, arn:aws:s3:::zeta-data/]
  IncludeManagementEvents: true
  ReadWriteType: All
`
      const check = await run(w, seeded, { ...inputs, 'event-selectors': reordered, mode: 'check' })
      expectExit(check, 0)
      expect(check.outputs.status).toBe('in-sync')
    },
    TEST_TIMEOUT * 2
  )
})

describe('the KMS key policy without manage-kms-key-policy', () => {
  it(
    'blocks before any write, and the finding carries the statements to add',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const options = await seedOptions(w, seeded.managementAccountId)
      const r = await run(w, seeded, { ...optionInputs(options), 'manage-kms-key-policy': 'false' })
      expectExit(r, 1)
      expect(r.outputs.status).toBe('blocked')
      expect(r.stats.writes).toBe(0)
      const f = findingsOf(r).find((x) => x.id === 'kms.key-policy')
      expect(f?.severity).toBe('blocker')
      expect(f?.detail).toContain('manage-kms-key-policy')
      const statements = JSON.parse(f?.remediation ?? '[]') as { Sid: string; Action: string }[]
      expect(statements.map((st) => [st.Sid, st.Action])).toEqual([
        ['OrgTrailKmsEncrypt', 'kms:GenerateDataKey*'],
        ['OrgTrailKmsDescribe', 'kms:DescribeKey']
      ])
      expect((await state(w)).trails).toEqual([])
    },
    TEST_TIMEOUT
  )
})

describe('create-bucket', () => {
  it(
    'creates the missing bucket hardened, with a policy that requires TLS and lets CloudTrail write; a rerun writes nothing',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const bucket = 'org-trail-created-logs'
      const first = await run(w, seeded, { 's3-bucket-name': bucket, 'create-bucket': 'true' })
      expectExit(first, 0)
      expect(first.outputs.status).toBe('created')
      // CreateBucket itself enforces object ownership; AWS may refuse an attempt (propagation), not a write.
      expect(first.stats.acceptedByOperation).toMatchObject({
        CreateBucket: 1,
        PutPublicAccessBlock: 1,
        PutBucketEncryption: 1,
        PutBucketVersioning: 1,
        CreateTrail: 1
      })
      // CreateBucket comes before any other write.
      const writes = first.operations.filter((op) => !WRITE_OPERATIONS.test(op.split(':')[1] ?? ''))
      expect(writes[0]).toBe('s3:CreateBucket')

      const { s3 } = clients({ endpoint: w.moto.url, region: REGION })
      await s3.send(new HeadBucketCommand({ Bucket: bucket }))
      const block = await s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket }))
      expect(block.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true
      })
      const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }))
      expect(
        encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm
      ).toBe('AES256')
      expect((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status).toBe('Enabled')
      const ownership = await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket }))
      expect(ownership.OwnershipControls?.Rules?.[0]?.ObjectOwnership).toBe('BucketOwnerEnforced')

      const policy = (await readPolicy(w, bucket)) as {
        Statement: { Sid?: string; Effect?: string; Condition?: unknown; Action?: unknown }[]
      }
      expect(policy.Statement).toContainEqual(
        expect.objectContaining({
          Sid: 'OrgTrailDenyInsecureTransport',
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } }
        })
      )
      expect(policy.Statement.map((st) => st.Sid)).toEqual(
        expect.arrayContaining(['OrgTrailAclCheck', 'OrgTrailWrite'])
      )
      const trail = (await state(w)).trails.find((t) => t.Name === TRAIL)
      expect(trail?.S3BucketName).toBe(bucket)

      const second = await run(w, seeded, { 's3-bucket-name': bucket, 'create-bucket': 'true' })
      expectExit(second, 0)
      expect(second.outputs.status).toBe('unchanged')
      expect(second.stats.writes).toBe(0)
      expect(changesOf(second)).toEqual([])
    },
    TEST_TIMEOUT * 2
  )

  it(
    'create-bucket false and the bucket missing: blocked, no write, and the fix names create-bucket',
    async () => {
      const w = world()
      const seeded = await seed(w)
      const r = await run(w, seeded, { 's3-bucket-name': 'org-trail-missing-logs' })
      expectExit(r, 1)
      expect(r.outputs.status).toBe('blocked')
      expect(r.stats.writes).toBe(0)
      const f = findingsOf(r).find((x) => x.id === 's3.bucket-exists')
      expect(f?.severity).toBe('blocker')
      expect(f?.remediation).toContain('create-bucket: true')
    },
    TEST_TIMEOUT
  )
})

async function readPolicy(w: World, bucket: string): Promise<unknown> {
  return (await readState({ endpoint: w.moto.url, region: REGION, bucket })).bucketPolicy
}
