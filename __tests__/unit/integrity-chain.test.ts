// The chain of an account and region's digests, judged a link at a time, with plain values: what a missing
// digest, hours without one, a broken link and a stop of logging each look like, told apart.
import {
  judgeBackfillLink,
  judgeLink,
  staleness,
  type ChainContext,
  type ChainTail
} from '../../src/integrity/chain.js'
import type { Digest } from '../../src/integrity/digest.js'
import { digestKey, digestNameReader, isInFolder, listingStart } from '../../src/integrity/layout.js'
import { PLACE, keyOf } from '../support/digests.js'

const H = 3_600_000
const T0 = new Date('2026-03-02T00:01:31Z')
/** The end of the digest of hour n. */
const end = (n: number) => new Date(T0.getTime() + n * H)
const key = (n: number, backfill = false) => keyOf(PLACE, end(n), backfill)
const sig = (n: number) => `${n.toString(16).padStart(2, '0')}`.repeat(256)

/** The digest of hour n (start end(n-1), end end(n)), linked to hour `to` (null: starts a chain). */
function digest(n: number, to: number | null, over: Partial<Digest> = {}): Digest {
  return {
    bucket: PLACE.bucket,
    key: key(n),
    backfill: false,
    endTimeText: end(n).toISOString(),
    start: end(n - 1),
    end: end(n),
    ownBucket: PLACE.bucket,
    ownKey: key(n),
    fingerprint: 'f',
    signature: sig(n),
    algorithm: 'SHA256withRSA',
    previous: to === null ? null : { bucket: PLACE.bucket, key: key(to), signature: sig(to) },
    previousSignatureText: to === null ? null : sig(to),
    logFiles: [],
    sha256: '',
    generatedAt: null,
    ...over
  }
}

const tail = (n: number, signature: string | null = sig(n)): ChainTail => ({ key: key(n), end: end(n), signature })
const nameOf = digestNameReader(PLACE)
/** The window starts ten minutes after hour 0's digest ends. */
const context = (from = new Date(end(0).getTime() + 600_000)): ChainContext => ({
  listedAfter: listingStart(PLACE, from),
  from,
  inListing: (bucket, k) => isInFolder(PLACE, bucket, k),
  endOf: (k) => nameOf(k)?.end ?? null,
  keyAt: (e) => digestKey(PLACE, e)
})

