// The chain of one account and region's digests, judged a link at a time as the listing yields them
// (oldest first), so that nothing but the digest before is held. Pure.
import type { Digest } from './digest.js'
import type { ProblemKind } from './types.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Digests are hourly: a span longer than this with no digest is hours with no digest. */
const SLACK = 5 * MINUTE

/** An account and region's newest digest may be this old before the account and region is stale. */
export const STALE_AFTER_MS = 2 * HOUR

/** The digest before, as far as the next link needs it. */
export interface ChainTail {
  readonly key: string
  readonly end: Date
  /** Its signature when it verified; null when it could not be judged or was invalid. */
  readonly signature: string | null
}

export interface ChainContext {
  /** The listing's StartAfter: a link to a key at or before it points before the window. */
  readonly listedAfter: string
  /** The start of what is verified: the window's, or the account's joining when later. */
  readonly from: Date
  /** True when a link's key lies in the folder the listing covers (same bucket and region folder). */
  readonly inListing: (bucket: string, key: string) => boolean
  /** The end of a digest from its key (its name carries it); null for a name that is not this trail's. */
  readonly endOf: (key: string) => Date | null
  /** The key of this trail's digest ending at `end`. */
  readonly keyAt: (end: Date) => string
}

export interface LinkFinding {
  readonly kind: Extract<ProblemKind, 'digest-missing' | 'digest-chain-gap'>
  readonly key: string
  readonly detail: string
}

export interface LinkVerdict {
  readonly problems: readonly LinkFinding[]
  /** A period the chain shows logging (or validation) was off, when this digest starts a new chain. */
  readonly loggingOff: { readonly from: Date; readonly to: Date } | null
}

const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z')
const hours = (ms: number) => Math.max(1, Math.round(ms / HOUR))
const noProblem: LinkVerdict = { problems: [], loggingOff: null }

/**
 * The digests missing before the one a link names (ending at `linkEnd`): CloudTrail's digests end an hour
 * apart, so each hour the chain continues across with no digest is one more digest missing, at the key
 * that hour's end gives it. After the digest before (`tail`), the hours are those that fit between it and
 * the named one, and any span left over is a gap; at the window's start (no digest before), every digest
 * that would end inside the window.
 */
function missingBefore(after: Date, linkEnd: Date | null, at: string, ctx: ChainContext, tail: boolean): LinkFinding[] {
  if (!linkEnd) return []
  const found: LinkFinding[] = []
  const fits = (end: number) => (tail ? end - HOUR - after.getTime() >= -SLACK : end > after.getTime())
  let t = linkEnd.getTime() - HOUR
  for (; fits(t); t -= HOUR)
    found.push({
      kind: 'digest-missing',
      key: ctx.keyAt(new Date(t)),
      detail: `No digest ends at ${iso(new Date(t))} although the chain continues across that hour (${at} links back past it)`
    })
  if (tail && t - after.getTime() > SLACK)
    found.push({
      kind: 'digest-chain-gap',
      key: at,
      detail: `No digest covers ${iso(after)} to ${iso(new Date(t))} although the chain shows the trail was logging`
    })
  return found
}

/**
 * Judges the link of a standard (hourly) digest to the digest before it in the listing, `tail` (null for
 * the first of the window). The chain holds when the link names the tail's key and carries the tail's
 * signature. A link to a key the listing should have shown but did not is a missing digest, and so is
 * each hour before it that no digest covers while the chain continues; a digest that starts a new chain
 * (its link is null) shows logging was off, which is not a problem.
 */
