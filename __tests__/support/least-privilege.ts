// Shared by the least-privilege tests: which IAM action each recorded request needs, the README's policy
// for a mode (with one action taken out), moto's IAM enforcement switched on for exactly one run of the
// action, and the resources every trail option names.
//
// What moto enforces (established by experiment against moto 5.2 in .venv, and pinned by the tests "what
// moto's IAM enforcement checks" in least-privilege.test.ts):
// - POST <moto>/moto-api/reset-auth with a number N: the next N requests are not authorized, every later
//   one is (until the next reset-auth). The count is global to the server.
// - It authorizes "<signing service>:<Operation>" against the caller's identity policies (inline and
//   attached role policies for assumed-role credentials), and checks the SigV4 signature.
// - S3 uses its own table (moto/s3/responses.py ACTION_MAP): GetPublicAccessBlock, GetBucketRequestPayment
//   and GetBucketEncryption are authorized as s3:ListBucket; PutPublicAccessBlock, PutBucketEncryption and
//   PutBucketOwnershipControls as s3:CreateBucket. AWS's names for those are never consulted.
// - The unsigned AssumeRoleWithWebIdentity fails with HTTP 500 once enforcement is on (moto reads the
//   Authorization header it does not have). So a run is given exactly one unauthorized request, and the
//   test checks that it went to AssumeRoleWithWebIdentity. moto never evaluates the trust policy (nor the
//   token) for it: the role need not even exist.
// - Resource: compared with "*" for every service but S3 (S3: the bucket ARN). Condition: evaluated with no
//   request context, so it is as good as absent (a conditional Allow allows, a conditional Deny denies).
// - JSON-protocol services (CloudTrail, Organizations, KMS, CloudWatch Logs) answer a denial with an XML
//   body the SDK cannot parse: the action sees a deserialization error, not AccessDeniedException.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { UpdateTrailCommand } from '@aws-sdk/client-cloudtrail'
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs'
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  PutRolePolicyCommand
} from '@aws-sdk/client-iam'
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import { CreateTopicCommand, SetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns'
import { IAM_ACTIONS, type IamAction } from '../../src/aws/actions.js'
import { startMoto } from '../../tools/moto.mjs'
import { startTokenServer } from '../../tools/oidc.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { clients, credentials } from '../../tools/seed.mjs'
import { repoRoot } from '../../tools/util.mjs'
import {
  REGION,
  TEST_TIMEOUT,
  expectExit,
  explainRun,
  run,
  seed,
  type Run,
  type RunOptions,
  type Seeded,
  type World
} from './harness.js'
import { CWL_TRUST, cwlPermissions, policyOf, topicStatement } from './statements.js'

export type Mode = 'check' | 'apply'

/**
 * The IAM action of a request, from the service and operation the proxy named it by. The signing name and
 * the operation make the action for every service org-trail calls, except these S3 operations.
 */
const S3_ACTIONS: Readonly<Record<string, string>> = {
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  PutBucketEncryption: 's3:PutEncryptionConfiguration',
  HeadBucket: 's3:ListBucket',
  ListObjects: 's3:ListBucket',
  ListObjectsV2: 's3:ListBucket',
  HeadObject: 's3:GetObject'
}

export function iamActionOf(service: string, operation: string): string {
  if (service === 's3') return S3_ACTIONS[operation] ?? `s3:${operation}`
  return `${service}:${operation}`
}

export const isTableAction = (action: string): action is IamAction => Object.hasOwn(IAM_ACTIONS, action)

/** The IAM actions of the AWS requests the proxy recorded (moto-api requests excluded), deduplicated. */
export function actionsSent(world: World): string[] {
  return [...new Set(world.proxy.aws().map((r) => iamActionOf(r.service, r.operation)))].sort()
}

/** The IAM actions of the requests moto refused with 403. */
export function actionsDenied(world: World): string[] {
  return [
    ...new Set(
      world.proxy
        .aws()
        .filter((r) => r.status === 403)
        .map((r) => iamActionOf(r.service, r.operation))
    )
  ].sort()
}

interface PolicyDocument {
  Version: string
  Statement: {
    Sid?: string
    Effect: string
    Action: string[]
    Resource: string
    Condition?: Record<string, Record<string, string[]>>
  }[]
}

const policies = new Map<Mode, PolicyDocument>()

/** The permission policy the README documents for a mode, as scripts/iam-policy.mjs prints it. */
export function documentedPolicy(mode: Mode): PolicyDocument {
  let policy = policies.get(mode)
  if (!policy) {
    const text = execFileSync(process.execPath, [join(repoRoot, 'scripts', 'iam-policy.mjs'), mode], {
      encoding: 'utf8'
    })
    policy = JSON.parse(text) as PolicyDocument
    policies.set(mode, policy)
  }
  return structuredClone(policy)
}

/**
 * The one statement the tests add for moto: it authorizes GetPublicAccessBlock and GetBucketRequestPayment
 * as s3:ListBucket, which the trail checks do not need on AWS (the README policies have it for log
 * verification only; the Log Archive role's check policy is given it here all the same).
 */
export const MOTO_S3_NAMES = { Sid: 'MotoS3ActionNames', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: '*' }

/** The documented policy for a mode without `removed`, plus moto's S3 naming statement. */
export function policyWithout(mode: Mode, removed?: string): PolicyDocument {
  const policy = documentedPolicy(mode)
  const all = policy.Statement.flatMap((s) => s.Action)
  if (removed !== undefined && !all.includes(removed)) throw new Error(`${removed} is not in the ${mode} policy`)
  policy.Statement = policy.Statement.map((s) => ({ ...s, Action: s.Action.filter((a) => a !== removed) })).filter(
    (s) => s.Action.length > 0
  )
  policy.Statement.push(MOTO_S3_NAMES)
  return policy
}

/** Sets how many requests moto lets through before it authorizes every request ('inf': never). */
export async function motoAuth(world: World, unauthorized: number | 'inf'): Promise<void> {
  const res = await fetch(`${world.moto.url}/moto-api/reset-auth`, { method: 'POST', body: String(unauthorized) })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`moto reset-auth failed: HTTP ${res.status}`)
}

