// The benchmark's runner: it measures and returns the figures as data (JSON-safe), and prints only its
// progress. scripts/bench/report.mjs turns the figures into BENCHMARKS.md; scripts/bench.mjs ties the two.
//
// Everything runs on 127.0.0.1: a moto server behind the recording proxy of tools/proxy.mjs, which adds
// the fixed latency to every AWS request; the same delay is added to the OIDC token request (GitHub's
// endpoint is remote too). Each run, in this order:
//   1. a fresh organization: apply                    → created
//   2. the same trail again: apply                    → unchanged (converged)
//   3. the same trail: check                          → in-sync
//   4. AWS CLI (a): the reads that check that trail, one process per call, sequential
//   5. a fresh organization: AWS CLI (b), the create sequence of the CloudTrail guide
// then a fresh organization again, apply, through a second proxy whose AWS layer takes the propagation
// window's seconds to see each write (AWS's eventual consistency; the floor of such a run is the window),
// then the cold-start runs (a validation error beside `node -e 0`), then the bundle and what its entry holds.
//
// The action is started by tools/runner.mjs exactly as the GitHub runner starts it; the runner returns the
// instant it spawned the process, and the proxy and the token endpoint record each request's arrival, all
// on one clock (performance.now), which gives "process start to the token request / first AWS request".

import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { ensureMoto, startMoto } from '../../tools/moto.mjs'
import { startTokenServer } from '../../tools/oidc.mjs'
import { awsLayer } from '../../tools/aws/index.mjs'
import { propagationWindowMs } from '../../tools/aws/windows.mjs'
import { startProxy } from '../../tools/proxy.mjs'
import { actionEntry, runAction, spawnTimed } from '../../tools/runner.mjs'
import { credentials, readState, seedBucket, seedOrganization, seedRole } from '../../tools/seed.mjs'
import { repoRoot } from '../../tools/util.mjs'
import { ensureVenvTool } from '../../tools/venv.mjs'
import { max, median, min, ms } from './stats.mjs'
import { foreignTlsDeny } from '../../tools/statements.mjs'

const REGION = 'us-east-1'
const TRAIL = 'org-trail'
const BUCKET = 'org-trail-bench-logs'
const INVALID_TRAIL_NAME = 'my..trail'

const progress = (line) => process.stderr.write(`bench: ${line}\n`)

// ------------------------------------------------------------------------------------------- processes

/**
 * The AWS CLI of the comparison: $AWS_CLI when set (any `aws`, e.g. a v2 install), else the pinned one
 * of tools/requirements-awscli.txt, installed into .venv-awscli on first use.
 */
async function ensureAwsCli() {
  if (process.env.AWS_CLI) {
    return existsSync(process.env.AWS_CLI)
      ? { ok: true, bin: process.env.AWS_CLI }
      : { ok: false, why: `AWS_CLI=${process.env.AWS_CLI} does not exist` }
  }
  try {
    return {
      ok: true,
      bin: await ensureVenvTool({
        dir: '.venv-awscli',
        requirements: 'requirements-awscli.txt',
        bin: 'aws',
        label: 'awscli'
      })
    }
  } catch (error) {
    return { ok: false, why: `could not install tools/requirements-awscli.txt: ${String(error)}` }
  }
}

/** Runs `command` and returns its first line of output, or null when it cannot run. */
async function version(file, args) {
  try {
    const r = await spawnTimed(file, args, { env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir() } })
    return r.code === 0 ? `${r.stdout}${r.stderr}`.trim().split('\n')[0] : null
  } catch {
    return null
  }
}

// --------------------------------------------------------------------------------------- the scenarios

/** Someone else's statement on the log bucket: both the action and the CLI procedure keep it. */
const FOREIGN = foreignTlsDeny(BUCKET)

/**
 * A fresh organization with its service-linked role, the log bucket and the OIDC role; straight to moto.
 * The proxies' AWS layers forget what they learnt of the resources moto drops.
 */
