// The trail options against mocked AWS, with the SDK's own exception classes: what each CloudTrail error
// tells the person, the bounded wait for IAM propagation of a CloudWatch Logs role, the reads of the KMS
// key, insights and the CloudWatch Logs role, and the writes made after a trail is created.
import {
  AddTagsCommand,
  CreateTrailCommand,
  GetInsightSelectorsCommand,
  InsightNotEnabledException,
  InsufficientEncryptionPolicyException,
  InsufficientSnsTopicPolicyException,
  InvalidCloudWatchLogsLogGroupArnException,
  InvalidCloudWatchLogsRoleArnException,
  InvalidEventSelectorsException,
  KmsKeyNotFoundException,
  ListTagsCommand,
  PutEventSelectorsCommand,
  PutInsightSelectorsCommand,
  StartLoggingCommand,
  UpdateTrailCommand,
  type CreateTrailCommandInput
} from '@aws-sdk/client-cloudtrail'
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs'
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  NoSuchEntityException
} from '@aws-sdk/client-iam'
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  NotFoundException as KmsNotFoundException,
  PutKeyPolicyCommand
} from '@aws-sdk/client-kms'
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns'
import { ApplyError } from '../../src/apply/error.js'
import { apply } from '../../src/apply/index.js'
import { NotSeenInTime, PACE, PROPAGATION_DELAYS_MS } from '../../src/apply/propagation.js'
import type { IamAction } from '../../src/aws/actions.js'
import { AwsCallError } from '../../src/aws/errors.js'
import { explain } from '../../src/aws/explain.js'
import { observe } from '../../src/observe/index.js'
import { kmsStatements, missingKmsActions, parseKeyPolicy } from '../../src/policy/kms.js'
import { plan } from '../../src/plan/index.js'
import type { Change, Plan } from '../../src/plan/types.js'
import type { Settings } from '../../src/settings/types.js'
import { ACCOUNT, identity, observed, ok, REGION, TRAIL, TRAIL_ARN } from '../support/fixtures.js'
import {
  CWL_ROLE_ARN,
  CWL_TRUST,
  KEY_ALIAS,
  KEY_ARN,
  LOG_GROUP,
  LOG_GROUP_ARN,
  LOG_GROUP_BASE,
  MANAGEMENT_STREAM,
  ORGANIZATION_STREAM,
  ROOT_STATEMENT,
  TOPIC_ARN,
  cwlPermissions,
  optionObserved,
  optionTrail,
  policyOf,
  settingsOf
} from '../support/trail-options.js'
import { apiTrail, mockAccount } from '../support/fake-account.js'
import { newClients, sentTo, useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()

/** Settings without provenance tags, so that only what a test declares is read and written. */
const declare = (overrides: Record<string, string>): Settings => settingsOf(overrides, { GITHUB_RUN_ID: '42' })

const metadata = { requestId: 'req-1234', attempts: 1, httpStatusCode: 400 }
type ErrorOptions = { message: string; $metadata: typeof metadata }

describe('explain: errors of the trail options', () => {
  const cases: [string, (o: ErrorOptions) => Error, IamAction, RegExp[]][] = [
    [
      'InsufficientEncryptionPolicyException',
      (o) => new InsufficientEncryptionPolicyException(o),
      'cloudtrail:CreateTrail',
      [/s3\.bucket-policy/, /kms\.key-policy/]
    ],
    [
      'KmsKeyNotFoundException',
      (o) => new KmsKeyNotFoundException(o),
      'cloudtrail:CreateTrail',
      [/kms-key-id/, /same region as the bucket/]
    ],
    [
      'InvalidCloudWatchLogsLogGroupArnException',
      (o) => new InvalidCloudWatchLogsLogGroupArnException(o),
      'cloudtrail:UpdateTrail',
      [/cloud-watch-logs-log-group-arn/, /must exist/]
    ],
    [
      'InvalidCloudWatchLogsRoleArnException',
      (o) => new InvalidCloudWatchLogsRoleArnException(o),
      'cloudtrail:UpdateTrail',
      [/trust cloudtrail\.amazonaws\.com/, /logs:CreateLogStream/, /iam:PassRole/]
    ],
    [
      'InsufficientSnsTopicPolicyException',
      (o) => new InsufficientSnsTopicPolicyException(o),
      'cloudtrail:CreateTrail',
      [/sns\.topic/, /topic policy/]
    ],
    [
      'InvalidEventSelectorsException',
      (o) => new InvalidEventSelectorsException(o),
      'cloudtrail:PutEventSelectors',
      [/event-selectors/, /5 event selectors/, /250 data resources/, /500 advanced values/]
    ]
  ]

  it.each(cases)("%s: the remedy, with what failed and AWS's own words", (code, make, action, remedy) => {
    const { title, message } = explain(
      new AwsCallError(action, make({ message: `AWS says: ${code}`, $metadata: metadata }))
    )
    expect(title).not.toBe(`${action} failed`)
    expect(message).toContain(action)
    expect(message).toContain(code)
    expect(message).toContain(`AWS says: ${code}`)
    expect(message).toContain('req-1234')
    for (const pattern of remedy) expect(message).toMatch(pattern)
  })
})

describe('explain: InsufficientEncryptionPolicyException', () => {
  it("names both the bucket and the key of AWS's message, and tells no one to set an input", () => {
    const { title, message } = explain(
      new AwsCallError(
        'cloudtrail:CreateTrail',
        new InsufficientEncryptionPolicyException({
          message: `Insufficient permissions to access S3 bucket org-trail-logs or KMS key ${KEY_ARN}.`,
          $metadata: metadata
        })
      )
    )
    expect(title).toMatch(/Bucket or KMS key policy/)
    expect(message).toContain('the policy of bucket org-trail-logs and the policy of KMS key ' + KEY_ARN)
    expect(message).not.toMatch(/Set manage-kms-key-policy/i)
  })
})

// ---- apply ----

interface Recorder {
  readonly sleeps: number[]
  readonly logs: string[]
  run(p: Plan): ReturnType<typeof apply>
}

function recorder(): Recorder {
  const sleeps: number[] = []
  const logs: string[] = []
  return {
    sleeps,
    logs,
    run: (p) =>
      apply(
        p,
        { allowDestructiveChanges: false },
        {
          clients: newClients(),
          log: (line) => logs.push(line),
          sleep: async (ms) => {
            sleeps.push(ms)
          }
        }
      )
  }
}

const planOf = (changes: Change[]): Plan => ({
  findings: [],
  changes,
  trailArn: TRAIL_ARN,
  homeRegion: REGION,
  managementAccountId: ACCOUNT,
  blocked: false
})
const updateCwl: Change = {
  kind: 'update-trail',
  arn: TRAIL_ARN,
  region: REGION,
  fields: [
    { field: 'CloudWatchLogsLogGroupArn', before: '', after: LOG_GROUP_ARN },
    { field: 'CloudWatchLogsRoleArn', before: '', after: CWL_ROLE_ARN }
  ]
}
const accessDenied = () =>
  new InvalidCloudWatchLogsRoleArnException({ message: 'Access denied.', $metadata: { ...metadata } })

async function applyError(promise: Promise<unknown>): Promise<ApplyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ApplyError)
  return error as ApplyError
}

