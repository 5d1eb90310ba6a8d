// The member-account inventory, judged: trail limits, paid copies of management events, unreachable accounts.
import fc from 'fast-check'
import type { InspectedAccount, MemberTrail } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import { EVERY_REGION, regionsAtLimit } from '../../src/plan/members.js'
import { ACCOUNT, REGION, TRAIL_ARN, denied, findingOf, observed, ok, settings } from '../support/fixtures.js'

const MEMBER = '222222222222'
const OTHER = '333333333333'

function trail(name: string, overrides: Partial<MemberTrail> = {}, account = MEMBER): MemberTrail {
  const homeRegion = overrides.homeRegion ?? REGION
  return {
    name,
    arn: `arn:aws:cloudtrail:${homeRegion}:${account}:trail/${name}`,
    homeRegion,
    isOrganizationTrail: false,
    isMultiRegionTrail: false,
    managementEvents: false,
    ...overrides
  }
}

const okAccount = (accountId: string, trails: MemberTrail[], name = `acct-${accountId}`): InspectedAccount => ({
  accountId,
  name,
  status: 'ok',
  trails
})

function planWith(accounts: InspectedAccount[], inputs: Record<string, string> = {}, trailExists = true) {
  return plan(
    settings({ 'member-role-name': 'inventory', ...inputs }),
    observed({
      ...(trailExists ? {} : { trail: null }),
      members: ok({ roleName: 'inventory', accounts })
    })
  )
}

const four = ['a', 'b', 'c', 'd'].map((n) => trail(n))

describe('members.trail-limit', () => {
  it('flags an account with 4 trails of its own where the organization trail will be created', () => {
    const p = planWith([okAccount(MEMBER, four)], {}, false)
    const f = findingOf(p, 'members.trail-limit')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain(`${MEMBER} (acct-${MEMBER}) in ${REGION} (a, b, c, d)`)
    expect(f.detail).toContain('once the organization trail is created')
    expect(f.remediation).toContain(`aws cloudtrail delete-trail --name ${four[0]?.arn} --region ${REGION}`)
    expect(p.members?.accounts[0]?.atLimit).toEqual([{ region: REGION, trails: ['a', 'b', 'c', 'd'] }])
  })

  it('counts the existing organization trail too: 4 own trails are the limit with it', () => {
    const f = findingOf(planWith([okAccount(MEMBER, four)]), 'members.trail-limit')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('with the organization trail')
  })

  it('does not flag 3 own trails, nor 4 in a region a single-region organization trail does not cover', () => {
    expect(findingOf(planWith([okAccount(MEMBER, four.slice(0, 3))]), 'members.trail-limit').severity).toBe('ok')
    const elsewhere = four.map((t) => trail(t.name, { homeRegion: 'eu-west-1' }))
    const single = planWith([okAccount(MEMBER, elsewhere)], {
      'is-multi-region-trail': 'false',
      'include-global-service-events': 'false'
    })
    expect(findingOf(single, 'members.trail-limit').severity).toBe('ok')
    // With a multi-region organization trail the same account is full in eu-west-1.
    expect(planWith([okAccount(MEMBER, elsewhere)]).members?.accounts[0]?.atLimit).toEqual([
      { region: 'eu-west-1', trails: ['a', 'b', 'c', 'd'] }
    ])
  })

  it('counts a multi-region trail in every region', () => {
    const mixed = [
      trail('global', { isMultiRegionTrail: true, homeRegion: 'eu-west-1' }),
      ...['a', 'b', 'c'].map((n) => trail(n))
    ]
    expect(planWith([okAccount(MEMBER, mixed)]).members?.accounts[0]?.atLimit).toEqual([
      { region: REGION, trails: ['global', 'a', 'b', 'c'] }
    ])
    const global = ['a', 'b', 'c', 'd'].map((n) => trail(n, { isMultiRegionTrail: true }))
    expect(planWith([okAccount(MEMBER, global)]).members?.accounts[0]?.atLimit).toEqual([
      { region: EVERY_REGION, trails: ['a', 'b', 'c', 'd'] }
    ])
  })

  it('in the management account, the organization trail itself counts once, not as a trail of its own', () => {
    const org = trail('org-trail', { isOrganizationTrail: true, isMultiRegionTrail: true }, ACCOUNT)
    expect(org.arn).toBe(TRAIL_ARN)
    const three = ['a', 'b', 'c'].map((n) => trail(n, {}, ACCOUNT))
    expect(findingOf(planWith([okAccount(ACCOUNT, [org, ...three])]), 'members.trail-limit').severity).toBe('ok')
  })

  it('property: an account is at the limit in a region exactly when 5 trails count there', () => {
    const regions = ['us-east-1', 'eu-west-1', 'ap-south-1']
    const arbTrail = fc.record({
      homeRegion: fc.constantFrom(...regions),
      isMultiRegionTrail: fc.boolean()
    })
    fc.assert(
      fc.property(
        fc.array(arbTrail, { maxLength: 9 }),
        fc.constantFrom(...regions),
        fc.boolean(),
        (specs, orgHome, orgMulti) => {
          const trails = specs.map((s, i) => trail(`t${i}`, s))
          const full = regionsAtLimit(trails, { homeRegion: orgHome, multiRegion: orgMulti, counts: true })
          const count = (r: string) =>
            trails.filter((t) => t.isMultiRegionTrail || t.homeRegion === r).length +
            (orgMulti || r === orgHome ? 1 : 0)
          if (full.some((f) => f.region === EVERY_REGION)) {
            expect(regions.every((r) => count(r) >= 5)).toBe(true)
          } else {
            const known = new Set([...trails.map((t) => t.homeRegion), orgHome])
            expect(full.map((f) => f.region).sort()).toEqual([...known].filter((r) => count(r) >= 5).sort())
          }
        }
      )
    )
  })
})