/** Replaces the permission policy of the role the action assumes (moto must not be enforcing). */
export async function attachPolicy(world: World, seeded: Seeded, policy: PolicyDocument): Promise<void> {
  const { iam } = clients({ endpoint: world.moto.url, region: REGION })
  const RoleName = seeded.roleArn.split('/').pop() ?? ''
  await iam.send(
    new PutRolePolicyCommand({ RoleName, PolicyName: 'org-trail', PolicyDocument: JSON.stringify(policy) })
  )
}

/**
 * One run of dist/index.js with moto enforcing IAM and the role holding `policy`. The run's first request
 * is the one moto lets through unauthorized; it must be the unsigned AssumeRoleWithWebIdentity.
 */
export async function runEnforced(
  world: World,
  seeded: Seeded,
  policy: PolicyDocument,
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<Run> {
  await attachPolicy(world, seeded, policy)
  let result: Run
  await motoAuth(world, 1)
  try {
    result = await run(world, seeded, inputs, options)
  } finally {
    await motoAuth(world, 'inf')
  }
  const first = world.proxy.aws()[0]
  if (first?.operation !== 'AssumeRoleWithWebIdentity' || first.status !== 200) {
    throw new Error(
      `the request moto let through unauthorized was ${first?.service}:${first?.operation} (HTTP ${String(first?.status)}), not AssumeRoleWithWebIdentity\n${explainRun(result)}`
    )
  }
  return result
}

/** Every annotation of a run as one line of text each: level, title and message. */
export function annotationTexts(r: Run): { level: string; text: string }[] {
  return r.annotations.map((a) => ({ level: a.level, text: `${a.title ?? ''} ${a.message}` }))
}

// --- What removing one action must do ------------------------------------------------------------------

/** How the run must react when the action is missing from the policy. */
export type Reaction = 'fails' | 'warns'

/**
 * Each read check mode sends and moto enforces, and how the run reacts when it is denied: 'fails' (exit 1,
 * an error annotation names the action) or 'warns' (the finding it serves is advisory: exit 0, a warning or
 * notice names the action).
 */
export const CHECK_CASES: Readonly<Record<string, Reaction>> = {
  'cloudtrail:DescribeTrails': 'fails',
  'cloudtrail:GetEventSelectors': 'fails',
  'cloudtrail:GetInsightSelectors': 'fails',
  'cloudtrail:GetTrailStatus': 'fails',
  'cloudtrail:ListTags': 'fails',
  // The trail exists at its ARN here: the list of every region only matters before a create.
  'cloudtrail:ListTrails': 'warns',
  'iam:GetPolicy': 'fails',
  'iam:GetPolicyVersion': 'fails',
  'iam:GetRole': 'fails',
  'iam:GetRolePolicy': 'fails',
  'iam:ListAttachedRolePolicies': 'fails',
  'iam:ListRolePolicies': 'fails',
  'iam:ListRoles': 'fails',
  'kms:DescribeKey': 'fails',
  'kms:GetKeyPolicy': 'fails',
  'kms:GetKeyRotationStatus': 'warns', // KMS.4 posture finding: advisory
  'logs:DescribeLogGroups': 'fails',
  'organizations:DescribeOrganization': 'fails',
  'organizations:ListAWSServiceAccessForOrganization': 'fails',
  's3:GetBucketLocation': 'fails',
  's3:GetBucketLogging': 'warns', // CloudTrail.7 posture finding: advisory
  's3:GetBucketPolicy': 'fails',
  's3:GetBucketPolicyStatus': 'warns', // CloudTrail.6 posture finding: advisory
  'sns:GetTopicAttributes': 'fails'
}

/** In the check policy but not tested, and why. */
export const CHECK_SKIPPED: Readonly<Record<string, string>> = {
  'cloudtrail:GetTrail':
    "not sent in check mode here: only for a trail DescribeTrails of the region does not show (homed elsewhere, or a delegated administrator's organization trail)",
  's3:GetBucketPublicAccessBlock':
    'moto authorizes GetPublicAccessBlock as s3:ListBucket, so removing this action changes nothing in moto',
  's3:GetBucketRequestPayment':
    'moto authorizes GetBucketRequestPayment as s3:ListBucket, so removing this action changes nothing in moto',
  'organizations:ListDelegatedAdministrators':
    'not sent: only a caller outside the management account asks (moto has one account here)',
  's3:GetEncryptionConfiguration':
    'moto authorizes GetBucketEncryption (read with a KMS key declared) as s3:ListBucket, so removing this action changes nothing in moto',
  's3:GetBucketVersioning': 'not sent: read only with create-bucket: true, which this check does not declare',
  's3:GetBucketOwnershipControls': 'not sent: read only with create-bucket: true, which this check does not declare',
  // Log verification (verify-logs): e2e/log-integrity.test.ts runs it; its reads are not tested by removal yet.
  'account:ListRegions': 'not sent: read only with verify-logs, which this check does not declare',
  'cloudtrail:ListPublicKeys': 'not sent: read only with verify-logs, which this check does not declare',
  'kms:Decrypt':
    'not sent: read only with verify-logs (log files under the trail key), which this check does not declare',
  'organizations:ListAccounts':
    'not sent here: read only when another organization trail than the declared one exists (control-tower.test.ts and plan-other-trails.test.ts judge it), or with verify-logs or member-role-name, which this check does not declare',
  's3:GetObject': 'not sent: read only with verify-logs, which this check does not declare',
  's3:ListBucket': 'not sent: read only with verify-logs, which this check does not declare'
}

/** Services whose denials moto sends in a form the SDK parses as AccessDenied (query and S3 protocols). */
const PARSED_DENIAL = /^(iam|s3|sns):/

/** The run reacted to the missing action as expected, and named it. */
export function expectNamed(r: Run, action: string, reaction: Reaction): void {
  const texts = annotationTexts(r).filter((a) => a.text.includes(action))
  const where = (levels: string[]) => texts.filter((a) => levels.includes(a.level))
  if (reaction === 'fails') {
    expectExit(r, 1)
    if (where(['error']).length === 0) throw new Error(`no error annotation names ${action}\n${explainRun(r)}`)
  } else {
    expectExit(r, 0)
    if (where(['warning', 'notice']).length === 0) throw new Error(`no warning names ${action}\n${explainRun(r)}`)
  }
  // Where the SDK recognises the denial, the fix is to grant exactly that action. (A warning's fix is the
  // posture fix; its detail names the action.)
  if (reaction === 'fails' && PARSED_DENIAL.test(action) && !texts.some((a) => a.text.includes(`"${action}"`))) {
    throw new Error(`no annotation tells to allow "${action}"\n${explainRun(r)}`)
  }
}

// --- The resources the trail options name -------------------------------------------------------------

export const LOG_GROUP = 'CloudTrail/org-trail'
export const TOPIC = 'org-trail-notes'
export const CWL_ROLE = 'CloudTrail_CloudWatchLogs_Role'

/**
 * A KMS key, a log group, the CloudWatch Logs role (with an inline and an attached policy, so that every
 * read of the role is made) and an SNS topic that lets CloudTrail publish, seeded straight into moto.
 * Returns the inputs that name them (the topic apart: see SNS_INPUT) with event selectors, insight selectors
 * and tags.
 */
export async function seedOptions(world: World, seeded: Seeded): Promise<Record<string, string>> {
  const config = { endpoint: world.moto.url, region: REGION, credentials }
  const { KeyMetadata } = await new KMSClient(config).send(new CreateKeyCommand({ Description: 'org-trail logs' }))
  await new CloudWatchLogsClient(config).send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }))
  const logGroupArn = `arn:aws:logs:${REGION}:${seeded.managementAccountId}:log-group:${LOG_GROUP}`

  const { iam } = clients({ endpoint: world.moto.url, region: REGION })
  const { Role } = await iam.send(
    new CreateRoleCommand({ RoleName: CWL_ROLE, AssumeRolePolicyDocument: policyOf(CWL_TRUST) })
  )
  const write = cwlPermissions(`${logGroupArn}:log-stream:*`)
  await iam.send(new PutRolePolicyCommand({ RoleName: CWL_ROLE, PolicyName: 'cloudtrail-logs', PolicyDocument: write }))
  const { Policy } = await iam.send(
    new CreatePolicyCommand({ PolicyName: 'cloudtrail-logs-managed', PolicyDocument: write })
  )
  await iam.send(new AttachRolePolicyCommand({ RoleName: CWL_ROLE, PolicyArn: Policy?.Arn }))

  const sns = new SNSClient(config)
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: TOPIC }))
  const topicPolicy = policyOf(topicStatement(String(TopicArn)))
  await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Policy', AttributeValue: topicPolicy }))

  return {
    'kms-key-id': String(KeyMetadata?.Arn),
    'manage-kms-key-policy': 'true',
    'cloud-watch-logs-log-group-arn': logGroupArn,
    'cloud-watch-logs-role-arn': String(Role?.Arn),
    'event-selectors':
      '- ReadWriteType: All\n  IncludeManagementEvents: true\n  DataResources:\n    - Type: AWS::S3::Object\n      Values: [arn:aws:s3:::audit-data/]',
    'insight-selectors': '- InsightType: ApiCallRateInsight',
    tags: 'team=security'
  }
}

