// The real AWS CLI as the reference for log integrity: `aws cloudtrail validate-logs`, the pinned awscli of
// tools/requirements-awscli.txt (installed into .venv-awscli), pointed at the harness with AWS_ENDPOINT_URL
// (through the proxy, so that the AWS layer answers cloudtrail:ListPublicKeys), one account and one region
// per run as a user has to, its verdict per digest and per log file parsed from what it prints.
//
// What the CLI (awscli/customizations/cloudtrail/validation.py) calls for an organization trail, all in the
// `--region` it runs in: cloudtrail:DescribeTrails (finds the trail by ARN: bucket, prefix, organization
// flag), organizations:DescribeOrganization (the o- id in the keys), s3:GetBucketLocation, then, in the
// bucket's region, s3:ListObjects (v1, Marker and Prefix) over the digest folder, cloudtrail:ListPublicKeys
// for [start, end + 2 h] (and around a backfill digest's generation time), s3:GetObject of each digest
// and each log file. It walks each chain from the newest digest back along previousDigestS3Object; so it
// - never sees a deleted newest digest (nothing links to it) nor a stray object in the folder;
// - reports one "not found" for a run of consecutive deleted digests (the newest of them), then resumes
//   at the next older digest it listed;
// - reports a starting digest (null previous link) followed by an older one as a gap ("No log files were
//   delivered by CloudTrail between …"), not as invalid;
// - exits 1 when a digest or log file is invalid, 0 otherwise (gaps included); 255 when it fails.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnTimed } from './runner.mjs'
import { credentials as defaultCredentials } from './seed.mjs'
import { ensureVenvTool } from './venv.mjs'

/**
 * The pinned AWS CLI, installed into .venv-awscli from tools/requirements-awscli.txt when missing or when
 * that file changed (as ensureMoto does for moto).
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>} the path of `aws`
 */
export function ensureAwsCli({ quiet = false } = {}) {
  return ensureVenvTool({
    dir: '.venv-awscli',
    requirements: 'requirements-awscli.txt',
    bin: 'aws',
    label: 'awscli',
    quiet
  })
}

/**
 * @typedef {'missing' | 'signature' | 'moved' | 'public-key-not-found' | 'public-key-unreadable' | 'format'
 *   | 'hash-mismatch' | 'trailing-data' | 'other'} CliReason
 * @typedef {{ bucket: string, key: string, backfill: boolean, valid: boolean, reason?: CliReason,
 *   message?: string }} CliDigestVerdict   message: the CLI's words after INVALID
 * @typedef {{ bucket: string, key: string, valid: boolean, reason?: CliReason, message?: string }} CliLogVerdict
 * @typedef {{ backfill: boolean, from: Date, to: Date }} CliGap   "No log files were delivered by CloudTrail
 *   between `from` and `to`" (the older digest's end, the starting digest's start)
 * @typedef {object} CliValidation
 * @property {number | null} exitCode       0 all valid, 1 something invalid, 255 the CLI failed
 * @property {CliDigestVerdict[]} digests   in the order the CLI reported them (newest first per chain)
 * @property {CliLogVerdict[]} logFiles
 * @property {CliGap[]} gaps
 * @property {{ start: Date, end: Date } | null} found   "Results found for A to B" (null: no valid digest)
 * @property {{ digests: [number, number], backfillDigests: [number, number], logFiles: [number, number] }} ratios
 *   [valid, total] per kind, as the summary prints them
 * @property {string | null} error          the CLI's own error line when it failed
 * @property {string} stdout
 * @property {string} stderr
 * @property {number} durationMs
 */

