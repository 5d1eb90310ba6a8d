// The values of the log-verification inputs (verify-logs, accounts-shard), read and checked here; their
// entries in the input table (inputs.ts) use these. Pure.
import type { Parsed } from './selectors.js'

const HOUR_MS = 3_600_000

/** The longest window verify-logs takes, in hours (90 days). */
export const MAX_WINDOW_HOURS = 90 * 24

/** A verification window as the workflow wrote it ("24h", "7d") and as a duration. */
export interface VerifyWindow {
  readonly text: string
  readonly ms: number
}

/** The window of verify-logs: a whole number of hours or days, 1h to 90d. */
export function parseWindow(value: string): Parsed<VerifyWindow> {
  const m = /^(\d{1,5})([hd])$/.exec(value)
  const hours = m ? Number(m[1]) * (m[2] === 'd' ? 24 : 1) : NaN
  if (!m || hours < 1)
    return {
      ok: false,
      problems: ['must be a window of whole hours or days, from 1h to 90d (for example "24h" or "7d")']
    }
  if (hours > MAX_WINDOW_HOURS)
    return {
      ok: false,
      problems: ['must be at most 90d: a longer window is verified by several runs, each of its part']
    }
  return { ok: true, value: { text: value, ms: hours * HOUR_MS } }
}

/** GitHub Actions runs at most 256 jobs of one matrix. */
export const MAX_SHARDS = 256

/** accounts-shard: "i/n", job i of n (1 ≤ i ≤ n ≤ 256). */
export function parseShard(value: string): Parsed<{ index: number; count: number }> {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(value)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    return {
      ok: false,
      problems: [
        `must be "i/n", this job's number i of n jobs, with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (for example "\${{ matrix.shard }}/4")`
      ]
    }
  return { ok: true, value: { index, count } }
}

export type VerifyLogFiles = 'all' | 'none'

/** What a run with verify-logs set verifies. */
export interface LogIntegritySettings {
  readonly window: VerifyWindow
  /** all: every log file a digest lists is fetched and hashed; none: digests only. */
  readonly logFiles: VerifyLogFiles
  /** Fail the step on any problem (fail-on-log-integrity). */
  readonly failOnProblem: boolean
  /** This job's part of the accounts; null: all of them. */
  readonly shard: { readonly index: number; readonly count: number } | null
}