describe('members.paid-copies', () => {
  it('names each trail recording management events as well as the organization trail, with commands', () => {
    const copy = trail('legacy', { managementEvents: true, isMultiRegionTrail: true })
    const p = planWith([okAccount(MEMBER, [copy, trail('data', { managementEvents: false })]), okAccount(OTHER, [])])
    const f = findingOf(p, 'members.paid-copies')
    expect(f.severity).toBe('warning')
    expect(f.detail).toMatch(/^1 trail in 1 account records management events/)
    expect(f.detail).toContain(`legacy in ${MEMBER}`)
    expect(f.remediation).toContain(`aws cloudtrail delete-trail --name ${copy.arn} --region ${REGION}`)
    expect(f.remediation).toContain(`aws cloudtrail put-event-selectors --trail-name ${copy.arn}`)
    expect(p.members?.totals).toMatchObject({ paidCopies: 1, paidCopyAccounts: 1, accounts: 2 })
  })

  it('counts the management account, but never the organization trail itself', () => {
    const org = trail(
      'org-trail',
      { isOrganizationTrail: true, isMultiRegionTrail: true, managementEvents: true },
      ACCOUNT
    )
    const own = trail('audit', { managementEvents: true }, ACCOUNT)
    const f = findingOf(planWith([okAccount(ACCOUNT, [org, own])]), 'members.paid-copies')
    expect(f.detail).toContain(`audit in ${ACCOUNT}`)
    expect(f.detail).not.toContain('org-trail in')
  })

  it('finds none when the organization trail is declared without management events', () => {
    const copy = trail('legacy', { managementEvents: true })
    const p = planWith([okAccount(MEMBER, [copy])], {
      'event-selectors': JSON.stringify([
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: false,
          DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }]
        }
      ])
    })
    expect(findingOf(p, 'members.paid-copies').severity).toBe('ok')
  })

  it('finds none for a single-region trail in a region a single-region organization trail does not record', () => {
    const copy = trail('eu', { managementEvents: true, homeRegion: 'eu-west-1' })
    const p = planWith([okAccount(MEMBER, [copy])], {
      'is-multi-region-trail': 'false',
      'include-global-service-events': 'false'
    })
    expect(findingOf(p, 'members.paid-copies').severity).toBe('ok')
  })
})

describe('members.unreachable', () => {
  const lost = (
    accountId: string,
    action: 'sts:AssumeRole' | 'cloudtrail:ListTrails',
    code: string
  ): InspectedAccount => ({
    accountId,
    name: `acct-${accountId}`,
    status: 'unreachable',
    failure: { action, code, message: 'no' }
  })

  it('summarizes by reason, never blocks, and lists attention first', () => {
    const p = planWith([
      okAccount('444444444444', []),
      lost(OTHER, 'sts:AssumeRole', 'AccessDenied'),
      lost(MEMBER, 'sts:AssumeRole', 'AccessDenied'),
      lost('555555555555', 'cloudtrail:ListTrails', 'AccessDeniedException')
    ])
    const f = findingOf(p, 'members.unreachable')
    expect(f.severity).toBe('warning')
    expect(f.detail).toMatch(
      /^3 accounts of 4 could not be inspected through the role inventory: 2 × sts:AssumeRole denied/
    )
    expect(f.detail).toContain('1 × cloudtrail:ListTrails denied (AccessDeniedException)')
    expect(f.remediation).toContain('cloudtrail:DescribeTrails, cloudtrail:GetEventSelectors, cloudtrail:ListTrails')
    expect(p.blocked).toBe(false)
    expect(p.members?.accounts.map((a) => a.accountId)).toEqual([MEMBER, OTHER, '555555555555', '444444444444'])
    expect(p.members?.unreachableByReason[0]?.count).toBe(2)
  })

  it('a list of accounts that cannot be read is a warning naming the action', () => {
    const p = plan(
      settings({ 'member-role-name': 'inventory' }),
      observed({ members: denied('organizations:ListAccounts') })
    )
    const f = findingOf(p, 'members.unreachable')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('organizations:ListAccounts was denied')
    expect(p.blocked).toBe(false)
  })

  it('all ok when every account was inspected, and no members finding without the input', () => {
    expect(findingOf(planWith([okAccount(MEMBER, [])]), 'members.unreachable').severity).toBe('ok')
    expect(plan(settings(), observed()).findings.filter((f) => f.id.startsWith('members.'))).toEqual([])
  })
})
