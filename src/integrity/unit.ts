// One account and region: its digests listed oldest first, read a few ahead, each judged with the one
// before it, the log files of the valid ones hashed as they stream; only a handful are held at a time.
import type { S3Client } from '@aws-sdk/client-s3'
import { judgeBackfillLink, judgeLink, STALE_AFTER_MS, staleness, type ChainContext, type ChainTail } from './chain.js'
import { judgeDigest, readDigest, type Digest } from './digest.js'
import type { PublicKeys } from './keys.js'
import {
  digestFolder,
  digestKey,
  digestNameReader,
  isInFolder,
  listingStart,
  type DigestName,
  type DigestPlace
} from './layout.js'
import type { Limit } from './limit.js'
import { getDigestObject, hashLogFile, listKeys, refusalOf, type ReadRefusal } from './objects.js'
import type { Tally } from './tally.js'
import type { Problem, ProblemKind } from './types.js'

/** Digests read ahead of the one being judged, per account and region. */
const READ_AHEAD = 4
/** Digests whose log files may be hashing at once, per account and region. */
const LOG_BATCHES = 6
/** Listed keys remembered for judging backfill links (three days of hourly digests). */
const REMEMBERED = 72

export interface UnitContext {
  /** The bucket's session: the management account's, or the Log Archive role's. */
  readonly s3: S3Client
  readonly keys: PublicKeys
  readonly limit: Limit
  readonly tally: Tally
  readonly now: Date
  readonly windowStart: Date
  readonly logFiles: 'all' | 'none'
  /** The trail's KMS key: CloudTrail encrypts the log files with it (SSE-KMS), the digests with SSE-S3. */
  readonly logsKey: string | null
}

export interface Unit {
  readonly place: DigestPlace
  /** Verified from: the window's start, or the account's joining of the organization when later. */
  readonly from: Date
}

type Fetched = { readonly name: DigestName; readonly read: Awaited<ReturnType<typeof getDigestObject>> }

/** Keys listed lately, to tell a backfill link to a missing digest from one older than what is remembered. */
class Remembered {
  private readonly keys = new Set<string>()
  private readonly order: string[] = []
  constructor(private floor: string) {}
  add(key: string): void {
    this.keys.add(key)
    this.order.push(key)
    if (this.order.length > REMEMBERED) {
      const old = this.order.shift() as string
      this.keys.delete(old)
      this.floor = old
    }
  }
  listed = (key: string): 'yes' | 'no' | 'unknown' => (this.keys.has(key) ? 'yes' : key > this.floor ? 'no' : 'unknown')
}

/**
 * A log file S3 refuses with a plain AccessDenied, when the trail encrypts log files with a KMS key: S3
 * answers so when KMS refuses to decrypt for the caller (S3's reference does not document the answer;
 * users report this one), and the digests, which are not under that key, were readable.
 */
function logFileRefusal(r: ReadRefusal, key: string | null): ReadRefusal {
  if (!key || r.action !== 's3:GetObject' || r.code !== 'AccessDenied') return r
  return {
    action: 'kms:Decrypt',
    code: r.code,
    message: `The log files are encrypted with ${key} (SSE-KMS): reading them needs kms:Decrypt on that key as well as s3:GetObject. S3 said: ${r.message}`
  }
}