describe('apply: a CloudWatch Logs role IAM has not propagated yet ("Access denied.")', () => {
  it('UpdateTrail is retried after the bounded delays, then succeeds', async () => {
    aws.current.cloudtrail.on(UpdateTrailCommand).rejectsOnce(accessDenied()).rejectsOnce(accessDenied()).resolves({})
    const r = recorder()
    const result = await r.run(planOf([updateCwl]))
    expect(result.applied).toEqual([updateCwl])
    expect(r.sleeps).toEqual([PROPAGATION_DELAYS_MS[0], PROPAGATION_DELAYS_MS[1]])
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand)).toHaveLength(3)
  })

  it('the delays are paced: 0.5 s doubling to 5 s, two minutes in all', () => {
    expect(PROPAGATION_DELAYS_MS.slice(0, 5)).toEqual([500, 1000, 2000, 4000, 5000])
    expect(Math.max(...PROPAGATION_DELAYS_MS)).toBe(PACE.capMs)
    expect(PROPAGATION_DELAYS_MS.reduce((a, b) => a + b, 0)).toBe(120_000)
  })

  it('CreateTrail with the CloudWatch Logs settings is retried the same way', async () => {
    aws.current.cloudtrail.on(CreateTrailCommand).rejectsOnce(accessDenied()).resolves({ TrailARN: TRAIL_ARN })
    const s = declare({ 'cloud-watch-logs-log-group-arn': LOG_GROUP_ARN, 'cloud-watch-logs-role-arn': CWL_ROLE_ARN })
    const r = recorder()
    const result = await r.run(planOf([{ kind: 'create-trail', region: REGION, trail: s.trail }]))
    expect(result.created).toBe(true)
    expect(r.sleeps).toEqual([PROPAGATION_DELAYS_MS[0]])
    expect(aws.current.cloudtrail.commandCalls(CreateTrailCommand)[1]?.args[0].input).toMatchObject({
      CloudWatchLogsLogGroupArn: LOG_GROUP_ARN,
      CloudWatchLogsRoleArn: CWL_ROLE_ARN
    })
  })

  it('gives up after every delay, with the error and its remedy', async () => {
    aws.current.cloudtrail.on(UpdateTrailCommand).rejects(accessDenied())
    const r = recorder()
    const error = await applyError(r.run(planOf([updateCwl])))
    expect(r.sleeps).toEqual([...PROPAGATION_DELAYS_MS])
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand)).toHaveLength(PROPAGATION_DELAYS_MS.length + 1)
    expect(error.cause).toBeInstanceOf(NotSeenInTime)
    expect((error.cause as NotSeenInTime).refusal).toBeInstanceOf(AwsCallError)
    expect((error.cause as NotSeenInTime).refusal).toMatchObject({
      action: 'cloudtrail:UpdateTrail',
      code: 'InvalidCloudWatchLogsRoleArnException'
    })
    expect(error.applied).toEqual([])
    expect(explain(error.cause).message).toMatch(/trust cloudtrail\.amazonaws\.com/)
  })

  it('another InvalidCloudWatchLogsRoleArnException (not "Access denied.") fails at once, without waiting', async () => {
    aws.current.cloudtrail
      .on(UpdateTrailCommand)
      .rejects(new InvalidCloudWatchLogsRoleArnException({ message: 'The role does not exist.', $metadata: {} }))
    const r = recorder()
    await applyError(r.run(planOf([updateCwl])))
    expect(r.sleeps).toEqual([])
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand)).toHaveLength(1)
  })
})

