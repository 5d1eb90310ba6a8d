// Where CloudTrail puts an organization trail's digests (CloudTrail user guide, "CloudTrail digest file
// structure"): [prefix/]AWSLogs/<org-id>/<account>/CloudTrail-Digest/<region>/YYYY/MM/DD/
// <account>_CloudTrail-Digest_<region>_<trail>_<home-region>_<YYYYMMDDTHHMMSSZ>[_backfill].json.gz,
// the timestamp being the digest's end. Pure.

/** One trail's digests of one account and region. */
export interface DigestPlace {
  readonly bucket: string
  /** The trail's S3KeyPrefix, '' when none. */
  readonly prefix: string
  /** o-…, or null for a trail that is not an organization trail (AWSLogs/<account>/…). */
  readonly organizationId: string | null
  readonly account: string
  readonly region: string
  readonly trailName: string
  readonly homeRegion: string
}

/** [prefix/]AWSLogs/[o-id/] */
export function logsRoot(place: Pick<DigestPlace, 'prefix' | 'organizationId'>): string {
  return `${place.prefix ? `${place.prefix}/` : ''}AWSLogs/${place.organizationId ? `${place.organizationId}/` : ''}`
}

/** The folder an account's digests of every region are under. */
export function accountDigestRoot(place: Pick<DigestPlace, 'prefix' | 'organizationId' | 'account'>): string {
  return `${logsRoot(place)}${place.account}/CloudTrail-Digest/`
}

/** The folder a region's digests are under (every day, every trail delivering there). */
export function digestFolder(place: DigestPlace): string {
  return `${accountDigestRoot(place)}${place.region}/`
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** YYYYMMDDTHHMMSSZ, as digest names carry it. */
export function digestTimestamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  )
}

function dayFolder(date: Date): string {
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/`
}

/** The key a (non-backfill) digest ending at `end` would have. */
export function digestKey(place: DigestPlace, end: Date): string {
  return `${digestFolder(place)}${dayFolder(end)}${namePrefix(place)}${digestTimestamp(end)}.json.gz`
}

function namePrefix(place: DigestPlace): string {
  return `${place.account}_CloudTrail-Digest_${place.region}_${place.trailName}_${place.homeRegion}_`
}

/**
 * Where a listing of the digests ending after `from` starts (S3's StartAfter, exclusive): the key a digest
 * ending one minute before would have, as the AWS CLI's validate-logs lists (so that a digest ending at
 * `from` exactly is included).
 */
export function listingStart(place: DigestPlace, from: Date): string {
  return digestKey(place, new Date(from.getTime() - 60_000))
}

/** A key of this trail's digests, read. */
export interface DigestName {
  readonly key: string
  /** The end of the digest's hour, from its name. */
  readonly end: Date
  readonly backfill: boolean
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Reads the keys of one trail's digests of one account and region; any other key (another trail's
 * digests delivered to the same folder, anything else put there) is not this trail's, and gets null.
 */
export function digestNameReader(place: DigestPlace): (key: string) => DigestName | null {
  const pattern = new RegExp(
    `^${escape(digestFolder(place))}\\d{4}/\\d{2}/\\d{2}/${escape(namePrefix(place))}` +
      '(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z(_backfill)?\\.json\\.gz$'
  )
  return (key) => {
    const m = pattern.exec(key)
    if (!m) return null
    const [, y, mo, d, h, mi, s, backfill] = m
    const end = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)))
    return Number.isNaN(end.getTime()) ? null : { key, end, backfill: backfill !== undefined }
  }
}

/** True when `key` lies under the region folder this listing covers (a link the listing can judge). */
export function isInFolder(place: DigestPlace, bucket: string, key: string): boolean {
  return bucket === place.bucket && key.startsWith(digestFolder(place))
}

/** The region folders (…/CloudTrail-Digest/<region>/) of a delimiter listing, as region names. */
export function regionOfFolder(place: Pick<DigestPlace, 'prefix' | 'organizationId' | 'account'>, folder: string) {
  const root = accountDigestRoot(place)
  if (!folder.startsWith(root) || !folder.endsWith('/')) return null
  const region = folder.slice(root.length, -1)
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : null
}
