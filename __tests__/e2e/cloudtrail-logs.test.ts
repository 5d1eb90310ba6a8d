// The test AWS of log integrity against the reference: an organization trail's logs as the harness generates
// them (tools/cloudtrail-logs.mjs) must pass the real AWS CLI's `validate-logs`, run through the proxy (so
// that the AWS layer answers ListPublicKeys) one account and region at a time as a user must; and for each
// case of tools/cloudtrail-scenarios.mjs the CLI must report exactly what the case says it reports, in its
// account and region, and nothing in the others.
import { gunzipSync } from 'node:zlib'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { cliProblems, ensureAwsCli, validateLogsWithCli, type CliValidation } from '../../tools/awscli.mjs'
import {
  digestFolder,
  generateCloudTrailLogs,
  ownerS3,
  seedOrganizationTrail,
  type GeneratedLogs
} from '../../tools/cloudtrail-logs.mjs'
import { writeScenarios, type ScenarioName, type WrittenScenario } from '../../tools/cloudtrail-scenarios.mjs'
import { inPool, seedMemberAccounts } from '../../tools/members.mjs'
import { startMoto, type Moto } from '../../tools/moto.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { seedOrganization } from '../../tools/seed.mjs'

/** The pip install of the CLI on a first run, moto, and the CLI's runs on a loaded machine. */
const SETUP_TIMEOUT = 600_000
const HOURS = 6
const REGIONS = ['us-east-1', 'eu-west-1']

type Proxy = Awaited<ReturnType<typeof startProxy>>
let moto: Moto
let proxy: Proxy

beforeAll(async () => {
  await ensureAwsCli()
  moto = await startMoto()
  proxy = await startProxy({ target: moto.url })
}, SETUP_TIMEOUT)
afterAll(async () => {
  await proxy?.stop()
  await moto?.stop()
})

/** A fresh organization of `members` + 1 accounts and its trail (bucket under a prefix), straight in moto. */
async function organization(members: number) {
  await moto.reset()
  proxy.layer?.forget()
  const { orgId, managementAccountId } = await seedOrganization({ endpoint: moto.url })
  const created = await seedMemberAccounts({ endpoint: moto.url, count: members })
  const trail = await seedOrganizationTrail({
    endpoint: moto.url,
    organizationId: orgId,
    managementAccountId,
    prefix: 'org-logs'
  })
  return { trail, accounts: [managementAccountId, ...created.map((m) => m.id)] }
}

/** validate-logs for one account and region over the whole generated window. */
const cli = (logs: GeneratedLogs, account: string, region: string) =>
  validateLogsWithCli({
    endpoint: proxy.url,
    trailArn: logs.trailArn,
    accountId: account,
    region,
    start: logs.start,
    end: logs.end
  })

/** What the CLI said, in the shape of a case's expectation. */
const verdict = (r: CliValidation) => ({
  digests: r.digests.filter((d) => !d.valid).map((d) => ({ key: d.key, reason: d.reason })),
  logFiles: r.logFiles.filter((f) => !f.valid).map((f) => ({ key: f.key, reason: f.reason })),
  gaps: r.gaps.map(({ from, to }) => ({ from, to })),
  found: r.found,
  backfillDigests: r.ratios.backfillDigests[1],
  error: r.error
})

describe('an intact window of an organization trail', () => {
  let logs: GeneratedLogs
  const results = new Map<string, CliValidation>()

  beforeAll(async () => {
    const { trail, accounts } = await organization(1)
    logs = await generateCloudTrailLogs({ endpoint: moto.url, trail, accounts, regions: REGIONS, hours: HOURS })
    const chains = accounts.flatMap((account) => REGIONS.map((region) => ({ account, region })))
    const runs = await inPool(chains, 3, ({ account, region }) => cli(logs, account, region))
    chains.forEach((c, i) => results.set(`${c.account}/${c.region}`, runs[i] as CliValidation))
  }, SETUP_TIMEOUT)

  test('passes validate-logs in every account and region: every digest and log file valid', () => {
    for (const account of logs.accounts)
      for (const region of REGIONS) {
        const r = results.get(`${account.id}/${region}`) as CliValidation
        const chain = logs.chain(account.id, region)
        expect({ account: account.id, region, exitCode: r.exitCode, ...verdict(r) }).toEqual({
          account: account.id,
          region,
          exitCode: 0,
          digests: [],
          logFiles: [],
          gaps: [],
          found: { start: chain.digests[0]?.start, end: chain.digests.at(-1)?.end },
          backfillDigests: 0,
          error: null
        })
        // Every digest of the window, newest first, and every log file they list, each checked.
        expect(r.digests.map((d) => d.key)).toEqual(chain.digests.map((d) => d.key).reverse())
        expect(r.logFiles.map((f) => f.key).sort()).toEqual(
          chain.digests.flatMap((d) => d.logFiles.map((f) => f.key)).sort()
        )
        expect(chain.digests).toHaveLength(HOURS)
      }
  })

  test('digests are where and what the CloudTrail guide says: keys, fields, signature metadata', async () => {
    const [member] = logs.accounts.slice(1)
    const digest = logs.digest({ account: String(member?.id), region: 'eu-west-1', digest: -1 })
    const previous = logs.digest({ account: String(member?.id), region: 'eu-west-1', digest: -2 })
    expect(digest.key).toMatch(
      new RegExp(
        `^org-logs/AWSLogs/${logs.trail.organizationId}/${member?.id}/CloudTrail-Digest/eu-west-1/\\d{4}/\\d{2}/\\d{2}/` +
          `${member?.id}_CloudTrail-Digest_eu-west-1_org-trail_us-east-1_\\d{8}T\\d{6}Z\\.json\\.gz$`
      )
    )
    expect(digest.key.startsWith(digestFolder(logs.trail, String(member?.id), 'eu-west-1'))).toBe(true)
    const out = await ownerS3(moto.url, logs.bucketOwner).send(
      new GetObjectCommand({ Bucket: logs.trail.bucket, Key: digest.key })
    )
    expect(out.Metadata).toEqual({ signature: digest.signature, 'signature-algorithm': 'SHA256withRSA' })
    const body = JSON.parse(gunzipSync(Buffer.from(await out.Body!.transformToByteArray())).toString())
    expect(body).toMatchObject({
      awsAccountId: member?.id,
      digestS3Bucket: logs.trail.bucket,
      digestS3Object: digest.key,
      digestSignatureAlgorithm: 'SHA256withRSA',
      previousDigestS3Bucket: logs.trail.bucket,
      previousDigestS3Object: previous.key,
      previousDigestHashValue: previous.hashValue,
      previousDigestHashAlgorithm: 'SHA-256',
      previousDigestSignature: previous.signature
    })
    expect(Object.keys(body)).toEqual([
      'awsAccountId',
      'digestStartTime',
      'digestEndTime',
      'digestS3Bucket',
      'digestS3Object',
      'digestPublicKeyFingerprint',
      'digestSignatureAlgorithm',
      'newestEventTime',
      'oldestEventTime',
      'previousDigestS3Bucket',
      'previousDigestS3Object',
      'previousDigestHashValue',
      'previousDigestHashAlgorithm',
      'previousDigestSignature',
      'logFiles'
    ])
    expect(Object.keys(body.logFiles[0])).toEqual([
      's3Bucket',
      's3Object',
      'hashValue',
      'hashAlgorithm',
      'newestEventTime',
      'oldestEventTime'
    ])
    // The chain's first digest is a starting digest: the five previousDigest* fields null.
    expect(logs.digest({ account: String(member?.id), region: 'eu-west-1', digest: 0 })).toMatchObject({
      starting: true,
      previousKey: null
    })
  })
})

