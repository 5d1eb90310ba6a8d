#!/usr/bin/env node
// `npm run bench`: requests, round trips and wall time of the bundled action against the AWS CLI procedure
// it replaces, its cold start and its bundle size. A measuring tool, not a test: it prints figures, writes
// BENCHMARKS.md and exits 0; it exits 1 only when it could not run at all (no dist/, no moto).
//
//   npm run bench                                   # 5 runs, 30 ms per request
//   npm run bench -- --runs 3 --latency-ms 50
//   npm run bench -- --no-write                     # print only, leave BENCHMARKS.md alone
//   npm run bench -- --members [--accounts N]       # the member-account inventory case (scripts/bench-members.mjs)
//
// Options: --runs N (default 5)   --latency-ms N (default 30)   --cold-runs N (default 10)
//          --output FILE (default BENCHMARKS.md)   --no-write   --no-cli (skip the AWS CLI comparison)
//
// Everything runs on 127.0.0.1: a moto server behind the recording proxy of tools/proxy.mjs, which adds
// the fixed latency to every AWS request; the same delay is added to the OIDC token request (GitHub's
// endpoint is remote too). Each run, in this order:
//   1. a fresh organization: apply                    → created
//   2. the same trail again: apply                    → unchanged (converged)
//   3. the same trail: check                          → in-sync
//   4. AWS CLI (a): the reads that check that trail, one process per call, sequential
//   5. a fresh organization: AWS CLI (b), the create sequence of the CloudTrail guide
// then the cold-start runs (a validation error beside `node -e 0`), then the bundle and what its entry holds.
//
// The action is started by tools/runner.mjs exactly as the GitHub runner starts it; the runner returns the
// instant it spawned the process, and the proxy and the token endpoint record each request's arrival, all
// on one clock (performance.now), which gives "process start to the token request / first AWS request".

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { ensureMoto, startMoto } from '../tools/moto.mjs'
import { startTokenServer } from '../tools/oidc.mjs'
import { startProxy } from '../tools/proxy.mjs'
import { actionEntry, runAction } from '../tools/runner.mjs'
import { credentials, readState, seedBucket, seedOrganization, seedRole } from '../tools/seed.mjs'
import { repoRoot } from '../tools/util.mjs'
import { ensureVenvTool } from '../tools/venv.mjs'

const REGION = 'us-east-1'
const TRAIL = 'org-trail'
const BUCKET = 'org-trail-bench-logs'
const INVALID_TRAIL_NAME = 'my..trail'

// ---------------------------------------------------------------------------------------------- options

const argv = process.argv.slice(2)
// The member-account inventory case is its own run (1,000 accounts to seed): scripts/bench-members.mjs.
if (argv.includes('--members')) {
  await import('./bench-members.mjs')
  await new Promise(() => undefined) // bench-members.mjs exits by itself
}
function option(name, fallback) {
  const i = argv.indexOf(name)
  if (i < 0) return fallback
  const value = Number(argv[i + 1])
  if (!Number.isInteger(value) || value < 0) usage(`${name} needs a whole number, got ${argv[i + 1]}`)
  return value
}
function usage(message) {
  process.stderr.write(
    `bench: ${message}\nusage: node scripts/bench.mjs [--runs N] [--latency-ms N] [--cold-runs N] [--output FILE] [--no-write] [--no-cli]\n`
  )
  process.exit(1)
}
const known = new Set(['--runs', '--latency-ms', '--cold-runs', '--output', '--no-write', '--no-cli'])
for (let i = 0; i < argv.length; i++) {
  if (!known.has(argv[i])) usage(`unknown option ${argv[i]}`)
  if (!['--no-write', '--no-cli'].includes(argv[i])) i++
}
const RUNS = Math.max(1, option('--runs', 5))
const LATENCY_MS = option('--latency-ms', 30)
const COLD_RUNS = Math.max(1, option('--cold-runs', 10))
const outputIndex = argv.indexOf('--output')
if (outputIndex >= 0 && !argv[outputIndex + 1]) usage('--output needs a file name')
const OUTPUT = path.resolve(repoRoot, outputIndex >= 0 ? String(argv[outputIndex + 1]) : 'BENCHMARKS.md')
const WRITE = !argv.includes('--no-write')
const WITH_CLI = !argv.includes('--no-cli')
const COMMAND =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `node scripts/bench.mjs${argv.length ? ` ${argv.join(' ')}` : ''}`

