// The member-account trail inventory: every active account of the organization, its trails in every
// region, and whether each records management events. Reads only, in a bounded pool of accounts.
import { DescribeTrailsCommand, GetEventSelectorsCommand } from '@aws-sdk/client-cloudtrail'
import type { Account } from '@aws-sdk/client-organizations'
import { AssumeRoleCommand } from '@aws-sdk/client-sts'
import { accountOf, roleArn } from '../aws/arn.js'
import type { Clients } from '../aws/clients.js'
import { credentialsOf } from '../aws/credentials.js'
import type { Identity } from '../aws/session.js'
import type { MemberInventorySettings } from '../settings/types.js'
import { managementEventCoverage } from './event-coverage.js'
import { read } from './read.js'
import { activeAccounts } from './organization.js'
import { listTrails } from './trail.js'
import type { InspectedAccount, MemberInventory, MemberTrail, Read, ReadFailure, TrailSummary } from './types.js'

/** How often the log says how far the inventory is. */
const PROGRESS_EVERY_MS = 5_000
/**
 * Member sessions live only as long as the inventory needs them. 900 s is STS's minimum, and a chained
 * session (the management session is itself assumed) may not exceed one hour anyway.
 */
const MEMBER_SESSION_SECONDS = 900

/**
 * Runs `work` on every item with at most `size` at a time. Items are taken as the source yields them, so
 * the first accounts are inspected while later pages of the account list are still coming. The workers
 * share one async generator, whose next() calls queue up and each get a distinct item.
 */
export async function pool<T>(
  source: AsyncGenerator<T>,
  size: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  const worker = async () => {
    for (let next = await source.next(); !next.done; next = await source.next()) await work(next.value)
  }
  const settled = await Promise.allSettled(Array.from({ length: size }, worker))
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) throw failed.reason
}

interface Context {
  readonly clients: Clients
  readonly settings: MemberInventorySettings
  readonly identity: Identity
  /** The session's own account's ListTrails, when the trail lookup already made it. */
  readonly callerTrails: Promise<Read<readonly TrailSummary[]>> | undefined
}

type Inspected<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure }

/**
 * The account's own trails. Round trips on its critical path: ListTrails, then DescribeTrails of each home
 * region (multi-region and organization flags) alongside GetEventSelectors of each trail; nothing at all
 * after ListTrails when the account has no trail of its own.
 */
async function ownTrails(
  clients: Clients,
  accountId: string,
  listing: Promise<Read<readonly TrailSummary[]>>
): Promise<Inspected<MemberTrail[]>> {
  const listed = await listing
  if (!listed.ok) return listed
  const own = listed.value.filter((t) => t.arn && accountOf(t.arn) === accountId)
  if (own.length === 0) return { ok: true, value: [] }
  const homeOf = (t: TrailSummary) => t.homeRegion
  const regions = [...new Set(own.map(homeOf))]
  const [described, selectors] = await Promise.all([
    Promise.all(
      regions.map((region) =>
        read('cloudtrail:DescribeTrails', async () => {
          const out = await clients.cloudtrail(region).send(new DescribeTrailsCommand({ includeShadowTrails: false }))
          return out.trailList ?? []
        })
      )
    ),
    Promise.all(
      own.map((t) =>
        read(
          'cloudtrail:GetEventSelectors',
          async () => {
            const out = await clients.cloudtrail(homeOf(t)).send(new GetEventSelectorsCommand({ TrailName: t.arn }))
            return managementEventCoverage(
              out.EventSelectors ?? [],
              (out.AdvancedEventSelectors ?? []).map((a) => ({
                Name: a.Name,
                FieldSelectors: (a.FieldSelectors ?? []).map((f) => ({ ...f }))
              }))
            ).any
          },
          // Deleted between the two calls: it is no longer a trail of the account.
          { TrailNotFoundException: null }
        )
      )
    )
  ])
  const failure = [...described, ...selectors].find((r) => !r.ok)
  if (failure && !failure.ok) return failure
  const byArn = new Map(described.flatMap((r) => (r.ok ? r.value : [])).map((t) => [t.TrailARN, t]))
  const trails: MemberTrail[] = []
  own.forEach((t, index) => {
    const detail = byArn.get(t.arn)
    const management = selectors[index]
    if (!detail || !management?.ok || management.value === null) return
    trails.push({
      name: t.name || (detail.Name ?? ''),
      arn: t.arn,
      homeRegion: homeOf(t),
      isOrganizationTrail: detail.IsOrganizationTrail === true,
      isMultiRegionTrail: detail.IsMultiRegionTrail === true,
      managementEvents: management.value
    })
  })
  return { ok: true, value: trails }
}

/** The session's own account is read with the session itself; every other through member-role-name. */
async function inspect(ctx: Context, account: Account): Promise<InspectedAccount> {
  const accountId = account.Id ?? ''
  const name = account.Name ?? ''
  const unreachable = (failure: ReadFailure): InspectedAccount => ({ accountId, name, status: 'unreachable', failure })
  let clients = ctx.clients
  if (accountId !== ctx.identity.accountId) {
    const memberRole = roleArn(ctx.identity.partition, accountId, ctx.settings.roleName)
    const assumed = await read('sts:AssumeRole', async () => {
      const out = await ctx.clients.sts().send(
        new AssumeRoleCommand({
          RoleArn: memberRole,
          RoleSessionName: ctx.settings.sessionName,
          DurationSeconds: MEMBER_SESSION_SECONDS
        })
      )
      const credentials = credentialsOf(out.Credentials)
      if (!credentials) throw new Error('STS returned no credentials')
      return credentials
    })
    if (!assumed.ok) return unreachable(assumed.failure)
    clients = ctx.clients.withCredentials(assumed.value)
  }
  // The session's own account was listed by the trail lookup already: that answer is used again.
  const listing =
    accountId === ctx.identity.accountId && ctx.callerTrails ? ctx.callerTrails : listTrails(clients, clients.region)
  const trails = await ownTrails(clients, accountId, listing)
  return trails.ok ? { accountId, name, status: 'ok', trails: trails.value } : unreachable(trails.failure)
}

/**
 * Lists the organization's active accounts and inspects them `concurrency` at a time, logging progress
 * every few seconds. One account's failure is recorded on that account; only a failed account list fails
 * the whole read.
 */
export async function readMembers(
  clients: Clients,
  settings: MemberInventorySettings,
  identity: Identity,
  log: (line: string) => void,
  callerTrails?: Promise<Read<readonly TrailSummary[]>>
): Promise<Read<MemberInventory>> {
  const ctx: Context = { clients, settings, identity, callerTrails }
  const accounts: InspectedAccount[] = []
  let listed = 0
  let listing = true
  const started = Date.now()
  const progress = setInterval(() => {
    log(`Member inventory: ${accounts.length} of ${listed}${listing ? '+' : ''} accounts inspected`)
  }, PROGRESS_EVERY_MS)
  progress.unref()
  async function* counted(): AsyncGenerator<Account> {
    for await (const account of activeAccounts(clients)) {
      listed += 1
      yield account
    }
    listing = false
  }
  try {
    const result = await read('organizations:ListAccounts', async () => {
      await pool(counted(), settings.concurrency, async (account) => {
        accounts.push(await inspect(ctx, account))
      })
      return { roleName: settings.roleName, accounts }
    })
    const unreachable = accounts.filter((a) => a.status === 'unreachable').length
    log(
      `Member inventory: ${accounts.length} accounts inspected in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (unreachable > 0 ? ` (${unreachable} unreachable)` : '')
    )
    return result
  } finally {
    clearInterval(progress)
  }
}