// Each case in its own account and region of one window (account-joined takes its whole account): each
// chain's CLI run must report its own case and nothing else, so no case leaks into another chain.
const CASES: ScenarioName[] = [
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

describe('each case, in its own account and region', () => {
  const runs = new Map<string, { scenario: WrittenScenario; result: CliValidation }>()

  beforeAll(async () => {
    const { trail, accounts } = await organization(6)
    const chains = accounts.flatMap((account) => REGIONS.map((region) => ({ account, region })))
    // account-joined alone in the last account; the others one chain each.
    const cases = CASES.map((name, i) => ({ name, ...(name === 'account-joined' ? chains.at(-1)! : chains[i]!) }))
    const { logs, scenarios } = await writeScenarios(
      { endpoint: moto.url, trail, accounts, regions: REGIONS, hours: HOURS, layer: proxy.layer },
      cases
    )
    const results = await inPool(scenarios, 3, (s) => cli(logs, s.target.account, s.target.region))
    scenarios.forEach((scenario, i) => runs.set(scenario.name, { scenario, result: results[i] as CliValidation }))
  }, SETUP_TIMEOUT)

  test.each(CASES)('%s: the CLI reports exactly what the case says, in its account and region', (name) => {
    const { scenario, result } = runs.get(name)!
    const { digests, logFiles, gaps, found, backfillDigests } = scenario.cli
    const invalid = digests.length + logFiles.length > 0
    expect({ exitCode: result.exitCode, ...verdict(result) }).toEqual({
      exitCode: invalid ? 1 : 0,
      digests,
      logFiles,
      gaps,
      found,
      backfillDigests,
      error: null
    })
    // In the action's words: the CLI reports the case's problems, except those it cannot see.
    const blind = new Set(scenario.cliBlind.map((p) => p.key))
    const seen = scenario.problems.filter((p) => !blind.has(p.key)).sort((a, b) => a.key.localeCompare(b.key))
    expect(cliProblems(result, scenario.target)).toEqual(seen)
  })
})

describe('logging stopped for three hours', () => {
  test(
    'every account and region shows the same gap between a final and a starting digest, nothing invalid',
    async () => {
      const { trail, accounts } = await organization(1)
      const { logs, scenarios } = await writeScenarios(
        { endpoint: moto.url, trail, accounts, regions: REGIONS, hours: HOURS },
        [
          { name: 'logging-stopped', account: String(accounts[0]), region: 'us-east-1' },
          { name: 'intact', account: String(accounts[1]), region: 'eu-west-1' }
        ]
      )
      const results = await Promise.all(scenarios.map((s) => cli(logs, s.target.account, s.target.region)))
      for (const [i, s] of scenarios.entries()) {
        const r = results[i] as CliValidation
        expect({ exitCode: r.exitCode, ...verdict(r) }).toEqual({
          exitCode: 0,
          digests: [],
          logFiles: [],
          gaps: [{ from: expect.any(Date), to: expect.any(Date) }],
          found: s.cli.found,
          backfillDigests: 0,
          error: null
        })
        expect(verdict(r).gaps).toEqual(s.cli.gaps)
        // Three hours without logging, the same for the whole trail.
        expect(r.gaps[0]!.to.getTime() - r.gaps[0]!.from.getTime()).toBe(3 * 3_600_000)
      }
      expect(results[0]!.gaps).toEqual(results[1]!.gaps)
      expect(scenarios[0]!.problems).toEqual([])
    },
    SETUP_TIMEOUT
  )
})
