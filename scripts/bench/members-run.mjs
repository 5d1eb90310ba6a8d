// The member-inventory benchmark's runner (`npm run bench -- --members`): it measures the member-account
// trail inventory on an organization of many member accounts on moto, behind the proxy's latency, and
// returns the figures as data; scripts/bench/members-report.mjs renders them.
//
// In one run, on one moto server:
//   1. seeding, straight to moto: CreateAccount for every member (concurrently), the member role in most of
//      them, trails of their own in some (see MIX), through moto's x-moto-account-id header;
//   2. moto's own rate: the inventory's calls (AssumeRole, ListTrails) sent straight to moto as fast as it
//      takes them, for a few seconds: requests per second, the floor of any inventory's wall time;
//   3. the action in check mode with member-role-name, through the proxy: wall time, the inventory's span,
//      its requests per account, round trips on each account's critical path, peak concurrency;
//   4. a sequential loop of the same calls (one account after the other, one request at a time), through
//      the same proxy, as a script written by hand would make them.

import os from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  ListTrailsCommand
} from '@aws-sdk/client-cloudtrail'
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { awsLayer } from '../../tools/aws/index.mjs'
import { inPool, seedMemberAccounts, seedMemberRole, seedMemberTrails } from '../../tools/members.mjs'
import { startMoto } from '../../tools/moto.mjs'
import { startTokenServer } from '../../tools/oidc.mjs'
import { criticalPath, startProxy } from '../../tools/proxy.mjs'
import { runAction } from '../../tools/runner.mjs'
import { credentials, seedBucket, seedOrganization, seedRole } from '../../tools/seed.mjs'

const REGION = 'us-east-1'
const ROLE = 'org-trail-inventory'
const BUCKET = 'org-trail-bench-logs'
const progress = (line) => process.stderr.write(`bench-members: ${line}\n`)

/**
 * What the members hold, by share of the accounts: most have the role and no trail of their own (the
 * organization trail is their only one); some have one trail (half of them recording management events:
 * paid copies); a few are at the trail limit; a few lack the role.
 */
const MIX = { noRole: 0.02, oneTrail: 0.2, atLimit: 0.01 }

// --------------------------------------------------------------------------------------------- seeding

async function seedWorld(moto, ACCOUNTS) {
  const endpoint = moto.url
  const t0 = performance.now()
  const { managementAccountId } = await seedOrganization({ endpoint, region: REGION })
  await seedBucket({ endpoint, region: REGION, bucket: BUCKET })
  const roleArn = await seedRole({ endpoint, region: REGION })
  const members = await seedMemberAccounts({ endpoint, region: REGION, count: ACCOUNTS, concurrency: 32 })
  const noRole = Math.round(ACCOUNTS * MIX.noRole)
  const atLimit = Math.round(ACCOUNTS * MIX.atLimit)
  const oneTrail = Math.round(ACCOUNTS * MIX.oneTrail)
  const kinds = members.map((_, i) =>
    i < noRole ? 'no-role' : i < noRole + atLimit ? 'at-limit' : i < noRole + atLimit + oneTrail ? 'one-trail' : 'empty'
  )
  await inPool(members, 32, async (m, i) => {
    if (kinds[i] === 'no-role') return
    await seedMemberRole({
      endpoint,
      region: REGION,
      account: m.id,
      roleName: ROLE,
      trustedAccount: managementAccountId
    })
    if (kinds[i] === 'at-limit')
      await seedMemberTrails({
        endpoint,
        account: m.id,
        trails: ['a', 'b', 'c', 'd'].map((n) => ({ name: `local-${n}`, managementEvents: false }))
      })
    if (kinds[i] === 'one-trail')
      await seedMemberTrails({ endpoint, account: m.id, trails: [{ name: 'legacy', managementEvents: i % 2 === 0 }] })
  })
  const count = (k) => kinds.filter((x) => x === k).length
  progress(`seeded ${ACCOUNTS} member accounts in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  return {
    managementAccountId,
    roleArn,
    members,
    kinds,
    counts: {
      noRole: count('no-role'),
      atLimit: count('at-limit'),
      oneTrail: count('one-trail'),
      empty: count('empty')
    }
  }
}

// ------------------------------------------------------------------------------------ moto's own rate

/**
 * How many of the inventory's requests moto serves per second on this machine, sent straight to it (no
 * proxy, no latency) by as many concurrent callers as the action uses and more: the floor of any
 * inventory's wall time is its requests divided by this rate.
 */
async function motoRate(moto, world, callers, seconds = 4) {
  const config = { endpoint: moto.url, region: REGION, credentials }
  const sts = new STSClient(config)
  const targets = world.members.filter((_, i) => world.kinds[i] !== 'no-role')
  let done = 0
  let i = 0
  const until = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < until) {
      const m = targets[i++ % targets.length]
      const out = await sts.send(
        new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${m.id}:role/${ROLE}`, RoleSessionName: 'bench-rate' })
      )
      const c = out.Credentials
      const ct = new CloudTrailClient({
        ...config,
        requestHandler: sts.config.requestHandler,
        credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken }
      })
      await ct.send(new ListTrailsCommand({}))
      done += 2
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: callers }, worker))
  return done / ((performance.now() - start) / 1000)
}