describe('apply: the CloudWatch Logs pair', () => {
  it('when only the role differs, UpdateTrail still names the log group (CloudTrail takes the role only with its group)', async () => {
    aws.current.cloudtrail.on(UpdateTrailCommand).resolves({})
    const otherRole = `arn:aws:iam::${ACCOUNT}:role/previous-role`
    const trail = optionTrail({ config: { ...optionTrail().config, cloudWatchLogsRoleArn: otherRole } })
    const s = declare({ 'cloud-watch-logs-log-group-arn': LOG_GROUP_ARN, 'cloud-watch-logs-role-arn': CWL_ROLE_ARN })
    const p = plan(s, optionObserved({ trail, kmsKey: undefined, snsTopic: undefined }))
    expect(p.blocked).toBe(false)
    await recorder().run(p)
    expect(aws.current.cloudtrail.commandCalls(UpdateTrailCommand)[0]?.args[0].input).toMatchObject({
      Name: TRAIL_ARN,
      CloudWatchLogsRoleArn: CWL_ROLE_ARN,
      CloudWatchLogsLogGroupArn: LOG_GROUP_ARN
    })
  })
})

const CREATED_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${TRAIL}-as-created`
const SELECTORS =
  '- ReadWriteType: WriteOnly\n  DataResources:\n    - Type: AWS::S3::Object\n      Values: [arn:aws:s3:::b/, arn:aws:s3:::a/]'

describe("apply: a new trail's selectors, insights and tags", () => {
  it('are written at the ARN CreateTrail returned, after it, in the home region', async () => {
    const m = aws.current
    const order: string[] = []
    m.cloudtrail.on(CreateTrailCommand).callsFake((input: CreateTrailCommandInput) => {
      order.push('CreateTrail')
      return { Name: input.Name, TrailARN: CREATED_ARN }
    })
    const record = (name: string) => () => {
      order.push(name)
      return {}
    }
    m.cloudtrail.on(StartLoggingCommand).callsFake(record('StartLogging'))
    m.cloudtrail.on(PutEventSelectorsCommand).callsFake(record('PutEventSelectors'))
    m.cloudtrail.on(PutInsightSelectorsCommand).callsFake(record('PutInsightSelectors'))
    m.cloudtrail.on(AddTagsCommand).callsFake(record('AddTags'))
    const s = declare({
      'event-selectors': SELECTORS,
      'insight-selectors': '- InsightType: ApiErrorRateInsight',
      tags: 'team=security'
    })
    const p = plan(s, observed({ trail: null, trails: ok([]) }))
    expect(p.changes.map((c) => c.kind).sort()).toEqual([
      'add-tags',
      'create-trail',
      'put-event-selectors',
      'put-insight-selectors',
      'start-logging'
    ])

    const result = await recorder().run(p)

    expect(result.trailArn).toBe(CREATED_ARN)
    expect(order[0]).toBe('CreateTrail')
    const [events] = await sentTo(m.cloudtrail.commandCalls(PutEventSelectorsCommand))
    expect(events).toEqual([
      REGION,
      {
        TrailName: CREATED_ARN,
        EventSelectors: [
          {
            ReadWriteType: 'WriteOnly',
            IncludeManagementEvents: true,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::b/', 'arn:aws:s3:::a/'] }],
            ExcludeManagementEventSources: []
          }
        ]
      }
    ])
    const [insights] = await sentTo(m.cloudtrail.commandCalls(PutInsightSelectorsCommand))
    expect(insights).toEqual([
      REGION,
      { TrailName: CREATED_ARN, InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }] }
    ])
    const [tags] = await sentTo(m.cloudtrail.commandCalls(AddTagsCommand))
    expect(tags).toEqual([REGION, { ResourceId: CREATED_ARN, TagsList: [{ Key: 'team', Value: 'security' }] }])
    expect(m.cloudtrail.commandCalls(StartLoggingCommand)[0]?.args[0].input).toEqual({ Name: CREATED_ARN })
  })

  it('advanced selectors are written as AdvancedEventSelectors, without EventSelectors', async () => {
    aws.current.cloudtrail.on(PutEventSelectorsCommand).resolves({})
    const s = declare({
      'advanced-event-selectors':
        '- Name: mgmt\n  FieldSelectors:\n    - Field: eventCategory\n      Equals: [Management]'
    })
    const p = plan(s, observed())
    await recorder().run(p)
    expect(aws.current.cloudtrail.commandCalls(PutEventSelectorsCommand)[0]?.args[0].input).toEqual({
      TrailName: TRAIL_ARN,
      AdvancedEventSelectors: [{ Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }]
    })
  })
})

describe('apply: put-key-policy', () => {
  it("reads the key policy again right before writing, keeps every statement it finds, and writes in the key's region", async () => {
    const m = aws.current
    const addedSince = {
      Sid: 'AllowAuditorsDecrypt',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/auditor` },
      Action: 'kms:Decrypt',
      Resource: '*'
    }
    const euKey = KEY_ARN.replace(REGION, 'eu-west-1')
    m.kms.on(GetKeyPolicyCommand).resolves({ Policy: policyOf(ROOT_STATEMENT, addedSince), PolicyName: 'default' })
    m.kms.on(PutKeyPolicyCommand).resolves({})
    const grant = { partition: 'aws', keyArn: euKey, trailArn: TRAIL_ARN, accountId: ACCOUNT, bucketKey: false }
    await recorder().run(
      planOf([
        {
          kind: 'put-key-policy',
          keyArn: euKey,
          region: 'eu-west-1',
          before: policyOf(ROOT_STATEMENT),
          after: '',
          sids: [],
          grant
        }
      ])
    )

    const [[region, input]] = (await sentTo(m.kms.commandCalls(PutKeyPolicyCommand))) as [
      [string, { KeyId: string; PolicyName: string; Policy: string }]
    ]
    expect(region).toBe('eu-west-1')
    expect(input.KeyId).toBe(euKey)
    expect(input.PolicyName).toBe('default')
    const written = parseKeyPolicy(input.Policy)
    expect(written?.Statement.slice(0, 2)).toEqual([ROOT_STATEMENT, addedSince])
    expect(missingKmsActions(written, grant)).toEqual([])
  })

  it('a key policy that grants already by the time of the write is not written', async () => {
    const m = aws.current
    const grant = { partition: 'aws', keyArn: KEY_ARN, trailArn: TRAIL_ARN, accountId: ACCOUNT, bucketKey: false }
    m.kms.on(GetKeyPolicyCommand).resolves({ Policy: policyOf(ROOT_STATEMENT, ...kmsStatements(grant)) })
    await recorder().run(
      planOf([
        {
          kind: 'put-key-policy',
          keyArn: KEY_ARN,
          region: REGION,
          before: policyOf(ROOT_STATEMENT),
          after: '',
          sids: [],
          grant
        }
      ])
    )
    expect(m.kms.commandCalls(PutKeyPolicyCommand)).toHaveLength(0)
  })
})