export async function verifyUnit(ctx: UnitContext, unit: Unit): Promise<void> {
  const { place } = unit
  const { tally } = ctx
  tally.begin(place.account, place.region)
  const nameOf = digestNameReader(place)
  const verifiedAfter = listingStart(place, ctx.windowStart)
  // Keys before the window only tell how recent the newest digest is, when the window is under two hours.
  const freshFrom = new Date(Math.min(ctx.windowStart.getTime(), ctx.now.getTime() - STALE_AFTER_MS))
  const chain: ChainContext = {
    listedAfter: verifiedAfter,
    from: unit.from,
    inListing: (bucket, key) => isInFolder(place, bucket, key),
    endOf: (key) => nameOf(key)?.end ?? null,
    keyAt: (end) => digestKey(place, end)
  }
  const remembered = new Remembered(verifiedAfter)
  const problem = (kind: ProblemKind, key: string, detail: string) =>
    tally.problem({ account: place.account, region: place.region, kind, key, detail })
  const refused = (key: string, r: ReadRefusal) =>
    tally.unreadable.add({ account: place.account, region: place.region, key, ...r })
  // A missing digest may be one found moved (from there, or over it): known once the listing is read.
  const missing = new Map<string, Problem>()
  const moved = new Set<string>()

  let tail: ChainTail | null = null
  let newest: DigestName | null = null
  const batches: Promise<void>[] = []

  const hashAll = (d: Digest) =>
    Promise.all(
      d.logFiles.map(async (f) => {
        const read = await ctx.limit(() => hashLogFile(ctx.s3, f.bucket, f.key))
        const c = tally.counts.logFiles
        if (!read.ok) {
          if (read.missing) {
            c.invalid += 1
            problem('log-file-missing', f.key, `Listed by ${d.key}, it is not in the bucket`)
          } else {
            c.unverified += 1
            refused(f.key, logFileRefusal(read.refusal, ctx.logsKey))
          }
        } else if ('corrupt' in read.value) {
          c.invalid += 1
          problem('log-file-invalid', f.key, `Listed by ${d.key}, it is ${read.value.corrupt}`)
        } else if (read.value.sha256 !== f.hashValue) {
          c.invalid += 1
          problem('log-file-invalid', f.key, `Its SHA-256 is not the one ${d.key} records: it was altered`)
        } else {
          c.valid += 1
          tally.counts.bytesHashed += read.value.bytes
        }
      })
    ).then(() => undefined)

  const judge = async ({ name, read }: Fetched) => {
    const c = tally.counts.digests
    const standard = !name.backfill
    const unjudged: ChainTail = { key: name.key, end: name.end, signature: null }
    if (!read.ok) {
      if (read.missing) {
        c.invalid += 1
        problem('digest-missing', name.key, 'Listed, then gone when read: it was deleted during the run')
      } else {
        c.unverified += 1
        refused(name.key, read.refusal)
        if (standard) tail = unjudged
      }
      return
    }
    const parsed = readDigest({ bucket: place.bucket, key: name.key, backfill: name.backfill, ...read.value })
    if (!parsed.ok) {
      c.invalid += 1
      problem('digest-invalid', name.key, `It ${parsed.reason}`)
      if (standard) tail = unjudged
      return
    }
    const d = parsed.digest
    const key = await ctx.keys.find(place.region, d.fingerprint, d.generatedAt)
    let signature: string | null = null
    if (!key.ok) {
      c.unverified += 1
      refused('', { ...key.failure })
    } else {
      const verdict = judgeDigest(d, key.value, place.region)
      if (verdict.kind === 'digest-moved') {
        c.invalid += 1
        moved.add(d.ownKey).add(name.key)
        problem('digest-moved', name.key, verdict.detail)
        return // not part of the chain where it lies
      }
      if (verdict.kind === 'digest-invalid') {
        c.invalid += 1
        problem('digest-invalid', name.key, verdict.detail)
        if (standard) tail = unjudged
        return
      }
      c.valid += 1
      signature = d.signature
    }
    // The links of a digest whose signature could not be checked are still followed: they cost nothing.
    const link = standard ? judgeLink(tail, d, chain) : judgeBackfillLink(d, chain, remembered.listed)
    for (const p of link.problems) {
      const found = { account: place.account, region: place.region, ...p }
      if (p.kind === 'digest-missing') missing.set(p.key, missing.get(p.key) ?? found)
      else tally.problem(found)
    }
    if (link.loggingOff)
      tally.loggingOff.add({
        account: place.account,
        region: place.region,
        from: link.loggingOff.from.toISOString(),
        to: link.loggingOff.to.toISOString()
      })
    if (standard) tail = { key: d.key, end: d.end, signature }
    if (signature !== null && ctx.logFiles === 'all' && d.logFiles.length > 0) {
      batches.push(hashAll(d))
      if (batches.length >= LOG_BATCHES) await batches.shift()
    }
  }

  const ahead: Promise<Fetched>[] = []
  try {
    for await (const key of listKeys(ctx.s3, place.bucket, digestFolder(place), listingStart(place, freshFrom))) {
      const name = nameOf(key)
      if (!name) continue
      if (!name.backfill && (newest === null || name.end > newest.end)) newest = name
      if (key <= verifiedAfter) continue
      remembered.add(key)
      ahead.push(ctx.limit(async () => ({ name, read: await getDigestObject(ctx.s3, place.bucket, key) })))
      if (ahead.length >= READ_AHEAD) await judge(await (ahead.shift() as Promise<Fetched>))
    }
  } catch (error) {
    // Without the listing nothing more of this account and region can be said: not even that it is stale.
    refused('', refusalOf(error, 's3:ListBucket'))
    for (const pending of ahead.splice(0)) await judge(await pending)
    await Promise.all(batches)
    tally.done += 1
    return
  }
  for (const pending of ahead.splice(0)) await judge(await pending)
  await Promise.all(batches)

  for (const m of missing.values()) if (!moved.has(m.key)) tally.problem(m)
  const fresh = staleness(newest?.end ?? null, unit.from, ctx.now)
  if (fresh.stale) problem('stale', newest?.key ?? digestFolder(place), fresh.detail)
  tally.done += 1
}
