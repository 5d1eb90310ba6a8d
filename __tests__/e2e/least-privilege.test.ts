// Least privilege, proven against moto:
// 1. every request the bundled action sends, in every kind of run, needs an IAM action that is in the table
//    of src/aws/actions.ts, and check mode sends only what actionsFor('check') grants;
// 2. what moto's IAM enforcement does and does not check (so nobody reads more into 3. than it proves);
// 3. check mode under moto's IAM enforcement: the README's check policy is enough, and taking any one action
//    out of it that the run sends (and moto can enforce) makes the run fail naming that action.
// Apply mode under enforcement is in least-privilege-apply.test.ts (a separate file, so jest can run both
// at once).
import { CloudTrailClient, DescribeTrailsCommand, ListTagsCommand } from '@aws-sdk/client-cloudtrail'
import {
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  PutBucketPolicyCommand,
  GetBucketRequestPaymentCommand,
  GetPublicAccessBlockCommand,
  PutBucketEncryptionCommand,
  PutBucketOwnershipControlsCommand,
  PutPublicAccessBlockCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { IAM_ACTIONS, actionsFor, type IamAction } from '../../src/aws/actions.js'
import { makeJwt } from '../../tools/oidc.mjs'
import { generateCloudTrailLogs } from '../../tools/cloudtrail-logs.mjs'
import { credentials as seedCredentials, seedRole } from '../../tools/seed.mjs'
import {
  BUCKET,
  TRAIL,
  REGION,
  STATIC_CREDENTIALS,
  TEST_TIMEOUT,
  driftTrail,
  expectExit,
  explainRun,
  run,
  type Run,
  type Seeded,
  type World
} from '../support/harness.js'
import {
  CHECK_CASES,
  CHECK_SKIPPED,
  SNS_INPUT,
  actionsDenied,
  actionsSent,
  attachPolicy,
  expectNamed,
  fresh,
  iamActionOf,
  isTableAction,
  motoAuth,
  outsidePolicy,
  policyWithout,
  runEnforced,
  setTopic,
  useServers,
  type Mode
} from '../support/least-privilege.js'

const world = useServers()

// --- 1. The table is complete ----------------------------------------------------------------------------

/** The actions the runs below sent, by mode. */
const sent: Record<Mode, Set<string>> = { check: new Set(), apply: new Set() }

/**
 * Every request of the last run needs an action of the table, granted to the run's mode (or outside the
 * permission policy), and the table's read/write agrees with what the proxy saw.
 */
function expectAllowedByTable(w: World, mode: Mode, r: Run): void {
  const allowed = new Set([...actionsFor(mode), ...outsidePolicy()])
  const problems: string[] = []
  for (const request of w.proxy.aws()) {
    const action = iamActionOf(request.service, request.operation)
    if (!isTableAction(action)) {
      problems.push(
        `${request.service}:${request.operation} needs ${action}, which is not in IAM_ACTIONS (src/aws/actions.ts)`
      )
      continue
    }
    if (!allowed.has(action))
      problems.push(`${action} was sent in ${mode} mode but actionsFor('${mode}') does not grant it`)
    const access = IAM_ACTIONS[action].access
    if (request.write !== (access === 'write'))
      problems.push(`${action} is a ${request.write ? 'write' : 'read'} on the wire but "${access}" in the table`)
    sent[mode].add(action)
  }
  if (problems.length > 0) throw new Error(`${[...new Set(problems)].join('\n')}\n${explainRun(r)}`)
}

async function runAndRecord(
  w: World,
  seeded: Seeded | null,
  mode: Mode,
  inputs: Record<string, string>,
  expected: { code: number; status: string },
  env?: Record<string, string>
): Promise<Run> {
  const r = await run(w, seeded, { ...inputs, mode }, env ? { env } : {})
  expectExit(r, expected.code)
  expect(r.outputs.status).toBe(expected.status)
  expectAllowedByTable(w, mode, r)
  if (mode === 'check') expect(r.stats.writes).toBe(0)
  return r
}

describe('every request the action sends needs an action of the table', () => {
  it(
    'a fresh organization: check (drift), apply (created), apply again (unchanged), check (in sync), and check with the default credential chain',
    async () => {
      const w = world()
      const { seeded } = await fresh(w, false)
      await runAndRecord(w, seeded, 'check', {}, { code: 1, status: 'drift' })
      await runAndRecord(w, seeded, 'apply', {}, { code: 0, status: 'created' })
      await runAndRecord(w, seeded, 'apply', {}, { code: 0, status: 'unchanged' })
      await runAndRecord(w, seeded, 'check', {}, { code: 0, status: 'in-sync' })
      // Log verification's reads (regions, accounts, listings, public keys, digests, log files) of the hours
      // the trail logged. moto applies the foreign TLS-only Deny to object reads over its plain HTTP: it goes.
      const s3 = new S3Client({
        endpoint: w.moto.url,
        region: REGION,
        credentials: seedCredentials,
        forcePathStyle: true
      })
      const { Policy } = await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))
      const policy = JSON.parse(String(Policy)) as { Statement: { Sid?: string }[] }
      policy.Statement = policy.Statement.filter((st) => st.Sid !== 'DenyInsecureTransport')
      await s3.send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: JSON.stringify(policy) }))
      await generateCloudTrailLogs({
        endpoint: w.moto.url,
        trail: {
          name: TRAIL,
          homeRegion: REGION,
          bucket: BUCKET,
          organizationId: seeded.orgId,
          managementAccountId: seeded.managementAccountId
        },
        accounts: [seeded.managementAccountId],
        regions: [REGION],
        hours: 2
      })
      const verified = await runAndRecord(w, seeded, 'check', { 'verify-logs': '1h' }, { code: 0, status: 'in-sync' })
      expect(verified.outputs['log-integrity']).toBe('valid')
      // No role-to-assume: credentials of an earlier configure-aws-credentials step, and GetCallerIdentity.
      await runAndRecord(w, null, 'check', {}, { code: 0, status: 'in-sync' }, STATIC_CREDENTIALS)
    },
    TEST_TIMEOUT * 2
  )

  it(
    'every trail option and a bucket to create: apply (created), drift and apply (updated), check (in sync)',
    async () => {
      const w = world()
      const { seeded, inputs } = await fresh(w, true)
      const all = { ...inputs, 's3-bucket-name': 'org-trail-created-logs', 'create-bucket': 'true' }
      const created = await runAndRecord(w, seeded, 'apply', all, { code: 0, status: 'created' })
      const arn = String(created.outputs['trail-arn'])
      await setTopic(w, arn)
      await driftTrail(w, arn)
      const changed = { ...all, ...SNS_INPUT, tags: 'team=platform' }
      await runAndRecord(w, seeded, 'apply', changed, { code: 0, status: 'updated' })
      await runAndRecord(w, seeded, 'check', changed, { code: 0, status: 'in-sync' })
    },
    TEST_TIMEOUT * 2
  )

  it('nothing in the table goes unused but what only CloudTrail itself or a delegated administrator needs', () => {
    expect(sent.apply.size).toBeGreaterThan(0)
    const used = new Set([...sent.check, ...sent.apply])
    const unused = (Object.keys(IAM_ACTIONS) as IamAction[]).filter((a) => !used.has(a)).sort()
    expect(unused).toEqual([
      // CloudTrail checks these on the caller while it serves CreateTrail/UpdateTrail; org-trail never sends them.
      'iam:PassRole',
      // Asked of KMS by S3 itself when the caller reads an SSE-KMS object: never a request of org-trail's.
      'kms:Decrypt',
      // Sent only when the caller is not the management account (moto's organization has one account here).
      'organizations:ListDelegatedAdministrators',
      // Sent only when an existing bucket's object ownership drifted (create-bucket): CreateBucket sets it.
      's3:PutBucketOwnershipControls',
      // Sent only by the member-account inventory (least-privilege-members.test.ts).
      'sts:AssumeRole'
    ])
  })
})

