// Log verification end to end (issue 22): the bundled action, started as the runner starts it, verifies an
// organization trail's logs as the harness generates them (tools/cloudtrail-logs.mjs, with the cases of
// tools/cloudtrail-scenarios.mjs), and its verdict for each account and region is compared with the real
// AWS CLI's `validate-logs` there: a case where they disagree fails. The action sees more than the CLI (it
// judges time as well as links, and freshness): the case says which of its problems the CLI is blind to.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setEnabledRegions } from '../../tools/aws/account-regions.mjs'
import { cliProblems, ensureAwsCli, validateLogsWithCli, type CliValidation } from '../../tools/awscli.mjs'
import { CloudTrailClient, UpdateTrailCommand } from '@aws-sdk/client-cloudtrail'
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import {
  generateCloudTrailLogs,
  seedOrganizationTrail,
  type GeneratedLogs,
  type TrailSpec
} from '../../tools/cloudtrail-logs.mjs'
import { writeScenarios, type ScenarioName, type WrittenScenario } from '../../tools/cloudtrail-scenarios.mjs'
import { inPool, seedMemberAccounts } from '../../tools/members.mjs'
import { startMoto } from '../../tools/moto.mjs'
import { startTokenServer } from '../../tools/oidc.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { credentials, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { shardOf } from '../../src/integrity/shard.js'
import { expectExit, run, type Seeded, type World } from '../support/harness.js'

/** The CLI's pip install on a first run, moto, the generation and the CLI's runs on a loaded machine. */
const SETUP_TIMEOUT = 600_000
const HOURS = 6
const REGIONS = ['us-east-1', 'eu-west-1']
const PREFIX = 'org-logs'

interface Problem {
  readonly account: string
  readonly region: string
  readonly kind: string
  readonly key: string
}
interface LogIntegrityReport {
  readonly verdict: string
  readonly problems: Problem[]
  readonly unreadable: { account: string; region: string; key: string; action: string; code: string }[]
  readonly loggingOff: { account: string; region: string; from: string; to: string }[]
  readonly counts: { accountRegions: number; digests: { valid: number; invalid: number }; logFiles: { valid: number } }
  /** The run's failures (the report's, beside logIntegrity). */
  readonly failures: string[]
}

let world: World

beforeAll(async () => {
  await ensureAwsCli()
  const moto = await startMoto()
  const [proxy, oidc] = await Promise.all([startProxy({ target: moto.url }), startTokenServer()])
  world = { moto, proxy, oidc }
}, SETUP_TIMEOUT)
afterAll(async () => {
  if (!world) return
  await Promise.allSettled([world.proxy.stop(), world.oidc.stop()])
  await world.moto.stop()
})

/** A fresh organization of `members` + 1 accounts, its trail logging into a bucket under a prefix, a role. */
async function organization(members: number): Promise<{ seeded: Seeded; accounts: string[]; trail: TrailSpec }> {
  await world.moto.reset()
  world.proxy.layer?.forget()
  const endpoint = world.moto.url
  const { orgId, managementAccountId } = await seedOrganization({ endpoint })
  const created = await seedMemberAccounts({ endpoint, count: members })
  const trail = await seedOrganizationTrail({ endpoint, organizationId: orgId, managementAccountId, prefix: PREFIX })
  const roleArn = await seedRole({ endpoint, region: 'us-east-1' })
  // Only the regions the logs are generated in are enabled, so that no other region is (rightly) stale.
  setEnabledRegions(world.proxy.layer, managementAccountId, REGIONS)
  return {
    seeded: { orgId, managementAccountId, roleArn },
    accounts: [managementAccountId, ...created.map((m) => m.id)],
    trail
  }
}

/** The action in check mode, verifying the generated window's logs; its report kept where the test reads it. */
async function verify(seeded: Seeded, inputs: Record<string, string> = {}) {
  const reportPath = path.join(await mkdtemp(path.join(tmpdir(), 'org-trail-logs-')), 'report.json')
  const r = await run(world, seeded, {
    mode: 'check',
    's3-key-prefix': PREFIX,
    'fail-on-drift': 'false',
    'verify-logs': `${HOURS}h`,
    'report-path': reportPath,
    ...inputs
  })
  return { ...r, reportPath }
}

