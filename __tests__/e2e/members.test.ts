// The member-account trail inventory, end to end: member accounts made with Organizations CreateAccount,
// each with its own role and trails, inspected through sts:AssumeRole from the management session.
import type { RequestContext } from '../../tools/aws/context.mjs'
import { seedMemberAccounts, seedMemberRole, seedMemberTrails } from '../../tools/members.mjs'
import { REGION, TEST_TIMEOUT, expectExit, findingsOf, run, seed, useWorld, type Seeded } from '../support/harness.js'

const world = useWorld()
const ROLE = 'org-trail-inventory'

interface MemberTrailOut {
  name: string
  arn: string
  homeRegion: string
  isOrganizationTrail: boolean
  isMultiRegionTrail: boolean
  managementEvents: boolean
}
interface MemberOut {
  accountId: string
  name: string
  status: 'ok' | 'unreachable'
  reason?: string
  trails: MemberTrailOut[]
}

/**
 * Six member accounts, one per case:
 * full: 4 data-only trails in the home region (5 with the organization trail); copy: a multi-region trail
 * recording management events; quiet: one data-only trail; empty: the role and no trail; norole: no role;
 * untrusted: a role that trusts another account.
 */
async function seedMembers(seeded: Seeded) {
  const endpoint = world().moto.url
  const [full, copy, quiet, empty, norole, untrusted] = await seedMemberAccounts({
    endpoint,
    region: REGION,
    count: 6,
    prefix: 'case'
  })
  if (!full || !copy || !quiet || !empty || !norole || !untrusted)
    throw new Error('CreateAccount made too few accounts')
  const trusted = seeded.managementAccountId
  for (const a of [full, copy, quiet, empty])
    await seedMemberRole({ endpoint, region: REGION, account: a.id, roleName: ROLE, trustedAccount: trusted })
  await seedMemberRole({
    endpoint,
    region: REGION,
    account: untrusted.id,
    roleName: ROLE,
    trustedAccount: '999999999999'
  })
  await seedMemberTrails({
    endpoint,
    account: full.id,
    trails: ['a', 'b', 'c', 'd'].map((n) => ({ name: `full-${n}`, managementEvents: false }))
  })
  await seedMemberTrails({
    endpoint,
    account: copy.id,
    trails: [{ name: 'legacy-all-regions', multiRegion: true, managementEvents: true }]
  })
  await seedMemberTrails({ endpoint, account: quiet.id, trails: [{ name: 'data-only', managementEvents: false }] })
  return { full, copy, quiet, empty, norole, untrusted }
}

/** Records the account and write flag of every request the proxy answers, from the AWS layer's view. */
function watchAccounts() {
  const seen: { account: string; operation: string; write: boolean }[] = []
  const watcher = {
    name: 'test-watch-accounts',
    done: (ctx: RequestContext) => void seen.push({ account: ctx.account, operation: ctx.operation, write: ctx.write })
  }
  const behaviours = world().proxy.layer?.behaviours
  if (!behaviours) throw new Error('the proxy runs without its AWS layer')
  behaviours.push(watcher)
  return {
    seen,
    stop: () => void behaviours.splice(behaviours.indexOf(watcher), 1)
  }
}

const byId = (out: MemberOut[]) => new Map(out.map((a) => [a.accountId, a]))

