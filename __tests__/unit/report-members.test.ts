// The inventory in the job summary and the member-trails output: bounded, attention first.
import type { InspectedAccount } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import type { MembersReview } from '../../src/plan/types.js'
import { SUMMARY_ATTENTION_ROWS, memberOutputs, renderMembers } from '../../src/report/members.js'
import { REGION, observed, ok, settings } from '../support/fixtures.js'

function review(accounts: InspectedAccount[]): MembersReview {
  const p = plan(
    settings({ 'member-role-name': 'inventory' }),
    observed({ members: ok({ roleName: 'inventory', accounts }) })
  )
  if (!p.members) throw new Error('no inventory in the plan')
  return p.members
}

const id = (i: number) => String(200000000000 + i)
const quiet = (i: number): InspectedAccount => ({ accountId: id(i), name: `quiet-${i}`, status: 'ok', trails: [] })
const lost = (i: number): InspectedAccount => ({
  accountId: id(i),
  name: `lost-${i}`,
  status: 'unreachable',
  failure: { action: 'sts:AssumeRole', code: 'AccessDenied', message: 'no' }
})
const copying = (i: number): InspectedAccount => ({
  accountId: id(i),
  name: `copy-${i}`,
  status: 'ok',
  trails: [
    {
      name: 'legacy',
      arn: `arn:aws:cloudtrail:${REGION}:${id(i)}:trail/legacy`,
      homeRegion: REGION,
      isOrganizationTrail: false,
      isMultiRegionTrail: true,
      managementEvents: true
    }
  ]
})

describe('member-trails output', () => {
  it('gives every account with its own trails, attention first', () => {
    const out = memberOutputs(review([quiet(1), copying(2), lost(3)]))
    expect(out['member-trails-truncated']).toBe('false')
    const parsed = JSON.parse(out['member-trails'] ?? '') as { accountId: string; status: string; reason?: string }[]
    expect(parsed.map((a) => a.accountId)).toEqual([id(3), id(2), id(1)])
    expect(parsed[0]).toMatchObject({ status: 'unreachable', name: 'lost-3', trails: [] })
    expect(parsed[0]?.reason).toContain('sts:AssumeRole denied (AccessDenied)')
    expect(parsed[1]).toEqual({
      accountId: id(2),
      name: 'copy-2',
      status: 'ok',
      trails: [
        {
          name: 'legacy',
          arn: `arn:aws:cloudtrail:${REGION}:${id(2)}:trail/legacy`,
          homeRegion: REGION,
          isOrganizationTrail: false,
          isMultiRegionTrail: true,
          managementEvents: true
        }
      ]
    })
    expect(parsed[2]).not.toHaveProperty('reason')
  })

  it('stays under the byte bound, keeps valid JSON, says it was cut, and keeps attention first', () => {
    const r = review([...Array.from({ length: 50 }, (_, i) => quiet(i)), lost(99)])
    const full = memberOutputs(r)['member-trails'] ?? ''
    const cut = memberOutputs(r, 600)
    const text = cut['member-trails'] ?? ''
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(600)
    expect(Buffer.byteLength(full)).toBeGreaterThan(600)
    expect(cut['member-trails-truncated']).toBe('true')
    const parsed = JSON.parse(text) as { accountId: string }[]
    expect(parsed.length).toBeGreaterThan(0)
    expect(parsed[0]?.accountId).toBe(id(99))
  })

  it('holds 10,000 accounts under GitHub 1 MB per output', () => {
    const r = review(Array.from({ length: 10_000 }, (_, i) => copying(i)))
    const out = memberOutputs(r)
    expect(Buffer.byteLength(out['member-trails'] ?? '')).toBeLessThanOrEqual(1_000_000)
    expect(out['member-trails-truncated']).toBe('true')
  })
})

describe('Member accounts summary section', () => {
  it('shows totals, the accounts that need attention, and folds the rest', () => {
    const md = renderMembers(review([quiet(1), quiet(2), copying(3), lost(4)]))
    expect(md).toContain('### Member accounts')
    expect(md).toMatch(/\*\*4\*\* active accounts inspected through the role `inventory`/)
    expect(md).toContain('**1** unreachable')
    expect(md).toContain('- 1 × sts:AssumeRole denied (AccessDenied)')
    const [attention, folded] = md.split('<details>')
    expect(attention).toContain(id(4))
    expect(attention).toContain('1 paid copy: legacy')
    expect(attention).not.toContain(id(1))
    expect(folded).toContain('✅ 2 accounts need nothing')
    expect(folded).toContain(id(1))
  })

  it('bounds its tables and points at the output for the rest', () => {
    const md = renderMembers(review(Array.from({ length: SUMMARY_ATTENTION_ROWS + 5 }, (_, i) => lost(i))))
    expect(md).toContain('…and 5 more: see the `member-trails` output.')
    expect(md.split('\n').filter((l) => l.startsWith('| `')).length).toBe(SUMMARY_ATTENTION_ROWS)
  })

  it('says when the account list could not be read', () => {
    const p = plan(
      settings({ 'member-role-name': 'inventory' }),
      observed({
        members: {
          ok: false,
          failure: { action: 'organizations:ListAccounts', code: 'AccessDeniedException', message: '' }
        }
      })
    )
    expect(renderMembers(p.members as MembersReview)).toContain('could not be listed')
  })
})
