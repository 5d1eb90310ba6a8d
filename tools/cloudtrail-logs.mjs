// An organization trail's logs as CloudTrail writes them, for the test AWS: per account and region, gzip'd
// log files of CloudTrail records and the hourly digest files that sign and chain them, at CloudTrail's
// keys in the trail's bucket, written straight into moto's S3 as the bucket's owner.
//
// What AWS documents and this follows (CloudTrail user guide, "CloudTrail digest file structure",
// "Custom implementations of CloudTrail log file integrity validation", "Finding your CloudTrail log files"):
// - digest key `[prefix/]AWSLogs/<org-id>/<account>/CloudTrail-Digest/<region>/YYYY/MM/DD/
//   <account>_CloudTrail-Digest_<region>_<trail>_<home region>_<digest end YYYYMMDDTHHMMSSZ>.json.gz`; a
//   backfill digest ends in `_backfill.json.gz`; log files under `…/CloudTrail/<region>/YYYY/MM/DD/` named
//   `<account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<16 characters>.json.gz`;
// - a digest every hour per account and region, also with no log file (`logFiles: []`, event times null);
// - the signature (hex, object metadata `signature`, `signature-algorithm: SHA256withRSA`) over
//   `digestEndTime \n bucket/key \n hex SHA-256 of the uncompressed digest \n previousDigestSignature`
//   (`null` for a starting digest), with the region's key (tools/cloudtrail-keys.mjs);
// - a starting digest (the five previousDigest* fields null) when validation starts, and again when logging
//   restarts after a stop; a final digest when logging stops, with the log files up to the StopLogging event;
// - each log file's `hashValue` is the hex SHA-256 of its uncompressed content.
// What AWS does not document, and so is chosen here (and said again where it is done):
// - the final digest covers [previous digest end, StopLogging] and the starting digest after a restart
//   begins at StartLogging, from which the hours count again;
// - a backfill digest carries the key time of the digest it completes, that digest's start and end,
//   the late log files only, metadata `backfill-generation-timestamp`, and chains to the previous backfill
//   digest of its account and region (the AWS CLI follows backfill digests as a chain of their own);
// - the public key fingerprint is the MD5 of the DER public key; content types are left to S3.
import { createHash, createSign } from 'node:crypto'
import { Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import { gunzipSync, gzipSync } from 'node:zlib'
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { testKeys } from './cloudtrail-keys.mjs'
import { DEFAULT_ACCOUNT } from './aws/context.mjs'
import { inAccount } from './members.mjs'
import { seededRandom } from './proxy.mjs'
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail'
import { cloudTrailBucketStatements, credentials, seedBucket } from './seed.mjs'

const HOUR = 3_600_000
const SIGNATURE_ALGORITHM = 'SHA256withRSA'

// ------------------------------------------------------------------------------------------------ names

/**
 * @typedef {object} TrailSpec   the organization trail whose logs are generated
 * @property {string} name
 * @property {string} homeRegion
 * @property {string} bucket
 * @property {string} [prefix]              the trail's S3 key prefix, without a trailing slash
 * @property {string} organizationId        o-…
 * @property {string} managementAccountId   the trail's account (its ARN carries it)
 */

/** `2026-01-02T03:04:05Z`: CloudTrail's times, to the second. @param {Date} d */
export const isoTime = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')
/** `20260102T030405Z`: the digest key's time. @param {Date} d */
const keyTime = (d) => isoTime(d).replace(/[-:]/g, '')
/** `YYYY/MM/DD` @param {Date} d */
const dayPath = (d) => isoTime(d).slice(0, 10).replace(/-/g, '/')

/** @param {TrailSpec} trail @param {string} account */
const accountBase = (trail, account) =>
  `${trail.prefix ? `${trail.prefix}/` : ''}AWSLogs/${trail.organizationId}/${account}`

/** The ARN of the trail (its management account and home region). @param {TrailSpec} trail */
export const trailArnOf = (trail) =>
  `arn:aws:cloudtrail:${trail.homeRegion}:${trail.managementAccountId}:trail/${trail.name}`

/**
 * The folder of an account's digests in one region: `[prefix/]AWSLogs/<org>/<account>/CloudTrail-Digest/<region>/`.
 * @param {TrailSpec} trail @param {string} account @param {string} region
 */
export const digestFolder = (trail, account, region) => `${accountBase(trail, account)}/CloudTrail-Digest/${region}/`

/**
 * The key CloudTrail delivers a digest to, dated by the digest's end.
 * @param {TrailSpec} trail @param {string} account @param {string} region @param {Date} end
 * @param {{ backfill?: boolean }} [options]
 */
export function digestKey(trail, account, region, end, { backfill = false } = {}) {
  return (
    `${digestFolder(trail, account, region)}${dayPath(end)}/` +
    `${account}_CloudTrail-Digest_${region}_${trail.name}_${trail.homeRegion}_${keyTime(end)}` +
    `${backfill ? '_backfill' : ''}.json.gz`
  )
}

/**
 * The key of a log file delivered at `delivered`; `unique` is its 16-character disambiguator.
 * @param {TrailSpec} trail @param {string} account @param {string} region @param {Date} delivered @param {string} unique
 */
export function logFileKey(trail, account, region, delivered, unique) {
  return (
    `${accountBase(trail, account)}/CloudTrail/${region}/${dayPath(delivered)}/` +
    `${account}_CloudTrail_${region}_${keyTime(delivered).slice(0, 13)}Z_${unique}.json.gz`
  )
}

/**
 * The organization trail whose logs are generated, as it exists in moto: its bucket (in the management
 * account, with CloudTrail's statements) and the trail (organization, multi-region, log file validation on,
 * logging), created straight in moto as the management account (moto's default account, or `as`).
 * @param {{ endpoint: string, organizationId: string, managementAccountId: string, name?: string,
 *   homeRegion?: string, bucket?: string, prefix?: string,
 *   as?: { accessKeyId: string, secretAccessKey: string, sessionToken?: string } }} o
 * @returns {Promise<TrailSpec>}
 */
export async function seedOrganizationTrail({
  endpoint,
  organizationId,
  managementAccountId,
  name = 'org-trail',
  homeRegion = 'us-east-1',
  bucket = 'org-trail-logs',
  prefix,
  as
}) {
  /** @type {TrailSpec} */
  const trail = { name, homeRegion, bucket, organizationId, managementAccountId, ...(prefix ? { prefix } : {}) }
  const policy = {
    Version: '2012-10-17',
    Statement: cloudTrailBucketStatements({
      bucket,
      prefix: prefix ?? '',
      trailArn: trailArnOf(trail),
      managementAccountId,
      orgId: organizationId
    })
  }
  await seedBucket({ endpoint, region: homeRegion, bucket, policy, ...(as ? { as } : {}) })
  const cloudtrail = new CloudTrailClient({ endpoint, region: homeRegion, credentials: as ?? credentials })
  await cloudtrail.send(
    new CreateTrailCommand({
      Name: name,
      S3BucketName: bucket,
      ...(prefix ? { S3KeyPrefix: prefix } : {}),
      IsOrganizationTrail: true,
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true
    })
  )
  await cloudtrail.send(new StartLoggingCommand({ Name: name }))
  return trail
}

// ------------------------------------------------------------------------------------------ the records

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** @param {() => number} random @param {number} n @param {string} [alphabet] */
const randomString = (random, n, alphabet = ALPHANUMERIC) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')

/** A v4-shaped UUID from the generator's random source (reproducible, unlike randomUUID). @param {() => number} random */
const uuid = (random) => {
  const h = randomString(random, 32, '0123456789abcdef')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Management events a busy account records, by service: [eventSource, eventName, readOnly, requestParameters]. */
const CALLS = /** @type {const} */ ([
  ['ec2.amazonaws.com', 'DescribeInstances', true, { maxResults: 1000, instancesSet: {}, filterSet: {} }],
  ['ec2.amazonaws.com', 'DescribeSecurityGroups', true, { securityGroupSet: {}, securityGroupIdSet: {} }],
  ['sts.amazonaws.com', 'GetCallerIdentity', true, null],
  ['kms.amazonaws.com', 'ListAliases', true, { limit: 100 }],
  ['lambda.amazonaws.com', 'ListFunctions20150331', true, null],
  ['logs.amazonaws.com', 'DescribeLogGroups', true, { limit: 50 }],
  ['ssm.amazonaws.com', 'GetParameter', true, { name: '/platform/config', withDecryption: false }],
  ['monitoring.amazonaws.com', 'DescribeAlarms', true, { maxRecords: 100 }],
  ['logs.amazonaws.com', 'CreateLogStream', false, { logGroupName: '/aws/lambda/app', logStreamName: 'stream' }]
])

/**
 * One CloudTrail record (an API call by an assumed role), about 1.3 KB of JSON.
 * @param {{ random: () => number, account: string, region: string, time: Date,
 *   call?: readonly [string, string, boolean, object | null] }} o
 */
function record({ random, account, region, time, call }) {
  const [eventSource, eventName, readOnly, requestParameters] =
    call ?? /** @type {(typeof CALLS)[number]} */ (CALLS[Math.floor(random() * CALLS.length)])
  const session = `session-${randomString(random, 8).toLowerCase()}`
  const roleId = `AROA${randomString(random, 17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`
  return {
    eventVersion: '1.11',
    userIdentity: {
      type: 'AssumedRole',
      principalId: `${roleId}:${session}`,
      arn: `arn:aws:sts::${account}:assumed-role/PlatformOperator/${session}`,
      accountId: account,
      accessKeyId: `ASIA${randomString(random, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: roleId,
          arn: `arn:aws:iam::${account}:role/PlatformOperator`,
          accountId: account,
          userName: 'PlatformOperator'
        },
        attributes: { creationDate: isoTime(new Date(time.getTime() - 600_000)), mfaAuthenticated: 'false' }
      }
    },
    eventTime: isoTime(time),
    eventSource,
    eventName,
    awsRegion: region,
    sourceIPAddress: `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`,
    userAgent: 'aws-sdk-js/3.750.0 ua/2.1 os/linux#6.8 lang/js md/nodejs#22.14.0 api/ec2#3.750.0',
    requestParameters,
    responseElements: null,
    requestID: uuid(random),
    eventID: uuid(random),
    readOnly,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: `${eventSource.split('.')[0]}.${region}.amazonaws.com`
    }
  }
}

// ------------------------------------------------------------------------------------------ the timeline

/**
 * @typedef {{ id: string, joinedAt?: Date }} AccountSpec   joinedAt: when the account joined the
 *   organization; its logs begin then (give the AWS layer the same time: setAccountJoined)
 * @typedef {{ account: string, region: string }} ChainRef   one account in one region
 * @typedef {ChainRef & { digest: number, backfill?: boolean }} DigestRef   digest: index in the chain's
 *   digests, oldest 0, negative from the newest (-1 the newest); backfill: among its backfill digests. In the
 *   generator's options, the index counts the chain's digest hours, skipped ones included
 * @typedef {{ start: Date, end: Date, starting: boolean, final: boolean }} Period   one digest's time range;
 *   starting: the first of a chain (previousDigest* null); final: the last before logging stopped
 */

/** A few minutes, the same for an account and region on every run: chains do not all start at once. */
function jitterMs(/** @type {string} */ account, /** @type {string} */ region, /** @type {number} */ maxSeconds) {
  if (maxSeconds <= 0) return 0
  const h = createHash('sha256').update(`${account}/${region}`).digest()
  return (h.readUInt32BE(0) % maxSeconds) * 1000
}

/**
 * The digest periods of one chain: hourly from its start, broken by logging stops (a final partial
 * period ends at StopLogging; a starting digest begins at StartLogging), ending with the last hour that
 * ended by `end` or by the time the chain stopped delivering.
 * @param {{ begin: Date, end: Date, stops: { from: Date, to: Date }[], deliveryStoppedAt?: Date }} o
 * @returns {Period[]}
 */
export function chainPeriods({ begin, end, stops, deliveryStoppedAt }) {
  const cutoff = Math.min(end.getTime(), deliveryStoppedAt?.getTime() ?? Infinity)
  /** @type {Period[]} */
  const periods = []
  let from = begin.getTime()
  const sorted = [...stops].sort((a, b) => a.from.getTime() - b.from.getTime())
  /** @param {number} segmentEnd @param {boolean} stopped */
  const segment = (segmentEnd, stopped) => {
    let t = from
    let starting = true
    const last = Math.min(segmentEnd, cutoff)
    for (; t + HOUR <= last; t += HOUR) {
      periods.push({ start: new Date(t), end: new Date(t + HOUR), starting, final: false })
      starting = false
    }
    // Not documented: the final digest's range. Taken as [previous end, StopLogging].
    if (stopped && segmentEnd <= cutoff && segmentEnd > t)
      periods.push({ start: new Date(t), end: new Date(segmentEnd), starting, final: true })
    else if (stopped && periods.length && periods.at(-1)?.end.getTime() === segmentEnd)
      /** @type {Period} */ (periods.at(-1)).final = true
  }
  for (const stop of sorted) {
    if (stop.to.getTime() <= from) continue
    if (stop.from.getTime() > from) segment(stop.from.getTime(), true)
    from = Math.max(from, stop.to.getTime())
  }
  segment(Infinity, false)
  return periods
}

// ------------------------------------------------------------------------------------------ writing

/**
 * @typedef {object} LogFileRecord   a log file as its digest lists it
 * @property {string} key
 * @property {string} hashValue        hex SHA-256 of the uncompressed content
 * @property {string} newestEventTime
 * @property {string} oldestEventTime
 * @property {number} bytes            the object's (gzip'd) size
 * @typedef {object} DigestRecord     a digest as written
 * @property {string} key
 * @property {Date} start
 * @property {Date} end
 * @property {boolean} starting       its previousDigest* fields are null
 * @property {boolean} final          the last before logging stopped
 * @property {boolean} backfill
 * @property {string | null} previousKey
 * @property {string} signature       hex (the object's `signature` metadata)
 * @property {string} fingerprint     the key it is signed with
 * @property {string} hashValue       hex SHA-256 of its uncompressed content (the next digest's previousDigestHashValue)
 * @property {Date} [generatedAt]     a backfill digest's `backfill-generation-timestamp`
 * @property {LogFileRecord[]} logFiles
 * @typedef {ChainRef & { digests: DigestRecord[], backfills: DigestRecord[] }} Chain
 */

/**
 * @typedef {object} GenerateOptions
 * @property {string} endpoint        moto's URL (objects are written straight to moto, not through the proxy)
 * @property {TrailSpec} trail
 * @property {(string | AccountSpec)[]} accounts
 * @property {string[]} regions
 * @property {Date} [end]             the last instant (now by default); digests end at or before it
 * @property {number} [hours]         hours of logs per chain before `end` (24); see `start`
 * @property {Date} [start]           when the trail began logging (default: `hours` hours and `jitterSeconds`
 *   before `end`); each chain's starting digest begins then, or when its account joined, plus a jitter
 * @property {number} [jitterSeconds] the most a chain starts after `start` (300; 0: every chain at once)
 * @property {number | ((period: Period & ChainRef) => number)} [logFilesPerHour]   log files in a digest
 *   period (2); 0 makes empty digests
 * @property {number} [eventsPerLogFile]   records per log file (5; a record is about 1.3 KB uncompressed)
 * @property {{ from: Date, to: Date }[]} [loggingStopped]   StopLogging at `from`, StartLogging at `to`:
 *   every chain gets a final digest at `from` and a starting digest at `to`
 * @property {(ChainRef & { at: Date })[]} [deliveryStopped]   the chain delivers nothing after `at` (stale)
 * @property {DigestRef[]} [unlistedKey]   these digests are signed (validly) with a key ListPublicKeys never returns
 * @property {DigestRef[]} [skippedDigests]   no digest is delivered for these hours (their log files are), and
 *   the next digest links to the one before: an hour with no digest inside an unbroken chain
 * @property {(DigestRef & { logFiles?: number, delayHours?: number })[]} [backfill]   log files delivered
 *   late for that digest's period (1), listed in a backfill digest generated `delayHours` (2) after it
 * @property {string} [kmsKeyId]      the trail's KMS key (ARN): log files are written with SSE-KMS under it,
 *   digests with SSE-S3, as CloudTrail does ("Enabling server-side encryption encrypts the log files but not
 *   the digest files with SSE-KMS"); without it, everything SSE-S3 (CloudTrail's default)
 * @property {string} [bucketOwner]   the account that owns the bucket (moto's default account)
 * @property {import('./cloudtrail-keys.mjs').KeyRing} [keys]   the signing keys (the process's testKeys)
 * @property {number} [seed]          the records' random source (1)
 * @property {number} [concurrency]   uploads in flight (32)
 * @property {boolean} [keepManifest] false: keep only the counts (for the memory benchmark's large windows)
 */

/**
 * @typedef {object} GeneratedLogs
 * @property {TrailSpec} trail
 * @property {string} trailArn
 * @property {string} endpoint
 * @property {string} bucketOwner
 * @property {Date} start
 * @property {Date} end
 * @property {AccountSpec[]} accounts
 * @property {string[]} regions
 * @property {(account: string, region: string) => Chain} chain   throws when the manifest was not kept
 * @property {(ref: DigestRef) => DigestRecord} digest
 * @property {{ digests: number, backfillDigests: number, logFiles: number, bytes: number,
 *   uncompressedBytes: number }} counts
 * @property {number} durationMs
 */

/** @param {string} endpoint @param {string} owner @param {number} concurrency */
export function ownerS3(endpoint, owner, concurrency = 32) {
  return inAccount(
    new S3Client({
      endpoint,
      region: 'us-east-1',
      credentials,
      forcePathStyle: true,
      // moto needs no checksums; computing them would only slow the generator down.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: concurrency }) }
    }),
    owner
  )
}

/** Bounded concurrent uploads: `put` waits while `size` are in flight; `drain` waits for all, rethrows the first error. */
function uploadPool(/** @type {number} */ size) {
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set()
  /** @type {unknown} */
  let failure = null
  return {
    /** @param {() => Promise<unknown>} task */
    async put(task) {
      if (failure) throw failure
      while (inFlight.size >= size) await Promise.race(inFlight)
      const p = task().then(
        () => {
          inFlight.delete(p)
        },
        (error) => {
          inFlight.delete(p)
          failure ??= error
        }
      )
      inFlight.add(p)
    },
    async drain() {
      await Promise.all(inFlight)
      if (failure) throw failure
    }
  }
}

/** hex SHA-256 */
const sha256 = (/** @type {Buffer | string} */ data) => createHash('sha256').update(data).digest('hex')

/**
 * The string CloudTrail signs (user guide, "Custom implementations…", D).
 * @param {{ end: Date, bucket: string, key: string, content: Buffer, previousSignature: string | null }} o
 */
export const stringToSign = ({ end, bucket, key, content, previousSignature }) =>
  `${isoTime(end)}\n${bucket}/${key}\n${sha256(content)}\n${previousSignature ?? 'null'}`

/**
 * Generates and writes the trail's logs for every account and region, chain by chain (a chain's digests
 * are signed in order, each over its predecessor's signature), uploading concurrently.
 * @param {GenerateOptions} options
 * @returns {Promise<GeneratedLogs>}
 */
export async function generateCloudTrailLogs(options) {
  const began = performance.now()
  const {
    endpoint,
    trail,
    regions,
    end = new Date(Math.floor(Date.now() / 1000) * 1000),
    hours = 24,
    jitterSeconds = 300,
    logFilesPerHour = 2,
    eventsPerLogFile = 5,
    loggingStopped = [],
    deliveryStopped = [],
    unlistedKey = [],
    skippedDigests = [],
    backfill = [],
    bucketOwner = DEFAULT_ACCOUNT,
    kmsKeyId,
    keys = testKeys,
    seed = 1,
    concurrency = 32,
    keepManifest = true
  } = options
  const start = options.start ?? new Date(end.getTime() - hours * HOUR - jitterSeconds * 1000)
  const accounts = options.accounts.map((a) => (typeof a === 'string' ? { id: a } : a))
  const s3 = ownerS3(endpoint, bucketOwner, concurrency)
  const pool = uploadPool(concurrency)
  const counts = { digests: 0, backfillDigests: 0, logFiles: 0, bytes: 0, uncompressedBytes: 0 }
  /** @type {Map<string, Chain>} */
  const chains = new Map()
  const rogue = unlistedKey.length ? keys.unlisted() : null
  const managementHome = (/** @type {ChainRef} */ c) =>
    c.account === trail.managementAccountId && c.region === trail.homeRegion

  /** @param {string} key @param {Buffer} body @param {Record<string, string>} [metadata] digests only */
  const put = (key, body, metadata) => {
    const encryption =
      kmsKeyId && !metadata
        ? { ServerSideEncryption: /** @type {const} */ ('aws:kms'), SSEKMSKeyId: kmsKeyId }
        : { ServerSideEncryption: /** @type {const} */ ('AES256') }
    return pool.put(() =>
      s3.send(new PutObjectCommand({ Bucket: trail.bucket, Key: key, Body: body, Metadata: metadata, ...encryption }))
    )
  }

  /**
   * Writes one log file delivered at `delivered` with records in the few minutes before it.
   * @param {ChainRef & { random: () => number, delivered: Date, extra?: object[] }} o
   * @returns {Promise<LogFileRecord>}
   */
  async function writeLogFile({ account, region, random, delivered, extra = [] }) {
    const records = []
    for (let i = 0; i < eventsPerLogFile; i++) {
      const time = new Date(delivered.getTime() - Math.floor(30 + random() * 270) * 1000)
      records.push(record({ random, account, region, time }))
    }
    records.push(...extra)
    records.sort((a, b) => a.eventTime.localeCompare(b.eventTime))
    const content = Buffer.from(JSON.stringify({ Records: records }))
    const body = gzipSync(content)
    const key = logFileKey(trail, account, region, delivered, randomString(random, 16))
    counts.logFiles++
    counts.bytes += body.length
    counts.uncompressedBytes += content.length
    await put(key, body)
    const times = records.map((r) => r.eventTime)
    return {
      key,
      hashValue: sha256(content),
      newestEventTime: /** @type {string} */ (times.at(-1)),
      oldestEventTime: /** @type {string} */ (times[0]),
      bytes: body.length
    }
  }

  /**
   * Signs and writes one digest; returns what the next digest of its chain needs.
   * @param {ChainRef & { start: Date, end: Date, logFiles: LogFileRecord[], previous: DigestRecord | null,
   *   backfillOf?: Date, generatedAt?: Date, signingKey: import('./cloudtrail-keys.mjs').SigningKey }} o
   * @returns {Promise<DigestRecord>}
   */
  async function writeDigest({ account, region, start: from, end: to, logFiles, previous, generatedAt, signingKey }) {
    const backfill = generatedAt !== undefined
    const key = digestKey(trail, account, region, to, { backfill })
    const times = logFiles.flatMap((f) => [f.newestEventTime, f.oldestEventTime]).sort()
    const digest = {
      awsAccountId: account,
      digestStartTime: isoTime(from),
      digestEndTime: isoTime(to),
      digestS3Bucket: trail.bucket,
      digestS3Object: key,
      digestPublicKeyFingerprint: signingKey.fingerprint,
      digestSignatureAlgorithm: SIGNATURE_ALGORITHM,
      newestEventTime: times.at(-1) ?? null,
      oldestEventTime: times[0] ?? null,
      previousDigestS3Bucket: previous ? trail.bucket : null,
      previousDigestS3Object: previous?.key ?? null,
      previousDigestHashValue: previous?.hashValue ?? null,
      previousDigestHashAlgorithm: previous ? 'SHA-256' : null,
      previousDigestSignature: previous?.signature ?? null,
      logFiles: logFiles.map((f) => ({
        s3Bucket: trail.bucket,
        s3Object: f.key,
        hashValue: f.hashValue,
        hashAlgorithm: 'SHA-256',
        newestEventTime: f.newestEventTime,
        oldestEventTime: f.oldestEventTime
      }))
    }
    const content = Buffer.from(JSON.stringify(digest))
    const signature = createSign('RSA-SHA256')
      .update(
        stringToSign({ end: to, bucket: trail.bucket, key, content, previousSignature: previous?.signature ?? null })
      )
      .sign(signingKey.privateKey, 'hex')
    const body = gzipSync(content)
    if (backfill) counts.backfillDigests++
    else counts.digests++
    counts.bytes += body.length
    counts.uncompressedBytes += content.length
    await put(key, body, {
      signature,
      'signature-algorithm': SIGNATURE_ALGORITHM,
      ...(generatedAt ? { 'backfill-generation-timestamp': isoTime(generatedAt) } : {})
    })
    return {
      key,
      start: from,
      end: to,
      starting: previous === null,
      final: false,
      backfill,
      previousKey: previous?.key ?? null,
      signature,
      fingerprint: signingKey.fingerprint,
      hashValue: sha256(content),
      ...(generatedAt ? { generatedAt } : {}),
      logFiles: keepManifest ? logFiles : []
    }
  }

  /** Negative indexes count from the newest. @param {number} i @param {number} length */
  const at = (i, length) => (i < 0 ? length + i : i)

  for (const account of accounts) {
    for (const region of regions) {
      const ref = { account: account.id, region }
      const matches = (/** @type {ChainRef} */ r) => r.account === ref.account && r.region === ref.region
      const random = seededRandom(
        seed ^ createHash('sha256').update(`${ref.account}/${region}`).digest().readUInt32BE(0)
      )
      // An account that joined inside the window is logged from then (how soon CloudTrail starts after
      // the account joins is not documented: at once, here).
      const begin =
        account.joinedAt && account.joinedAt > start
          ? account.joinedAt
          : new Date(start.getTime() + jitterMs(ref.account, region, jitterSeconds))
      const periods = chainPeriods({
        begin,
        end,
        stops: loggingStopped,
        deliveryStoppedAt: deliveryStopped.find(matches)?.at
      })
      const unlisted = new Set(unlistedKey.filter(matches).map((d) => at(d.digest, periods.length)))
      const skipped = new Set(skippedDigests.filter(matches).map((d) => at(d.digest, periods.length)))
      /** @type {DigestRecord[]} */
      const digests = []
      /** @type {DigestRecord | null} */
      let previous = null
      for (const [i, period] of periods.entries()) {
        const n = typeof logFilesPerHour === 'function' ? logFilesPerHour({ ...period, ...ref }) : logFilesPerHour
        const span = period.end.getTime() - period.start.getTime()
        const logFiles = []
        for (let f = 0; f < n; f++) {
          const delivered = new Date(period.start.getTime() + Math.floor(((f + 0.5) * span) / n / 1000) * 1000)
          logFiles.push(await writeLogFile({ ...ref, random, delivered }))
        }
        // The trail's own StopLogging / StartLogging calls are recorded where they were made.
        if (managementHome(ref) && (period.final || (period.starting && i > 0))) {
          const call = period.final
            ? /** @type {const} */ (['cloudtrail.amazonaws.com', 'StopLogging', false, { name: trailArnOf(trail) }])
            : /** @type {const} */ (['cloudtrail.amazonaws.com', 'StartLogging', false, { name: trailArnOf(trail) }])
          const when = period.final ? new Date(period.end.getTime() - 1000) : new Date(period.start.getTime() + 1000)
          const delivered = period.final ? period.end : new Date(period.start.getTime() + 60_000)
          logFiles.push(
            await writeLogFile({
              ...ref,
              random,
              delivered,
              extra: [record({ random, account: ref.account, region, time: when, call })]
            })
          )
        }
        // Not documented that CloudTrail ever does this: a digest missing from an unbroken chain.
        if (skipped.has(i)) continue
        const starting = period.starting
        const signingKey = unlisted.has(i) && rogue ? rogue : keys.signingKey(region, period.end)
        const written = await writeDigest({
          ...ref,
          start: period.start,
          end: period.end,
          logFiles,
          previous: starting ? null : previous,
          signingKey
        })
        written.final = period.final
        digests.push(written)
        previous = written
      }

      /** @type {DigestRecord[]} */
      const backfills = []
      /** @type {DigestRecord | null} */
      let previousBackfill = null
      const late = backfill
        .filter(matches)
        .map((b) => ({ ...b, index: at(b.digest, digests.length) }))
        .sort((a, b) => a.index - b.index)
      for (const b of late) {
        const original = digests[b.index]
        if (!original) throw new Error(`backfill: ${ref.account} ${region} has no digest ${b.digest}`)
        // Delivered late, but never after `end`.
        const generatedAt = new Date(Math.min(original.end.getTime() + (b.delayHours ?? 2) * HOUR, end.getTime()))
        const logFiles = []
        for (let f = 0; f < (b.logFiles ?? 1); f++)
          logFiles.push(
            await writeLogFile({ ...ref, random, delivered: new Date(generatedAt.getTime() - 60_000 * (f + 1)) })
          )
        const written = await writeDigest({
          ...ref,
          start: original.start,
          end: original.end,
          logFiles,
          previous: previousBackfill,
          generatedAt,
          signingKey: keys.signingKey(region, generatedAt)
        })
        backfills.push(written)
        previousBackfill = written
      }
      if (keepManifest) chains.set(`${ref.account}/${region}`, { ...ref, digests, backfills })
    }
  }
  await pool.drain()

  const chain = (/** @type {string} */ account, /** @type {string} */ region) => {
    if (!keepManifest) throw new Error('generateCloudTrailLogs ran with keepManifest: false')
    const c = chains.get(`${account}/${region}`)
    if (!c) throw new Error(`no logs were generated for ${account} in ${region}`)
    return c
  }
  return {
    trail,
    trailArn: trailArnOf(trail),
    endpoint,
    bucketOwner,
    start,
    end,
    accounts,
    regions,
    chain,
    digest(ref) {
      const c = chain(ref.account, ref.region)
      const digests = ref.backfill ? c.backfills : c.digests
      const d = digests[at(ref.digest, digests.length)]
      if (!d) throw new Error(`${ref.account} ${ref.region} has ${digests.length} digests, not ${ref.digest}`)
      return d
    },
    counts,
    durationMs: performance.now() - began
  }
}

// ------------------------------------------------------------------------------------------ tampering

/** The bucket's owner's S3, for the changes below. @param {GeneratedLogs} logs */
const s3Of = (logs) => ownerS3(logs.endpoint, logs.bucketOwner, 4)

/** @param {GeneratedLogs} logs @param {string} key */
async function readObject(logs, key) {
  const out = await s3Of(logs).send(new GetObjectCommand({ Bucket: logs.trail.bucket, Key: key }))
  return {
    body: Buffer.from(await /** @type {any} */ (out.Body).transformToByteArray()),
    metadata: out.Metadata ?? {},
    // Written back as it was encrypted.
    encryption: {
      ...(out.ServerSideEncryption ? { ServerSideEncryption: out.ServerSideEncryption } : {}),
      ...(out.SSEKMSKeyId ? { SSEKMSKeyId: out.SSEKMSKeyId } : {})
    }
  }
}

/** @param {GeneratedLogs} logs @param {string} key */
export async function deleteObject(logs, key) {
  await s3Of(logs).send(new DeleteObjectCommand({ Bucket: logs.trail.bucket, Key: key }))
  return key
}

/** @param {GeneratedLogs} logs @param {DigestRef & { file?: number }} ref */
function logFileOf(logs, ref) {
  const digest = logs.digest(ref)
  const file = digest.logFiles[ref.file ?? 0]
  if (!file) throw new Error(`digest ${digest.key} lists ${digest.logFiles.length} log files, not ${ref.file ?? 0}`)
  return file
}

/**
 * Deletes a digest; returns its key.
 * @param {GeneratedLogs} logs @param {DigestRef} ref
 */
export const deleteDigest = (logs, ref) => deleteObject(logs, logs.digest(ref).key)

/**
 * Deletes the `file`th (0) log file a digest lists; returns its key.
 * @param {GeneratedLogs} logs @param {DigestRef & { file?: number }} ref
 */
export const deleteLogFile = (logs, ref) => deleteObject(logs, logFileOf(logs, ref).key)

/**
 * Rewrites a log file a digest lists as someone covering their tracks would: the first record's source IP
 * changed, gzip'd again at the same key. Returns its key.
 * @param {GeneratedLogs} logs @param {DigestRef & { file?: number }} ref
 */
export async function alterLogFile(logs, ref) {
  const { key } = logFileOf(logs, ref)
  const { body, encryption } = await readObject(logs, key)
  const content = JSON.parse(gunzipSync(body).toString())
  content.Records[0].sourceIPAddress = '203.0.113.66'
  await s3Of(logs).send(
    new PutObjectCommand({
      Bucket: logs.trail.bucket,
      Key: key,
      Body: gzipSync(JSON.stringify(content)),
      ...encryption
    })
  )
  return key
}

/**
 * Rewrites a digest's content but keeps its signature metadata, so the signature no longer verifies: the
 * last log file it lists is dropped (hiding it), or, when it lists none, its end time moved. Returns its key.
 * @param {GeneratedLogs} logs @param {DigestRef} ref
 */
export async function alterDigest(logs, ref) {
  const { key } = logs.digest(ref)
  const { body, metadata, encryption } = await readObject(logs, key)
  const digest = JSON.parse(gunzipSync(body).toString())
  if (digest.logFiles.length) digest.logFiles.pop()
  else digest.newestEventTime = digest.digestEndTime
  await s3Of(logs).send(
    new PutObjectCommand({
      Bucket: logs.trail.bucket,
      Key: key,
      Body: gzipSync(JSON.stringify(digest)),
      Metadata: metadata,
      ...encryption
    })
  )
  return key
}

/**
 * Moves a digest (content and metadata, so validly signed) to another key, by default over the next digest
 * of its chain, as someone replacing a digest they want gone with an older one would: the object at the
 * destination names a key that is not its own. The original stays. Returns both keys.
 * @param {GeneratedLogs} logs @param {DigestRef & { to?: string }} ref
 */
export async function moveDigest(logs, ref) {
  const { key: from } = logs.digest(ref)
  const { digests } = logs.chain(ref.account, ref.region)
  const index = ref.digest < 0 ? digests.length + ref.digest : ref.digest
  const to = ref.to ?? digests[index + 1]?.key
  if (!to) throw new Error(`moveDigest: ${from} is the newest digest of its chain; give \`to\``)
  await s3Of(logs).send(
    new CopyObjectCommand({
      Bucket: logs.trail.bucket,
      Key: to,
      CopySource: `${logs.trail.bucket}/${encodeURIComponent(from).replace(/%2F/g, '/')}`,
      MetadataDirective: 'COPY'
    })
  )
  return { from, to }
}

/**
 * The object metadata of a key (signature, signature-algorithm…), or null when it does not exist.
 * @param {GeneratedLogs} logs @param {string} key
 */
export async function objectMetadata(logs, key) {
  try {
    const out = await s3Of(logs).send(new HeadObjectCommand({ Bucket: logs.trail.bucket, Key: key }))
    return out.Metadata ?? {}
  } catch (error) {
    if (/** @type {{ name?: string }} */ (error).name === 'NotFound') return null
    throw error
  }
}
