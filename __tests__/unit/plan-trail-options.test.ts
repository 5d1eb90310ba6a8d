// The plan for the trail options: the KMS key, the CloudWatch Logs group and role, the SNS topic, a
// bucket org-trail creates, and a delegated administrator's view. Each gap is a finding with the exact
// fix; what apply can fix is a change, in dependency order.
import type { CloudWatchRole, KmsKey, Observed, SnsTopic } from '../../src/observe/types.js'
import { missingPermissions, parsePolicy } from '../../src/policy/bucket.js'
import { plan } from '../../src/plan/index.js'
import { kmsStatements, missingKmsActions, parseKeyPolicy } from '../../src/policy/kms.js'
import type { Change, Plan } from '../../src/plan/types.js'
import { statusOf } from '../../src/outcome.js'
import {
  ACCOUNT,
  BUCKET,
  MEMBER_ACCOUNT,
  ORG_ID,
  REGION,
  TRAIL,
  TRAIL_ARN,
  bucket,
  denied,
  findingOf,
  memberIdentity,
  ok,
  trailConfig
} from '../support/fixtures.js'
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
  SNS_DEFAULT_POLICY,
  TOPIC,
  TOPIC_ARN,
  cloudWatchRole,
  cwlPermissions,
  kmsKey,
  optionObserved,
  optionSettings,
  optionTrail,
  policyOf,
  snsPublishStatement,
  snsTopic
} from '../support/trail-options.js'

type ChangeOf<K extends Change['kind']> = Extract<Change, { kind: K }>
const changesOf = <K extends Change['kind']>(p: Plan, kind: K): ChangeOf<K>[] =>
  p.changes.filter((c): c is ChangeOf<K> => c.kind === kind)
const kinds = (p: Plan) => p.changes.map((c) => c.kind)
const updatedFields = (p: Plan) => changesOf(p, 'update-trail').flatMap((c) => c.fields)

const withKey = (overrides: Partial<KmsKey>, more: Partial<Observed> = {}) =>
  optionObserved({ kmsKey: ok<KmsKey | null>(kmsKey(overrides)), ...more })
const withRole = (overrides: Partial<CloudWatchRole>) =>
  optionObserved({ cloudWatchRole: ok<CloudWatchRole | null>(cloudWatchRole(overrides)) })
const withTopic = (overrides: Partial<SnsTopic>) =>
  optionObserved({ snsTopic: ok<SnsTopic | null>(snsTopic(overrides)) })

describe('a trail converged with every option', () => {
  it("has no change and no blocker; every option's finding is ok", () => {
    const p = plan(optionSettings(), optionObserved())
    expect(p.changes).toEqual([])
    expect(p.blocked).toBe(false)
    for (const id of [
      'kms.key',
      'kms.key-policy',
      'logs.log-group',
      'logs.role-trust',
      'logs.role',
      'sns.topic',
      'cloudtrail.event-selectors',
      'cloudtrail.insight-selectors',
      'cloudtrail.tags'
    ]) {
      expect(findingOf(p, id).severity).toBe('ok')
    }
  })

  it('options not declared are not managed: a trail with a key, CWL and SNS set keeps them', () => {
    const p = plan(
      optionSettings({
        'kms-key-id': '',
        'cloud-watch-logs-log-group-arn': '',
        'cloud-watch-logs-role-arn': '',
        'sns-topic-name': ''
      }),
      optionObserved()
    )
    expect(p.changes).toEqual([])
  })
})

