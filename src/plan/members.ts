// The member-account inventory, judged: which accounts are at CloudTrail's trail limit once the
// organization trail is there, which trails pay for a second copy of management events, and which
// accounts could not be inspected. Pure: the inventory was read in observe/members.ts.
import { MAX_TRAILS_PER_REGION } from '../aws/cloudtrail.js'
import { managementEventCoverage } from '../observe/event-coverage.js'
import type { InspectedAccount, MemberInventory, MemberTrail, ReadFailure } from '../observe/types.js'
import { inventoryActionsFor } from '../aws/actions.js'
import { deleteTrailCommand, getEventSelectorsCommand, putEventSelectorsCommand } from '../aws/cli.js'
import { explainDenial } from '../aws/explain.js'
import { MANAGERS, trailManager } from './managers.js'
import { isAccessDenied } from '../aws/errors.js'
import type { PlanContext, Step } from './context.js'
import { prerequisite, unreadable } from './findings.js'
import type { AccountReview, MembersReview, RegionAtLimit } from './types.js'
import { plural } from './wording.js'

/** Every region: a region at the limit because of multi-region trails alone is at it everywhere. */
export const EVERY_REGION = '*'

/** What the organization trail will be, as far as the member accounts are concerned. */
interface OrganizationTrail {
  readonly arn: string
  readonly homeRegion: string
  /** False for an account trail: then member accounts never receive it. */
  readonly reachesMembers: boolean
  readonly multiRegion: boolean
  readonly recordsManagementEvents: boolean
  readonly exists: boolean
}

function organizationTrailOf(ctx: PlanContext): OrganizationTrail {
  const { settings, observed } = ctx
  const declaredSelectors = settings.eventSelectors ?? null
  const declaredAdvanced = settings.advancedEventSelectors ?? null
  // Declared selectors are what the trail will have; else what it has; else a new trail's default (all).
  const records =
    declaredSelectors || declaredAdvanced
      ? managementEventCoverage(declaredSelectors ?? [], declaredAdvanced ?? []).any
      : observed.trail?.managementEvents.ok
        ? observed.trail.managementEvents.value.any
        : true
  return {
    arn: ctx.trailArn,
    homeRegion: ctx.homeRegion,
    reachesMembers: settings.trail.isOrganizationTrail,
    multiRegion: settings.trail.isMultiRegionTrail,
    recordsManagementEvents: records,
    exists: observed.trail !== null
  }
}

const covers = (org: OrganizationTrail, region: string) => org.multiRegion || region === org.homeRegion

/**
 * Regions where the account holds MAX_TRAILS_PER_REGION trails once the organization trail is there. A
 * multi-region trail counts in every region; the organization trail counts in each region it covers,
 * whether it exists already or will be created (CloudTrail creates it even in an account at the limit).
 */
export function regionsAtLimit(
  trails: readonly MemberTrail[],
  org: Pick<OrganizationTrail, 'homeRegion' | 'multiRegion'> & { readonly counts: boolean }
): RegionAtLimit[] {
  const multi = trails.filter((t) => t.isMultiRegionTrail)
  const orgHere = (region: string) => (org.counts && (org.multiRegion || region === org.homeRegion) ? 1 : 0)
  if (multi.length + (org.counts && org.multiRegion ? 1 : 0) >= MAX_TRAILS_PER_REGION)
    return [{ region: EVERY_REGION, trails: multi.map((t) => t.name) }]
  const regions = [...new Set([...trails.map((t) => t.homeRegion), ...(org.counts ? [org.homeRegion] : [])])].sort()
  return regions.flatMap((region) => {
    const here = trails.filter((t) => t.isMultiRegionTrail || t.homeRegion === region)
    return here.length + orgHere(region) >= MAX_TRAILS_PER_REGION ? [{ region, trails: here.map((t) => t.name) }] : []
  })
}

/** Trails that record management events in a region the organization trail records them too. */
function paidCopiesOf(trails: readonly MemberTrail[], org: OrganizationTrail): MemberTrail[] {
  if (!org.reachesMembers || !org.recordsManagementEvents) return []
  return trails.filter((t) => t.managementEvents && (t.isMultiRegionTrail || covers(org, t.homeRegion)))
}

/** The command to delete a trail, unless another system manages it: then where to change it instead. */
function deleteUnlessManaged(t: MemberTrail): string {
  const manager = trailManager(t.name)
  if (manager === null) return deleteTrailCommand(t.arn, t.homeRegion)
  return `# ${t.arn} is managed by ${MANAGERS[manager].name}: change it there, never delete it by hand`
}