async function freshOrganization(moto, ...proxies) {
  for (const proxy of proxies) proxy.layer?.forget()
  await moto.reset()
  const { orgId, managementAccountId } = await seedOrganization({ endpoint: moto.url, region: REGION })
  await seedBucket({
    endpoint: moto.url,
    region: REGION,
    bucket: BUCKET,
    policy: { Version: '2012-10-17', Statement: [FOREIGN] }
  })
  const roleArn = await seedRole({ endpoint: moto.url, region: REGION })
  return { orgId, managementAccountId, roleArn }
}

/** One run of dist/index.js through the proxy; what the proxy and the token endpoint recorded. */
async function runActionCase(world, inputs) {
  const { proxy, token } = world
  proxy.reset()
  token.log.length = 0
  const run = await runAction({
    inputs: { 'trail-name': TRAIL, 's3-bucket-name': BUCKET, ...inputs },
    env: {
      AWS_ENDPOINT_URL: proxy.url,
      AWS_REGION: REGION,
      ACTIONS_ID_TOKEN_REQUEST_URL: token.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: token.requestToken
    },
    timeoutMs: 120_000
  })
  const { spawnedAt } = run
  const aws = proxy.aws()
  const stats = proxy.stats()
  const chain = proxy.criticalPath()
  const firstAws = aws.length ? min(aws.map((r) => r.start)) - spawnedAt : NaN
  const firstToken = token.log.length ? token.log[0].start - spawnedAt : NaN
  const tokenAnswered = token.log.length ? token.log[0].end - spawnedAt : NaN
  const lastAwsEnd = aws.length ? max(aws.map((r) => r.end ?? NaN)) - spawnedAt : NaN
  // CPU time on the critical path between the credentials and the first read: client set-up, first send.
  const sts = aws.find((r) => r.operation === 'AssumeRoleWithWebIdentity' && r.end !== undefined)
  const afterSts = sts ? aws.filter((r) => r !== sts && r.start >= (sts.end ?? Infinity)).map((r) => r.start) : []
  const stsGap = sts && afterSts.length ? min(afterSts) - (sts.end ?? NaN) : NaN
  // The waits for AWS to see a write, as the run logs them (apply/propagation.ts): "…; waiting 0.5s (…)".
  const waits = [...run.stdout.matchAll(/; waiting ([\d.]+)s \(/g)].map((m) => Number(m[1]) * 1000)
  return {
    code: run.code,
    status: run.outputs.status ?? '(none)',
    timedOut: run.timedOut,
    stderr: run.stderr,
    total: stats.total,
    writes: stats.writes,
    writeOps: aws.filter((r) => r.write).map((r) => r.operation),
    roundTrips: chain.length,
    chain: chain.map((r) => `${r.service}:${r.operation}`),
    tokenRequests: token.log.length,
    wallMs: run.durationMs,
    firstRequestMs: Math.min(firstToken, Number.isFinite(firstAws) ? firstAws : Infinity),
    firstTokenMs: firstToken,
    tokenTripMs: tokenAnswered - firstToken,
    // What the token round trip did not hide: main.ts, @actions/core and the SDK loading, the STS client.
    tokenToStsMs: firstAws - tokenAnswered,
    firstAwsMs: firstAws,
    awsSpanMs: lastAwsEnd - firstAws,
    stsGapMs: stsGap,
    tailMs: run.durationMs - lastAwsEnd,
    waits: waits.length,
    waitedMs: waits.reduce((a, b) => a + b, 0)
  }
}

/** The AWS CLI's environment: dummy credentials, region, no profile files, no pager. */
function cliEnv(home) {
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_DEFAULT_REGION: REGION,
    AWS_CONFIG_FILE: path.join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_CLI_AUTO_PROMPT: 'off'
  }
}

/** The reads a person makes to check an existing organization trail, following AWS's guide. */
const CLI_READS = [
  ['organizations', 'describe-organization'],
  ['organizations', 'list-aws-service-access-for-organization'],
  ['iam', 'get-role', '--role-name', 'AWSServiceRoleForOrganizations'],
  ['s3api', 'get-bucket-policy', '--bucket', BUCKET],
  ['cloudtrail', 'describe-trails', '--trail-name-list', TRAIL],
  ['cloudtrail', 'get-trail-status', '--name', TRAIL],
  ['cloudtrail', 'get-event-selectors', '--trail-name', TRAIL]
]