export function judgeLink(tail: ChainTail | null, d: Digest, ctx: ChainContext): LinkVerdict {
  const link = d.previous
  if (link === null) {
    const after = tail?.end ?? ctx.from
    // A window starts at any minute, digests at CloudTrail's: less than an hour before the first is not a gap.
    const tolerance = tail ? SLACK : HOUR
    return {
      problems: [],
      loggingOff: d.start.getTime() - after.getTime() > tolerance ? { from: after, to: d.start } : null
    }
  }
  // A chain continuing in another bucket or folder (the trail's bucket or prefix changed): not judged here.
  if (!ctx.inListing(link.bucket, link.key)) return noProblem
  if (tail === null) {
    if (link.key <= ctx.listedAfter) return noProblem // the digest before ends before the window
    return {
      problems: [
        missing(link.key, d.key),
        // What ends after the listing's start is in the window (the window starts at any minute).
        ...missingBefore(new Date(ctx.from.getTime() - MINUTE), ctx.endOf(link.key), d.key, ctx, false)
      ],
      loggingOff: null
    }
  }
  if (link.key === tail.key) {
    if (tail.signature !== null && link.signature !== tail.signature)
      return {
        problems: [
          {
            kind: 'digest-chain-gap',
            key: d.key,
            detail: `Its link names ${tail.key} but carries another signature than that digest's: the digest there is not the one this chain continues`
          }
        ],
        loggingOff: null
      }
    // An unbroken link across time no digest covers: CloudTrail skipped an hour (or a digest was made
    // to disappear with its successor re-signed, which only CloudTrail's key could do).
    if (d.start.getTime() - tail.end.getTime() > SLACK)
      return {
        problems: [
          {
            kind: 'digest-chain-gap',
            key: d.key,
            detail: `No digest covers ${iso(tail.end)} to ${iso(d.start)}: this digest links straight to ${tail.key}, which ends then`
          }
        ],
        loggingOff: null
      }
    return noProblem
  }
  if (link.key > tail.key && link.key < d.key) {
    return {
      problems: [missing(link.key, d.key), ...missingBefore(tail.end, ctx.endOf(link.key), d.key, ctx, true)],
      loggingOff: null
    }
  }
  return {
    problems: [
      {
        kind: 'digest-chain-gap',
        key: d.key,
        detail: `Its link names ${link.key}, not the digest before it (${tail.key})`
      }
    ],
    loggingOff: null
  }
}

function missing(key: string, namedBy: string): LinkFinding {
  return { kind: 'digest-missing', key, detail: `Named as the previous digest by ${namedBy}, it is not in the bucket` }
}

/** Whether a key was listed: 'unknown' for one older than the keys the unit still remembers. */
export type Listed = (key: string) => 'yes' | 'no' | 'unknown'

/**
 * Judges the link of a backfill digest. How CloudTrail links backfill digests is not documented; the AWS
 * CLI follows their links like the hourly chain's and fails when a named digest is not there. So does
 * this: a link to a key the listing covers, before this digest, that the listing did not show is a
 * missing digest.
 */
export function judgeBackfillLink(d: Digest, ctx: ChainContext, listed: Listed): LinkVerdict {
  const link = d.previous
  if (link === null || !ctx.inListing(link.bucket, link.key) || link.key <= ctx.listedAfter) return noProblem
  // A link forward cannot be judged by a listing read oldest first (CloudTrail does not link forward).
  if (link.key >= d.key) return noProblem
  return listed(link.key) === 'no' ? { problems: [missing(link.key, d.key)], loggingOff: null } : noProblem
}

/** Whether an account and region still delivers: its newest digest ends less than two hours ago. */
export function staleness(
  newestEnd: Date | null,
  from: Date,
  now: Date
): { readonly stale: false } | { readonly stale: true; readonly detail: string } {
  const since = newestEnd ?? from
  const age = now.getTime() - since.getTime()
  if (age <= STALE_AFTER_MS) return { stale: false }
  return {
    stale: true,
    detail: newestEnd
      ? `The newest digest ends at ${iso(newestEnd)}, ${hours(age)} h ago: digests are delivered hourly`
      : `No digest since ${iso(from)} (${hours(age)} h): digests are delivered hourly`
  }
}
