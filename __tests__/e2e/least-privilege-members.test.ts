// Least privilege of the member-account inventory, proven against moto:
// 1. without enforcement: every request needs an action of the table; the management session sends only
//    what the check policy and the inventory addition grant, each member session only the member role's;
// 2. under moto's IAM enforcement: the README's check policy plus its inventory addition, and the member
//    role's policy in each member account, are enough; sts:AssumeRole scoped to another role name is not;
//    and taking any one inventory action out makes the inventory name it.
// moto checks sts:AssumeRole against the role ARN itself (its STS names the RoleArn as the resource), so the
// role-name scoping of the README's policy is really tested; other services are checked on "*" only.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { IAM_ACTIONS, actionsFor, inventoryActionsFor, type IamAction } from '../../src/aws/actions.js'
import type { RequestContext } from '../../tools/aws/context.mjs'
import { seedMemberAccounts, seedMemberRole, seedMemberTrails } from '../../tools/members.mjs'
import { repoRoot } from '../../tools/util.mjs'
import {
  REGION,
  TEST_TIMEOUT,
  expectExit,
  explainRun,
  findingsOf,
  run,
  type Run,
  type Seeded
} from '../support/harness.js'
import {
  actionsDenied,
  fresh,
  iamActionOf,
  isTableAction,
  outsidePolicy,
  policyWithout,
  runEnforced,
  useServers
} from '../support/least-privilege.js'

const world = useServers()
const ROLE = 'org-trail-inventory'
const INPUTS = { mode: 'check', 'member-role-name': ROLE, 'fail-on-drift': 'false' }

interface Statement {
  Sid?: string
  Effect: string
  Action: string[]
  Resource: string
}
interface PolicyDocument {
  Version: string
  Statement: Statement[]
}

const script = (...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'iam-policy.mjs'), ...args], { encoding: 'utf8' })
  ) as PolicyDocument

/** Takes one action out of a policy (and the statements left empty). */
function without(policy: PolicyDocument, action?: string): PolicyDocument {
  return {
    ...policy,
    Statement: policy.Statement.map((s) => ({ ...s, Action: s.Action.filter((a) => a !== action) })).filter(
      (s) => s.Action.length > 0
    )
  }
}

/** The check policy with the inventory addition for `roleName`, as the README shows them. */
function managementPolicy(removed?: string, roleName = ROLE): PolicyDocument {
  const check = policyWithout('check')
  return without({ ...check, Statement: [...check.Statement, ...script('inventory', roleName).Statement] }, removed)
}

interface Members {
  seeded: Seeded
  /** A member with a trail of its own (so every member action is sent for it) and one with none. */
  withTrail: string
  empty: string
}

/** A clean moto: the organization and two member accounts, each with the member role and its policy. */
async function seedWorld(memberPolicy: PolicyDocument = script('member-role')): Promise<Members> {
  const w = world()
  const { seeded } = await fresh(w, false)
  const endpoint = w.moto.url
  const [withTrail, empty] = await seedMemberAccounts({ endpoint, region: REGION, count: 2 })
  if (!withTrail || !empty) throw new Error('CreateAccount made too few accounts')
  for (const a of [withTrail, empty])
    await seedMemberRole({
      endpoint,
      region: REGION,
      account: a.id,
      roleName: ROLE,
      trustedAccount: seeded.managementAccountId,
      policy: memberPolicy
    })
  await seedMemberTrails({ endpoint, account: withTrail.id, trails: [{ name: 'own', managementEvents: true }] })
  return { seeded, withTrail: withTrail.id, empty: empty.id }
}

interface MemberOut {
  accountId: string
  status: string
  reason?: string
}
const membersOf = (r: Run) => JSON.parse(r.outputs['member-trails'] ?? '[]') as MemberOut[]