/** A person's reading of a failure: the call, the code, and what it usually means. */
function reasonOf(failure: ReadFailure): string {
  // Grouped by reason: the kind of policy, never the account, so that one SCP over many accounts is one line.
  const named = isAccessDenied(failure.code) ? explainDenial(failure.action, failure.message).named : null
  if (named) return `${failure.action} refused by ${named} (${failure.code}): the member role's policy cannot fix it`
  if (failure.action === 'sts:AssumeRole' && isAccessDenied(failure.code))
    return `sts:AssumeRole denied (${failure.code}): the role does not exist in the account or does not trust the management account`
  if (isAccessDenied(failure.code))
    return `${failure.action} denied (${failure.code}): the member role's policy does not allow it`
  return `${failure.action} failed (${failure.code})`
}

function review(account: InspectedAccount, org: OrganizationTrail): AccountReview {
  const base = { accountId: account.accountId, name: account.name }
  if (account.status === 'unreachable')
    return {
      ...base,
      status: 'unreachable',
      reason: reasonOf(account.failure),
      trails: [],
      atLimit: [],
      paidCopies: []
    }
  // The managed trail itself (in the management account) is the organization trail, not a copy of it.
  const others = account.trails.filter((t) => t.arn !== org.arn)
  const receives = org.reachesMembers || account.trails.some((t) => t.arn === org.arn)
  return {
    ...base,
    status: 'ok',
    trails: account.trails,
    atLimit: regionsAtLimit(others, { homeRegion: org.homeRegion, multiRegion: org.multiRegion, counts: receives }),
    paidCopies: paidCopiesOf(others, org)
  }
}

/** An account the summary lists first: unreachable, at the limit somewhere, or paying for a copy. */
export const needsAttention = (a: AccountReview) =>
  a.status === 'unreachable' || a.atLimit.length > 0 || a.paidCopies.length > 0
const rank = (a: AccountReview) =>
  a.status === 'unreachable' ? 0 : a.atLimit.length > 0 ? 1 : a.paidCopies.length > 0 ? 2 : 3

export function reviewMembers(
  ctx: PlanContext,
  inventory: NonNullable<PlanContext['observed']['members']>
): MembersReview {
  const org = organizationTrailOf(ctx)
  const empty = {
    accounts: [],
    totals: { accounts: 0, unreachable: 0, atLimit: 0, paidCopies: 0, paidCopyAccounts: 0, trails: 0 },
    unreachableByReason: [],
    organizationTrailExists: org.exists
  }
  if (!inventory.ok) return { roleName: ctx.settings.members?.roleName ?? '', listFailure: inventory.failure, ...empty }
  return summarize(inventory.value, org)
}

function summarize(inventory: MemberInventory, org: OrganizationTrail): MembersReview {
  const accounts = inventory.accounts
    .map((a) => review(a, org))
    .sort((a, b) => rank(a) - rank(b) || a.accountId.localeCompare(b.accountId))
  const reasons = new Map<string, number>()
  for (const a of accounts) if (a.reason) reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1)
  return {
    roleName: inventory.roleName,
    accounts,
    totals: {
      accounts: accounts.length,
      unreachable: accounts.filter((a) => a.status === 'unreachable').length,
      atLimit: accounts.filter((a) => a.atLimit.length > 0).length,
      paidCopies: accounts.reduce((n, a) => n + a.paidCopies.length, 0),
      paidCopyAccounts: accounts.filter((a) => a.paidCopies.length > 0).length,
      trails: accounts.reduce((n, a) => n + a.trails.length, 0)
    },
    unreachableByReason: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    organizationTrailExists: org.exists
  }
}

/** How many accounts or trails a finding names before "and N more" (the member-trails output has all). */
const LISTED = 10

function listed<T>(items: readonly T[], show: (item: T) => string): string {
  const shown = items.slice(0, LISTED).map(show).join('; ')
  return items.length > LISTED ? `${shown}; and ${items.length - LISTED} more (see the member-trails output)` : shown
}

const label = (a: AccountReview) => (a.name ? `${a.accountId} (${a.name})` : a.accountId)
const regionLabel = (region: string) => (region === EVERY_REGION ? 'every region' : region)