/** The create sequence of "Creating a trail for an organization with the AWS CLI", for the same trail. */
function cliCreate({ orgId, managementAccountId }) {
  const trailArn = `arn:aws:cloudtrail:${REGION}:${managementAccountId}:trail/${TRAIL}`
  const condition = { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trailArn } }
  const policy = {
    Version: '2012-10-17',
    Statement: [
      FOREIGN,
      {
        Sid: 'AWSCloudTrailAclCheck',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${BUCKET}`,
        Condition: { StringEquals: { 'aws:SourceArn': trailArn } }
      },
      {
        Sid: 'AWSCloudTrailWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${BUCKET}/AWSLogs/${managementAccountId}/*`,
        Condition: condition
      },
      {
        Sid: 'AWSCloudTrailOrganizationWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${BUCKET}/AWSLogs/${orgId}/*`,
        Condition: condition
      }
    ]
  }
  return [
    ['organizations', 'enable-aws-service-access', '--service-principal', 'cloudtrail.amazonaws.com'],
    ['s3api', 'put-bucket-policy', '--bucket', BUCKET, '--policy', JSON.stringify(policy)],
    // --enable-log-file-validation: the same trail the action creates (no extra request).
    [
      'cloudtrail',
      'create-trail',
      '--name',
      TRAIL,
      '--s3-bucket-name',
      BUCKET,
      '--is-organization-trail',
      '--is-multi-region-trail',
      '--enable-log-file-validation'
    ],
    ['cloudtrail', 'start-logging', '--name', TRAIL],
    ['cloudtrail', 'get-trail-status', '--name', TRAIL]
  ]
}

/** The commands one after another, one process each, as the procedure runs them. */
async function runCliCase(world, cli, commands, home) {
  const { proxy } = world
  proxy.reset()
  const env = cliEnv(home)
  const started = performance.now()
  const failures = []
  let last = null
  for (const command of commands) {
    last = await spawnTimed(cli.bin, ['--endpoint-url', proxy.url, '--output', 'json', ...command], { env })
    if (last.code !== 0)
      failures.push(`aws ${command.slice(0, 2).join(' ')} exited ${last.code}: ${last.stderr.trim().split('\n').pop()}`)
  }
  const wallMs = performance.now() - started
  const stats = proxy.stats()
  return {
    wallMs,
    total: stats.total,
    writes: stats.writes,
    roundTrips: proxy.criticalPath().length,
    processes: commands.length,
    failures,
    lastStdout: last?.stdout ?? ''
  }
}

// ------------------------------------------------------------------------------------------------ bundle

async function bundleFigures() {
  const dist = path.dirname(actionEntry)
  const files = await readdir(dist)
  const size = async (name) => (files.includes(name) ? (await stat(path.join(dist, name))).size : null)
  const code = await readFile(actionEntry)
  const text = code.toString('utf8')
  const lines = text.split('\n').length
  return {
    indexBytes: code.length,
    gzipBytes: gzipSync(code).length,
    mapBytes: await size('index.js.map'),
    registerBytes: await size('sourcemap-register.cjs'),
    licensesBytes: await size('licenses.txt'),
    lines,
    avgLine: Math.round(code.length / lines),
    // ncc emits one extra file per chunk of a dynamic import(): dist/<id>.index.js
    chunks: files.filter((f) => /^\d+\.index\.js$/.test(f)),
    mapped: /\/\/# sourceMappingURL=index\.js\.map\s*$/.test(text),
    registered: text.startsWith("import './sourcemap-register.cjs'"),
    entryPackages: files.includes('index.js.map') ? await packagesOf(path.join(dist, 'index.js.map')) : []
  }
}

/**
 * What a chunk holds, by package: the bytes of source its source map carries for each (what V8 must parse
 * before the chunk runs), largest first. Own code is "src/"; webpack's runtime and Node built-ins are "other".
 */