async function reportOf(r: { reportPath: string; stdout: string }): Promise<LogIntegrityReport> {
  const report = JSON.parse(await readFile(r.reportPath, 'utf8')) as {
    logIntegrity?: LogIntegrityReport
    failures: string[]
  }
  if (!report.logIntegrity) throw new Error(`no logIntegrity in the report:\n${r.stdout}`)
  return { ...report.logIntegrity, failures: report.failures }
}

const cli = (logs: GeneratedLogs, account: string, region: string) =>
  validateLogsWithCli({
    endpoint: world.proxy.url,
    trailArn: logs.trailArn,
    accountId: account,
    region,
    start: logs.start,
    end: logs.end
  })

const byKey = (a: Problem, b: Problem) => a.key.localeCompare(b.key)
const chainOf = (p: { account: string; region: string }) => `${p.account}/${p.region}`
const without = (p: Problem): Problem => ({ account: p.account, region: p.region, kind: p.kind, key: p.key })

/** The integrity verdict of one account and region: what validate-logs judges (freshness is not its). */
const integrity = (problems: readonly Problem[]) => (problems.some((p) => p.kind !== 'stale') ? 'invalid' : 'valid')
const cliVerdict = (r: CliValidation) =>
  r.exitCode === 1 ? 'invalid' : r.exitCode === 0 ? 'valid' : `error ${r.error}`

// Every case of the test AWS but logging-stopped (its own window, below), each in its own account
// and region of one window; account-joined takes its whole account. One chain stays intact.
const CASES: ScenarioName[] = [
  'intact',
  'log-file-altered',
  'log-file-deleted',
  'digest-deleted',
  'digests-deleted',
  'digest-signature-invalid',
  'digest-moved',
  'digest-unlisted-key',
  'digest-chain-gap',
  'region-stale',
  'backfill',
  'backfill-log-file-altered',
  'account-joined'
]

describe('every case, each in its own account and region, against validate-logs', () => {
  let action: Awaited<ReturnType<typeof verify>>
  let report: LogIntegrityReport
  let scenarios: WrittenScenario[]
  const clis = new Map<ScenarioName, CliValidation>()

  beforeAll(async () => {
    const { seeded, accounts, trail } = await organization(7)
    const chains = accounts.flatMap((account) => REGIONS.map((region) => ({ account, region })))
    const cases = CASES.map((name, i) => ({ name, ...(name === 'account-joined' ? chains.at(-1)! : chains[i]!) }))
    const written = await writeScenarios(
      { endpoint: world.moto.url, trail, accounts, regions: REGIONS, hours: HOURS, layer: world.proxy.layer },
      cases
    )
    scenarios = written.scenarios
    action = await verify(seeded)
    report = await reportOf(action)
    const results = await inPool(scenarios, 3, (s) => cli(written.logs, s.target.account, s.target.region))
    scenarios.forEach((s, i) => clis.set(s.name, results[i] as CliValidation))
  }, SETUP_TIMEOUT)

  test.each(CASES)("%s: the action's verdict for its account and region is validate-logs'", (name) => {
    const scenario = scenarios.find((s) => s.name === name)!
    const result = clis.get(name)!
    const mine = report.problems.filter((p) => chainOf(p) === chainOf(scenario.target)).map(without)
    const blind = new Set(scenario.cliBlind.map((p) => p.key))
    const seen = mine.filter((p) => !blind.has(p.key))
    // The verdict: invalid for both, or valid for both, on what the CLI can see (it follows links and knows
    // no time: a stale region, an hour no digest covers are valid to it; the action is stricter there).
    expect({ name, action: integrity(seen), cli: cliVerdict(result) }).toEqual({
      name,
      action: cliVerdict(result),
      cli: cliVerdict(result)
    })
    // File by file: every digest and log file the CLI fails, the action reports, of the same kind; what
    // the action reports beyond that is what the case says the CLI cannot see.
    expect(seen.sort(byKey)).toEqual(cliProblems(result, scenario.target))
    // And the action reports the case completely, nothing more.
    expect(mine.sort(byKey)).toEqual(scenario.problems.map(without).sort(byKey))
  })

  test('no case leaks into another account or region, and nothing is unreadable', () => {
    const expected = scenarios.flatMap((s) => s.problems.map(without))
    expect(report.problems.map(without).sort(byKey)).toEqual(expected.sort(byKey))
    expect(report.unreadable).toEqual([])
    expect(report.counts.accountRegions).toBe(16)
  })

  test('the run: log-integrity invalid, the step fails, the summary shows the verdict and the first problems', () => {
    expectExit(action, 1)
    expect(action.outputs['log-integrity']).toBe('invalid')
    expect(report.verdict).toBe('invalid')
    expect(action.summary).toContain('**Logs (6h):** ❌ invalid · 8 accounts × 2 regions')
    const first = report.problems[0]!
    expect(action.summary).toContain(first.key)
    expect(action.annotations).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'error', title: 'Log integrity: invalid' })])
    )
    // Reads only: check mode wrote nothing, and verification sends no write either.
    expect(action.stats.writes).toBe(0)
  })
})

