// Issue 20, item 3: policies that deny, named for what they are. An AccessDenied whose message names the kind
// of policy that denied ("with an explicit deny in a service control policy", "… resource control policy",
// "… permissions boundary", "… session policy", "… identity-based policy", "… resource-based policy", or
// "because no … allows") is explained as that kind, in that account, with what can fix it; the advice to
// add the action to org-trail's role is given only when the denial is the role's own (no explicit deny, or
// none named). On a Control Tower organization the bucket-policy change on an aws-controltower-logs-* bucket
// is never attempted: it is a finding with the statements for Control Tower's owner to apply, and why.
//
// The SCP denials are real: the AWS layer enforces the SCPs moto stores (tools/aws/service-control-
// policies.mjs), which never apply to the management account, so the trail and organization calls meet
// them from a delegated administrator. The other kinds are asked of the layer (tools/aws/access-denials.mjs).
import { RegisterOrganizationDelegatedAdminCommand, CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { AttachPolicyCommand, CreatePolicyCommand } from '@aws-sdk/client-organizations'
import { CreateKeyCommand } from '@aws-sdk/client-kms'
import { AssumeRoleCommand } from '@aws-sdk/client-sts'
import type { PolicyKind } from '../../tools/aws/access-denied.mjs'
import { clients, cloudTrailBucketStatements, credentials, seedBucket, seedRole } from '../../tools/seed.mjs'
import {
  BUCKET,
  REGION,
  TEST_TIMEOUT,
  TRAIL,
  findingsOf,
  run,
  seed,
  useWorld,
  type Run,
  type World
} from '../support/harness.js'
import { controlTowerWorld, denialsOf, type ControlTower } from '../support/control-tower.js'
import { jsonIn } from '../support/log-archive.js'

const world = useWorld()

/** A bucket of the customer's in the Log Archive account (not one of Control Tower's). */
const ARCHIVE = 'org-trail-archive-logs'

/** The advice to add the refused action to org-trail's role, in an annotation or a finding. */
const ADD_TO_ROLE = /(Add|Allow) "[a-z0-9-]+:\w+" (to|in) the permission policy of the role/

/** What a kind of policy is called where org-trail explains it (AWS's own words for it). */
const NAMED: Record<PolicyKind, RegExp> = {
  'service-control-policy': /service control polic(y|ies)|\bSCPs?\b/i,
  'resource-control-policy': /resource control polic(y|ies)|\bRCPs?\b/i,
  'permissions-boundary': /permissions boundar(y|ies)/i,
  'session-policy': /session polic(y|ies)/i,
  'identity-based-policy': /identity-based polic(y|ies)/i,
  'resource-based-policy': /resource-based polic(y|ies)|bucket policy|key policy/i
}

/**
 * Where a run explains the refusal of `action`: the error annotations that name it (their title is
 * org-trail's own words; the message quotes AWS's), or, for a read, the findings that name it.
 */
function explanationOf(r: Run, action: string) {
  const annotations = r.annotations.filter((a) => a.level === 'error' && `${a.title}\n${a.message}`.includes(action))
  const findings = (findingsOf(r) ?? []).filter((f) => `${f.title}\n${f.detail}\n${f.remediation}`.includes(action))
  return {
    /** org-trail's own words: annotation titles, and the findings (which do not quote AWS's message). */
    own: [
      ...annotations.map((a) => a.title ?? ''),
      ...findings.map((f) => `${f.title}\n${f.detail}\n${f.remediation}`)
    ].join('\n'),
    all: [
      ...annotations.map((a) => `${a.title ?? ''}\n${a.message}`),
      ...findings.map((f) => `${f.detail}\n${f.remediation}`)
    ].join('\n')
  }
}

/**
 * The run was refused `operation` by an SCP of the organization (and by nothing else the layer enforces),
 * and org-trail explained it as an SCP denial in `account`, without telling the role to add the action.
 */
function expectScpExplained(w: World, r: Run, action: string, account: string) {
  const [, operation] = action.split(':')
  expect(
    w.proxy
      .aws()
      .filter((q) => q.answeredBy === 'service-control-policies')
      .map((q) => q.operation)
  ).toEqual([operation])
  const { own, all } = explanationOf(r, action)
  expect(own).toMatch(NAMED['service-control-policy'])
  expect(all).toContain(account)
  expect(all).not.toMatch(ADD_TO_ROLE)
}

/** A customer SCP, attached to `target` (an OU or an account). */
async function attachScp(w: World, target: string, name: string, statement: object) {
  const { organizations } = clients({ endpoint: w.moto.url, region: REGION })
  const { Policy } = await organizations.send(
    new CreatePolicyCommand({
      Name: name,
      Description: name,
      Type: 'SERVICE_CONTROL_POLICY',
      Content: JSON.stringify({ Version: '2012-10-17', Statement: [statement] })
    })
  )
  await organizations.send(new AttachPolicyCommand({ PolicyId: String(Policy?.PolicySummary?.Id), TargetId: target }))
}

/** Credentials acting in a member account (moto issues them for any role; straight to moto). */
async function memberCredentials(w: World, accountId: string) {
  const { Credentials } = await clients({ endpoint: w.moto.url, region: REGION }).sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/OrganizationAccountAccessRole`,
      RoleSessionName: 'seed'
    })
  )
  return {
    accessKeyId: String(Credentials?.AccessKeyId),
    secretAccessKey: String(Credentials?.SecretAccessKey),
    sessionToken: String(Credentials?.SessionToken)
  }
}

/** The statements CloudTrail needs on ARCHIVE for the trail org-trail of this organization. */
const archiveStatements = (ct: ControlTower) =>
  cloudTrailBucketStatements({
    bucket: ARCHIVE,
    trailArn: `arn:aws:cloudtrail:${REGION}:${ct.managementAccountId}:trail/${TRAIL}`,
    managementAccountId: ct.managementAccountId,
    orgId: ct.orgId
  })

describe("on a Control Tower organization (CloudTrail turned off in its landing zone), Control Tower's bucket", () => {
  it(
    "is never asked for a bucket-policy change: the statements are a finding for Control Tower's owner, with why",
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { cloudTrail: false })
      // A prefix outside Control Tower's o-<org id>/AWSLogs/: its policy does not let this trail deliver.
      const r = await run(world(), seeded, {
        's3-bucket-name': ct.bucket,
        's3-key-prefix': 'org-trail',
        'log-archive-role-arn': String(ct.logArchive.roleArn)
      })

      const attempted = world().proxy.requests.filter(
        (q) => q.write && q.service === 's3' && q.path.startsWith(`/${ct.bucket}`)
      )
      expect(attempted.map((q) => q.operation)).toEqual([])
      expect(r.operations).not.toContain('cloudtrail:CreateTrail')
      const finding = findingsOf(r)?.find((f) => f.id === 's3.bucket-policy')
      expect(finding).toMatchObject({ severity: 'blocker' })
      expect(`${finding?.detail ?? ''}\n${finding?.remediation ?? ''}`).toMatch(/Control Tower/)
      const statements = JSON.stringify(jsonIn(finding?.remediation).Statement)
      expect(statements).toContain(`arn:aws:s3:::${ct.bucket}/org-trail/AWSLogs/`)
      expect(r.annotations.map((a) => `${a.title ?? ''}\n${a.message}`).join('\n')).not.toMatch(ADD_TO_ROLE)
    },
    TEST_TIMEOUT
  )
})

describe('an SCP denial is explained as an SCP denial, in the account it governs', () => {
  it(
    'for the bucket: the policy merge in the Log Archive account',
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { cloudTrail: false })
      await seedBucket({ endpoint: world().moto.url, region: REGION, bucket: ARCHIVE, as: ct.logArchive.as })
      await attachScp(world(), ct.sharedOuId, 'deny-log-bucket-policies', {
        Effect: 'Deny',
        Action: 's3:PutBucketPolicy',
        Resource: `arn:aws:s3:::${ARCHIVE}`
      })
      const r = await run(world(), seeded, {
        's3-bucket-name': ARCHIVE,
        'log-archive-role-arn': String(ct.logArchive.roleArn)
      })

      expect(r.code).toBe(1)
      expectScpExplained(world(), r, 's3:PutBucketPolicy', ct.logArchive.accountId)
    },
    TEST_TIMEOUT
  )

  it(
    "for the key: the key-policy merge of the Log Archive account's key",
    async () => {
      const { seeded, ct } = await controlTowerWorld(world(), { cloudTrail: false })
      await seedBucket({
        endpoint: world().moto.url,
        region: REGION,
        bucket: ARCHIVE,
        as: ct.logArchive.as,
        policy: { Version: '2012-10-17', Statement: archiveStatements(ct) }
      })
      const { kms } = clients({ endpoint: world().moto.url, region: REGION, as: ct.logArchive.as })
      const { KeyMetadata } = await kms.send(
        new CreateKeyCommand({
          Description: 'org-trail logs',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Owner',
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ct.logArchive.accountId}:root` },
                Action: 'kms:*',
                Resource: '*'
              }
            ]
          })
        })
      )
      await attachScp(world(), ct.sharedOuId, 'deny-key-policies', {
        Effect: 'Deny',
        Action: 'kms:PutKeyPolicy',
        Resource: '*'
      })
      const r = await run(world(), seeded, {
        's3-bucket-name': ARCHIVE,
        'log-archive-role-arn': String(ct.logArchive.roleArn),
        'kms-key-id': String(KeyMetadata?.Arn),
        'manage-kms-key-policy': 'true'
      })

      expect(r.code).toBe(1)
      expectScpExplained(world(), r, 'kms:PutKeyPolicy', ct.logArchive.accountId)
    },
    TEST_TIMEOUT
  )

  /**
   * A workload account of the Control Tower organization registered as CloudTrail's delegated administrator,
   * with its bucket and the role GitHub OIDC assumes there: its requests are subject to the SCPs of its OU.
   */
  async function delegatedAdministrator(w: World) {
    const { ct } = await controlTowerWorld(w, { cloudTrail: false, members: 1 })
    const accountId = String(ct.memberIds[0])
    const as = await memberCredentials(w, accountId)
    await new CloudTrailClient({ endpoint: w.proxy.url, region: REGION, credentials, maxAttempts: 1 }).send(
      new RegisterOrganizationDelegatedAdminCommand({ MemberAccountId: accountId })
    )
    const trailArn = `arn:aws:cloudtrail:${REGION}:${ct.managementAccountId}:trail/${TRAIL}`
    await seedBucket({
      endpoint: w.moto.url,
      region: REGION,
      bucket: BUCKET,
      as,
      policy: {
        Version: '2012-10-17',
        Statement: cloudTrailBucketStatements({
          bucket: BUCKET,
          trailArn,
          managementAccountId: ct.managementAccountId,
          orgId: ct.orgId
        })
      }
    })
    const roleArn = await seedRole({ endpoint: w.moto.url, region: REGION, as })
    w.proxy.reset()
    return { ct, accountId, seeded: { orgId: ct.orgId, managementAccountId: ct.managementAccountId, roleArn } }
  }

  it(
    "for the trail: a delegated administrator's CreateTrail",
    async () => {
      const { ct, accountId, seeded } = await delegatedAdministrator(world())
      await attachScp(world(), ct.workloadOuId, 'deny-new-trails', {
        Effect: 'Deny',
        Action: 'cloudtrail:CreateTrail',
        Resource: '*'
      })
      const r = await run(world(), seeded)

      expect(r.code).toBe(1)
      expectScpExplained(world(), r, 'cloudtrail:CreateTrail', accountId)
    },
    TEST_TIMEOUT
  )

  it(
    "for the organization: a delegated administrator's reading of the organization's trusted services",
    async () => {
      const { ct, accountId, seeded } = await delegatedAdministrator(world())
      await attachScp(world(), ct.workloadOuId, 'deny-organization-reads', {
        Effect: 'Deny',
        Action: 'organizations:ListAWSServiceAccessForOrganization',
        Resource: '*'
      })
      const r = await run(world(), seeded, { mode: 'check' })

      expectScpExplained(world(), r, 'organizations:ListAWSServiceAccessForOrganization', accountId)
    },
    TEST_TIMEOUT
  )
})