async function packagesOf(mapFile) {
  const map = JSON.parse(await readFile(mapFile, 'utf8'))
  const sizes = new Map()
  map.sources.forEach((source, i) => {
    const name =
      /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? (/\/src\//.test(source) ? 'src/' : 'other')
    sizes.set(name, (sizes.get(name) ?? 0) + (map.sourcesContent?.[i]?.length ?? 0))
  })
  return [...sizes].map(([name, size]) => ({ name, size })).sort((a, b) => b.size - a.size)
}

// ------------------------------------------------------------------------------------------------ measure

/**
 * Every figure of BENCHMARKS.md's main part, measured in one go; servers stopped whatever happens.
 * @param {{ runs: number, latencyMs: number, coldRuns: number, withCli: boolean, propagationMs: number,
 *   command: string }} options
 */
export async function measureBench({
  runs: RUNS,
  latencyMs: LATENCY_MS,
  coldRuns: COLD_RUNS,
  withCli,
  propagationMs: PROPAGATION_MS,
  command
}) {
  const servers = []
  const stopAll = async () => {
    for (const s of servers.reverse()) await s.stop().catch(() => undefined)
    servers.length = 0
  }
  const onSignal = () => void stopAll().then(() => process.exit(130))
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, onSignal)

  const loadBefore = os.loadavg()
  const date = new Date()
  const cases = { create: [], converged: [], check: [], cliReads: [], cliCreate: [], slowCreate: [] }
  const cold = { node: [], validation: [], validationRequests: [], validationCodes: [] }
  const anomalies = []
  let cli = { ok: false, why: 'skipped (--no-cli)' }
  let cliVersion = null
  let motoVersion = null
  const cliHome = await mkdtemp(path.join(os.tmpdir(), 'org-trail-bench-cli-'))

  try {
    await ensureMoto()
    if (withCli) cli = await ensureAwsCli()
    if (cli.ok) cliVersion = await version(cli.bin, ['--version'])
    motoVersion = await version(path.join(repoRoot, '.venv', 'bin', 'python'), [
      '-c',
      'import moto; print(moto.__version__)'
    ])
    if (!cli.ok) progress(`AWS CLI comparison not measured: ${cli.why}`)

    const moto = await startMoto({ quiet: true })
    servers.push(moto)
    // GitHub's token endpoint is remote too: the same latency as every AWS request.
    const token = await startTokenServer({ latencyMs: LATENCY_MS })
    servers.push(token)
    const proxy = await startProxy({ target: moto.url, latencyMs: LATENCY_MS })
    servers.push(proxy)
    const world = { moto, proxy, token }
    progress(
      `moto ${moto.url}, proxy ${proxy.url} (+${LATENCY_MS} ms per request), ${RUNS} runs; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`
    )

    const expect = (name, r, status) => {
      if (r.code !== 0 || r.status !== status || r.timedOut) {
        anomalies.push(
          `${name}: exit ${r.code}, status ${r.status} (expected 0, ${status})${r.timedOut ? ', timed out' : ''}; ${r.stderr.trim().split('\n').slice(-2).join(' ')}`
        )
      }
    }

    for (let i = 1; i <= RUNS; i++) {
      const seeded = await freshOrganization(moto, proxy)
      const inputs = { 'role-to-assume': seeded.roleArn }
      const create = await runActionCase(world, { ...inputs, mode: 'apply' })
      expect(`run ${i} create`, create, 'created')
      cases.create.push(create)
      const converged = await runActionCase(world, { ...inputs, mode: 'apply' })
      expect(`run ${i} converged apply`, converged, 'unchanged')
      cases.converged.push(converged)
      const check = await runActionCase(world, { ...inputs, mode: 'check' })
      expect(`run ${i} check`, check, 'in-sync')
      cases.check.push(check)
      let line = `run ${i}/${RUNS}: create ${ms(create.wallMs)}, converged ${ms(converged.wallMs)}, check ${ms(check.wallMs)}`

      if (cli.ok) {
        const reads = await runCliCase(world, cli, CLI_READS, cliHome)
        for (const f of reads.failures) anomalies.push(`run ${i} CLI reads: ${f}`)
        cases.cliReads.push(reads)
        const fresh = await freshOrganization(moto, proxy)
        const made = await runCliCase(world, cli, cliCreate(fresh), cliHome)
        for (const f of made.failures) anomalies.push(`run ${i} CLI create: ${f}`)
        const state = await readState({ endpoint: moto.url, region: REGION, bucket: BUCKET })
        if (state.statuses[TRAIL]?.IsLogging !== true)
          anomalies.push(`run ${i} CLI create: the trail is not logging afterwards`)
        cases.cliCreate.push(made)
        line += `; CLI reads ${ms(reads.wallMs)}, CLI create ${ms(made.wallMs)}`
      }
      progress(line)
    }

    // A fresh apply against AWS's seconds: every eventually consistent behaviour of the layer (a new policy
    // CloudTrail does not see, a stale GetBucketPolicy, CloudTrail's organization access…) takes the window.
    const slowProxy = await startProxy({
      target: moto.url,
      latencyMs: LATENCY_MS,
      layer: awsLayer({ target: moto.url, propagationMs: PROPAGATION_MS })
    })
    servers.push(slowProxy)
    const slow = { moto, proxy: slowProxy, token }
    for (let i = 1; i <= RUNS; i++) {
      const seeded = await freshOrganization(moto, proxy, slowProxy)
      const create = await runActionCase(slow, { 'role-to-assume': seeded.roleArn, mode: 'apply' })
      expect(`run ${i} create, ${PROPAGATION_MS} ms window`, create, 'created')
      cases.slowCreate.push(create)
      progress(
        `run ${i}/${RUNS}, ${PROPAGATION_MS} ms window: create ${ms(create.wallMs)}, ${create.waits} waits, ${ms(create.waitedMs)} waited`
      )
    }

    // Cold start: a validation error makes no request at all; interleaved with a bare node.
    for (let i = 1; i <= COLD_RUNS; i++) {
      const bare = await spawnTimed(process.execPath, ['-e', '0'], { env: { PATH: process.env.PATH ?? '' } })
      cold.node.push(bare.durationMs)
      proxy.reset()
      token.log.length = 0
      const invalid = await runAction({
        inputs: {
          'trail-name': INVALID_TRAIL_NAME,
          's3-bucket-name': BUCKET,
          'role-to-assume': 'arn:aws:iam::123456789012:role/unused'
        },
        env: {
          AWS_ENDPOINT_URL: proxy.url,
          AWS_REGION: REGION,
          ACTIONS_ID_TOKEN_REQUEST_URL: token.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: token.requestToken
        }
      })
      cold.validation.push(invalid.durationMs)
      cold.validationRequests.push(proxy.aws().length + token.log.length)
      cold.validationCodes.push(invalid.code)
    }
    progress(
      `cold start: node -e 0 ${ms(median(cold.node))}, validation error ${ms(median(cold.validation))} (medians)`
    )
  } finally {
    await stopAll()
    await rm(cliHome, { recursive: true, force: true })
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal)
  }
  if (cold.validationCodes.some((c) => c !== 1))
    anomalies.push(`validation error run exited ${cold.validationCodes.join(', ')} (expected 1)`)
  if (cold.validationRequests.some((n) => n !== 0))
    anomalies.push(`validation error run made ${max(cold.validationRequests)} request(s) (expected none)`)

  const loadAfter = os.loadavg()
  const cpus = os.cpus()
  return {
    command,
    date: date.toISOString(),
    runs: RUNS,
    latencyMs: LATENCY_MS,
    propagationMs: PROPAGATION_MS,
    defaultPropagationMs: propagationWindowMs(undefined),
    coldRuns: COLD_RUNS,
    invalidTrailName: INVALID_TRAIL_NAME,
    machine: {
      cpu: cpus[0]?.model?.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadBefore,
      loadAfter
    },
    motoVersion,
    cli: cli.ok ? { ok: true, version: cliVersion } : { ok: false, why: cli.why },
    cliReads: CLI_READS,
    cases,
    cold,
    bundle: await bundleFigures(),
    anomalies
  }
}