// ------------------------------------------------------------------------------------------- the action

/**
 * The account of every request (and each sts:AssumeRole's target account), from the AWS layer's view,
 * joined to the proxy's own records for the timing: the proxy records a request when it arrives, then
 * waits the same latency for every request, so the layer sees them in arrival order, and the i-th request
 * the layer sees is the i-th AWS request the proxy recorded (checked by operation).
 */
function watch(proxy) {
  const seen = []
  const behaviour = {
    name: 'bench-watch',
    request(ctx) {
      const target = ctx.operation === 'AssumeRole' ? (ctx.form().get('RoleArn') ?? '').split(':')[4] : undefined
      seen.push({ account: target ?? ctx.account, operation: ctx.operation })
      return undefined
    }
  }
  // First, so that it sees every request, also those another behaviour answers.
  proxy.layer.behaviours.unshift(behaviour)
  return {
    stop: () => proxy.layer.behaviours.splice(proxy.layer.behaviours.indexOf(behaviour), 1),
    /** The proxy's records with the account each acted in. */
    records() {
      const aws = proxy.aws()
      if (aws.length !== seen.length) throw new Error(`the layer saw ${seen.length} requests, the proxy ${aws.length}`)
      return aws.map((r, i) => {
        if (r.operation !== seen[i].operation) throw new Error(`request ${i}: ${r.operation} ≠ ${seen[i].operation}`)
        return { ...r, account: seen[i].account }
      })
    }
  }
}

/** The most requests in flight at once. */
function peakConcurrency(requests) {
  const events = requests.flatMap((r) => [
    [r.start, 1],
    [r.end, -1]
  ])
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let now = 0
  let peak = 0
  for (const [, d] of events) peak = Math.max(peak, (now += d))
  return peak
}