/** The three findings of the inventory. None of them ever blocks the organization trail. */
export function checkMembers(ctx: PlanContext, r: MembersReview): Step[] {
  if (r.listFailure) {
    return [
      unreadable({
        id: 'members.unreachable',
        title: 'Member accounts could not be listed',
        failure: r.listFailure,
        severity: 'warning'
      })
    ]
  }
  const full = r.accounts.filter((a) => a.atLimit.length > 0)
  const paying = r.accounts.filter((a) => a.paidCopies.length > 0)
  const unreachable = r.accounts.filter((a) => a.status === 'unreachable')
  const when = r.organizationTrailExists ? 'with the organization trail' : 'once the organization trail is created'

  const limit = inventoryFinding(
    'members.trail-limit',
    full.length > 0 && {
      title: 'Member accounts at the trail limit',
      detail:
        `${plural(full.length, 'account')} ${full.length === 1 ? 'has' : 'have'} ${MAX_TRAILS_PER_REGION} trails in a region ${when} (a multi-region trail counts in every region): ` +
        `${listed(full, (a) => `${label(a)} in ${a.atLimit.map((l) => `${regionLabel(l.region)} (${l.trails.join(', ')})`).join(', ')}`)}. ` +
        'CloudTrail creates the organization trail there anyway, so these accounts cannot add a trail of their own in those regions.',
      remediation: `# In each account, delete the trails it no longer needs (org-trail never deletes anything):\n${full
        .slice(0, LISTED)
        .flatMap((a) =>
          a.trails.filter((t) => t.arn !== ctx.trailArn).map((t) => `${deleteUnlessManaged(t)}  # account ${label(a)}`)
        )
        .join('\n')}`
    },
    {
      title: 'No member account at the trail limit',
      detail: `Every inspected account can still add a trail of its own in every region ${when}.`
    }
  )

  const copies = paying.flatMap((a) => a.paidCopies.map((t) => ({ account: a, trail: t })))
  const paid = inventoryFinding(
    'members.paid-copies',
    copies.length > 0 && {
      title: 'Paid copies of management events',
      detail:
        `${plural(copies.length, 'trail')} in ${plural(paying.length, 'account')} ${copies.length === 1 ? 'records' : 'record'} management events as well as the organization trail; ` +
        `only the first copy of management events in a region is free, so each of them is a paid copy: ${listed(copies, ({ account, trail }) => `${trail.name} in ${label(account)}`)}.`,
      remediation:
        `# Run in the trail's account: delete the trail, or keep it for data events only by writing its selectors back\n` +
        `# with "IncludeManagementEvents": false (selectors.json: what get-event-selectors shows, so edited).\n${copies
          .slice(0, LISTED)
          .map(
            ({ account, trail }) =>
              `# account ${label(account)}\n${deleteUnlessManaged(trail)}\n` +
              `${getEventSelectorsCommand(trail.arn, trail.homeRegion)}\n` +
              putEventSelectorsCommand(trail.arn, trail.homeRegion, 'file://selectors.json')
          )
          .join('\n')}`
    },
    {
      title: 'No paid copy of management events',
      detail: 'No trail of an inspected account records management events as well as the organization trail.'
    }
  )

  const partition = ctx.observed.identity.partition
  const lost = inventoryFinding(
    'members.unreachable',
    unreachable.length > 0 && {
      title: 'Member accounts not inspected',
      detail:
        `${plural(unreachable.length, 'account')} of ${r.totals.accounts} could not be inspected through the role ${r.roleName}: ` +
        `${r.unreachableByReason.map((g) => `${g.count} × ${g.reason}`).join('; ')}. ${unreachable.length === 1 ? 'Its' : 'Their'} trails are not in this inventory; the organization trail does not depend on them. ` +
        `Accounts: ${listed(unreachable, label)}.`,
      remediation:
        `# Deploy the role "${r.roleName}" to every member account, trusting the management account ${ctx.managementAccountId} ` +
        `(org-trail's docs/inventory.md has a StackSet template), with this permission policy:\n` +
        `# ${inventoryActionsFor('member').join(', ')} on "*".\n` +
        `# The role org-trail runs as needs sts:AssumeRole on arn:${partition}:iam::*:role/${r.roleName}.`
    },
    {
      title: 'Every member account inspected',
      detail: `${plural(r.totals.accounts, 'account')} inspected through the role ${r.roleName}.`
    }
  )
  return [limit, paid, lost]
}

/** An inventory finding: a warning with what was found and what to do, or ok when nothing was. */
function inventoryFinding(
  id: string,
  found: false | { readonly title: string; readonly detail: string; readonly remediation: string },
  clear: { readonly title: string; readonly detail: string }
): Step {
  return prerequisite(found ? { id, severity: 'warning', ...found } : { id, severity: 'ok', ...clear })
}