// --- 2. What moto's IAM enforcement checks -----------------------------------------------------------------

describe("what moto's IAM enforcement checks (the basis of the tests below)", () => {
  const token = makeJwt({
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    aud: 'sts.amazonaws.com'
  })
  let w: World
  let roleArn: string

  beforeAll(async () => {
    w = world()
    ;({
      seeded: { roleArn }
    } = await fresh(w, false))
  }, TEST_TIMEOUT)

  const sts = () =>
    new STSClient({
      endpoint: w.moto.url,
      region: REGION,
      maxAttempts: 1,
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' }
    })

  /** Credentials of the role, assumed with moto letting only that one request through unauthorized. */
  async function assume(role = roleArn) {
    await motoAuth(w, 1)
    const out = await sts().send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: role,
        RoleSessionName: 'least-privilege',
        WebIdentityToken: token
      })
    )
    const c = out.Credentials
    return {
      accessKeyId: String(c?.AccessKeyId),
      secretAccessKey: String(c?.SecretAccessKey),
      sessionToken: String(c?.SessionToken)
    }
  }

  /** What moto answers each call with: 'ok', 'denied' (403) or another error's name. */
  async function outcome(send: () => Promise<unknown>): Promise<string> {
    try {
      await send()
      return 'ok'
    } catch (error) {
      const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
      return e.$metadata?.httpStatusCode === 403 ? 'denied' : String(e.name)
    }
  }

  async function withPolicy(statements: object[]) {
    await motoAuth(w, 'inf')
    await attachPolicy(
      w,
      { roleArn, orgId: '', managementAccountId: '' },
      { Version: '2012-10-17', Statement: statements as never }
    )
    const credentials = await assume()
    const config = { endpoint: w.moto.url, region: REGION, maxAttempts: 1, credentials }
    const cloudtrail = new CloudTrailClient(config)
    const s3 = new S3Client({ ...config, forcePathStyle: true })
    const Bucket = BUCKET
    return {
      DescribeTrails: await outcome(() => cloudtrail.send(new DescribeTrailsCommand({}))),
      ListTags: await outcome(() => cloudtrail.send(new ListTagsCommand({ ResourceIdList: [] }))),
      GetBucketLocation: await outcome(() => s3.send(new GetBucketLocationCommand({ Bucket }))),
      GetPublicAccessBlock: await outcome(() => s3.send(new GetPublicAccessBlockCommand({ Bucket }))),
      GetBucketRequestPayment: await outcome(() => s3.send(new GetBucketRequestPaymentCommand({ Bucket }))),
      PutPublicAccessBlock: await outcome(() =>
        s3.send(new PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true } }))
      ),
      PutBucketEncryption: await outcome(() =>
        s3.send(
          new PutBucketEncryptionCommand({
            Bucket,
            ServerSideEncryptionConfiguration: {
              Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }]
            }
          })
        )
      ),
      PutBucketOwnershipControls: await outcome(() =>
        s3.send(
          new PutBucketOwnershipControlsCommand({
            Bucket,
            OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
          })
        )
      )
    }
  }

  it('the unsigned AssumeRoleWithWebIdentity fails with HTTP 500 when every request is authorized, so a run gets one request through', async () => {
    await motoAuth(w, 0)
    const error = (await sts()
      .send(new AssumeRoleWithWebIdentityCommand({ RoleArn: roleArn, RoleSessionName: 's', WebIdentityToken: token }))
      .then(
        () => null,
        (e: unknown) => e
      )) as { $metadata?: { httpStatusCode?: number } } | null
    expect(error?.$metadata?.httpStatusCode).toBe(500)
  })

  it('the trust policy is not evaluated: a role whose sub condition does not match, or no role at all, is assumed', async () => {
    await motoAuth(w, 'inf')
    const other = await seedRole({
      endpoint: w.moto.url,
      region: REGION,
      name: 'someone-elses-role',
      sub: 'repo:someone/else:ref:refs/heads/main',
      audience: 'other'
    })
    await expect(assume(other)).resolves.toHaveProperty('sessionToken')
    await expect(assume(roleArn.replace(/role\/.*/, 'role/no-such-role'))).resolves.toHaveProperty('sessionToken')
  })

  it("it authorizes <service>:<Operation> against the role's policies, and S3 by names of its own", async () => {
    const awsNames = [
      's3:GetBucketPublicAccessBlock',
      's3:GetBucketRequestPayment',
      's3:PutBucketPublicAccessBlock',
      's3:PutEncryptionConfiguration',
      's3:PutBucketOwnershipControls'
    ]
    expect(
      await withPolicy([
        { Effect: 'Allow', Action: ['cloudtrail:DescribeTrails', 's3:GetBucketLocation', ...awsNames], Resource: '*' }
      ])
    ).toEqual({
      DescribeTrails: 'ok',
      ListTags: 'denied',
      GetBucketLocation: 'ok',
      // AWS's names for these are not what moto checks…
      GetPublicAccessBlock: 'denied',
      GetBucketRequestPayment: 'denied',
      PutPublicAccessBlock: 'denied',
      PutBucketEncryption: 'denied',
      PutBucketOwnershipControls: 'denied'
    })
    // …it checks s3:ListBucket for the reads and s3:CreateBucket for the writes.
    expect(
      await withPolicy([{ Effect: 'Allow', Action: ['s3:ListBucket', 's3:CreateBucket'], Resource: '*' }])
    ).toMatchObject({
      DescribeTrails: 'denied',
      GetBucketLocation: 'denied',
      GetPublicAccessBlock: expect.not.stringMatching(/^denied$/),
      GetBucketRequestPayment: 'ok',
      PutPublicAccessBlock: 'ok',
      PutBucketEncryption: 'ok',
      PutBucketOwnershipControls: 'ok'
    })
  })

  it('resource scoping is not checked as AWS does (only "*" matches outside S3), nor are conditions', async () => {
    const actions = ['cloudtrail:DescribeTrails', 's3:GetBucketLocation']
    const scoped = await withPolicy([
      { Effect: 'Allow', Action: actions, Resource: ['arn:aws:cloudtrail:*:*:trail/*', `arn:aws:s3:::${BUCKET}`] }
    ])
    expect([scoped.DescribeTrails, scoped.GetBucketLocation]).toEqual(['denied', 'ok'])
    const impossible = await withPolicy([
      {
        Effect: 'Allow',
        Action: actions,
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'mars-north-1' } }
      }
    ])
    expect([impossible.DescribeTrails, impossible.GetBucketLocation]).toEqual(['ok', 'ok'])
  })
})

