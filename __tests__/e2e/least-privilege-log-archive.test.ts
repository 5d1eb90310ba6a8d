// Least privilege of the Log Archive layout (log-archive-role-arn), proven against moto:
// 1. without enforcement: the management session sends only what its mode's policy and the Log Archive
//    addition grant, the Log Archive session only what the Log Archive role's policy grants;
// 2. under moto's IAM enforcement: the README's policies (the mode's, with the addition, for the management
//    role; the Log Archive role's in that account) are enough in check and apply mode; sts:AssumeRole
//    granted on another role than log-archive-role-arn is not.
// moto checks sts:AssumeRole against the role ARN (its STS names the RoleArn as the resource), so the
// scoping of the addition is really tested; other services are checked on "*" only.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { actionsFor, logArchiveActionsFor, logArchiveAdditionActions } from '../../src/aws/actions.js'
import type { RequestContext } from '../../tools/aws/context.mjs'
import { repoRoot } from '../../tools/util.mjs'
import { TEST_TIMEOUT, expectExit, explainRun, run, type Run } from '../support/harness.js'
import {
  MOTO_S3_NAMES,
  actionsDenied,
  iamActionOf,
  isTableAction,
  motoAuth,
  outsidePolicy,
  policyWithout,
  runEnforced,
  useServers,
  type Mode
} from '../support/least-privilege.js'
import { archiveInputs, archiveStatements, logArchiveWorld } from '../support/log-archive.js'

const world = useServers()

interface PolicyDocument {
  Version: string
  Statement: { Sid?: string; Effect: string; Action: string[]; Resource: string }[]
}

const script = (...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'iam-policy.mjs'), ...args], { encoding: 'utf8' })
  ) as PolicyDocument

/** The mode's policy with what log-archive-role-arn adds, scoped to `roleArn`, as the README shows them. */
function managementPolicy(mode: Mode, roleArn: string): PolicyDocument {
  const policy = policyWithout(mode)
  return { ...policy, Statement: [...policy.Statement, ...script('log-archive-addition', roleArn).Statement] }
}

/** The Log Archive role's README policy for a mode, with moto's S3 naming (as the management one has). */
function logArchivePolicy(mode: Mode): PolicyDocument {
  const policy = script('log-archive-role', mode)
  return { ...policy, Statement: [...policy.Statement, MOTO_S3_NAMES] }
}

/** A clean moto with the organization, and its Log Archive account holding the bucket and the role. */
async function seedWorld(mode: Mode, options: Parameters<typeof logArchiveWorld>[1] = {}) {
  const w = world()
  await motoAuth(w, 'inf')
  await w.moto.reset()
  w.proxy.layer?.forget()
  return logArchiveWorld(w, { rolePolicy: logArchivePolicy(mode), ...options })
}

const inputsFor = (mode: Mode, archive: Awaited<ReturnType<typeof seedWorld>>['archive']) =>
  archiveInputs(archive, { role: true }, { mode, 'fail-on-drift': 'false' })