describe('logging stopped for three hours', () => {
  test(
    'is a period off in every account and region, not a problem: valid, as validate-logs says',
    async () => {
      const { seeded, accounts, trail } = await organization(1)
      const { logs, scenarios } = await writeScenarios(
        { endpoint: world.moto.url, trail, accounts, regions: REGIONS, hours: HOURS },
        [
          { name: 'logging-stopped', account: String(accounts[0]), region: 'us-east-1' },
          { name: 'intact', account: String(accounts[1]), region: 'eu-west-1' }
        ]
      )
      const r = await verify(seeded)
      const report = await reportOf(r)
      expect(report.problems).toEqual([])
      expect(report.verdict).toBe('valid')
      expect(r.outputs['log-integrity']).toBe('valid')
      expectExit(r, 0)
      // The same periods the generator stopped logging for, in every chain.
      const off = scenarios[0]!.loggingOff.map((g) => ({ ...g, from: g.from.toISOString(), to: g.to.toISOString() }))
      expect(report.loggingOff.sort((a, b) => chainOf(a).localeCompare(chainOf(b)))).toEqual(
        off.sort((a, b) => chainOf(a).localeCompare(chainOf(b)))
      )
      expect(off).toHaveLength(accounts.length * REGIONS.length)
      for (const s of scenarios) {
        const result = await cli(logs, s.target.account, s.target.region)
        expect(cliVerdict(result)).toBe('valid')
        expect(result.gaps).toHaveLength(1)
      }
    },
    SETUP_TIMEOUT
  )
})