// --- 3. Check mode under enforcement ---------------------------------------------------------------------

describe('check mode under moto IAM enforcement', () => {
  let seeded: Seeded
  let inputs: Record<string, string>
  let sentInCheck: string[] = []

  // A converged trail with every option, made once without enforcement: check mode writes nothing, so every
  // case below starts from the same state (each asserts that no write was sent).
  beforeAll(async () => {
    const w = world()
    ;({ seeded, inputs } = await fresh(w, true))
    const converged = await run(w, seeded, inputs)
    expectExit(converged, 0)
    await setTopic(w, String(converged.outputs['trail-arn']))
    inputs = { ...inputs, ...SNS_INPUT, mode: 'check' }
  }, TEST_TIMEOUT)

  async function checkWithout(action?: string): Promise<Run> {
    const w = world()
    const r = await runEnforced(w, seeded, policyWithout('check', action), inputs)
    expect(r.stats.writes).toBe(0)
    if (action !== undefined) expect(actionsDenied(w)).toEqual([action])
    return r
  }

  it(
    "the README's check policy is enough: in sync, nothing denied",
    async () => {
      const r = await checkWithout()
      expectExit(r, 0)
      expect(r.outputs.status).toBe('in-sync')
      expect(actionsDenied(world())).toEqual([])
      sentInCheck = actionsSent(world())
    },
    TEST_TIMEOUT
  )

  it.each(Object.entries(CHECK_CASES))(
    'without %s the run %s, naming it',
    async (action, reaction) => expectNamed(await checkWithout(action), action, reaction),
    TEST_TIMEOUT
  )

  it('every action of the check policy is tested, or skipped for a stated reason', () => {
    expect(sentInCheck.length).toBeGreaterThan(0)
    const sentSet = new Set(sentInCheck)
    const tested = [...Object.keys(CHECK_CASES)]
    const skipped = Object.keys(CHECK_SKIPPED)
    expect([...tested, ...skipped].sort()).toEqual(actionsFor('check'))
    // Tested ones were sent.
    expect(tested.filter((a) => !sentSet.has(a))).toEqual([])
    // A skip says either that the action is not sent (then it is not), or how moto names what is sent.
    const notSent = skipped.filter((a) => /not sent|never sends/.test(CHECK_SKIPPED[a] ?? ''))
    expect(notSent.filter((a) => sentSet.has(a))).toEqual([])
    expect(skipped.filter((a) => !notSent.includes(a) && !sentSet.has(a))).toEqual([])
    console.log(
      [
        `check mode: ${tested.length} actions tested by removal`,
        'skipped:',
        ...skipped.map((a) => `  ${a}: ${CHECK_SKIPPED[a]}`)
      ].join('\n')
    )
  })
})