describe('with log-archive-role-arn, each session sends only what its policy grants', () => {
  it.each(['check', 'apply'] as const)(
    '%s mode: the management session its policy and the addition; the Log Archive session its role',
    async (mode) => {
      const w = world()
      const { seeded, archive } = await seedWorld(mode, { bucketPolicy: 'none' })
      const seen: { account: string; action: string }[] = []
      const watcher = {
        name: 'test-watch',
        done: (ctx: RequestContext) =>
          void seen.push({ account: ctx.account, action: iamActionOf(ctx.service, ctx.operation) })
      }
      w.proxy.layer?.behaviours.push(watcher)
      let r: Run
      try {
        r = await run(w, seeded, inputsFor(mode, archive))
      } finally {
        w.proxy.layer?.behaviours.splice(w.proxy.layer.behaviours.indexOf(watcher), 1)
      }
      expectExit(r, 0)
      const management = new Set<string>([...actionsFor(mode), ...logArchiveAdditionActions(), ...outsidePolicy()])
      const logArchive = new Set<string>(logArchiveActionsFor(mode))
      const problems = seen.flatMap(({ account, action }) => {
        if (!isTableAction(action)) return [`${action} is not in IAM_ACTIONS`]
        const allowed = account === archive.accountId ? logArchive : management
        return allowed.has(action) ? [] : [`${action} sent in account ${account} is not in its policy`]
      })
      expect([...new Set(problems)]).toEqual([])
      // The bucket is reached only through the Log Archive session.
      const s3Elsewhere = seen.filter((s) => s.action.startsWith('s3:') && s.account !== archive.accountId)
      expect(s3Elsewhere).toEqual([])
      expect(seen.some((s) => s.account === archive.accountId && s.action === 's3:GetBucketPolicy')).toBe(true)
    },
    TEST_TIMEOUT
  )
})

describe('with log-archive-role-arn, under moto IAM enforcement', () => {
  it(
    "check mode: the README's policies are enough; nothing denied, nothing written",
    async () => {
      const { seeded, archive } = await seedWorld('check', { bucketPolicy: 'none' })
      const r = await runEnforced(
        world(),
        seeded,
        managementPolicy('check', archive.roleArn),
        inputsFor('check', archive)
      )
      expectExit(r, 0)
      expect(actionsDenied(world())).toEqual([])
      expect(r.stats.writes).toBe(0)
    },
    TEST_TIMEOUT
  )

  it(
    "apply mode: the README's policies are enough to merge the policy in the Log Archive account and create the trail",
    async () => {
      const { seeded, archive } = await seedWorld('apply', { bucketPolicy: 'none' })
      const r = await runEnforced(
        world(),
        seeded,
        managementPolicy('apply', archive.roleArn),
        inputsFor('apply', archive)
      )
      if (r.outputs.status !== 'created') throw new Error(`not created\n${explainRun(r)}`)
      expect(actionsDenied(world())).toEqual([])
      const sids = (await archiveStatements(world(), archive)).map((s) => s.Sid)
      expect(sids).toEqual(expect.arrayContaining(['OrgTrailAclCheck', 'OrgTrailWrite']))
    },
    TEST_TIMEOUT
  )

  it(
    'without s3:GetBucketPolicy in the Log Archive role, check fails naming it: the role is what moto enforces there',
    async () => {
      const policy = logArchivePolicy('check')
      policy.Statement = policy.Statement.map((st) => ({
        ...st,
        Action: st.Action.filter((a) => a !== 's3:GetBucketPolicy')
      }))
      const { seeded, archive } = await seedWorld('check', { rolePolicy: policy })
      const r = await runEnforced(
        world(),
        seeded,
        managementPolicy('check', archive.roleArn),
        inputsFor('check', archive)
      )
      expectExit(r, 1)
      expect(actionsDenied(world())).toEqual(['s3:GetBucketPolicy'])
      expect(r.annotations.some((a) => a.message.includes('s3:GetBucketPolicy'))).toBe(true)
    },
    TEST_TIMEOUT
  )

  it(
    'sts:AssumeRole granted on another role only: the run fails saying it cannot assume the Log Archive role',
    async () => {
      const { seeded, archive } = await seedWorld('check')
      const other = archive.roleArn.replace(/role\/.*$/, 'role/SomeOtherRole')
      const r = await runEnforced(world(), seeded, managementPolicy('check', other), inputsFor('check', archive))
      expectExit(r, 1)
      expect(actionsDenied(world())).toEqual(['sts:AssumeRole'])
      const error = r.annotations.find((a) => a.level === 'error')
      expect(error?.title).toBe('Cannot assume the Log Archive role')
      expect(error?.message).toContain(archive.roleArn)
      expect(r.stats.writes).toBe(0)
    },
    TEST_TIMEOUT
  )
})