const progress = (line) => process.stderr.write(`bench: ${line}\n`)

// ------------------------------------------------------------------------------------------ statistics

const median = (xs) => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const min = (xs) => Math.min(...xs)
const max = (xs) => Math.max(...xs)
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a')
/** "812 ms (776–905)": median and the range over the runs. */
const spread = (xs) =>
  xs.length === 0
    ? 'n/a'
    : xs.length === 1
      ? ms(xs[0])
      : `${ms(median(xs))} (${Math.round(min(xs))}–${Math.round(max(xs))})`
/** A count that should be the same in every run: the value, or the range when it is not. */
const count = (xs) =>
  xs.length === 0 ? 'n/a' : min(xs) === max(xs) ? String(xs[0]) : `${min(xs)}–${max(xs)} (median ${median(xs)})`
const bytes = (n) => `${n.toLocaleString('en-US')} B (${(n / 1024 / 1024).toFixed(2)} MiB)`

// ------------------------------------------------------------------------------------------- processes

/** Spawns a command, resolves with exit code, output and spawn-to-close time. */
function timed(file, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(file, args, { env, cwd: os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, started, ms: performance.now() - started }))
  })
}

/** Runs `command` and returns its first line of output, or null when it cannot run. */
async function version(file, args) {
  try {
    const r = await timed(file, args, { PATH: process.env.PATH ?? '', HOME: os.tmpdir() })
    return r.code === 0 ? `${r.stdout}${r.stderr}`.trim().split('\n')[0] : null
  } catch {
    return null
  }
}

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

// --------------------------------------------------------------------------------------- the scenarios

/** Someone else's statement on the log bucket: both the action and the CLI procedure keep it. */
const FOREIGN = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } }
}