describe('judgeLink', () => {
  it('a link to the digest before, with its signature, holds', () => {
    expect(judgeLink(tail(3), digest(4, 3), context())).toEqual({ problems: [], loggingOff: null })
  })

  it('one deleted digest: the link names a key the listing did not show — that digest is missing', () => {
    expect(judgeLink(tail(3), digest(5, 4), context())).toEqual({
      problems: [{ kind: 'digest-missing', key: key(4), detail: expect.stringContaining(key(5)) }],
      loggingOff: null
    })
  })

  it('two deleted digests: the named one is missing, and so is the one of the hour before, at its key', () => {
    const verdict = judgeLink(tail(3), digest(6, 5), context())
    expect(verdict.problems).toEqual([
      { kind: 'digest-missing', key: key(5), detail: expect.stringContaining(key(6)) },
      { kind: 'digest-missing', key: key(4), detail: expect.stringContaining('No digest ends at 2026-03-02T04:01:31Z') }
    ])
  })

  it('an hour and a half with no digest off the hourly grid: one digest missing, and the half hour a gap', () => {
    // The digest before ends at half past: an hour and a half lies between it and the named one's start.
    const halfPast = new Date(end(3).getTime() - 30 * 60_000)
    const offGrid: ChainTail = { key: keyOf(PLACE, halfPast), end: halfPast, signature: 'aa' }
    const verdict = judgeLink(offGrid, digest(6, 5), context())
    expect(verdict.problems.map((p) => [p.kind, p.key])).toEqual([
      ['digest-missing', key(5)],
      ['digest-missing', key(4)],
      ['digest-chain-gap', key(6)]
    ])
    expect(verdict.problems[2]?.detail).toMatch(/^No digest covers 2026-03-02T02:31:31Z to 2026-03-02T03:01:31Z/)
  })

  it('a link that names the digest before but carries another signature is a broken link', () => {
    const verdict = judgeLink(tail(3, 'aa'.repeat(256)), digest(4, 3), context())
    expect(verdict.problems).toEqual([
      { kind: 'digest-chain-gap', key: key(4), detail: expect.stringContaining(key(3)) }
    ])
  })

  it('an hour with no digest in an unbroken chain (the link skips it) is a gap, not a missing digest', () => {
    // Hour 4 has no digest at all; hour 5's digest links to hour 3's.
    expect(judgeLink(tail(3), digest(5, 3), context()).problems).toEqual([
      {
        kind: 'digest-chain-gap',
        key: key(5),
        detail: `No digest covers 2026-03-02T03:01:31Z to 2026-03-02T04:01:31Z: this digest links straight to ${key(3)}, which ends then`
      }
    ])
  })

  it('the signature is not compared when the digest before could not be verified (it is reported already)', () => {
    expect(judgeLink(tail(3, null), digest(4, 3), context()).problems).toEqual([])
  })

  it('a link past the digest before (to an older one) is a broken link', () => {
    expect(judgeLink(tail(3), digest(4, 2), context()).problems).toEqual([
      {
        kind: 'digest-chain-gap',
        key: key(4),
        detail: `Its link names ${key(2)}, not the digest before it (${key(3)})`
      }
    ])
  })

  it('logging stopped for three hours: the next digest starts a new chain — a period off, not a problem', () => {
    expect(judgeLink(tail(3), digest(7, null, { start: end(6) }), context())).toEqual({
      problems: [],
      loggingOff: { from: end(3), to: end(6) }
    })
  })

  it('a new chain right after the last digest is no period off', () => {
    expect(judgeLink(tail(3), digest(4, null), context())).toEqual({ problems: [], loggingOff: null })
  })

  it("the window's first digest: a link to before the window is not judged", () => {
    expect(judgeLink(null, digest(1, 0), context())).toEqual({ problems: [], loggingOff: null })
  })

  it("the window's first digest linking inside the window: its predecessor is missing, and the hours before", () => {
    // The window starts after hour 0; the first digest listed is hour 4's and links to hour 3's.
    const verdict = judgeLink(null, digest(4, 3), context())
    expect(verdict.problems.map((p) => [p.kind, p.key])).toEqual([
      ['digest-missing', key(3)],
      ['digest-missing', key(2)],
      ['digest-missing', key(1)]
    ])
  })

  it('an account that joined inside the window: its first digest starts a chain, nothing before is a gap', () => {
    const joined = new Date(end(5).getTime() - 10 * 60_000)
    expect(judgeLink(null, digest(6, null), context(joined))).toEqual({ problems: [], loggingOff: null })
  })

  it('a chain that continues in another bucket (the trail moved) is not judged here', () => {
    const d = digest(4, 3, { previous: { bucket: 'old-logs', key: key(3), signature: sig(3) } })
    expect(judgeLink(null, d, context()).problems).toEqual([])
  })
})

describe('judgeBackfillLink', () => {
  const backfill = (n: number, to: string | null): Digest => ({
    ...digest(n, null),
    key: key(n, true),
    ownKey: key(n, true),
    backfill: true,
    previous: to === null ? null : { bucket: PLACE.bucket, key: to, signature: 'aa' }
  })

  it('a link to a digest listed before holds; to one the listing covers and did not show, it is missing', () => {
    const listed = (k: string) => (k === key(2) ? 'yes' : 'no') as 'yes' | 'no'
    expect(judgeBackfillLink(backfill(5, key(2)), context(), listed).problems).toEqual([])
    expect(judgeBackfillLink(backfill(5, key(3)), context(), listed).problems).toEqual([
      { kind: 'digest-missing', key: key(3), detail: expect.any(String) }
    ])
  })

  it('a link older than the keys still remembered, or null, is not judged', () => {
    expect(judgeBackfillLink(backfill(5, key(3)), context(), () => 'unknown').problems).toEqual([])
    expect(judgeBackfillLink(backfill(5, null), context(), () => 'no').problems).toEqual([])
  })
})

describe('staleness', () => {
  const now = new Date('2026-03-02T12:00:00Z')
  it('a newest digest under two hours old is fresh; older is stale, saying how old', () => {
    expect(staleness(new Date('2026-03-02T10:30:00Z'), end(0), now)).toEqual({ stale: false })
    expect(staleness(new Date('2026-03-02T09:00:00Z'), end(0), now)).toEqual({
      stale: true,
      detail: 'The newest digest ends at 2026-03-02T09:00:00Z, 3 h ago: digests are delivered hourly'
    })
  })

  it('no digest at all is stale from the start of what is verified — unless that is under two hours ago', () => {
    expect(staleness(null, new Date('2026-03-01T12:00:00Z'), now)).toEqual({
      stale: true,
      detail: expect.stringContaining('No digest since 2026-03-01T12:00:00Z')
    })
    // An account that joined an hour ago.
    expect(staleness(null, new Date('2026-03-02T11:00:00Z'), now)).toEqual({ stale: false })
  })
})
