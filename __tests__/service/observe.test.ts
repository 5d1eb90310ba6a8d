import {
  AccessDeniedException as CloudTrailAccessDenied,
  DescribeTrailsCommand,
  ListTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailCommand,
  GetTrailStatusCommand
} from '@aws-sdk/client-cloudtrail'
import { IAMServiceException, ListRolesCommand } from '@aws-sdk/client-iam'
import {
  AccessDeniedException as OrganizationsAccessDenied,
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListDelegatedAdministratorsCommand
} from '@aws-sdk/client-organizations'
import {
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketRequestPaymentCommand,
  GetPublicAccessBlockCommand,
  NoSuchBucket,
  S3ServiceException
} from '@aws-sdk/client-s3'
import type { IamAction } from '../../src/aws/actions.js'
import type { Identity } from '../../src/aws/session.js'
import { observe } from '../../src/observe/index.js'
import type { Observed, Read } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import {
  ACCOUNT,
  bucket,
  grantingPolicy,
  identity,
  observed,
  observedTrail,
  ok,
  settings,
  TRAIL,
  TRAIL_ARN,
  trailStatus
} from '../support/fixtures.js'
import { apiTrail, mockAccount } from '../support/fake-account.js'
import { deferred, newClients, orDeadlock, sentTo, useAwsMocks, type AwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()
const run = (who: Identity = identity) => observe(newClients(), settings(), who)

const EU_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${TRAIL}`
const MEMBER = '222222222222'
const member: Identity = {
  accountId: MEMBER,
  arn: `arn:aws:sts::${MEMBER}:assumed-role/org-trail/run-42`,
  partition: 'aws'
}

const s3Error = (name: string, message: string) =>
  new S3ServiceException({ name, $fault: 'client', message, $metadata: { httpStatusCode: 404 } })

describe('observe: a converged management account', () => {
  it('reads into exactly the snapshot the plan expects, and the plan has nothing to change', async () => {
    mockAccount(aws.current)
    const result = await run()
    // Every field of the fixture, read from the API answers (the snapshot may carry more than it lists).
    expect(result).toMatchObject(observed())
    expect(plan(settings(), result).changes).toEqual([])
  })

  it('issues every first-wave read concurrently: all are in flight before any is answered', async () => {
    const expected = [
      'organizations.DescribeOrganization',
      'organizations.ListAWSServiceAccessForOrganization',
      'iam.ListRoles /aws-service-role/organizations.amazonaws.com/',
      'iam.ListRoles /aws-service-role/cloudtrail.amazonaws.com/',
      's3.GetBucketLocation',
      's3.GetBucketPolicy',
      's3.GetBucketRequestPayment',
      's3.GetPublicAccessBlock',
      's3.GetBucketPolicyStatus',
      's3.GetBucketLogging',
      'cloudtrail.DescribeTrails',
      'cloudtrail.ListTrails',
      'cloudtrail.GetTrailStatus',
      'cloudtrail.GetEventSelectors'
    ]
    const started: string[] = []
    const gate = deferred()
    // Each call waits until all expected calls have started: code that awaits one read before issuing
    // the next never gets there, and the guard reports which calls had started.
    mockAccount(aws.current, {
      hook: async (label) => {
        started.push(label)
        if (started.length === expected.length) gate.release()
        await gate.promise
      }
    })
    const result = await orDeadlock(run(), () => started)
    expect([...started].sort()).toEqual([...expected].sort())
    expect(result).toMatchObject(observed())
  }, 15_000)
})

describe('observe: "not found" answers are values, not failures', () => {
  it('NoSuchBucket: the bucket has no region, no policy, and the plan blocks on creating it', async () => {
    mockAccount(aws.current)
    const missing = new NoSuchBucket({
      message: 'The specified bucket does not exist',
      $metadata: { httpStatusCode: 404 }
    })
    for (const command of [
      GetBucketLocationCommand,
      GetBucketPolicyCommand,
      GetBucketRequestPaymentCommand,
      GetPublicAccessBlockCommand,
      GetBucketPolicyStatusCommand,
      GetBucketLoggingCommand
    ]) {
      aws.current.s3.on(command).rejects(missing)
    }
    const result = await run()
    expect(result.bucket).toEqual(
      bucket({
        region: ok<string | null>(null),
        policy: ok<string | null>(null),
        requesterPays: ok(false),
        publicAccessBlock: ok(null),
        policyIsPublic: ok(false),
        accessLogging: ok(false)
      })
    )
    const finding = plan(settings(), result).findings.find((f) => f.id === 's3.bucket-exists')
    expect(finding).toMatchObject({
      severity: 'blocker',
      remediation: expect.stringContaining('aws s3api create-bucket --bucket org-trail-logs')
    })
  })

  it('NoSuchBucketPolicy: the policy is null, and the plan writes one', async () => {
    mockAccount(aws.current)
    const none = s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist')
    aws.current.s3.on(GetBucketPolicyCommand).rejects(none)
    aws.current.s3.on(GetBucketPolicyStatusCommand).rejects(none)
    const result = await run()
    expect(result.bucket.policy).toEqual(ok(null))
    expect(result.bucket.policyIsPublic).toEqual(ok(false))
    expect(plan(settings(), result).changes).toEqual([
      expect.objectContaining({ kind: 'put-bucket-policy', before: null })
    ])
  })

  it('AWSOrganizationsNotInUseException: no organization, no delegated-administrator question, a blocker', async () => {
    mockAccount(aws.current)
    const notInUse = new AWSOrganizationsNotInUseException({
      message: 'Your account is not a member of an organization.',
      $metadata: { httpStatusCode: 400 }
    })
    aws.current.organizations.on(DescribeOrganizationCommand).rejects(notInUse)
    aws.current.organizations.on(ListAWSServiceAccessForOrganizationCommand).rejects(notInUse)
    const result = await run(member)
    expect(result.organization).toEqual(ok(null))
    expect(result.delegatedAdministrator).toBeNull()
    expect(aws.current.organizations.commandCalls(ListDelegatedAdministratorsCommand)).toHaveLength(0)
    expect(plan(settings(), result).findings.find((f) => f.id === 'organization.exists')).toMatchObject({
      severity: 'blocker'
    })
  })

  it('TrailNotFoundException on the status: there is no trail, and the plan creates it', async () => {
    mockAccount(aws.current, { trails: [] })
    const result = await run()
    expect(result.trail).toBeNull()
    expect(result.trails).toEqual(ok([]))
    // The status was asked for (and answered TrailNotFoundException) without turning into a failure.
    expect(aws.current.cloudtrail.commandCalls(GetTrailStatusCommand).length).toBeGreaterThan(0)
    expect(plan(settings(), result).changes.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['create-trail', 'start-logging'])
    )
  })
})

describe('observe: a denied read is a finding, never a crash', () => {
  const CT_DENIED =
    'User: arn:aws:sts::111111111111:assumed-role/org-trail/run-42 is not authorized to perform this action'

  interface Case {
    readonly action: IamAction
    readonly code: string
    readonly deny: (aws: AwsMocks, error: Error) => void
    readonly error: () => Error
    /** The converged snapshot with the denied read in place. */
    readonly expected: (failure: Read<never>) => Observed
  }
  const s3 = (action: IamAction, key: keyof ReturnType<typeof bucket>, deny: Case['deny']): Case => ({
    action,
    code: 'AccessDenied',
    deny,
    error: () =>
      new S3ServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: 'Access Denied',
        $metadata: { httpStatusCode: 403 }
      }),
    expected: (failure) => observed({ bucket: bucket({ [key]: failure }) })
  })
  const iamDenied = () =>
    new IAMServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message: 'not authorized to perform: iam:ListRoles',
      $metadata: { httpStatusCode: 403 }
    })
  const orgDenied = () =>
    new OrganizationsAccessDenied({ message: "You don't have permissions to access this resource.", $metadata: {} })
  const ctDenied = () => new CloudTrailAccessDenied({ message: CT_DENIED, $metadata: {} })

  const cases: Record<string, Case> = {
    DescribeOrganization: {
      action: 'organizations:DescribeOrganization',
      code: 'AccessDeniedException',
      deny: (m, e) => m.organizations.on(DescribeOrganizationCommand).rejects(e),
      error: orgDenied,
      expected: (failure) => observed({ organization: failure })
    },
    ListAWSServiceAccessForOrganization: {
      action: 'organizations:ListAWSServiceAccessForOrganization',
      code: 'AccessDeniedException',
      deny: (m, e) => m.organizations.on(ListAWSServiceAccessForOrganizationCommand).rejects(e),
      error: orgDenied,
      expected: (failure) => observed({ trustedAccess: failure })
    },
    'ListRoles (Organizations role)': {
      action: 'iam:ListRoles',
      code: 'AccessDenied',
      deny: (m, e) =>
        m.iam.on(ListRolesCommand, { PathPrefix: '/aws-service-role/organizations.amazonaws.com/' }).rejects(e),
      error: iamDenied,
      expected: (failure) => observed({ serviceLinkedRoles: { organizations: failure, cloudtrail: ok(true) } })
    },
    'ListRoles (CloudTrail role)': {
      action: 'iam:ListRoles',
      code: 'AccessDenied',
      deny: (m, e) =>
        m.iam.on(ListRolesCommand, { PathPrefix: '/aws-service-role/cloudtrail.amazonaws.com/' }).rejects(e),
      error: iamDenied,
      expected: (failure) => observed({ serviceLinkedRoles: { organizations: ok(true), cloudtrail: failure } })
    },
    GetBucketLocation: s3('s3:GetBucketLocation', 'region', (m, e) => m.s3.on(GetBucketLocationCommand).rejects(e)),
    GetBucketPolicy: s3('s3:GetBucketPolicy', 'policy', (m, e) => m.s3.on(GetBucketPolicyCommand).rejects(e)),
    GetBucketRequestPayment: s3('s3:GetBucketRequestPayment', 'requesterPays', (m, e) =>
      m.s3.on(GetBucketRequestPaymentCommand).rejects(e)
    ),
    GetPublicAccessBlock: s3('s3:GetBucketPublicAccessBlock', 'publicAccessBlock', (m, e) =>
      m.s3.on(GetPublicAccessBlockCommand).rejects(e)
    ),
    GetBucketPolicyStatus: s3('s3:GetBucketPolicyStatus', 'policyIsPublic', (m, e) =>
      m.s3.on(GetBucketPolicyStatusCommand).rejects(e)
    ),
    GetBucketLogging: s3('s3:GetBucketLogging', 'accessLogging', (m, e) => m.s3.on(GetBucketLoggingCommand).rejects(e)),
    DescribeTrails: {
      action: 'cloudtrail:DescribeTrails',
      code: 'AccessDeniedException',
      deny: (m, e) => m.cloudtrail.on(DescribeTrailsCommand).rejects(e),
      error: ctDenied,
      // ListTrails still names the trail, which is then read by its ARN.
      expected: (failure) => observed({ trails: failure })
    },
    ListTrails: {
      action: 'cloudtrail:ListTrails',
      code: 'AccessDeniedException',
      deny: (m, e) => m.cloudtrail.on(ListTrailsCommand).rejects(e),
      error: ctDenied,
      // DescribeTrails of the declared region still shows the trail.
      expected: (failure) => observed({ trailList: failure })
    },
    GetTrailStatus: {
      action: 'cloudtrail:GetTrailStatus',
      code: 'AccessDeniedException',
      deny: (m, e) => m.cloudtrail.on(GetTrailStatusCommand).rejects(e),
      error: ctDenied,
      expected: (failure) => observed({ trail: { ...observedTrail(), status: failure } })
    },
    GetEventSelectors: {
      action: 'cloudtrail:GetEventSelectors',
      code: 'AccessDeniedException',
      deny: (m, e) => m.cloudtrail.on(GetEventSelectorsCommand).rejects(e),
      error: ctDenied,
      expected: (failure) => observed({ trail: { ...observedTrail(), managementEvents: failure, selectors: failure } })
    }
  }

  it.each(Object.keys(cases))(
    '%s denied: a ReadFailure naming the IAM action and code; every other read completes',
    async (name) => {
      const c = cases[name] as Case
      mockAccount(aws.current)
      const error = c.error()
      c.deny(aws.current, error)
      const failure: Read<never> = { ok: false, failure: { action: c.action, code: c.code, message: error.message } }
      await expect(run()).resolves.toMatchObject(c.expected(failure))
    }
  )

  it('a role allowed nothing still gets a complete snapshot: one ReadFailure per read, each naming its action', async () => {
    aws.current.cloudtrail.onAnyCommand().callsFake(() => Promise.reject(ctDenied()))
    aws.current.organizations.onAnyCommand().callsFake(() => Promise.reject(orgDenied()))
    aws.current.iam.onAnyCommand().callsFake(() => Promise.reject(iamDenied()))
    aws.current.s3
      .onAnyCommand()
      .callsFake(() =>
        Promise.reject(
          new S3ServiceException({ name: 'AccessDenied', $fault: 'client', message: 'Access Denied', $metadata: {} })
        )
      )
    const result = await run()
    const reads: Read<unknown>[] = [
      result.organization,
      result.trustedAccess,
      result.serviceLinkedRoles.organizations,
      result.serviceLinkedRoles.cloudtrail,
      result.bucket.region,
      result.bucket.policy,
      result.bucket.requesterPays,
      result.bucket.publicAccessBlock,
      result.bucket.policyIsPublic,
      result.bucket.accessLogging,
      result.trails
    ]
    expect(reads.map((r) => (r.ok ? 'ok' : r.failure.action))).toEqual([
      'organizations:DescribeOrganization',
      'organizations:ListAWSServiceAccessForOrganization',
      'iam:ListRoles',
      'iam:ListRoles',
      's3:GetBucketLocation',
      's3:GetBucketPolicy',
      's3:GetBucketRequestPayment',
      's3:GetBucketPublicAccessBlock',
      's3:GetBucketPolicyStatus',
      's3:GetBucketLogging',
      'cloudtrail:DescribeTrails'
    ])
    expect(result.trail).toBeNull()
    expect(plan(settings(), result).blocked).toBe(true)
  })
})

describe('observe: where the trail is read', () => {
  it('reads status and selectors of a trail homed in another region at its ARN, from its home region', async () => {
    const homedInEu = apiTrail({ arn: EU_ARN, homeRegion: 'eu-west-1' })
    mockAccount(aws.current, {
      trails: [{ trail: homedInEu, status: { IsLogging: false } }],
      bucketPolicy: grantingPolicy(EU_ARN)
    })

    const result = await run()

    // Only eu-west-1 knows this trail's status (the fake answers TrailNotFoundException elsewhere).
    expect(result.trail).toMatchObject({
      config: { arn: EU_ARN, homeRegion: 'eu-west-1' },
      status: ok({ isLogging: false }),
      managementEvents: ok({ any: true, readAndWrite: true })
    })
    // DescribeTrails asked in the declared region found the shadow; the reads of the trail went home.
    expect(await sentTo(aws.current.cloudtrail.commandCalls(DescribeTrailsCommand))).toEqual([
      ['us-east-1', { includeShadowTrails: true }]
    ])
    expect(await sentTo(aws.current.cloudtrail.commandCalls(GetTrailStatusCommand))).toContainEqual([
      'eu-west-1',
      { Name: EU_ARN }
    ])
    expect(await sentTo(aws.current.cloudtrail.commandCalls(GetEventSelectorsCommand))).toContainEqual([
      'eu-west-1',
      { TrailName: EU_ARN }
    ])
    for (const [region, input] of await sentTo(aws.current.cloudtrail.commandCalls(GetTrailStatusCommand))) {
      if (region === 'eu-west-1') expect(input).toEqual({ Name: EU_ARN })
    }
    // The plan then routes the writes to eu-west-1 too.
    expect(plan(settings(), result).changes).toEqual([{ kind: 'start-logging', arn: EU_ARN, region: 'eu-west-1' }])
  })

  it('a trail listed in another region whose GetTrail is refused: unknown, never absent, and ListTrails kept as it answered', async () => {
    const onlyInEu = apiTrail({ arn: EU_ARN, homeRegion: 'eu-west-1', isMultiRegionTrail: false })
    mockAccount(aws.current, { trails: [{ trail: onlyInEu, status: { IsLogging: true } }] })
    aws.current.cloudtrail
      .on(GetTrailCommand)
      .rejects(new CloudTrailAccessDenied({ message: 'not authorized', $metadata: {} }))

    const result = await run()

    expect(result.trail).toBeNull()
    expect(result.trailList).toEqual(ok([{ name: TRAIL, arn: EU_ARN, homeRegion: 'eu-west-1' }]))
    expect(result.trailUnreadable).toEqual({
      action: 'cloudtrail:GetTrail',
      code: 'AccessDeniedException',
      message: 'not authorized'
    })
    // Creating a second trail of that name is out of the question: the plan blocks, naming the refused read.
    const p = plan(settings(), result)
    expect(p.changes).toEqual([])
    expect(p.findings.find((f) => f.id === 'cloudtrail.trail')).toMatchObject({
      severity: 'blocker',
      detail: expect.stringContaining('cloudtrail:GetTrail')
    })
  })

  it("a delegated administrator: asks ListDelegatedAdministrators for CloudTrail and reads the trail at the management account's ARN", async () => {
    mockAccount(aws.current, { delegatedAdministrators: [MEMBER] })
    const result = await run(member)
    expect(
      aws.current.organizations.commandCalls(ListDelegatedAdministratorsCommand).map((c) => c.args[0].input)
    ).toEqual([{ ServicePrincipal: 'cloudtrail.amazonaws.com' }])
    expect(result.delegatedAdministrator).toEqual(ok(true))
    expect(result.trail?.status).toEqual(ok(trailStatus()))
    expect(await sentTo(aws.current.cloudtrail.commandCalls(GetTrailStatusCommand))).toContainEqual([
      'us-east-1',
      { Name: TRAIL_ARN }
    ])
    expect(plan(settings(), result).findings.find((f) => f.id === 'caller.management-account')).toMatchObject({
      severity: 'ok'
    })
  })

  it('a member account that is not a delegated administrator is told so by the plan', async () => {
    mockAccount(aws.current, { delegatedAdministrators: ['333333333333'] })
    const result = await run(member)
    expect(result.delegatedAdministrator).toEqual(ok(false))
    expect(plan(settings(), result).findings.find((f) => f.id === 'caller.management-account')).toMatchObject({
      severity: 'blocker'
    })
  })

  it('the management account is not asked about delegated administrators', async () => {
    mockAccount(aws.current)
    const result = await run()
    expect(result.delegatedAdministrator).toBeNull()
    expect(aws.current.organizations.commandCalls(ListDelegatedAdministratorsCommand)).toHaveLength(0)
  })

  it('an account trail, even from a member account, is not a question for a delegated administrator', async () => {
    // An account trail's ARN carries the caller's own account: who administers the organization's trail
    // does not matter to it, and the plan never asks (the read would be refused to a plain member anyway).
    mockAccount(aws.current, { delegatedAdministrators: [MEMBER] })
    const result = await observe(newClients(), settings({ 'is-organization-trail': 'false' }), member)
    expect(result.delegatedAdministrator).toBeNull()
    expect(aws.current.organizations.commandCalls(ListDelegatedAdministratorsCommand)).toHaveLength(0)
  })
})

describe('observe: service-linked roles', () => {
  it('are found by IAM ListRoles with PathPrefix /aws-service-role/<service>/', async () => {
    mockAccount(aws.current, { serviceLinkedRoles: ['organizations.amazonaws.com'] })
    const result = await run()
    expect(
      aws.current.iam
        .commandCalls(ListRolesCommand)
        .map((c) => c.args[0].input.PathPrefix)
        .sort()
    ).toEqual(['/aws-service-role/cloudtrail.amazonaws.com/', '/aws-service-role/organizations.amazonaws.com/'])
    expect(result.serviceLinkedRoles).toEqual({ organizations: ok(true), cloudtrail: ok(false) })
    expect(plan(settings(), result).changes).toEqual([{ kind: 'create-service-linked-role', role: 'cloudtrail' }])
  })

  it('a role on a later page of ListRoles is found', async () => {
    mockAccount(aws.current)
    aws.current.iam
      .on(ListRolesCommand, { PathPrefix: '/aws-service-role/cloudtrail.amazonaws.com/' })
      .callsFake((input: { Marker?: string }) =>
        input.Marker === 'page-2'
          ? {
              Roles: [
                {
                  Path: '/aws-service-role/cloudtrail.amazonaws.com/',
                  RoleName: 'AWSServiceRoleForCloudTrail',
                  RoleId: 'AROAEXAMPLE',
                  Arn: 'arn',
                  CreateDate: new Date(0)
                }
              ],
              IsTruncated: false
            }
          : { Roles: [], IsTruncated: true, Marker: 'page-2' }
      )
    const result = await run()
    expect(result.serviceLinkedRoles.cloudtrail).toEqual(ok(true))
  })
})

describe('observe: the accounts that another organization trail records too', () => {
  const controlTower = {
    trail: apiTrail({
      name: 'aws-controltower-BaselineCloudTrail',
      arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/aws-controltower-BaselineCloudTrail`
    }),
    status: { IsLogging: true }
  }

  it('are not counted when no other organization trail exists: no ListAccounts call', async () => {
    mockAccount(aws.current)
    const result = await run()
    expect(result.activeAccounts).toBeUndefined()
    expect(aws.current.organizations.commandCalls(ListAccountsCommand)).toHaveLength(0)
  })

  it('are counted, every page, active ones only, when another one exists', async () => {
    mockAccount(aws.current, { trails: [{ trail: apiTrail(), status: { IsLogging: true } }, controlTower] })
    aws.current.organizations
      .on(ListAccountsCommand, {})
      .resolves({
        Accounts: [
          { Id: ACCOUNT, Status: 'ACTIVE' },
          { Id: MEMBER, Status: 'ACTIVE' }
        ],
        NextToken: 'page-2'
      })
      .on(ListAccountsCommand, { NextToken: 'page-2' })
      .resolves({
        Accounts: [
          { Id: '333333333333', Status: 'ACTIVE' },
          { Id: '444444444444', Status: 'SUSPENDED' }
        ]
      })
    const result = await run()
    expect(result.activeAccounts).toEqual({ ok: true, value: 3 })
    expect(aws.current.organizations.commandCalls(ListAccountsCommand)).toHaveLength(2)
  })
})
