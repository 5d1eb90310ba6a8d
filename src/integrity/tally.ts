// What verification has found so far, shared by every account and region being verified: counts, and
// lists kept to a bound so that a bucket tampered with wholesale still makes a report of bounded size.
import {
  MAX_LISTED,
  type IntegrityCounts,
  type IntegrityVerdict,
  type LoggingOff,
  type Problem,
  type Unreadable
} from './types.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] }

class Capped<T> {
  readonly items: T[] = []
  omitted = 0
  constructor(private readonly seen: (item: T) => string = () => '') {}
  private readonly keys = new Set<string>()
  add(item: T): void {
    const id = this.seen(item)
    if (id !== '') {
      // The same refusal in every account of a region is said once per region and action.
      if (this.keys.has(id)) return
      this.keys.add(id)
    }
    if (this.items.length < MAX_LISTED) this.items.push(item)
    else this.omitted += 1
  }
  get total(): number {
    return this.items.length + this.omitted
  }
}

export class Tally {
  readonly problems = new Capped<Problem>()
  readonly unreadable = new Capped<Unreadable>((u) =>
    u.key === '' && u.action !== 's3:ListBucket' ? `${u.region}|${u.action}|${u.code}` : ''
  )
  readonly loggingOff = new Capped<LoggingOff>()
  readonly counts: Mutable<Omit<IntegrityCounts, 'accounts' | 'regions' | 'accountRegions'>> = {
    digests: { valid: 0, invalid: 0, unverified: 0 },
    logFiles: { valid: 0, invalid: 0, unverified: 0 },
    bytesHashed: 0
  }
  private readonly accountSet = new Set<string>()
  private readonly regionSet = new Set<string>()
  private units = 0
  private stale = 0
  /** Account-region pairs finished. */
  done = 0

  /** An account and region about to be verified. */
  begin(account: string, region: string): void {
    this.accountSet.add(account)
    this.regionSet.add(region)
    this.units += 1
  }

  problem(p: Problem): void {
    if (p.kind === 'stale') this.stale += 1
    this.problems.add(p)
  }

  /** Problems other than stale: evidence that logs were altered, moved or deleted. */
  get integrityProblems(): number {
    return this.problems.total - this.stale
  }

  get unitsStarted(): number {
    return this.units
  }

  totals(): IntegrityCounts {
    return {
      accounts: this.accountSet.size,
      regions: this.regionSet.size,
      accountRegions: this.units,
      ...structuredClone(this.counts)
    }
  }

  /**
   * invalid: evidence of tampering or loss; stale: logs stopped arriving; unverified: something could not
   * be read, so integrity is not proven; valid: every digest and log file of the window verified.
   */
  verdict(): IntegrityVerdict {
    if (this.integrityProblems > 0) return 'invalid'
    if (this.stale > 0) return 'stale'
    const c = this.counts
    if (this.unreadable.total > 0 || c.digests.unverified > 0 || c.logFiles.unverified > 0) return 'unverified'
    return 'valid'
  }
}