/** A fresh organization with its service-linked role, the log bucket and the OIDC role; straight to moto. */
async function freshOrganization(moto) {
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
    tailMs: run.durationMs - lastAwsEnd
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
async function runCliCase(world, commands, home) {
  const { proxy } = world
  proxy.reset()
  const env = cliEnv(home)
  const started = performance.now()
  const failures = []
  let last = null
  for (const command of commands) {
    last = await timed(cli.bin, ['--endpoint-url', proxy.url, '--output', 'json', ...command], env)
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

// ---------------------------------------------------------------------------------------------- main

if (!existsSync(actionEntry)) {
  process.stderr.write(`bench: ${path.relative(repoRoot, actionEntry)} is missing: run "npm run build" first\n`)
  process.exit(1)
}

const servers = []
const stopAll = async () => {
  for (const s of servers.reverse()) await s.stop().catch(() => undefined)
  servers.length = 0
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stopAll().then(() => process.exit(130)))

const loadBefore = os.loadavg()
const date = new Date()
const cases = { create: [], converged: [], check: [], cliReads: [], cliCreate: [] }
const cold = { node: [], validation: [], validationRequests: [], validationCodes: [] }
const anomalies = []
let cli = { ok: false, why: 'skipped (--no-cli)' }
let cliVersion = null
let motoVersion = null
const cliHome = await mkdtemp(path.join(os.tmpdir(), 'org-trail-bench-cli-'))

try {
  await ensureMoto()
  if (WITH_CLI) cli = await ensureAwsCli()
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
    const seeded = await freshOrganization(moto)
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
      const reads = await runCliCase(world, CLI_READS, cliHome)
      for (const f of reads.failures) anomalies.push(`run ${i} CLI reads: ${f}`)
      cases.cliReads.push(reads)
      const fresh = await freshOrganization(moto)
      const made = await runCliCase(world, cliCreate(fresh), cliHome)
      for (const f of made.failures) anomalies.push(`run ${i} CLI create: ${f}`)
      const state = await readState({ endpoint: moto.url, region: REGION, bucket: BUCKET })
      if (state.statuses[TRAIL]?.IsLogging !== true)
        anomalies.push(`run ${i} CLI create: the trail is not logging afterwards`)
      cases.cliCreate.push(made)
      line += `; CLI reads ${ms(reads.wallMs)}, CLI create ${ms(made.wallMs)}`
    }
    progress(line)
  }

  // Cold start: a validation error makes no request at all; interleaved with a bare node.
  for (let i = 1; i <= COLD_RUNS; i++) {
    const bare = await timed(process.execPath, ['-e', '0'], { PATH: process.env.PATH ?? '' })
    cold.node.push(bare.ms)
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
  progress(`cold start: node -e 0 ${spread(cold.node)}, validation error ${spread(cold.validation)}`)
} catch (error) {
  await stopAll()
  await rm(cliHome, { recursive: true, force: true })
  process.stderr.write(
    `bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exit(1)
} finally {
  await stopAll()
  await rm(cliHome, { recursive: true, force: true })
}
if (cold.validationCodes.some((c) => c !== 1))
  anomalies.push(`validation error run exited ${cold.validationCodes.join(', ')} (expected 1)`)
if (cold.validationRequests.some((n) => n !== 0))
  anomalies.push(`validation error run made ${max(cold.validationRequests)} request(s) (expected none)`)

const loadAfter = os.loadavg()
const bundle = await bundleFigures()

// --------------------------------------------------------------------------------------------- report

const col = (list, key) => list.map((r) => r[key])
const ratio = (ours, theirs) => ours.map((o, i) => o / theirs[i])
const cpus = os.cpus()
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  load: `${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after (1, 5, 15 min)`
}

const actionRow = (name, list) =>
  `| ${name} | ${count(col(list, 'total'))} | ${count(col(list, 'writes'))} | ${count(col(list, 'roundTrips'))} + 1 token | ${spread(col(list, 'wallMs'))} |`
const cliRow = (name, list) =>
  `| ${name} | ${count(col(list, 'total'))} | ${count(col(list, 'writes'))} | ${count(col(list, 'roundTrips'))} (${list[0]?.processes ?? 0} processes) | ${spread(col(list, 'wallMs'))} |`

const checkRatio = cli.ok ? ratio(col(cases.check, 'wallMs'), col(cases.cliReads, 'wallMs')) : []
const createRatio = cli.ok ? ratio(col(cases.create, 'wallMs'), col(cases.cliCreate, 'wallMs')) : []
const ratioText = (r) =>
  r.length
    ? `${median(r).toFixed(3)} (${min(r).toFixed(3)}–${max(r).toFixed(3)}); ${(1 / median(r)).toFixed(1)}× ${median(r) < 1 ? 'faster' : 'slower'}`
    : 'not measured'

const converged = cases.converged
const convergedWrites = max(col(converged, 'writes'))
const convergedTrips = max(col(converged, 'roundTrips'))
const worstChain = converged.find((r) => r.roundTrips === convergedTrips)?.chain ?? []
const firstRequest = [...cases.create, ...cases.converged, ...cases.check]
const nodeMedian = median(cold.node)
const validationX = median(cold.validation) / nodeMedian
const firstRequestX = median(col(firstRequest, 'firstRequestMs')) / nodeMedian
const firstAws = median(col(firstRequest, 'firstAwsMs'))
const FIRST_AWS_TARGET_MS = 120
const checkX = cli.ok ? 1 / median(checkRatio) : NaN
const of = (list, key) => median(col(list, key))
const kb = (n) => `${Math.round(n / 1024)} KB`
// What the time between the token and STS, and between STS and the reads, is spent on (src/start.ts's order).
const SESSION_LOAD =
  "what loading the session's code adds beyond the token's round trip: the STS client with @smithy/core and, because " +
  'src/aws/clients.ts imports them statically, the CloudTrail, S3, IAM and Organizations clients'
const STAGES_LOAD =
  "loading main.ts, @actions/core (with undici) and the stages beyond STS's round trip, and creating the clients"
const entryHolds = bundle.entryPackages.map((p) => `${p.name} ${kb(p.size)}`).join(', ')
const minified = bundle.avgLine > 1000
const lazy = bundle.chunks.length > 0

const chainRows = [
  ['create', cases.create],
  ['converged apply', cases.converged],
  ['check, converged', cases.check]
].map(([name, list]) => {
  const longest = list.reduce((a, b) => (b.roundTrips > a.roundTrips ? b : a), list[0])
  return `| ${name} | ${longest.chain.join(' → ')} | ${[...new Set(list.flatMap((r) => r.writeOps))].join(', ') || 'none'} |`
})

const targets = [
  `- **Converged run: zero writes, at most 3 round trips after the token** — ${convergedWrites === 0 && convergedTrips <= 3 ? '**met**' : '**not met**'}: ` +
    `${convergedWrites} write request${convergedWrites === 1 ? '' : 's'}, ${convergedTrips} round trip${convergedTrips === 1 ? '' : 's'} after the token ` +
    `(${worstChain.join(' → ')}).` +
    (convergedTrips > 3 ? ' The chain above is the one that exceeds the target.' : ''),
  cli.ok
    ? `- **Check mode on a converged trail at least 15× faster than the CLI procedure's reads** — ${checkX >= 15 ? '**met**' : '**not met**'}: ` +
      `${checkX.toFixed(1)}× (median of per-run ratios; range ${(1 / max(checkRatio)).toFixed(1)}–${(1 / min(checkRatio)).toFixed(1)}×). ` +
      `The CLI spends ${ms(of(cases.cliReads, 'wallMs') / CLI_READS.length)} per call, mostly starting Python. The check's ` +
      `${ms(of(cases.check, 'wallMs'))}: ${ms(of(cases.check, 'firstTokenMs'))} from process start to the token request ` +
      `(node's own start is ${ms(nodeMedian)} of it), ${ms(of(cases.check, 'tokenTripMs'))} for the token, ` +
      `${ms(of(cases.check, 'tokenToStsMs'))} from the token to the STS request (${SESSION_LOAD}), ` +
      `${ms(of(cases.check, 'awsSpanMs'))} on its ${of(cases.check, 'roundTrips')} AWS round trips (${LATENCY_MS} ms each at the proxy, ` +
      `with moto's own time and ${ms(of(cases.check, 'stsGapMs'))} from STS's answer to the next request: ${STAGES_LOAD}) and ` +
      `${ms(of(cases.check, 'tailMs'))} from the last response to the exit (plan, summary, outputs).`
    : `- **Check mode at least 15× faster than the CLI procedure's reads** — **not measured**: ${cli.why}`,
  `- **An invalid-input exit at most 2× a bare \`node -e 0\`** — ${validationX <= 2 ? '**met**' : '**not met**'}: ` +
    `${validationX.toFixed(1)}× (${ms(median(cold.validation))} against ${ms(nodeMedian)}). The difference, ` +
    `${ms(median(cold.validation) - nodeMedian)}, is loading and running the entry chunk (${kb(bundle.indexBytes)}: ${entryHolds}) and validating.`,
  `- **The first AWS request at most ${FIRST_AWS_TARGET_MS} ms after the process starts (${LATENCY_MS} ms latency)** — ` +
    `${firstAws <= FIRST_AWS_TARGET_MS ? '**met**' : '**not met**'}: ${ms(firstAws)} (median of the ${firstRequest.length} action runs): ` +
    `${ms(of(firstRequest, 'firstTokenMs'))} to the token request (node's own start ${ms(nodeMedian)}, then the entry chunk and the ` +
    `validation), ${ms(of(firstRequest, 'tokenTripMs'))} for the token (${LATENCY_MS} ms of it the endpoint's latency), ` +
    `${ms(of(firstRequest, 'tokenToStsMs'))} from the token to the STS request leaving (${SESSION_LOAD}).`,
  `- **No behaviour change** — not a figure: every test of \`npm test\` passes unchanged.`,
  `- **Bundle as small as lazy loading and minification make it, with readable stack traces** — ` +
    `${lazy && bundle.mapped && bundle.registered ? '**met for lazy loading**' : '**not met**'}: ` +
    `dist/index.js is ${bytes(bundle.indexBytes)} (${bundle.lines.toLocaleString('en-US')} lines), ` +
    `${lazy ? `with ${bundle.chunks.length} lazily loaded chunk(s)` : 'with no lazily loaded chunk: every AWS client and Octokit are in the entry file'}; ` +
    `source map ${bundle.mapped && bundle.registered ? 'present and registered' : 'missing or not registered'}; ` +
    (minified
      ? 'minified.'
      : 'not minified. `ncc --minify` (ncc 0.45) roughly halves the entry file, but minifies no lazy chunk, and its ' +
        'line-level source map folds inlined functions into their callers in stack traces.')
]

const md = `# Benchmarks

Generated by \`${COMMAND}\` — a measuring tool, not a test (no test asserts a time). Re-run it to refresh this file.

| | |
|---|---|
| date | ${date.toISOString()} |
| command | \`${COMMAND}\` |
| latency | ${LATENCY_MS} ms added to every AWS request by the recording proxy (tools/proxy.mjs), and to the OIDC token request |
| runs | ${RUNS} per case, interleaved (create, converged, check, CLI reads, CLI create in each run); cold start ${COLD_RUNS} runs |
| machine | ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os} |
| node | ${machine.node} |
| load average | ${machine.load} — other work was running; wall times scale with it, request counts and round trips do not |
| AWS | moto ${motoVersion ?? '(version unknown)'} on 127.0.0.1; AWS CLI: ${cliVersion ?? `not measured — ${cli.why}`} |

## The action against the AWS CLI procedure

Wall time is process start to exit: median (min–max) over the runs. Round trips are the proxy's critical path:
the longest chain of AWS requests each started after the previous one finished; the OIDC token request comes
before all of them and is counted separately ("+ 1 token"). The CLI runs one process per call, one after another.

| case | AWS requests | writes | round trips | wall time |
|---|---|---|---|---|
${actionRow('action: create (fresh organization, apply)', cases.create)}
${actionRow('action: converged trail, apply (nothing to do)', cases.converged)}
${actionRow('action: converged trail, check mode', cases.check)}
${cli.ok ? `${cliRow('AWS CLI (a): the reads that check the trail', cases.cliReads)}\n${cliRow('AWS CLI (b): the create sequence', cases.cliCreate)}` : `| AWS CLI | not measured: ${cli.why} | | | |`}

| comparison (same run) | ours ÷ theirs, median (range) |
|---|---|
| check mode on a converged trail ÷ CLI (a) reads | ${ratioText(checkRatio)} |
| create ÷ CLI (b) create sequence | ${ratioText(createRatio)} |

The action does more than the CLI procedure in the same requests: it reads the bucket's location, request-payment,
public-access and logging settings, both service-linked roles, the trail's tags, and in the create case also
creates CloudTrail's service-linked role, tags the trail and re-reads the policy it merged and the trail it made.

CLI (a): ${CLI_READS.map((c) => `\`aws ${c.join(' ')}\``).join(', ')}.
CLI (b): \`aws organizations enable-aws-service-access\`, \`aws s3api put-bucket-policy\` (the foreign statement kept, the three CloudTrail statements with \`aws:SourceArn\`), \`aws cloudtrail create-trail --is-organization-trail --is-multi-region-trail --enable-log-file-validation\`, \`aws cloudtrail start-logging\`, \`aws cloudtrail get-trail-status\`.

Critical paths (the longest run of each case) and write requests:

| case | critical path after the token | writes |
|---|---|---|
${chainRows.join('\n')}

Where the action's time goes (median over the runs; from process start):

| case | start → token request | token round trip | token → STS request | start → first AWS request | first AWS request → last AWS response | of which STS response → next request sent | last AWS response → exit | start → exit |
|---|---|---|---|---|---|---|---|---|
${[
  ['create', cases.create],
  ['converged apply', cases.converged],
  ['check, converged', cases.check]
]
  .map(
    ([name, list]) =>
      `| ${name} | ${ms(of(list, 'firstTokenMs'))} | ${ms(of(list, 'tokenTripMs'))} | ${ms(of(list, 'tokenToStsMs'))} | ${ms(of(list, 'firstAwsMs'))} | ${ms(of(list, 'awsSpanMs'))} | ${ms(of(list, 'stsGapMs'))} | ${ms(of(list, 'tailMs'))} | ${ms(of(list, 'wallMs'))} |`
  )
  .join('\n')}
| invalid input (no request) | | | | | | | | ${ms(median(cold.validation))} |
| bare \`node -e 0\` | | | | | | | | ${ms(nodeMedian)} |
${cli.ok ? `| AWS CLI (a) reads, per process | | | | | | | | ${ms(of(cases.cliReads, 'wallMs') / CLI_READS.length)} |\n` : ''}
"Token → STS request" is ${SESSION_LOAD}. "STS response → next request sent" is ${STAGES_LOAD}. The floor of a converged run is node's
own start, the token, STS and one wave of reads: about ${ms(nodeMedian + 3 * LATENCY_MS)} here (${ms(nodeMedian)} + 3 × ${LATENCY_MS} ms).

## Cold start

| measure | median (min–max) | × \`node -e 0\` |
|---|---|---|
| \`node -e 0\` (bare node, process start to exit, environment PATH only like the action's) | ${spread(cold.node)} | 1.0 |
| validation error (\`trail-name: ${INVALID_TRAIL_NAME}\`, no request), process start to exit | ${spread(cold.validation)} | ${validationX.toFixed(1)} |
| process start to the first request leaving (the OIDC token request) | ${spread(col(firstRequest, 'firstRequestMs'))} | ${firstRequestX.toFixed(1)} |
| process start to the first AWS request (STS, at the proxy) | ${spread(col(firstRequest, 'firstAwsMs'))} | ${(median(col(firstRequest, 'firstAwsMs')) / nodeMedian).toFixed(1)} |

The first-request figures are taken from all ${firstRequest.length} action runs above (spawn time recorded by this script,
request arrival by the token endpoint and the proxy, on one clock); the first AWS request includes the token round trip.

## Bundle

| file | size |
|---|---|
| dist/index.js | ${bytes(bundle.indexBytes)}; gzip ${bytes(bundle.gzipBytes)}; ${bundle.lines.toLocaleString('en-US')} lines |
| dist/index.js.map | ${bundle.mapBytes === null ? 'missing' : bytes(bundle.mapBytes)} |
| dist/sourcemap-register.cjs | ${bundle.registerBytes === null ? 'missing' : bytes(bundle.registerBytes)} |
| dist/licenses.txt | ${bundle.licensesBytes === null ? 'missing' : bytes(bundle.licensesBytes)} |
| lazily loaded chunks | ${bundle.chunks.length ? bundle.chunks.join(', ') : 'none'} |

What the entry chunk (dist/index.js, parsed before the first input is read) holds, by package, in bytes of source
from its source map:

| package | source |
|---|---|
${bundle.entryPackages.map((p) => `| ${p.name} | ${p.size.toLocaleString('en-US')} B |`).join('\n')}

## Targets

${targets.join('\n')}
${anomalies.length ? `\n## Anomalies in this run\n\n${anomalies.map((a) => `- ${a}`).join('\n')}\n` : ''}`.replace(
  /\n*$/,
  '\n'
)

process.stdout.write(md)
if (WRITE) {
  // Keep the member-inventory section that scripts/bench-members.mjs wrote (it is measured separately).
  const previous = await readFile(OUTPUT, 'utf8').catch(() => '')
  const members = previous.match(/<!-- bench:members -->[\s\S]*<!-- \/bench:members -->/)?.[0]
  await writeFile(OUTPUT, members ? `${md}\n${members}\n` : md)
  progress(`wrote ${path.relative(process.cwd(), OUTPUT) || OUTPUT}`)
}
process.exit(0)
