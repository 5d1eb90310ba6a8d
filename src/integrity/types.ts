// What log verification finds, as plain values: the verifier's verdicts, the stage's result.
import type { IamAction } from '../aws/actions.js'

/**
 * The kinds of problem, each a different thing to do for the reader:
 * - digest-missing: a digest the chain names is not in the bucket, or an hour the chain continues across
 *   has no digest (its key is the one that hour's digest would have);
 * - digest-invalid: a digest that is not CloudTrail's: its signature does not verify, its key is not one
 *   CloudTrail published, or it is not a digest at all (format);
 * - digest-moved: a CloudTrail digest found at another place than the one it names as its own;
 * - digest-chain-gap: the chain does not close: a link to another digest than the one before it, or one
 *   that carries another signature than that digest's, or hours off CloudTrail's hourly grid with no
 *   digest while the chain says the trail was logging;
 * - log-file-missing, log-file-invalid: a log file a valid digest lists is gone, or its SHA-256 differs;
 * - stale: the newest digest of an account and region is older than two hours (logs stopped arriving).
 */
export const PROBLEM_KINDS = [
  'digest-missing',
  'digest-invalid',
  'digest-moved',
  'digest-chain-gap',
  'log-file-missing',
  'log-file-invalid',
  'stale'
] as const
export type ProblemKind = (typeof PROBLEM_KINDS)[number]

/** One problem, where it is: the object's key (or the digest folder, for a stale account and region). */
export interface Problem {
  readonly account: string
  readonly region: string
  readonly kind: ProblemKind
  readonly key: string
  /** One sentence: what was found, for the person who reads the report. */
  readonly detail: string
}

/** What could not be read is reported as what it is (an access denial, a KMS refusal), never as tampering. */
export interface Unreadable {
  readonly account: string
  readonly region: string
  /** The object, or '' for a listing or a public-key request. */
  readonly key: string
  /** The IAM action the role lacks or that was refused. */
  readonly action: IamAction
  readonly code: string
  readonly message: string
}

/** A period the chain itself shows logging (or log file validation) was off: not a problem. */
export interface LoggingOff {
  readonly account: string
  readonly region: string
  readonly from: string
  readonly to: string
}

/** The verdict of one job's verification (off is the absence of one). */
export type IntegrityVerdict = 'valid' | 'invalid' | 'stale' | 'unverified'

export interface IntegrityCounts {
  readonly accounts: number
  readonly regions: number
  /** Account-region pairs verified. */
  readonly accountRegions: number
  readonly digests: { readonly valid: number; readonly invalid: number; readonly unverified: number }
  readonly logFiles: { readonly valid: number; readonly invalid: number; readonly unverified: number }
  /** Uncompressed bytes of log files hashed. */
  readonly bytesHashed: number
}

/** The result of verifying one window in one job (one shard of the accounts, or all). */
export interface LogIntegrity {
  readonly verdict: IntegrityVerdict
  readonly window: { readonly from: string; readonly to: string; readonly duration: string }
  readonly logFiles: 'all' | 'none'
  /** i/n of accounts-shard; null: every account. */
  readonly shard: { readonly index: number; readonly count: number } | null
  readonly counts: IntegrityCounts
  /** At most MAX_LISTED of each; `omitted` says how many more there were. */
  readonly problems: readonly Problem[]
  readonly unreadable: readonly Unreadable[]
  readonly loggingOff: readonly LoggingOff[]
  readonly omitted: { readonly problems: number; readonly unreadable: number; readonly loggingOff: number }
  /** Why nothing could be verified at all (no trail, validation off); null when verification ran. */
  readonly skipped: string | null
}

/** Entries kept in each list of the report: a tampered bucket must not make the report unbounded. */
export const MAX_LISTED = 1000

/** A result as the run report records it and the roll-up reads it back: IAM actions as plain text. */
export type LogIntegrityRecord = Omit<LogIntegrity, 'unreadable'> & {
  readonly unreadable: readonly (Omit<Unreadable, 'action'> & { readonly action: string })[]
}