async function runInventory(world, proxy, oidc, CONCURRENCY) {
  proxy.reset()
  const w = watch(proxy)
  let result
  try {
    result = await runAction({
      inputs: {
        'trail-name': 'org-trail',
        's3-bucket-name': BUCKET,
        'role-to-assume': world.roleArn,
        mode: 'check',
        'fail-on-drift': 'false',
        'member-role-name': ROLE,
        'member-concurrency': String(CONCURRENCY)
      },
      env: {
        AWS_ENDPOINT_URL: proxy.url,
        AWS_REGION: REGION,
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
      },
      timeoutMs: 30 * 60_000
    })
  } finally {
    w.stop()
  }
  // Process start to exit, as the runner timed it.
  const wallMs = result.durationMs
  if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`)
  const seen = w.records()
  const out = JSON.parse(result.outputs['member-trails'] ?? '[]')
  const findings = JSON.parse(result.outputs.findings ?? '[]')
  const memberIds = new Set(world.members.map((m) => m.id))
  const perAccount = new Map()
  for (const r of seen) {
    if (!memberIds.has(r.account)) continue
    if (!perAccount.has(r.account)) perAccount.set(r.account, [])
    perAccount.get(r.account).push(r)
  }
  const byKind = {}
  world.members.forEach((m, i) => {
    const list = perAccount.get(m.id) ?? []
    const k = (byKind[world.kinds[i]] ??= { accounts: 0, requests: 0, maxRequests: 0, maxTrips: 0 })
    k.accounts += 1
    k.requests += list.length
    k.maxRequests = Math.max(k.maxRequests, list.length)
    k.maxTrips = Math.max(k.maxTrips, criticalPath(list).length)
  })
  const memberRequests = [...perAccount.values()].reduce((n, l) => n + l.length, 0)
  const listAccounts = seen.filter((r) => r.operation === 'ListAccounts')
  // The management account's own inventory is its ListTrails (it has no trail of its own here).
  const ownListTrails = seen.filter((r) => r.operation === 'ListTrails' && r.account === world.managementAccountId)
  const inventoryRequests = listAccounts.length + ownListTrails.length + memberRequests
  const spanStart = Math.min(...listAccounts.map((r) => r.start))
  const spanEnd = Math.max(...[...perAccount.values()].flat().map((r) => r.end))
  const stats = proxy.stats()
  return {
    wallMs,
    spanMs: spanEnd - spanStart,
    total: stats.total,
    writes: stats.writes,
    inventoryRequests,
    memberRequests,
    listAccounts: listAccounts.length,
    assumeRoles: seen.filter((r) => r.operation === 'AssumeRole').length,
    peak: peakConcurrency(seen),
    byKind,
    accountsOut: out.length,
    statuses: out.reduce((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {}),
    findings: Object.fromEntries(findings.filter((f) => f.id.startsWith('members.')).map((f) => [f.id, f.severity])),
    details: Object.fromEntries(findings.filter((f) => f.id.startsWith('members.')).map((f) => [f.id, f.detail])),
    progressLines: result.stdout.split('\n').filter((l) => l.startsWith('Member inventory:')).length,
    outputBytes: Buffer.byteLength(result.outputs['member-trails'] ?? '')
  }
}

// ------------------------------------------------------------------------------- the sequential loop

/** The same calls, one account after the other and one request at a time, as a hand-written loop makes them. */
async function sequentialLoop(world, proxy) {
  const config = { endpoint: proxy.url, region: REGION, credentials, retryMode: 'adaptive', maxAttempts: 6 }
  const organizations = new OrganizationsClient(config)
  const sts = new STSClient(config)
  proxy.reset()
  const t0 = performance.now()
  let token
  const accounts = []
  do {
    const page = await organizations.send(new ListAccountsCommand({ NextToken: token }))
    accounts.push(...(page.Accounts ?? []).filter((a) => a.Status === 'ACTIVE'))
    token = page.NextToken
  } while (token)
  for (const a of accounts) {
    if (a.Id === world.managementAccountId) continue
    let c
    try {
      c = (
        await sts.send(
          new AssumeRoleCommand({
            RoleArn: `arn:aws:iam::${a.Id}:role/${ROLE}`,
            RoleSessionName: 'bench-loop',
            DurationSeconds: 900
          })
        )
      ).Credentials
    } catch {
      continue
    }
    const ct = new CloudTrailClient({
      ...config,
      requestHandler: sts.config.requestHandler,
      credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken }
    })
    const own = ((await ct.send(new ListTrailsCommand({}))).Trails ?? []).filter(
      (t) => t.TrailARN.split(':')[4] === a.Id
    )
    if (own.length === 0) continue
    await ct.send(new DescribeTrailsCommand({ includeShadowTrails: false }))
    for (const t of own) await ct.send(new GetEventSelectorsCommand({ TrailName: t.TrailARN }))
  }
  return { wallMs: performance.now() - t0, total: proxy.stats().total }
}

// ------------------------------------------------------------------------------------------------ measure

/**
 * Every figure of BENCHMARKS.md's member-inventory section, measured in one go.
 * @param {{ accounts: number, latencyMs: number, concurrency: number, sequential: boolean, command: string }} options
 */
export async function measureMembers({ accounts, latencyMs, concurrency, sequential, command }) {
  const moto = await startMoto()
  // Every trail this organization has is homed in REGION, where moto's own ListTrails is complete; the AWS
  // layer's cross-region listing would ask moto about every region for each of the 1,000 accounts, a cost
  // AWS does not have, which would swamp the figures (and moto).
  const proxy = await startProxy({
    target: moto.url,
    latencyMs,
    layer: awsLayer({ target: moto.url, listTrailsAcrossRegions: false })
  })
  const oidc = await startTokenServer()
  const date = new Date()
  const rateCallers = Math.max(32, concurrency * 2)
  try {
    const world = await seedWorld(moto, accounts)
    progress('measuring moto’s own rate')
    const rateBefore = await motoRate(moto, world, rateCallers)
    progress(`moto: ${rateBefore.toFixed(0)} requests/s; running the action`)
    const run = await runInventory(world, proxy, oidc, concurrency)
    progress(`action: ${(run.wallMs / 1000).toFixed(1)} s, ${run.total} requests`)
    const rateAfter = await motoRate(moto, world, rateCallers)
    let loop = null
    if (sequential) {
      progress('sequential loop')
      loop = await sequentialLoop(world, proxy)
      progress(`sequential loop: ${(loop.wallMs / 1000).toFixed(1)} s`)
    }
    const cpus = os.cpus()
    return {
      command,
      date: date.toISOString(),
      accounts,
      latencyMs,
      concurrency,
      rateCallers,
      machine: {
        cpu: cpus[0]?.model?.trim() ?? 'unknown',
        cores: cpus.length,
        node: process.version,
        loadAfter: os.loadavg()
      },
      counts: world.counts,
      rateBefore,
      rateAfter,
      run,
      loop
    }
  } finally {
    await proxy.stop()
    await oidc.stop()
    await moto.stop()
  }
}
