// What a verification's result means for the step, and several shards' results as one. Pure.
import {
  MAX_LISTED,
  type IntegrityVerdict,
  type LogIntegrityRecord as LogIntegrity,
  type ProblemKind
} from './types.js'
import { plural } from '../plan/wording.js'

/** "2 log-file-invalid, 1 digest-missing": the kinds found, most frequent first. */
export function kindsOf(r: Pick<LogIntegrity, 'problems'>): string {
  const counts = new Map<ProblemKind, number>()
  for (const p of r.problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ')
}

/** Why the step fails over the logs (fail-on-log-integrity), or null when they were verified valid. */
export function integrityFailure(r: LogIntegrity): string | null {
  const problems = r.problems.length + r.omitted.problems
  switch (r.verdict) {
    case 'valid':
      return null
    case 'invalid':
      return `Log integrity is invalid: ${plural(problems, 'problem')} in the ${r.window.duration} verified (${kindsOf(r)}) (fail-on-log-integrity is true)`
    case 'stale':
      return `Logs are stale: ${plural(problems, 'account and region')} delivered no digest for over two hours (fail-on-log-integrity is true)`
    case 'unverified':
      return r.skipped
        ? `The logs could not be verified: ${r.skipped.replace(/\.$/, '')} (fail-on-log-integrity is true)`
        : `The logs could not all be verified: ${plural(r.unreadable.length + r.omitted.unreadable, 'read')} refused or failed (${[...new Set(r.unreadable.map((u) => u.action))].join(', ')}) (fail-on-log-integrity is true)`
  }
}

const ORDER: readonly IntegrityVerdict[] = ['invalid', 'stale', 'unverified', 'valid']

/** The jobs of a matrix (accounts-shard), each a part of the accounts, as one result. */
export function combineShards(parts: readonly LogIntegrity[]): LogIntegrity & { readonly missingShards: number[] } {
  const first = parts[0]
  if (!first) throw new Error('no part to combine')
  const sum = (f: (r: LogIntegrity) => number) => parts.reduce((n, r) => n + f(r), 0)
  const capped = <T>(lists: (r: LogIntegrity) => readonly T[], omitted: (r: LogIntegrity) => number) => {
    const all = parts.flatMap(lists)
    return { items: all.slice(0, MAX_LISTED), omitted: all.length - Math.min(all.length, MAX_LISTED) + sum(omitted) }
  }
  const problems = capped(
    (r) => r.problems,
    (r) => r.omitted.problems
  )
  const unreadable = capped(
    (r) => r.unreadable,
    (r) => r.omitted.unreadable
  )
  const loggingOff = capped(
    (r) => r.loggingOff,
    (r) => r.omitted.loggingOff
  )
  const count = first.shard?.count ?? 1
  const present = new Set(parts.map((r) => r.shard?.index ?? 1))
  const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i))
  const verdict = ORDER.find((v) => parts.some((r) => r.verdict === v)) ?? 'valid'
  return {
    // A missing job's accounts were not verified at all.
    verdict: missingShards.length > 0 && verdict === 'valid' ? 'unverified' : verdict,
    window: {
      from: parts.map((r) => r.window.from).sort()[0] as string,
      to: parts
        .map((r) => r.window.to)
        .sort()
        .at(-1) as string,
      duration: first.window.duration
    },
    logFiles: parts.every((r) => r.logFiles === 'all') ? 'all' : 'none',
    shard: null,
    counts: {
      accounts: sum((r) => r.counts.accounts),
      regions: Math.max(...parts.map((r) => r.counts.regions)),
      accountRegions: sum((r) => r.counts.accountRegions),
      digests: {
        valid: sum((r) => r.counts.digests.valid),
        invalid: sum((r) => r.counts.digests.invalid),
        unverified: sum((r) => r.counts.digests.unverified)
      },
      logFiles: {
        valid: sum((r) => r.counts.logFiles.valid),
        invalid: sum((r) => r.counts.logFiles.invalid),
        unverified: sum((r) => r.counts.logFiles.unverified)
      },
      bytesHashed: sum((r) => r.counts.bytesHashed)
    },
    problems: problems.items,
    unreadable: unreadable.items,
    loggingOff: loggingOff.items,
    omitted: { problems: problems.omitted, unreadable: unreadable.omitted, loggingOff: loggingOff.omitted },
    skipped: parts.find((r) => r.skipped)?.skipped ?? null,
    missingShards
  }
}
