// Log verification (verify-logs): a stage after the plan, reads only. Every active account of the
// organization (or this job's shard of them) and every region the trail delivers, each verified by
// unit.ts, a bounded number of reads in flight, progress in the log.
import type { S3Client } from '@aws-sdk/client-s3'
import { accountOf } from '../aws/arn.js'
import type { Clients } from '../aws/clients.js'
import { errorCode, errorMessage } from '../aws/errors.js'
import { pool } from '../observe/members.js'
import { activeAccounts } from '../observe/organization.js'
import type { TrailConfig } from '../observe/types.js'
import type { LogIntegritySettings } from '../settings/log-integrity.js'
import { PublicKeys } from './keys.js'
import type { DigestPlace } from './layout.js'
import { limit } from './limit.js'
import { deliveredRegions, enabledRegions } from './regions.js'
import { inShard } from './shard.js'
import { Tally } from './tally.js'
import type { LogIntegrity } from './types.js'
import { verifyUnit, type UnitContext } from './unit.js'

/** Accounts verified at once; each verifies all its regions at once. */
const ACCOUNTS_AT_ONCE = 16
/**
 * S3 reads in flight across every account and region. Under the SDK's default of 50 sockets per host, so
 * that requests wait here, in order, rather than in the socket pool.
 */
const READS_IN_FLIGHT = 48
const PROGRESS_EVERY_MS = 5_000

export interface VerifyInput {
  /** The management session: Organizations, CloudTrail's public keys, Account Management. */
  readonly clients: Clients
  /** The bucket's session (the Log Archive role's when log-archive-role-arn is set). */
  readonly s3: S3Client
  readonly settings: LogIntegritySettings
  /** The trail as it is now; null when there is none. */
  readonly trail: TrailConfig | null
  readonly organizationId: string | null
  readonly log: (line: string) => void
  readonly now?: Date
}

interface Account {
  readonly id: string
  readonly joined: Date | null
}

/** Why there is nothing to verify, when there is not. */
function skipReason(trail: TrailConfig | null, organizationId: string | null): string | null {
  if (trail === null) return 'The trail does not exist: there are no logs to verify.'
  if (!trail.logFileValidationEnabled)
    return 'Log file validation is off on the trail: CloudTrail delivers no digest files, so the logs cannot be verified.'
  if (trail.isOrganizationTrail && organizationId === null)
    return "The organization could not be read, so its accounts' logs cannot be found."
  return null
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1)

async function* accountsOf(input: VerifyInput, trail: TrailConfig, tally: Tally): AsyncGenerator<Account> {
  const shard = input.settings.shard
  if (!trail.isOrganizationTrail) {
    // An account trail logs its own account only, under AWSLogs/<account>/.
    const id = accountOf(trail.arn)
    if (inShard(id, shard)) yield { id, joined: null }
    return
  }
  try {
    for await (const a of activeAccounts(input.clients))
      if (a.Id && inShard(a.Id, shard)) yield { id: a.Id, joined: a.JoinedTimestamp ?? null }
  } catch (error) {
    tally.unreadable.add({
      account: '',
      region: '',
      key: '',
      action: 'organizations:ListAccounts',
      code: errorCode(error),
      message: errorMessage(error)
    })
  }
}

export async function verifyLogs(input: VerifyInput): Promise<LogIntegrity> {
  const { settings, trail, log } = input
  const now = input.now ?? new Date()
  const windowStart = new Date(now.getTime() - settings.window.ms)
  const tally = new Tally()
  const result = (skipped: string | null): LogIntegrity => ({
    verdict: skipped ? 'unverified' : tally.verdict(),
    window: { from: windowStart.toISOString(), to: now.toISOString(), duration: settings.window.text },
    logFiles: settings.logFiles,
    shard: settings.shard,
    counts: tally.totals(),
    problems: tally.problems.items,
    unreadable: tally.unreadable.items,
    loggingOff: tally.loggingOff.items,
    omitted: {
      problems: tally.problems.omitted,
      unreadable: tally.unreadable.omitted,
      loggingOff: tally.loggingOff.omitted
    },
    skipped
  })
  const skipped = skipReason(trail, input.organizationId)
  if (skipped !== null || trail === null) {
    log(`Log verification: ${skipped}`)
    return result(skipped)
  }

  const started = Date.now()
  const base = {
    bucket: trail.s3BucketName,
    prefix: trail.s3KeyPrefix,
    organizationId: trail.isOrganizationTrail ? input.organizationId : null,
    trailName: trail.name,
    homeRegion: trail.homeRegion
  }
  // Regions every account must deliver; opt-in ones are verified where an account has digests there.
  let regions = [trail.homeRegion]
  if (trail.isMultiRegionTrail) {
    const enabled = await enabledRegions(input.clients)
    if (enabled.ok) regions = [...enabled.value.everywhere]
    else tally.unreadable.add({ account: '', region: '', key: '', ...enabled.failure })
  }
  const shard = settings.shard ? ` (accounts shard ${settings.shard.index}/${settings.shard.count})` : ''
  log(
    `Log verification: the ${settings.window.text} from ${windowStart.toISOString()} in s3://${base.bucket}/${base.prefix}${shard}, ` +
      `${trail.isMultiRegionTrail ? `${regions.length} regions enabled by default and any other an account delivers` : base.homeRegion}, log files: ${settings.logFiles}`
  )

  const ctx: UnitContext = {
    s3: input.s3,
    keys: new PublicKeys(input.clients, windowStart, now),
    limit: limit(READS_IN_FLIGHT),
    tally,
    now,
    windowStart,
    logFiles: settings.logFiles,
    logsKey: trail.kmsKeyId || null
  }
  const progress = setInterval(() => {
    const c = tally.counts
    log(
      `Log verification: ${tally.done} of ${tally.unitsStarted}+ account-regions, ${c.digests.valid + c.digests.invalid} digests, ` +
        `${c.logFiles.valid + c.logFiles.invalid} log files (${mb(c.bytesHashed)} MB) verified`
    )
  }, PROGRESS_EVERY_MS)
  progress.unref()
  try {
    await pool(accountsOf(input, trail, tally), ACCOUNTS_AT_ONCE, async (account) => {
      const joined = account.joined && account.joined > windowStart ? account.joined : null
      const from = joined ?? windowStart
      const place = { ...base, account: account.id }
      let mine = regions
      if (trail.isMultiRegionTrail) {
        const delivered = await ctx.limit(() => deliveredRegions(input.s3, place))
        if (delivered.ok) mine = [...new Set([...regions, ...delivered.regions])].sort()
        else tally.unreadable.add({ account: account.id, region: '', key: '', ...delivered.refusal })
      }
      await Promise.all(
        mine.map((region) => verifyUnit(ctx, { place: { ...place, region } satisfies DigestPlace, from }))
      )
    })
  } finally {
    clearInterval(progress)
  }
  const out = result(null)
  const c = out.counts
  log(
    `Log verification: ${out.verdict}; ${c.accounts} accounts, ${c.accountRegions} account-regions; digests ${c.digests.valid} valid, ` +
      `${c.digests.invalid} invalid; log files ${c.logFiles.valid} valid, ${c.logFiles.invalid} invalid (${mb(c.bytesHashed)} MB hashed); ` +
      `${tally.problems.total} problem(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  return out
}