/** @type {[RegExp, CliReason][]} */
const REASONS = [
  [/^not found$/, 'missing'],
  [/^signature verification failed$/, 'signature'],
  [/^has been moved from its original location$/, 'moved'],
  [/^public key not found in region/, 'public-key-not-found'],
  [/^Unable to load PKCS #1 key/, 'public-key-unreadable'],
  [/^invalid format$/, 'format'],
  [/^hash value doesn't match$/, 'hash-mismatch'],
  [/^unexpected data after end of compressed stream$/, 'trailing-data']
]
/** @param {string} message @returns {CliReason} */
const reasonOf = (message) => REASONS.find(([re]) => re.test(message))?.[1] ?? 'other'

/** `s3://bucket/key` → { bucket, key } @param {string} url */
function s3Url(url) {
  const rest = url.replace(/^s3:\/\//, '')
  const slash = rest.indexOf('/')
  return { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) }
}

/** The CLI's display dates: 2026-01-02T03:04:05Z. @param {string} s */
const date = (s) => new Date(s)

/**
 * Reads `validate-logs --verbose` output: the status lines (valid ones on stdout, invalid ones and gaps on
 * stderr, tab-separated: `Digest file`, `s3://…`, `valid` or `INVALID: reason`), the summary on stdout.
 * @param {string} stdout @param {string} stderr
 * @returns {Omit<CliValidation, 'exitCode' | 'stdout' | 'stderr' | 'durationMs'>}
 */
export function parseValidateLogs(stdout, stderr) {
  /** @type {CliDigestVerdict[]} */
  const digests = []
  /** @type {CliLogVerdict[]} */
  const logFiles = []
  /** @type {CliGap[]} */
  const gaps = []
  let found = null
  let error = null
  const ratios = {
    digests: /** @type {[number, number]} */ ([0, 0]),
    backfillDigests: /** @type {[number, number]} */ ([0, 0]),
    logFiles: /** @type {[number, number]} */ ([0, 0])
  }
  const lines = [
    ...stdout.split('\n').map((text) => ({ text, err: false })),
    ...stderr.split('\n').map((text) => ({ text, err: true }))
  ]
  for (const { text: line, err } of lines) {
    const status = line.match(/^(\(backfill\) )?(Digest|Log) file\t(s3:\/\/\S+)\t(valid|INVALID: (.*))$/)
    if (status) {
      const [, backfill, kind, url, verdict, message] = status
      const where = s3Url(/** @type {string} */ (url))
      const valid = verdict === 'valid'
      const detail = valid ? {} : { reason: reasonOf(/** @type {string} */ (message)), message: String(message) }
      if (kind === 'Digest') digests.push({ ...where, backfill: Boolean(backfill), valid, ...detail })
      else logFiles.push({ ...where, valid, ...detail })
      continue
    }
    const gap = line.match(/^(\(backfill\) )?No log files were delivered by CloudTrail between (\S+) and (\S+)$/)
    if (gap) {
      gaps.push({ backfill: Boolean(gap[1]), from: date(String(gap[2])), to: date(String(gap[3])) })
      continue
    }
    const range = line.match(/^Results found for (\S+) to (\S+):$/)
    if (range) {
      found = { start: date(String(range[1])), end: date(String(range[2])) }
      continue
    }
    for (const [name, field] of /** @type {const} */ ([
      ['digest', 'digests'],
      ['backfill digest', 'backfillDigests'],
      ['log', 'logFiles']
    ])) {
      const ratio = line.match(new RegExp(`^(\\d+)/(\\d+) ${name} files valid`))
      if (ratio) ratios[field] = [Number(ratio[1]), Number(ratio[2])]
    }
    // The CLI's own failure (no public keys, no trail, a refused call) is its last other stderr line.
    if (err && line.trim()) error = line.trim()
  }
  return { digests, logFiles, gaps, found, ratios, error }
}

/**
 * Runs `aws cloudtrail validate-logs --verbose` for one account and one region of an organization trail,
 * as a user must, against the harness: AWS_ENDPOINT_URL = `endpoint` (the proxy's URL), the management
 * account's credentials by default, no profile or instance metadata of the developer's.
 * @param {{ endpoint: string, trailArn: string, accountId: string, region: string, start: Date, end?: Date,
 *   credentials?: { accessKeyId: string, secretAccessKey: string, sessionToken?: string },
 *   s3Bucket?: string, s3Prefix?: string, bin?: string, timeoutMs?: number }} o
 *   s3Bucket/s3Prefix: the CLI's --s3-bucket/--s3-prefix (it then skips DescribeTrails, and with it the
 *   organization id: use them for an account trail only)
 * @returns {Promise<CliValidation>}
 */
export async function validateLogsWithCli({
  endpoint,
  trailArn,
  accountId,
  region,
  start,
  end,
  credentials = defaultCredentials,
  s3Bucket,
  s3Prefix,
  bin,
  timeoutMs = 120_000
}) {
  const aws = bin ?? (await ensureAwsCli({ quiet: true }))
  const home = await mkdtemp(path.join(tmpdir(), 'org-trail-awscli-'))
  try {
    // Empty config and credentials files: the developer's profile can never be used.
    const config = path.join(home, 'config')
    await writeFile(config, '')
    const args = [
      'cloudtrail',
      'validate-logs',
      '--trail-arn',
      trailArn,
      '--account-id',
      accountId,
      '--region',
      region,
      '--start-time',
      start.toISOString(),
      ...(end ? ['--end-time', end.toISOString()] : []),
      ...(s3Bucket ? ['--s3-bucket', s3Bucket] : []),
      ...(s3Prefix ? ['--s3-prefix', s3Prefix] : []),
      '--verbose'
    ]
    const run = await spawnTimed(aws, args, {
      cwd: home,
      timeoutMs,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        AWS_CONFIG_FILE: config,
        AWS_SHARED_CREDENTIALS_FILE: config,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
        AWS_MAX_ATTEMPTS: '2',
        AWS_PAGER: ''
      }
    })
    if (run.timedOut) throw new Error(`aws cloudtrail validate-logs timed out after ${timeoutMs} ms\n${run.stderr}`)
    return {
      exitCode: run.code,
      ...parseValidateLogs(run.stdout, run.stderr),
      stdout: run.stdout,
      stderr: run.stderr,
      durationMs: run.durationMs
    }
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

/** The action's kind (issue 22) for each of the CLI's reasons, by what was checked. */
const DIGEST_KINDS = /** @type {Record<CliReason, string>} */ ({
  missing: 'digest-missing',
  moved: 'digest-moved',
  signature: 'digest-invalid',
  'public-key-not-found': 'digest-invalid',
  'public-key-unreadable': 'digest-invalid',
  format: 'digest-invalid',
  'hash-mismatch': 'digest-invalid',
  'trailing-data': 'digest-invalid',
  other: 'digest-invalid'
})

/**
 * The CLI's verdicts as problems in the action's vocabulary (`{ account, region, kind, key }`, kinds of
 * issue 22), sorted by key: what the action must also report for that account and region. The CLI has no
 * notion of `stale` or `digest-chain-gap`; a gap (logging off) is no problem.
 * @param {Pick<CliValidation, 'digests' | 'logFiles'>} result @param {{ account: string, region: string }} ref
 * @returns {{ account: string, region: string, kind: string, key: string }[]}
 */
export function cliProblems(result, { account, region }) {
  return [
    ...result.digests
      .filter((d) => !d.valid)
      .map((d) => ({ account, region, kind: DIGEST_KINDS[d.reason ?? 'other'], key: d.key })),
    ...result.logFiles
      .filter((f) => !f.valid)
      .map((f) => ({
        account,
        region,
        kind: f.reason === 'missing' ? 'log-file-missing' : 'log-file-invalid',
        key: f.key
      }))
  ].sort((a, b) => a.key.localeCompare(b.key))
}