/**
 * The SNS topic input. Since 5c75899 org-trail sends the topic's ARN as CreateTrail's SnsTopicName (AWS
 * accepts a name or an ARN); moto 5.2 builds the topic ARN as "arn:aws:sns:REGION:ACCOUNT:" + SnsTopicName
 * and refuses the trail. So a test gives the trail its topic with setTopic (by name, straight to moto) and
 * declares the topic only once the trail exists: org-trail then reads the topic and finds it in sync.
 */
export const SNS_INPUT = { 'sns-topic-name': TOPIC }

export async function setTopic(world: World, trailArn: string): Promise<void> {
  const { cloudtrail } = clients({ endpoint: world.moto.url, region: REGION })
  await cloudtrail.send(new UpdateTrailCommand({ Name: trailArn, SnsTopicName: TOPIC }))
}

/** The table's actions a mode's policy holds, and what is granted elsewhere (the trust policy). */
export const outsidePolicy = (): string[] =>
  (Object.keys(IAM_ACTIONS) as IamAction[]).filter(
    (a) => (IAM_ACTIONS[a] as { outsidePermissionPolicy?: boolean }).outsidePermissionPolicy === true
  )

/**
 * One moto, proxy and token endpoint for a whole test file, never reset behind the tests' back (unlike
 * harness.useWorld): the least-privilege tests decide when to reset and reseed. Enforcement is switched
 * off after every test, whatever happened in it.
 */
export function useServers(): () => World {
  let world: World | undefined
  beforeAll(async () => {
    const moto = await startMoto()
    const [proxy, oidc] = await Promise.all([startProxy({ target: moto.url }), startTokenServer()])
    world = { moto, proxy, oidc }
  }, TEST_TIMEOUT)
  afterEach(async () => {
    if (world) await motoAuth(world, 'inf')
  })
  afterAll(async () => {
    if (!world) return
    await Promise.allSettled([world.proxy.stop(), world.oidc.stop()])
    await world.moto.stop()
  }, TEST_TIMEOUT)
  return () => {
    if (!world) throw new Error('the servers are not running (beforeAll failed?)')
    return world
  }
}

/** A clean moto with the harness's organization, bucket and role; with every trail option when asked. */
export async function fresh(
  world: World,
  withOptions: boolean
): Promise<{ seeded: Seeded; inputs: Record<string, string> }> {
  await motoAuth(world, 'inf')
  await world.moto.reset()
  world.proxy.layer?.forget()
  const seeded = await seed(world)
  return { seeded, inputs: withOptions ? await seedOptions(world, seeded) : {} }
}
