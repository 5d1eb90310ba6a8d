// Proves the harness end to end: moto + token server + proxy + seeds + runner. `node tools/smoke.mjs`
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { DescribeOrganizationCommand, ListAWSServiceAccessForOrganizationCommand } from '@aws-sdk/client-organizations'
import { CreateTrailCommand, StartLoggingCommand, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail'
import { GetBucketPolicyCommand, GetBucketLocationCommand } from '@aws-sdk/client-s3'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import { STSClient, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { startMoto } from './moto.mjs'
import { startTokenServer } from './oidc.mjs'
import { awsLayer } from './aws/index.mjs'
import { startProxy, faultPlan } from './proxy.mjs'
import { runAction } from './runner.mjs'
import { clients, seedOrganization, seedBucket, seedRole, readState } from './seed.mjs'

const log = (/** @type {string} */ m) => console.log(`smoke: ${m}`)
const region = 'us-east-1'
const bucket = 'org-trail-logs'

const moto = await startMoto({ quiet: false })
const tokens = await startTokenServer({})
// The SDK clients below do not retry a ConflictException: no settling time after CreateTrail for them.
const proxy = await startProxy({ target: moto.url, layer: awsLayer({ trailWrites: { settleMs: 0 } }) })
log(`moto ${moto.url}, token server ${tokens.requestUrl}, proxy ${proxy.url}`)
try {
  const { orgId, managementAccountId } = await seedOrganization({ endpoint: moto.url, region })
  await seedBucket({
    endpoint: moto.url,
    region,
    bucket,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Foreign',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: `arn:aws:s3:::${bucket}/*`,
          Condition: { Bool: { 'aws:SecureTransport': 'false' } }
        }
      ]
    }
  })
  await seedBucket({ endpoint: moto.url, region: 'eu-west-1', bucket: 'org-trail-eu' })
  const roleArn = await seedRole({ endpoint: moto.url })
  log(`seeded org ${orgId} (management ${managementAccountId}), buckets, role ${roleArn}`)

  // Reads and writes of every protocol through the proxy.
  const c = clients({ endpoint: proxy.url, region })
  const org = await c.organizations.send(new DescribeOrganizationCommand({}))
  assert.equal(org.Organization?.Id, orgId)
  await c.organizations.send(new ListAWSServiceAccessForOrganizationCommand({}))
  await c.iam.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForOrganizations' }))
  await c.s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))
  await c.s3.send(new GetBucketLocationCommand({ Bucket: 'org-trail-eu' }))
  const unsigned = new STSClient({ endpoint: proxy.url, region })
  const res = await fetch(`${tokens.requestUrl}&audience=sts.amazonaws.com`, {
    headers: { authorization: `Bearer ${tokens.requestToken}` }
  })
  const { value: jwt } = /** @type {{ value: string }} */ (await res.json())
  const assumed = await unsigned.send(
    new AssumeRoleWithWebIdentityCommand({ RoleArn: roleArn, RoleSessionName: 'smoke', WebIdentityToken: jwt })
  )
  assert.ok(assumed.Credentials?.AccessKeyId)
  assert.equal(JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()).aud, 'sts.amazonaws.com')
  const bad = await fetch(tokens.requestUrl, { headers: { authorization: 'Bearer nope' } })
  assert.equal(bad.status, 401)
  await c.cloudtrail.send(
    new CreateTrailCommand({
      Name: 'org-trail',
      S3BucketName: bucket,
      IsMultiRegionTrail: true,
      IsOrganizationTrail: true
    })
  )
  await c.cloudtrail.send(new StartLoggingCommand({ Name: 'org-trail' }))

  const ops = proxy.aws().map((r) => `${r.service}:${r.operation}${r.write ? '(w)' : ''}`)
  log(`recorded: ${ops.join(' ')}`)
  assert.deepEqual(ops, [
    'organizations:DescribeOrganization',
    'organizations:ListAWSServiceAccessForOrganization',
    'iam:GetRole',
    's3:GetBucketPolicy',
    's3:GetBucketLocation',
    'sts:AssumeRoleWithWebIdentity',
    'cloudtrail:CreateTrail(w)',
    'cloudtrail:StartLogging(w)'
  ])
  console.log(proxy.stats())

  // Each fault kind on the first attempt of every call: the SDK must retry and succeed on attempt 2.
  const sts = c.sts
  for (const kind of /** @type {const} */ (['throttle', '500', '503', 'drop'])) {
    proxy.reset()
    proxy.setFault(faultPlan({ seed: 7, rate: 1, kinds: [kind], maxAttempt: 1 }))
    const calls = [
      c.cloudtrail.send(new DescribeTrailsCommand({})),
      c.organizations.send(new DescribeOrganizationCommand({})),
      sts.send(new GetCallerIdentityCommand({})),
      c.iam.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForOrganizations' })),
      c.s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))
    ]
    const attempts = (await Promise.all(calls)).map((r) => r.$metadata.attempts)
    const s = proxy.stats()
    log(
      `fault ${kind}: attempts ${attempts.join(',')}, faults ${s.faults}, total ${s.total}, critical path ${s.criticalPath}`
    )
    assert.deepEqual(attempts, [2, 2, 2, 2, 2])
    assert.equal(s.faults, 5)
  }
  proxy.setFault(null)

  // Latency makes concurrency visible: 4 parallel reads then 1 dependent read = critical path 2.
  proxy.reset()
  proxy.setLatency(50)
  await Promise.all([1, 2, 3, 4].map(() => c.cloudtrail.send(new DescribeTrailsCommand({}))))
  await c.organizations.send(new DescribeOrganizationCommand({}))
  assert.equal(proxy.stats().criticalPath, 2)
  assert.equal(proxy.stats().total, 5)
  proxy.setLatency(0)
  log('critical path of 4 parallel + 1 sequential = 2')

  // The runner, with a stand-in action: inputs, OIDC, endpoint, outputs, summary, annotations.
  proxy.reset()
  process.env.AWS_SECRET_ACCESS_KEY = 'developer-secret-that-must-not-leak'
  const run = await runAction({
    entry: fileURLToPath(new URL('./fixtures/fake-action.mjs', import.meta.url)),
    inputs: { 'trail-name': 'org-trail', 's3-bucket-name': bucket, 'role-to-assume': roleArn },
    env: {
      AWS_ENDPOINT_URL: proxy.url,
      AWS_REGION: region,
      ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken
    }
  })
  delete process.env.AWS_SECRET_ACCESS_KEY
  assert.equal(run.code, 0, run.stderr)
  assert.match(run.outputs['trail-arn'] ?? '', /assumed-role\/org-trail-deployer\/fake$/)
  assert.equal(run.outputs.changes, 'line one\nline two: 100% done')
  const inputs = JSON.parse(run.outputs.inputs ?? '{}')
  assert.equal(inputs['INPUT_TRAIL-NAME'], 'org-trail')
  assert.equal(inputs['INPUT_ROLE-DURATION-SECONDS'], '900')
  assert.equal(inputs.INPUT_MODE, 'apply')
  assert.equal(inputs['INPUT_AWS-REGION'], '')
  assert.equal(
    run.outputs['aws-env'],
    'AWS_CONFIG_FILE,AWS_EC2_METADATA_DISABLED,AWS_ENDPOINT_URL,AWS_REGION,AWS_SHARED_CREDENTIALS_FILE'
  )
  assert.match(run.summary, /<h1>fake<\/h1>/)
  assert.deepEqual(
    run.annotations.map((a) => [a.level, a.title, a.message]),
    [
      ['error', 'A title, with: punctuation', 'Multi-line\nmessage with 50% and a: colon'],
      ['warning', undefined, 'careful'],
      ['notice', 'Note', 'fyi']
    ]
  )
  assert.ok(run.masks.includes(/** @type {string} */ (tokens.lastToken)), 'getIDToken masks the token')
  assert.deepEqual(
    proxy.aws().map((r) => r.operation),
    ['AssumeRoleWithWebIdentity']
  )
  log(
    `runner: exit ${run.code} in ${run.durationMs.toFixed(0)} ms, outputs ${Object.keys(run.outputs).join(',')}, ${run.annotations.length} annotations`
  )

  const state = await readState({ endpoint: moto.url, region, bucket })
  assert.equal(state.trails.length, 1)
  assert.equal(state.statuses['org-trail']?.IsLogging, true)
  assert.equal(state.bucketPolicy.Statement[0].Sid, 'Foreign')
  log(
    `readState: ${state.trails.length} trail(s), logging ${state.statuses['org-trail']?.IsLogging}, trusted ${JSON.stringify(state.trustedServices)}, feature set ${state.organization?.FeatureSet}`
  )

  await moto.reset()
  assert.equal((await readState({ endpoint: moto.url, region })).trustedServices, null)
  log('moto reset: organization gone')
  log('OK')
} finally {
  await proxy.stop()
  await tokens.stop()
  await moto.stop()
}