describe('member-account trail inventory', () => {
  it(
    'check mode: inspects every member account, finds each case, and writes nothing anywhere',
    async () => {
      const seeded = await seed(world())
      const m = await seedMembers(seeded)
      const watch = watchAccounts()
      let r
      try {
        r = await run(world(), seeded, { mode: 'check', 'member-role-name': ROLE, 'fail-on-drift': 'false' })
      } finally {
        watch.stop()
      }
      expectExit(r, 0)
      expect(r.stats.writes).toBe(0)
      expect(watch.seen.filter((s) => s.write)).toEqual([])

      const out = JSON.parse(r.outputs['member-trails'] ?? 'null') as MemberOut[]
      expect(r.outputs['member-trails-truncated']).toBe('false')
      const accounts = byId(out)
      // The management account and the six members, all active.
      expect(out).toHaveLength(7)
      expect(accounts.get(seeded.managementAccountId)).toMatchObject({ status: 'ok', trails: [] })
      expect(
        accounts
          .get(m.full.id)
          ?.trails.map((t) => t.name)
          .sort()
      ).toEqual(['full-a', 'full-b', 'full-c', 'full-d'])
      expect(accounts.get(m.full.id)?.trails.every((t) => !t.managementEvents && t.homeRegion === REGION)).toBe(true)
      expect(accounts.get(m.copy.id)).toMatchObject({
        name: m.copy.name,
        status: 'ok',
        trails: [
          {
            name: 'legacy-all-regions',
            arn: `arn:aws:cloudtrail:${REGION}:${m.copy.id}:trail/legacy-all-regions`,
            homeRegion: REGION,
            isOrganizationTrail: false,
            isMultiRegionTrail: true,
            managementEvents: true
          }
        ]
      })
      expect(accounts.get(m.quiet.id)?.trails).toMatchObject([{ name: 'data-only', managementEvents: false }])
      expect(accounts.get(m.empty.id)).toMatchObject({ status: 'ok', trails: [] })
      for (const lost of [m.norole, m.untrusted]) {
        expect(accounts.get(lost.id)).toMatchObject({ status: 'unreachable', trails: [] })
        expect(accounts.get(lost.id)?.reason).toMatch(/sts:AssumeRole denied \(AccessDenied\)/)
      }
      // Attention first: the two unreachable accounts, then the one at the limit, then the paid copy.
      expect(out.slice(0, 4).map((a) => a.accountId)).toEqual([
        ...[m.norole.id, m.untrusted.id].sort(),
        m.full.id,
        m.copy.id
      ])

      const findings = new Map(findingsOf(r).map((f) => [f.id, f]))
      expect(findings.get('members.trail-limit')).toMatchObject({ severity: 'warning' })
      expect(findings.get('members.trail-limit')?.detail).toContain(`${m.full.id} (${m.full.name}) in ${REGION}`)
      expect(findings.get('members.trail-limit')?.detail).not.toContain(m.quiet.id)
      expect(findings.get('members.paid-copies')).toMatchObject({ severity: 'warning' })
      expect(findings.get('members.paid-copies')?.detail).toMatch(/^1 trail in 1 account records/)
      expect(findings.get('members.paid-copies')?.remediation).toContain(
        `aws cloudtrail delete-trail --name arn:aws:cloudtrail:${REGION}:${m.copy.id}:trail/legacy-all-regions --region ${REGION}`
      )
      expect(findings.get('members.unreachable')).toMatchObject({ severity: 'warning' })
      expect(findings.get('members.unreachable')?.detail).toMatch(/^2 accounts of 7 could not be inspected/)
      // Never a blocker: the organization trail does not depend on the inventory.
      expect(r.outputs.status).toBe('drift')

      // Each member session is named after the run, and assumed from the management session.
      const assumed = world()
        .proxy.aws()
        .filter((q) => q.operation === 'AssumeRole')
      expect(assumed).toHaveLength(6)
      expect(r.summary).toContain('### Member accounts')
      expect(r.summary).toMatch(/\*\*7\*\* active accounts inspected/)
      expect(r.summary).toContain('need nothing</summary>')
    },
    TEST_TIMEOUT
  )

  it(
    'apply mode: the trail is created in the management account and no member account sees a write',
    async () => {
      const seeded = await seed(world())
      const m = await seedMembers(seeded)
      const watch = watchAccounts()
      let r
      try {
        r = await run(world(), seeded, { 'member-role-name': ROLE })
      } finally {
        watch.stop()
      }
      expectExit(r, 0)
      expect(r.outputs.status).toBe('created')
      const members = new Set(Object.values(m).map((a) => a.id))
      expect(watch.seen.filter((s) => s.write && members.has(s.account))).toEqual([])
      expect(watch.seen.filter((s) => s.write).every((s) => s.account === seeded.managementAccountId)).toBe(true)
      const out = JSON.parse(r.outputs['member-trails'] ?? 'null') as MemberOut[]
      expect(out).toHaveLength(7)
    },
    TEST_TIMEOUT
  )

  it(
    'without member-role-name nothing of the inventory happens',
    async () => {
      const seeded = await seed(world())
      const r = await run(world(), seeded, { mode: 'check', 'fail-on-drift': 'false' })
      expectExit(r, 0)
      expect(r.outputs['member-trails']).toBeUndefined()
      expect(Object.keys(r.stats.byOperation)).not.toContain('ListAccounts')
      expect(Object.keys(r.stats.byOperation)).not.toContain('AssumeRole')
      expect(findingsOf(r).filter((f) => f.id.startsWith('members.'))).toEqual([])
    },
    TEST_TIMEOUT
  )
})