describe('apply: a key policy this run wrote, not yet seen by CloudTrail (InsufficientEncryptionPolicyException)', () => {
  const grant = { partition: 'aws', keyArn: KEY_ARN, trailArn: TRAIL_ARN, accountId: ACCOUNT, bucketKey: false }
  const putKeyPolicy: Change = {
    kind: 'put-key-policy',
    keyArn: KEY_ARN,
    region: REGION,
    before: policyOf(ROOT_STATEMENT),
    after: '',
    sids: [],
    grant
  }
  const giveKey: Change = {
    kind: 'update-trail',
    arn: TRAIL_ARN,
    region: REGION,
    fields: [{ field: 'KmsKeyId', before: '', after: KEY_ARN }]
  }
  const notYet = () =>
    new InsufficientEncryptionPolicyException({
      message: `Insufficient permissions to access S3 bucket org-trail-logs or KMS key ${KEY_ARN}.`,
      $metadata: { ...metadata }
    })

  it('UpdateTrail is retried after the bounded delays, each wait naming the key policy', async () => {
    const m = aws.current
    m.kms.on(GetKeyPolicyCommand).resolves({ Policy: policyOf(ROOT_STATEMENT) })
    m.kms.on(PutKeyPolicyCommand).resolves({})
    m.cloudtrail.on(UpdateTrailCommand).rejectsOnce(notYet()).rejectsOnce(notYet()).resolves({})
    const r = recorder()
    const result = await r.run(planOf([putKeyPolicy, giveKey]))
    expect(result.applied).toEqual([putKeyPolicy, giveKey])
    expect(r.sleeps).toEqual([PROPAGATION_DELAYS_MS[0], PROPAGATION_DELAYS_MS[1]])
    expect(r.logs.filter((l) => l.includes(`the policy of KMS key ${KEY_ARN}, written by this run`))).toHaveLength(2)
  })

  it('gives up after every delay', async () => {
    const m = aws.current
    m.kms.on(GetKeyPolicyCommand).resolves({ Policy: policyOf(ROOT_STATEMENT) })
    m.kms.on(PutKeyPolicyCommand).resolves({})
    m.cloudtrail.on(UpdateTrailCommand).rejects(notYet())
    const r = recorder()
    const error = await applyError(r.run(planOf([putKeyPolicy, giveKey])))
    expect(r.sleeps).toEqual([...PROPAGATION_DELAYS_MS])
    expect((error.cause as NotSeenInTime).refusal).toMatchObject({ code: 'InsufficientEncryptionPolicyException' })
    expect(error.applied).toEqual([putKeyPolicy])
  })

  it('without a policy written by this run it is no propagation: it fails at once', async () => {
    aws.current.cloudtrail.on(UpdateTrailCommand).rejects(notYet())
    const r = recorder()
    await applyError(r.run(planOf([giveKey])))
    expect(r.sleeps).toEqual([])
  })
})