describe('every other kind of policy is named for what it is; the role is told to add the action only when the denial is its own', () => {
  const cases: { operation: string; action: string; kind: PolicyKind; explicit: boolean; check?: boolean }[] = [
    { operation: 's3:PutBucketPolicy', action: 's3:PutBucketPolicy', kind: 'permissions-boundary', explicit: true },
    {
      operation: 's3:GetBucketPolicy',
      action: 's3:GetBucketPolicy',
      kind: 'resource-control-policy',
      explicit: true,
      check: true
    },
    { operation: 'cloudtrail:CreateTrail', action: 'cloudtrail:CreateTrail', kind: 'session-policy', explicit: true },
    {
      operation: 'cloudtrail:StartLogging',
      action: 'cloudtrail:StartLogging',
      kind: 'identity-based-policy',
      explicit: true
    },
    { operation: 's3:PutBucketPolicy', action: 's3:PutBucketPolicy', kind: 'resource-based-policy', explicit: true },
    {
      operation: 'organizations:ListAWSServiceAccessForOrganization',
      action: 'organizations:ListAWSServiceAccessForOrganization',
      kind: 'permissions-boundary',
      explicit: false,
      check: true
    },
    { operation: 'cloudtrail:CreateTrail', action: 'cloudtrail:CreateTrail', kind: 'session-policy', explicit: false }
  ]
  it.each(cases)(
    '$operation refused by $kind (explicit: $explicit) is explained as that kind, without the advice to add the action to the role',
    async ({ operation, action, kind, explicit, check }) => {
      const seeded = await seed(world())
      denialsOf(world().proxy).deny({ operation, kind, explicit })
      const r = await run(world(), seeded, check ? { mode: 'check' } : {})

      expect(denialsOf(world().proxy).denied()).toContain(operation)
      expect(r.code).toBe(1)
      const { own, all } = explanationOf(r, action)
      expect(own).toMatch(NAMED[kind])
      expect(all).not.toMatch(ADD_TO_ROLE)
    },
    TEST_TIMEOUT
  )

  it(
    "an implicit denial by the role's own identity-based policy still says to add the action to the role",
    async () => {
      const seeded = await seed(world())
      denialsOf(world().proxy).deny({
        operation: 'cloudtrail:CreateTrail',
        kind: 'identity-based-policy',
        explicit: false
      })
      const r = await run(world(), seeded)

      expect(r.code).toBe(1)
      expect(explanationOf(r, 'cloudtrail:CreateTrail').all).toMatch(ADD_TO_ROLE)
    },
    TEST_TIMEOUT
  )
})