describe('KMS key', () => {
  it('declared by alias, the trail reporting the key ARN: no KmsKeyId change', () => {
    const p = plan(optionSettings({ 'kms-key-id': KEY_ALIAS }), optionObserved())
    expect(updatedFields(p)).toEqual([])
    expect(p.changes).toEqual([])
  })

  it('declared by key id, the same', () => {
    expect(plan(optionSettings({ 'kms-key-id': KEY_ARN.split('/')[1] ?? '' }), optionObserved()).changes).toEqual([])
  })

  it('declared and the trail unencrypted: update-trail sets KmsKeyId to the key ARN', () => {
    const p = plan(
      optionSettings({ 'kms-key-id': KEY_ALIAS }),
      optionObserved({
        trail: optionTrail({
          config: trailConfig({
            cloudWatchLogsLogGroupArn: LOG_GROUP_ARN,
            cloudWatchLogsRoleArn: CWL_ROLE_ARN,
            snsTopicArn: TOPIC_ARN
          })
        })
      })
    )
    expect(updatedFields(p)).toEqual([{ field: 'KmsKeyId', before: '', after: KEY_ARN }])
  })

  it('not found: a blocker with the command to look it up', () => {
    const p = plan(optionSettings({ 'kms-key-id': KEY_ALIAS }), optionObserved({ kmsKey: ok<KmsKey | null>(null) }))
    const f = findingOf(p, 'kms.key')
    expect(f.severity).toBe('blocker')
    expect(f.title).toContain(KEY_ALIAS)
    expect(f.remediation).toBe(`aws kms describe-key --key-id ${KEY_ALIAS} --region ${REGION}`)
    expect(p.blocked).toBe(true)
  })

  it('in another region than the bucket: a blocker naming both regions', () => {
    const euKey = KEY_ARN.replace(REGION, 'eu-west-1')
    const f = findingOf(
      plan(optionSettings({ 'kms-key-id': euKey }), withKey({ arn: euKey, region: 'eu-west-1' })),
      'kms.key'
    )
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain(`it is in eu-west-1 but the bucket is in ${REGION}`)
  })

  it('AWS managed, named by its key ARN: a blocker before any write, saying CloudTrail needs a customer managed key', () => {
    // Settings refuse alias/aws/…; the key behind it can still be named by id or ARN.
    const awsKey = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0000aaaa-00aa-00aa-00aa-000000aaaaaa`
    const p = plan(
      optionSettings({ 'kms-key-id': awsKey, 'manage-kms-key-policy': 'true' }),
      withKey({ arn: awsKey, keyManager: 'AWS' })
    )
    const f = findingOf(p, 'kms.key')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('AWS managed key')
    expect(f.detail).toContain('customer managed key')
    expect(f.remediation).toContain(`aws kms create-key`)
    expect(p.blocked).toBe(true)
    // Nothing to merge into a policy AWS owns.
    expect(p.findings.map((x) => x.id)).not.toContain('kms.key-policy')
    expect(p.changes.filter((c) => c.kind === 'put-key-policy')).toEqual([])
  })

  it('disabled: a blocker with the command to enable it', () => {
    const f = findingOf(plan(optionSettings(), withKey({ keyState: 'Disabled' })), 'kms.key')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('Disabled')
    expect(f.remediation).toBe(`aws kms enable-key --key-id ${KEY_ARN} --region ${REGION}`)
  })

  it('pending deletion: a blocker', () => {
    expect(findingOf(plan(optionSettings(), withKey({ keyState: 'PendingDeletion' })), 'kms.key').severity).toBe(
      'blocker'
    )
  })

  it('asymmetric: a blocker saying CloudTrail needs a symmetric key', () => {
    const f = findingOf(plan(optionSettings(), withKey({ symmetric: false })), 'kms.key')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toMatch(/not a symmetric/)
  })

  it('not readable: a blocker naming kms:DescribeKey', () => {
    const f = findingOf(plan(optionSettings(), optionObserved({ kmsKey: denied('kms:DescribeKey') })), 'kms.key')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('kms:DescribeKey')
  })
})

describe('KMS key policy and an S3 Bucket Key on the bucket', () => {
  const sseKms = (bucketKey: boolean) => ok({ algorithm: 'aws:kms', kmsKeyId: KEY_ARN, bucketKey })
  const grantingAllButDecrypt = () => withKey({}, { bucket: bucket({ encryption: sseKms(true) }) })

  it('the bucket has one: the key policy must let CloudTrail kms:Decrypt too, and says so', () => {
    const f = findingOf(
      plan(optionSettings({ 'manage-kms-key-policy': 'false' }), grantingAllButDecrypt()),
      'kms.key-policy'
    )
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('kms:Decrypt')
    expect(f.remediation).toContain('OrgTrailKmsDecrypt')
  })

  it('without one, kms:Decrypt is not asked for', () => {
    const p = plan(optionSettings(), withKey({}, { bucket: bucket({ encryption: sseKms(false) }) }))
    expect(findingOf(p, 'kms.key-policy').severity).toBe('ok')
  })

  it('create-bucket will encrypt the new bucket with the key and a Bucket Key: asked for from the first run', () => {
    const p = plan(
      optionSettings({ 'create-bucket': 'true', 'manage-kms-key-policy': 'true' }),
      withKey({}, { bucket: bucket({ region: ok<string | null>(null), policy: ok<string | null>(null) }) })
    )
    const change = p.changes.find((c) => c.kind === 'put-key-policy')
    expect(change?.kind === 'put-key-policy' ? change.sids : []).toContain('OrgTrailKmsDecrypt')
  })

  it('its encryption unreadable: a warning naming s3:GetEncryptionConfiguration, nothing blocked', () => {
    const unreadable = {
      ok: false as const,
      failure: { action: 's3:GetEncryptionConfiguration' as const, code: 'AccessDenied', message: '' }
    }
    const p = plan(optionSettings(), withKey({}, { bucket: bucket({ encryption: unreadable }) }))
    expect(findingOf(p, 'kms.bucket-key')).toMatchObject({ severity: 'warning' })
    expect(findingOf(p, 'kms.bucket-key').detail).toContain('s3:GetEncryptionConfiguration')
    expect(p.blocked).toBe(false)
  })
})

describe('KMS key policy', () => {
  const bare = () => withKey({ policy: policyOf(ROOT_STATEMENT) })
  const grant = { partition: 'aws', keyArn: KEY_ARN, trailArn: TRAIL_ARN, accountId: ACCOUNT, bucketKey: false }

  it('missing statements and manage-kms-key-policy false: a blocker showing the exact statements, and no write', () => {
    const p = plan(optionSettings({ 'manage-kms-key-policy': 'false' }), bare())
    const f = findingOf(p, 'kms.key-policy')
    expect(f.severity).toBe('blocker')
    expect(JSON.parse(f.remediation)).toEqual(kmsStatements(grant))
    expect(f.detail).toContain('manage-kms-key-policy')
    expect(f.detail).toContain('kms:GenerateDataKey')
    expect(changesOf(p, 'put-key-policy')).toEqual([])
    expect(p.blocked).toBe(true)
  })

  it('missing statements and manage-kms-key-policy true: fixable, put-key-policy keeps the root statement and grants', () => {
    const p = plan(optionSettings({ 'manage-kms-key-policy': 'true' }), bare())
    expect(findingOf(p, 'kms.key-policy').severity).toBe('fixable')
    const [change] = changesOf(p, 'put-key-policy')
    expect(change).toMatchObject({ keyArn: KEY_ARN, region: REGION, before: policyOf(ROOT_STATEMENT), grant })
    const after = parseKeyPolicy(change?.after ?? null)
    expect(after?.Statement[0]).toEqual(ROOT_STATEMENT)
    expect(missingKmsActions(after, grant)).toEqual([])
    expect(p.blocked).toBe(false)
  })

  it('put-key-policy comes before the trail is created with the key', () => {
    const p = plan(
      optionSettings({ 'manage-kms-key-policy': 'true' }),
      withKey({ policy: policyOf(ROOT_STATEMENT) }, { trail: null, trails: ok([]) })
    )
    expect(kinds(p).indexOf('put-key-policy')).toBeLessThan(kinds(p).indexOf('create-trail'))
  })

  it('a policy that is not JSON: a blocker, never overwritten', () => {
    const p = plan(optionSettings({ 'manage-kms-key-policy': 'true' }), withKey({ policy: '{not json' }))
    expect(findingOf(p, 'kms.key-policy').severity).toBe('blocker')
    expect(changesOf(p, 'put-key-policy')).toEqual([])
  })
})

describe('CloudWatch Logs', () => {
  it('declared and the trail has none: update-trail sets the group (with ":*") and the role', () => {
    const p = plan(
      optionSettings(),
      optionObserved({ trail: optionTrail({ config: trailConfig({ kmsKeyId: KEY_ARN, snsTopicArn: TOPIC_ARN }) }) })
    )
    expect(updatedFields(p)).toEqual([
      { field: 'CloudWatchLogsLogGroupArn', before: '', after: LOG_GROUP_ARN },
      { field: 'CloudWatchLogsRoleArn', before: '', after: CWL_ROLE_ARN }
    ])
  })

  it('declared without ":*" and the trail has it with: no change', () => {
    expect(
      plan(optionSettings({ 'cloud-watch-logs-log-group-arn': LOG_GROUP_BASE }), optionObserved()).changes
    ).toEqual([])
  })

  it('the log group does not exist: a blocker with the command to create it', () => {
    const f = findingOf(plan(optionSettings(), optionObserved({ logGroup: ok(false) })), 'logs.log-group')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toBe(`aws logs create-log-group --log-group-name ${LOG_GROUP} --region ${REGION}`)
  })

  it('the role does not exist: a blocker with the trust policy to create it with', () => {
    const f = findingOf(
      plan(optionSettings(), optionObserved({ cloudWatchRole: ok<CloudWatchRole | null>(null) })),
      'logs.role'
    )
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('"cloudtrail.amazonaws.com"')
    expect(f.remediation).toContain('sts:AssumeRole')
  })

  it('the role does not trust CloudTrail: a blocker with the trust statement', () => {
    const p = plan(
      optionSettings(),
      withRole({ trustPolicy: policyOf({ ...CWL_TRUST, Principal: { Service: 'ec2.amazonaws.com' } }) })
    )
    const f = findingOf(p, 'logs.role-trust')
    expect(f.severity).toBe('blocker')
    expect(JSON.parse(f.remediation)).toEqual(CWL_TRUST)
    expect(f.detail).toContain(CWL_ROLE_ARN)
    expect(p.blocked).toBe(true)
  })

  it('permission on the management stream only: a blocker naming the o-ORGID_* stream, with statements covering both', () => {
    const p = plan(optionSettings(), withRole({ policies: [cwlPermissions(MANAGEMENT_STREAM)] }))
    const f = findingOf(p, 'logs.role')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain(`${ORG_ID}_*`)
    expect(f.detail).toContain(ORGANIZATION_STREAM)
    expect(f.detail).not.toContain(`on ${MANAGEMENT_STREAM}`)
    const statements = (JSON.parse(f.remediation) as { Statement: { Resource: string[] }[] }).Statement
    for (const s of statements) expect(s.Resource).toEqual([MANAGEMENT_STREAM, ORGANIZATION_STREAM])
  })

  it('log-stream:* covers both streams: ok', () => {
    const p = plan(optionSettings(), withRole({ policies: [cwlPermissions(`${LOG_GROUP_BASE}:log-stream:*`)] }))
    expect(findingOf(p, 'logs.role').severity).toBe('ok')
    expect(p.blocked).toBe(false)
  })

  it('the role could not be read: a blocker naming iam:GetRole', () => {
    const f = findingOf(plan(optionSettings(), optionObserved({ cloudWatchRole: denied('iam:GetRole') })), 'logs.role')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('iam:GetRole')
  })
})

describe('SNS topic', () => {
  it('declared by name, the trail reporting the topic ARN: no change', () => {
    expect(plan(optionSettings({ 'sns-topic-name': TOPIC }), optionObserved()).changes).toEqual([])
  })

  it('declared by ARN: no change either', () => {
    expect(plan(optionSettings({ 'sns-topic-name': TOPIC_ARN }), optionObserved()).changes).toEqual([])
  })

  it('declared and the trail has none: update-trail sets it', () => {
    const p = plan(
      optionSettings(),
      optionObserved({
        trail: optionTrail({
          config: trailConfig({
            kmsKeyId: KEY_ARN,
            cloudWatchLogsLogGroupArn: LOG_GROUP_ARN,
            cloudWatchLogsRoleArn: CWL_ROLE_ARN
          })
        })
      })
    )
    expect(updatedFields(p)).toEqual([{ field: 'SnsTopicName', before: '', after: TOPIC_ARN }])
  })

  it('the topic does not exist: a blocker with the command to create it', () => {
    const f = findingOf(plan(optionSettings(), optionObserved({ snsTopic: ok<SnsTopic | null>(null) })), 'sns.topic')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toBe(`aws sns create-topic --name ${TOPIC} --region ${REGION}`)
  })

  it('the topic policy does not let CloudTrail publish: a blocker with the statement to add', () => {
    const p = plan(optionSettings(), withTopic({ policy: SNS_DEFAULT_POLICY }))
    const f = findingOf(p, 'sns.topic')
    expect(f.severity).toBe('blocker')
    expect(JSON.parse(f.remediation)).toEqual(snsPublishStatement())
    expect(f.detail).toContain(TOPIC_ARN)
    expect(p.blocked).toBe(true)
  })

  it('no topic policy at all: the same blocker', () => {
    expect(findingOf(plan(optionSettings(), withTopic({ policy: null })), 'sns.topic').severity).toBe('blocker')
  })
})

describe('create-bucket', () => {
  const missing = (more: Partial<Observed> = {}) =>
    optionObserved({
      bucket: bucket({ region: ok<string | null>(null), policy: ok<string | null>(null) }),
      trail: null,
      trails: ok([]),
      ...more
    })
  const bucketSettings = (overrides: Record<string, string> = {}) =>
    optionSettings({
      'kms-key-id': '',
      'cloud-watch-logs-log-group-arn': '',
      'cloud-watch-logs-role-arn': '',
      'sns-topic-name': '',
      ...overrides
    })

  it("true and the bucket missing: create-bucket, then a policy with the TLS deny and CloudTrail's statements, then the trail", () => {
    const p = plan(bucketSettings({ 'create-bucket': 'true' }), missing({ kmsKey: undefined }))
    expect(p.blocked).toBe(false)
    expect(
      kinds(p)
        .filter((k) => k !== 'harden-bucket')
        .slice(0, 3)
    ).toEqual(['create-bucket', 'put-bucket-policy', 'create-trail'])
    // CreateBucket enforces object ownership itself; the other settings are each a write of their own.
    expect(changesOf(p, 'harden-bucket').map((c) => c.setting)).toEqual([
      'public-access-block',
      'encryption',
      'versioning'
    ])
    expect(changesOf(p, 'create-bucket')).toEqual([
      { kind: 'create-bucket', bucket: BUCKET, region: REGION, partition: 'aws', kmsKeyArn: '' }
    ])
    const [put] = changesOf(p, 'put-bucket-policy')
    const policy = parsePolicy(put?.after ?? null)
    expect(policy?.Statement).toContainEqual({
      Sid: 'OrgTrailDenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    })
    expect(
      missingPermissions(policy, {
        partition: 'aws',
        bucket: BUCKET,
        prefix: '',
        trailArn: TRAIL_ARN,
        accountId: ACCOUNT,
        organizationId: ORG_ID
      })
    ).toEqual([])
    expect(findingOf(p, 's3.bucket-exists').severity).toBe('fixable')
  })

  it('with a KMS key declared, the bucket is created with SSE-KMS under that key', () => {
    const p = plan(bucketSettings({ 'create-bucket': 'true', 'kms-key-id': KEY_ALIAS }), missing())
    expect(changesOf(p, 'create-bucket')[0]?.kmsKeyArn).toBe(KEY_ARN)
  })

  it('a key in another region than the bucket it would create (the home region): a blocker, nothing created', () => {
    const euKey = KEY_ARN.replace(REGION, 'eu-west-1')
    const p = plan(
      bucketSettings({ 'create-bucket': 'true', 'kms-key-id': euKey }),
      missing({ kmsKey: ok<KmsKey | null>(kmsKey({ arn: euKey, region: 'eu-west-1' })) })
    )
    const f = findingOf(p, 'kms.key')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('eu-west-1')
    expect(f.detail).toContain(REGION)
    expect(p.blocked).toBe(true)
  })

  it('false and the bucket missing: a blocker whose remediation mentions create-bucket', () => {
    const p = plan(bucketSettings({ 'create-bucket': 'false' }), missing({ kmsKey: undefined }))
    const f = findingOf(p, 's3.bucket-exists')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('create-bucket: true')
    expect(f.remediation).toContain(`aws s3api create-bucket --bucket ${BUCKET}`)
    expect(changesOf(p, 'create-bucket')).toEqual([])
  })

  it('true and the bucket exists: nothing created', () => {
    expect(changesOf(plan(bucketSettings({ 'create-bucket': 'true' }), optionObserved()), 'create-bucket')).toEqual([])
  })
})

describe('a delegated administrator', () => {
  // The caller is a member account registered for CloudTrail; the organization's management account owns the trail.
  const delegated = (more: Partial<Observed> = {}) =>
    optionObserved({
      identity: memberIdentity,
      delegatedAdministrator: ok(true),
      trail: null,
      trails: ok([]),
      bucket: bucket({ policy: ok<string | null>(null) }),
      ...more
    })
  const base = () =>
    optionSettings({
      'kms-key-id': '',
      'cloud-watch-logs-log-group-arn': '',
      'cloud-watch-logs-role-arn': '',
      'sns-topic-name': ''
    })

  it("the trail ARN and the AWSLogs/ path carry the management account id, not the caller's", () => {
    const p = plan(base(), delegated())
    expect(p.trailArn).toBe(`arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${TRAIL}`)
    expect(findingOf(p, 'caller.management-account').severity).toBe('ok')
    const [put] = changesOf(p, 'put-bucket-policy')
    expect(put?.after).toContain(`arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/*`)
    expect(put?.after).toContain(`arn:aws:s3:::${BUCKET}/AWSLogs/${ORG_ID}/*`)
    expect(put?.after).not.toContain(MEMBER_ACCOUNT)
    expect(put?.grant).toMatchObject({ accountId: ACCOUNT, trailArn: p.trailArn })
  })

  it('the KMS grant and the log streams name the management account too', () => {
    const p = plan(
      optionSettings({ 'manage-kms-key-policy': 'true' }),
      delegated({
        kmsKey: ok<KmsKey | null>(kmsKey({ policy: policyOf(ROOT_STATEMENT) })),
        cloudWatchRole: ok<CloudWatchRole | null>(cloudWatchRole({ policies: [] }))
      })
    )
    expect(changesOf(p, 'put-key-policy')[0]?.grant).toMatchObject({
      accountId: ACCOUNT,
      trailArn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${TRAIL}`
    })
    expect(findingOf(p, 'logs.role').detail).toContain(MANAGEMENT_STREAM)
    expect(findingOf(p, 'logs.role').detail).not.toContain(`${MEMBER_ACCOUNT}_CloudTrail`)
  })

  it('trusted access missing: a blocker (not fixable, only the management account can enable it) with the command for it', () => {
    const p = plan(base(), delegated({ trustedAccess: ok(false) }))
    const f = findingOf(p, 'organization.trusted-access')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('management account')
    expect(f.remediation).toContain(
      'aws organizations enable-aws-service-access --service-principal cloudtrail.amazonaws.com'
    )
    expect(kinds(p)).not.toContain('enable-trusted-access')
    expect(p.blocked).toBe(true)
  })
})

describe('check mode with the options', () => {
  it('a selector difference is drift', () => {
    const trail = optionTrail({ selectors: ok({ event: [], advanced: [] }) })
    const p = plan(optionSettings({ mode: 'check' }), optionObserved({ trail }))
    expect(kinds(p)).toContain('put-event-selectors')
    expect(statusOf('check', p, null)).toBe('drift')
  })

  it('the converged trail is in sync', () => {
    expect(statusOf('check', plan(optionSettings({ mode: 'check' }), optionObserved()), null)).toBe('in-sync')
  })
})