describe('the inventory sends only what its policies grant', () => {
  it(
    'the management session: the check policy and the inventory addition; each member session: the member role',
    async () => {
      const w = world()
      const m = await seedWorld()
      const seen: { account: string; action: string }[] = []
      const watcher = {
        name: 'test-watch',
        done: (ctx: RequestContext) =>
          void seen.push({ account: ctx.account, action: iamActionOf(ctx.service, ctx.operation) })
      }
      w.proxy.layer?.behaviours.push(watcher)
      let r: Run
      try {
        r = await run(w, m.seeded, INPUTS)
      } finally {
        w.proxy.layer?.behaviours.splice(w.proxy.layer.behaviours.indexOf(watcher), 1)
      }
      expectExit(r, 0)
      expect(membersOf(r).every((a) => a.status === 'ok')).toBe(true)
      const management = new Set([...actionsFor('check'), ...inventoryActionsFor('management'), ...outsidePolicy()])
      const member = new Set<string>(inventoryActionsFor('member'))
      const problems = seen.flatMap(({ account, action }) => {
        if (!isTableAction(action)) return [`${action} is not in IAM_ACTIONS`]
        const allowed = account === m.seeded.managementAccountId ? management : member
        return allowed.has(action) ? [] : [`${action} sent in account ${account} is not in its policy`]
      })
      expect([...new Set(problems)]).toEqual([])
      // Every inventory action is used.
      const used = new Set(seen.map((s) => s.action))
      const inventory = (Object.keys(IAM_ACTIONS) as IamAction[]).filter((a) =>
        (IAM_ACTIONS[a] as { inventory?: readonly string[] }).inventory?.length ? true : false
      )
      expect(inventory.filter((a) => !used.has(a))).toEqual([])
    },
    TEST_TIMEOUT
  )
})

describe('the inventory under moto IAM enforcement', () => {
  it(
    "the README's policies are enough: every account inspected, nothing denied, nothing written",
    async () => {
      const m = await seedWorld()
      const r = await runEnforced(world(), m.seeded, managementPolicy(), INPUTS)
      expectExit(r, 0)
      expect(actionsDenied(world())).toEqual([])
      expect(r.stats.writes).toBe(0)
      const out = membersOf(r)
      expect(out.map((a) => [a.accountId, a.status]).sort()).toEqual(
        [
          [m.seeded.managementAccountId, 'ok'],
          [m.withTrail, 'ok'],
          [m.empty, 'ok']
        ].sort()
      )
      expect(findingsOf(r).find((f) => f.id === 'members.paid-copies')?.severity).toBe('warning')
    },
    TEST_TIMEOUT
  )

  it(
    'sts:AssumeRole granted on another role name only: every member is unreachable with AssumeRole denied',
    async () => {
      const m = await seedWorld()
      const r = await runEnforced(world(), m.seeded, managementPolicy(undefined, 'SomeOtherRole'), INPUTS)
      expectExit(r, 0)
      expect(actionsDenied(world())).toEqual(['sts:AssumeRole'])
      const lost = membersOf(r).filter((a) => a.status === 'unreachable')
      expect(lost.map((a) => a.accountId).sort()).toEqual([m.withTrail, m.empty].sort())
      expect(lost.every((a) => /^sts:AssumeRole denied \(AccessDenied\)/.test(a.reason ?? ''))).toBe(true)
    },
    TEST_TIMEOUT
  )

  it.each(inventoryActionsFor('management'))(
    'without %s in the management policy the inventory names it, and the run goes on',
    async (action) => {
      const m = await seedWorld()
      const r = await runEnforced(world(), m.seeded, managementPolicy(action), INPUTS)
      expectExit(r, 0)
      expect(actionsDenied(world())).toEqual([action])
      const unreachable = findingsOf(r).find((f) => f.id === 'members.unreachable')
      expect(unreachable?.severity).toBe('warning')
      if (!unreachable?.detail.includes(action))
        throw new Error(`members.unreachable does not name ${action}\n${explainRun(r)}`)
    },
    TEST_TIMEOUT
  )

  it.each(inventoryActionsFor('member'))(
    'without %s in the member role the account with a trail is unreachable, naming it',
    async (action) => {
      const m = await seedWorld(without(script('member-role'), action))
      const r = await runEnforced(world(), m.seeded, managementPolicy(), INPUTS)
      expectExit(r, 0)
      expect(actionsDenied(world())).toEqual([action])
      const account = membersOf(r).find((a) => a.accountId === m.withTrail)
      expect(account?.status).toBe('unreachable')
      expect(account?.reason).toContain(action)
    },
    TEST_TIMEOUT
  )
})