// ---- observe ----

const encoded = (text: string) => encodeURIComponent(text)

describe('observe: the trail options', () => {
  it('KMS NotFoundException: the key is null, and the plan blocks with how to look it up', async () => {
    mockAccount(aws.current)
    aws.current.kms.on(DescribeKeyCommand).rejects(
      new KmsNotFoundException({
        message: `Alias arn:aws:kms:${REGION}:${ACCOUNT}:${KEY_ALIAS} is not found.`,
        $metadata: {}
      })
    )
    const s = declare({ 'kms-key-id': KEY_ALIAS })
    const o = await observe(newClients(), s, identity)
    expect(o.kmsKey).toEqual({ ok: true, value: null })
    expect(plan(s, o).findings.find((f) => f.id === 'kms.key')).toMatchObject({ severity: 'blocker' })
    expect(aws.current.kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(0)
  })

  it('the KMS key: described by the declared reference, its policy read by its ARN with PolicyName default', async () => {
    mockAccount(aws.current)
    aws.current.kms.on(DescribeKeyCommand).resolves({
      KeyMetadata: {
        KeyId: 'k',
        Arn: KEY_ARN,
        KeyState: 'Enabled',
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyManager: 'AWS'
      }
    })
    aws.current.kms.on(GetKeyPolicyCommand).resolves({ Policy: policyOf(ROOT_STATEMENT) })
    aws.current.kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true })
    const o = await observe(newClients(), declare({ 'kms-key-id': KEY_ALIAS }), identity)
    expect(o.kmsKey).toEqual({
      ok: true,
      value: {
        arn: KEY_ARN,
        region: REGION,
        keyState: 'Enabled',
        symmetric: true,
        keyManager: 'AWS',
        policy: policyOf(ROOT_STATEMENT),
        rotationEnabled: { ok: true, value: true }
      }
    })
    // Rotation is asked of the key by its ARN, like the policy (posture KMS.4).
    expect(aws.current.kms.commandCalls(GetKeyRotationStatusCommand)[0]?.args[0].input).toEqual({ KeyId: KEY_ARN })
    expect(aws.current.kms.commandCalls(DescribeKeyCommand)[0]?.args[0].input).toEqual({ KeyId: KEY_ALIAS })
    expect(aws.current.kms.commandCalls(GetKeyPolicyCommand)[0]?.args[0].input).toEqual({
      KeyId: KEY_ARN,
      PolicyName: 'default'
    })
  })

  it('GetInsightSelectors InsightNotEnabledException: no insights ([]), so declaring [] is in sync', async () => {
    mockAccount(aws.current)
    aws.current.cloudtrail
      .on(GetInsightSelectorsCommand)
      .rejects(
        new InsightNotEnabledException({ message: `Trail ${TRAIL_ARN} does not have Insights enabled.`, $metadata: {} })
      )
    const off = declare({ 'insight-selectors': '[]' })
    const o = await observe(newClients(), off, identity)
    expect(o.trail?.insights).toEqual({ ok: true, value: [] })
    expect(plan(off, o).changes).toEqual([])
    const on = declare({ 'insight-selectors': '- InsightType: ApiCallRateInsight' })
    expect(plan(on, await observe(newClients(), on, identity)).changes.map((c) => c.kind)).toEqual([
      'put-insight-selectors'
    ])
  })

  it('tags are read with ListTags at the trail ARN', async () => {
    mockAccount(aws.current)
    aws.current.cloudtrail.on(ListTagsCommand).resolves({
      ResourceTagList: [
        {
          ResourceId: TRAIL_ARN,
          TagsList: [
            { Key: 'team', Value: 'security' },
            { Key: 'owner', Value: 'finance' }
          ]
        }
      ]
    })
    const s = declare({ tags: 'team=security' })
    const o = await observe(newClients(), s, identity)
    expect(o.trail?.tags).toEqual({ ok: true, value: { team: 'security', owner: 'finance' } })
    expect(aws.current.cloudtrail.commandCalls(ListTagsCommand)[0]?.args[0].input).toEqual({
      ResourceIdList: [TRAIL_ARN]
    })
    expect(plan(s, o).changes).toEqual([])
  })

  it('the CloudWatch Logs role: trust policy, inline and attached policies, URL-decoded, and the plan finds the gap', async () => {
    const m = aws.current
    mockAccount(m, {
      trails: [
        {
          trail: { ...apiTrail(), CloudWatchLogsLogGroupArn: LOG_GROUP_ARN, CloudWatchLogsRoleArn: CWL_ROLE_ARN },
          status: { IsLogging: true }
        }
      ]
    })
    const inline = cwlPermissions(MANAGEMENT_STREAM)
    const attached = policyOf({
      Sid: 'Attached',
      Effect: 'Allow',
      Action: 'logs:CreateLogStream',
      Resource: ORGANIZATION_STREAM
    })
    m.logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: LOG_GROUP, arn: LOG_GROUP_ARN }] })
    m.iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'CloudTrail_CloudWatchLogs_Role',
        Arn: CWL_ROLE_ARN,
        Path: '/',
        RoleId: 'AROAEXAMPLE',
        CreateDate: new Date(0),
        AssumeRolePolicyDocument: encoded(policyOf(CWL_TRUST))
      }
    })
    m.iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['cloudtrail-logs'], IsTruncated: false })
    m.iam.on(GetRolePolicyCommand).resolves({
      RoleName: 'CloudTrail_CloudWatchLogs_Role',
      PolicyName: 'cloudtrail-logs',
      PolicyDocument: encoded(inline)
    })
    const policyArn = `arn:aws:iam::${ACCOUNT}:policy/cloudtrail-org-streams`
    m.iam.on(ListAttachedRolePoliciesCommand).resolves({
      AttachedPolicies: [{ PolicyName: 'cloudtrail-org-streams', PolicyArn: policyArn }],
      IsTruncated: false
    })
    m.iam.on(GetPolicyCommand).resolves({ Policy: { Arn: policyArn, DefaultVersionId: 'v3' } })
    m.iam
      .on(GetPolicyVersionCommand)
      .resolves({ PolicyVersion: { VersionId: 'v3', IsDefaultVersion: true, Document: encoded(attached) } })

    const s = declare({ 'cloud-watch-logs-log-group-arn': LOG_GROUP_BASE, 'cloud-watch-logs-role-arn': CWL_ROLE_ARN })
    const o = await observe(newClients(), s, identity)

    expect(o.logGroup).toEqual({ ok: true, value: true })
    expect(m.logs.commandCalls(DescribeLogGroupsCommand)[0]?.args[0].input).toEqual({ logGroupNamePrefix: LOG_GROUP })
    expect(o.cloudWatchRole).toEqual({
      ok: true,
      value: { arn: CWL_ROLE_ARN, trustPolicy: policyOf(CWL_TRUST), policies: [inline, attached] }
    })
    expect(m.iam.commandCalls(GetRoleCommand)[0]?.args[0].input).toEqual({ RoleName: 'CloudTrail_CloudWatchLogs_Role' })
    expect(m.iam.commandCalls(GetPolicyVersionCommand)[0]?.args[0].input).toEqual({
      PolicyArn: policyArn,
      VersionId: 'v3'
    })

    // The attached policy grants CreateLogStream on the organization's streams, but nothing grants PutLogEvents there.
    const f = plan(s, o).findings.find((x) => x.id === 'logs.role')
    expect(f).toMatchObject({ severity: 'blocker' })
    expect(f?.detail).toContain(`logs:PutLogEvents on ${ORGANIZATION_STREAM}`)
    expect(f?.detail).not.toContain(`logs:CreateLogStream on ${ORGANIZATION_STREAM}`)
  })

  it('a CloudWatch Logs role that does not exist (NoSuchEntityException) is null, and the plan blocks', async () => {
    mockAccount(aws.current)
    aws.current.logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [] })
    // AWS answers every read of a missing role the same way, and the role's reads are made together.
    const missing = () =>
      new NoSuchEntityException({
        message: 'The role with name CloudTrail_CloudWatchLogs_Role cannot be found.',
        $metadata: {}
      })
    aws.current.iam.on(GetRoleCommand).rejects(missing())
    aws.current.iam.on(ListRolePoliciesCommand).rejects(missing())
    aws.current.iam.on(ListAttachedRolePoliciesCommand).rejects(missing())
    const s = declare({ 'cloud-watch-logs-log-group-arn': LOG_GROUP_BASE, 'cloud-watch-logs-role-arn': CWL_ROLE_ARN })
    const o = await observe(newClients(), s, identity)
    expect(o.cloudWatchRole).toEqual({ ok: true, value: null })
    expect(o.logGroup).toEqual({ ok: true, value: false })
    const ids = plan(s, o)
      .findings.filter((f) => f.severity === 'blocker')
      .map((f) => f.id)
    expect(ids).toEqual(expect.arrayContaining(['logs.log-group', 'logs.role']))
  })

  it('the SNS topic, declared by name, is read at its ARN in the home region', async () => {
    mockAccount(aws.current)
    aws.current.sns
      .on(GetTopicAttributesCommand)
      .resolves({ Attributes: { TopicArn: TOPIC_ARN, Policy: policyOf(ROOT_STATEMENT) } })
    const o = await observe(newClients(), declare({ 'sns-topic-name': 'org-trail-notes' }), identity)
    expect(o.snsTopic).toEqual({ ok: true, value: { arn: TOPIC_ARN, policy: policyOf(ROOT_STATEMENT) } })
    expect(await sentTo(aws.current.sns.commandCalls(GetTopicAttributesCommand))).toEqual([
      [REGION, { TopicArn: TOPIC_ARN }]
    ])
  })

  it('options that are not declared are not read', async () => {
    mockAccount(aws.current)
    await observe(newClients(), declare({}), identity)
    expect(aws.current.kms.calls()).toHaveLength(0)
    expect(aws.current.logs.calls()).toHaveLength(0)
    expect(aws.current.sns.calls()).toHaveLength(0)
    expect(aws.current.cloudtrail.commandCalls(GetInsightSelectorsCommand)).toHaveLength(0)
    expect(aws.current.cloudtrail.commandCalls(ListTagsCommand)).toHaveLength(0)
    expect(aws.current.iam.commandCalls(GetRoleCommand)).toHaveLength(0)
  })
})