describe('what cannot be read', () => {
  test(
    'log files under a KMS key the role may not use: unverified, naming kms:Decrypt, never tampering; the run goes on',
    async () => {
      const { seeded, accounts, trail } = await organization(1)
      const endpoint = world.moto.url
      // A key whose policy lets CloudTrail encrypt and an administrator role manage it: not the run's role.
      const { KeyMetadata } = await new KMSClient({ endpoint, region: 'us-east-1', credentials }).send(
        new CreateKeyCommand({
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${seeded.managementAccountId}:role/key-admin` },
                Action: 'kms:*',
                Resource: '*'
              },
              {
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 'kms:GenerateDataKey*',
                Resource: '*'
              }
            ]
          })
        })
      )
      const keyArn = String(KeyMetadata?.Arn)
      await new CloudTrailClient({ endpoint, region: 'us-east-1', credentials }).send(
        new UpdateTrailCommand({ Name: trail.name, KmsKeyId: keyArn })
      )
      await generateCloudTrailLogs({ endpoint, trail, accounts, regions: REGIONS, hours: 3, kmsKeyId: keyArn })
      const r = await verify(seeded, { 'kms-key-id': keyArn, 'verify-logs': '3h' })
      const report = await reportOf(r)
      expect(report.problems).toEqual([])
      expect(report.verdict).toBe('unverified')
      expect(r.outputs['log-integrity']).toBe('unverified')
      // Every digest (SSE-S3) verified; every log file refused, each named as what it is.
      expect(report.counts.digests.invalid).toBe(0)
      expect(report.counts.digests.valid).toBeGreaterThan(0)
      expect(report.counts.logFiles.valid).toBe(0)
      expect(new Set(report.unreadable.map((u) => `${u.action} ${u.code}`))).toEqual(
        new Set(['kms:Decrypt AccessDenied'])
      )
      expect(report.unreadable.length).toBeGreaterThan(0)
      expectExit(r, 1)
      const logFailure = (f: string) => f.startsWith('The logs could not')
      expect(report.failures.filter(logFailure)).toEqual([expect.stringContaining('(kms:Decrypt)')])

      // The key policy lacks CloudTrail's statements too: a blocker of the trail checks, not of the logs.
      const lenient = await verify(seeded, {
        'kms-key-id': keyArn,
        'verify-logs': '3h',
        'fail-on-log-integrity': 'false'
      })
      expect(lenient.outputs['log-integrity']).toBe('unverified')
      expect((await reportOf(lenient)).failures.filter(logFailure)).toEqual([])
    },
    SETUP_TIMEOUT
  )
})

describe('a matrix of jobs (accounts-shard) and its roll-up', () => {
  test(
    'each job verifies its part of the accounts; summarize combines them, and fails when a job is missing',
    async () => {
      const { seeded, accounts, trail } = await organization(5)
      await generateCloudTrailLogs({ endpoint: world.moto.url, trail, accounts, regions: REGIONS, hours: 2 })
      const jobs = [await verify(seeded, { 'accounts-shard': '1/2', 'verify-logs': '2h' })]
      jobs.push(await verify(seeded, { 'accounts-shard': '2/2', 'verify-logs': '2h' }))
      const parts = await Promise.all(jobs.map(reportOf))
      for (const [i, job] of jobs.entries()) {
        expectExit(job, 0)
        expect(job.outputs['log-integrity']).toBe('valid')
        expect(parts[i]!.problems).toEqual([])
      }
      // Every account in exactly one job: the one its id hashes to (moto's ids are random, so a job may
      // get none of the six; the split must still be the hash's, and the sum every account).
      const verified = parts.map((p) => p.counts.accountRegions / REGIONS.length)
      expect(verified.reduce((a, b) => a + b, 0)).toBe(accounts.length)
      expect(verified).toEqual([1, 2].map((job) => accounts.filter((a) => shardOf(a, 2) === job).length))

      const rollup = await run(world, null, {
        mode: 'summarize',
        reports: jobs.map((j) => j.reportPath).join('\n')
      })
      expectExit(rollup, 0)
      expect(rollup.stats.total).toBe(0)
      expect(rollup.summary).toContain('### Log integrity')
      expect(rollup.summary).toMatch(new RegExp(`\\| ✅ valid \\| 2/2 \\| ${accounts.length} \\|`))

      const partial = await run(world, null, { mode: 'summarize', reports: jobs[0]!.reportPath })
      expectExit(partial, 1)
      expect(partial.summary).toContain('accounts-shard 2/2 are missing')
    },
    SETUP_TIMEOUT
  )
})

describe('bad input', () => {
  test.each([
    ['verify-logs', '100d', 'must be at most 90d'],
    ['verify-logs', '24', 'must be a window of whole hours or days'],
    ['accounts-shard', '3/2', 'must be "i/n"'],
    ['verify-log-files', 'some', 'must be "all" or "none"']
  ])('%s: %s is an input error naming it, before any AWS request', async (input, value, message) => {
    const seeded = { orgId: '', managementAccountId: '', roleArn: 'arn:aws:iam::123456789012:role/org-trail' }
    const r = await run(world, seeded, { mode: 'check', 'verify-logs': '24h', [input]: value })
    expectExit(r, 1)
    const onInput = r.annotations.find((a) => a.title === `Invalid input: ${input}`)
    expect(onInput?.message).toContain(message)
    expect(r.stats.total).toBe(0)
    expect(r.tokenRequests).toBe(0)
  })
})
