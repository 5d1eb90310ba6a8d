// The member inventory's reads against AWS's own answers (mocked): ListTrails lists every region's trails
// with HomeRegion (moto's answers only its request region), pages everywhere, and a bounded pool.
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  ListTrailsCommand,
  TrailNotFoundException
} from '@aws-sdk/client-cloudtrail'
import { ListAccountsCommand } from '@aws-sdk/client-organizations'
import { AssumeRoleCommand, STSServiceException } from '@aws-sdk/client-sts'
import { readMembers } from '../../src/observe/members.js'
import type { InspectedAccount } from '../../src/observe/types.js'
import { ACCOUNT, REGION, identity } from '../support/fixtures.js'
import { deferred, newClients, orDeadlock, sentTo, useAwsMocks } from '../support/mock-aws.js'

const aws = useAwsMocks()
const MEMBER = '222222222222'
const SETTINGS = { roleName: 'inventory', concurrency: 4, sessionName: 'org-trail-42' }
const ORG_TRAIL = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`
const EU_TRAIL = `arn:aws:cloudtrail:eu-west-1:${MEMBER}:trail/eu-local`

const credentialsFor = (account: string) => ({
  AccessKeyId: `AKID${account}`,
  SecretAccessKey: 'secret',
  SessionToken: 'token',
  Expiration: new Date(Date.now() + 900_000)
})
const accountOfRoleArn = (arn: string | undefined) => (arn ?? '').split(':')[4] ?? ''

/** The account the credentials of a mocked call's client act in. */
async function accountOfCall(client: unknown): Promise<string> {
  const c = client as { config: { credentials: () => Promise<{ accessKeyId: string }> } }
  const key = (await c.config.credentials()).accessKeyId
  return key.startsWith('AKID') && key.length === 16 ? key.slice(4) : ACCOUNT
}

function assumeAny() {
  aws.current.sts
    .on(AssumeRoleCommand)
    .callsFake((input: { RoleArn?: string }) =>
      Promise.resolve({ Credentials: credentialsFor(accountOfRoleArn(input.RoleArn)) })
    )
}

const run = () => readMembers(newClients(), SETTINGS, identity, () => undefined)
const accountsOf = async (): Promise<InspectedAccount[]> => {
  const result = await run()
  if (!result.ok) throw new Error(`inventory failed: ${JSON.stringify(result.failure)}`)
  return [...result.value.accounts].sort((a, b) => a.accountId.localeCompare(b.accountId))
}

describe('readMembers', () => {
  it('uses each trail’s HomeRegion from ListTrails, and leaves the organization trail’s shadow out', async () => {
    aws.current.organizations.on(ListAccountsCommand).resolves({
      Accounts: [
        { Id: ACCOUNT, Name: 'management', Status: 'ACTIVE' },
        { Id: MEMBER, Name: 'member', Status: 'ACTIVE' }
      ]
    })
    assumeAny()
    aws.current.cloudtrail.on(ListTrailsCommand).callsFake(async (_input, getClient) =>
      (await accountOfCall(getClient())) === MEMBER
        ? {
            Trails: [
              { Name: 'org-trail', TrailARN: ORG_TRAIL, HomeRegion: REGION },
              { Name: 'eu-local', TrailARN: EU_TRAIL, HomeRegion: 'eu-west-1' }
            ]
          }
        : { Trails: [{ Name: 'org-trail', TrailARN: ORG_TRAIL, HomeRegion: REGION }] }
    )
    aws.current.cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input, getClient) => {
      const account = await accountOfCall(getClient())
      return account === MEMBER
        ? { trailList: [{ Name: 'eu-local', TrailARN: EU_TRAIL, HomeRegion: 'eu-west-1', IsMultiRegionTrail: false }] }
        : {
            trailList: [{ Name: 'org-trail', TrailARN: ORG_TRAIL, IsOrganizationTrail: true, IsMultiRegionTrail: true }]
          }
    })
    aws.current.cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: [] })

    const [management, member] = await accountsOf()
    expect(member).toEqual({
      accountId: MEMBER,
      name: 'member',
      status: 'ok',
      trails: [
        {
          name: 'eu-local',
          arn: EU_TRAIL,
          homeRegion: 'eu-west-1',
          isOrganizationTrail: false,
          isMultiRegionTrail: false,
          managementEvents: true
        }
      ]
    })
    expect(management).toMatchObject({
      accountId: ACCOUNT,
      trails: [{ name: 'org-trail', isOrganizationTrail: true, isMultiRegionTrail: true }]
    })
    // The member's trail is read in its home region, never in the request region.
    const selectors = await sentTo(aws.current.cloudtrail.commandCalls(GetEventSelectorsCommand))
    expect(selectors).toContainEqual(['eu-west-1', { TrailName: EU_TRAIL }])
    const described = await sentTo(aws.current.cloudtrail.commandCalls(DescribeTrailsCommand))
    expect(described.map(([region]) => region).sort()).toEqual(['eu-west-1', REGION])
    // The caller's own account is read with its own session: one AssumeRole, for the member, named after the run.
    expect(aws.current.sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input)).toEqual([
      { RoleArn: `arn:aws:iam::${MEMBER}:role/inventory`, RoleSessionName: 'org-trail-42', DurationSeconds: 900 }
    ])
  })

  it('follows every page of ListAccounts and ListTrails, and inspects ACTIVE accounts only', async () => {
    aws.current.organizations
      .on(ListAccountsCommand, {})
      .resolves({ Accounts: [{ Id: '300000000001', Status: 'ACTIVE' }], NextToken: 'p2' })
      .on(ListAccountsCommand, { NextToken: 'p2' })
      .resolves({
        Accounts: [
          { Id: '300000000002', Status: 'SUSPENDED' },
          { Id: '300000000003', Status: 'ACTIVE' }
        ],
        NextToken: 'p3'
      })
      .on(ListAccountsCommand, { NextToken: 'p3' })
      .resolves({ Accounts: [{ Id: '300000000004', Status: 'PENDING_CLOSURE' }] })
    assumeAny()
    aws.current.cloudtrail
      .on(ListTrailsCommand, {})
      .resolves({ Trails: [], NextToken: 't2' })
      .on(ListTrailsCommand, { NextToken: 't2' })
      .callsFake(async (_input, getClient) => {
        const account = await accountOfCall(getClient())
        return {
          Trails: [{ Name: 'late', TrailARN: `arn:aws:cloudtrail:${REGION}:${account}:trail/late`, HomeRegion: REGION }]
        }
      })
    aws.current.cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input, getClient) => {
      const account = await accountOfCall(getClient())
      return { trailList: [{ Name: 'late', TrailARN: `arn:aws:cloudtrail:${REGION}:${account}:trail/late` }] }
    })
    aws.current.cloudtrail.on(GetEventSelectorsCommand).resolves({
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false }]
    })
    const accounts = await accountsOf()
    expect(accounts.map((a) => a.accountId)).toEqual(['300000000001', '300000000003'])
    expect(
      accounts.every((a) => a.status === 'ok' && a.trails[0]?.name === 'late' && !a.trails[0].managementEvents)
    ).toBe(true)
  })

  it('keeps at most member-concurrency accounts in flight, and uses all of them', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => String(400000000000 + i))
    aws.current.organizations
      .on(ListAccountsCommand)
      .resolves({ Accounts: ids.map((Id) => ({ Id, Status: 'ACTIVE' })) })
    let inFlight = 0
    let peak = 0
    aws.current.sts.on(AssumeRoleCommand).callsFake(async (input: { RoleArn?: string }) => {
      peak = Math.max(peak, ++inFlight)
      await new Promise((resolve) => setImmediate(resolve))
      return { Credentials: credentialsFor(accountOfRoleArn(input.RoleArn)) }
    })
    aws.current.cloudtrail.on(ListTrailsCommand).callsFake(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      inFlight--
      return { Trails: [] }
    })
    const accounts = await accountsOf()
    expect(accounts).toHaveLength(20)
    expect(peak).toBe(SETTINGS.concurrency)
    // An account with no trail of its own costs AssumeRole and ListTrails only.
    expect(aws.current.cloudtrail.commandCalls(DescribeTrailsCommand)).toHaveLength(0)
  })

  it('reads an account’s trails in one round trip after ListTrails: every DescribeTrails and GetEventSelectors at once', async () => {
    aws.current.organizations.on(ListAccountsCommand).resolves({ Accounts: [{ Id: MEMBER, Status: 'ACTIVE' }] })
    assumeAny()
    const names = ['a', 'b', 'c', 'd']
    const arn = (n: string, region = REGION) => `arn:aws:cloudtrail:${region}:${MEMBER}:trail/${n}`
    aws.current.cloudtrail.on(ListTrailsCommand).resolves({
      Trails: [
        ...names.map((n) => ({ Name: n, TrailARN: arn(n), HomeRegion: REGION })),
        { Name: 'eu', TrailARN: arn('eu', 'eu-west-1'), HomeRegion: 'eu-west-1' }
      ]
    })
    // Every call waits until all seven have started: a call made only after another returned never starts.
    const started: string[] = []
    const all = deferred()
    const hold = async (what: string) => {
      started.push(what)
      if (started.length === 7) all.release()
      await all.promise
    }
    aws.current.cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input, getClient) => {
      const region = await (getClient() as { config: { region: () => Promise<string> } }).config.region()
      await hold(`DescribeTrails ${region}`)
      return region === REGION
        ? { trailList: names.map((n) => ({ Name: n, TrailARN: arn(n) })) }
        : { trailList: [{ Name: 'eu', TrailARN: arn('eu', 'eu-west-1') }] }
    })
    aws.current.cloudtrail.on(GetEventSelectorsCommand).callsFake(async (input: { TrailName?: string }) => {
      await hold(`GetEventSelectors ${input.TrailName}`)
      return { EventSelectors: [] }
    })
    const [account] = await orDeadlock(accountsOf(), () => started)
    expect(account?.status === 'ok' && account.trails.map((t) => t.name)).toEqual([...names, 'eu'])
    expect(started).toHaveLength(7)
  })

  it('records an account whose role cannot be assumed, or whose trail vanished, and goes on', async () => {
    aws.current.organizations.on(ListAccountsCommand).resolves({
      Accounts: [
        { Id: MEMBER, Name: 'no-role', Status: 'ACTIVE' },
        { Id: '333333333333', Name: 'racy', Status: 'ACTIVE' }
      ]
    })
    aws.current.sts
      .on(AssumeRoleCommand, { RoleArn: `arn:aws:iam::${MEMBER}:role/inventory` })
      .rejects(
        new STSServiceException({ name: 'AccessDenied', $fault: 'client', message: 'not authorized', $metadata: {} })
      )
      .on(AssumeRoleCommand, { RoleArn: 'arn:aws:iam::333333333333:role/inventory' })
      .resolves({ Credentials: credentialsFor('333333333333') })
    const gone = 'arn:aws:cloudtrail:us-east-1:333333333333:trail/gone'
    aws.current.cloudtrail
      .on(ListTrailsCommand)
      .resolves({ Trails: [{ Name: 'gone', TrailARN: gone, HomeRegion: REGION }] })
    aws.current.cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] })
    aws.current.cloudtrail
      .on(GetEventSelectorsCommand)
      .rejects(new TrailNotFoundException({ message: 'gone', $metadata: {} }))
    const [lost, racy] = await accountsOf()
    expect(lost).toMatchObject({
      accountId: MEMBER,
      status: 'unreachable',
      failure: { action: 'sts:AssumeRole', code: 'AccessDenied' }
    })
    expect(racy).toEqual({ accountId: '333333333333', name: 'racy', status: 'ok', trails: [] })
  })

  it('fails as a whole only when the account list cannot be read', async () => {
    aws.current.organizations
      .on(ListAccountsCommand)
      .rejects(
        new STSServiceException({ name: 'AccessDeniedException', $fault: 'client', message: 'no', $metadata: {} })
      )
    const result = await run()
    expect(result).toMatchObject({
      ok: false,
      failure: { action: 'organizations:ListAccounts', code: 'AccessDeniedException' }
    })
  })
})
