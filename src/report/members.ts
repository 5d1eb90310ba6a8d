// The member-account inventory in the job summary and in the member-trails output. It shows what the
// plan judged (src/plan/members.ts); it decides nothing.
import { EVERY_REGION, needsAttention } from '../plan/members.js'
import type { AccountReview, MembersReview } from '../plan/types.js'
import { cell, code, table } from './markdown.js'

/**
 * GitHub keeps at most 1 MB of one output. member-trails stays under it: accounts are added in the plan's
 * order (those that need attention first) until the next would cross the bound, and the rest left out.
 */
const MEMBER_TRAILS_MAX_BYTES = 1_000_000

/** Rows the summary shows before pointing at the output: the summary of a step is limited to 1 MiB too. */
export const SUMMARY_ATTENTION_ROWS = 100
const SUMMARY_FOLDED_ROWS = 300

/** One account as the member-trails output gives it. */
function entryOf(a: AccountReview) {
  return {
    accountId: a.accountId,
    name: a.name,
    status: a.status,
    ...(a.reason ? { reason: a.reason } : {}),
    trails: a.trails.map((t) => ({
      name: t.name,
      arn: t.arn,
      homeRegion: t.homeRegion,
      isOrganizationTrail: t.isOrganizationTrail,
      isMultiRegionTrail: t.isMultiRegionTrail,
      managementEvents: t.managementEvents
    }))
  }
}

/** The member-trails outputs: the JSON array, cut to maxBytes (UTF-8), and whether it was cut. */
export function memberOutputs(
  r: MembersReview,
  maxBytes = MEMBER_TRAILS_MAX_BYTES
): Record<'member-trails' | 'member-trails-truncated', string> {
  const parts: string[] = []
  let bytes = 2 // "[" and "]"
  for (const account of r.accounts) {
    const json = JSON.stringify(entryOf(account))
    const size = Buffer.byteLength(json) + (parts.length > 0 ? 1 : 0)
    if (bytes + size > maxBytes) break
    parts.push(json)
    bytes += size
  }
  return {
    'member-trails': `[${parts.join(',')}]`,
    'member-trails-truncated': String(parts.length < r.accounts.length)
  }
}

const regionLabel = (region: string) => (region === EVERY_REGION ? 'every region' : region)

function attentionOf(a: AccountReview): string {
  const notes: string[] = []
  if (a.reason) notes.push(`❌ unreachable: ${a.reason}`)
  for (const l of a.atLimit) notes.push(`⚠️ at the trail limit in ${regionLabel(l.region)}`)
  if (a.paidCopies.length > 0)
    notes.push(
      `⚠️ ${a.paidCopies.length} paid ${a.paidCopies.length === 1 ? 'copy' : 'copies'}: ${a.paidCopies.map((t) => t.name).join(', ')}`
    )
  return cell(notes.join('\n'))
}

const trailsOf = (a: AccountReview) =>
  a.status === 'unreachable' ? '?' : a.trails.length === 0 ? 'none' : cell(a.trails.map((t) => t.name).join(', '))

const more = (n: number) => (n > 0 ? `\n\n…and ${n} more: see the \`member-trails\` output.` : '')

/** Totals, then the accounts that need attention, then the rest folded away. */
export function renderMembers(r: MembersReview): string {
  const head = '### Member accounts'
  if (r.listFailure)
    return `${head}\n\n⚠️ The organization's accounts could not be listed (${code(r.listFailure.action)}: ${cell(r.listFailure.code)}), so no member account was inspected.`
  const t = r.totals
  const totals =
    `**${t.accounts}** active account${t.accounts === 1 ? '' : 's'} inspected through the role ${code(r.roleName)}: ` +
    `**${t.atLimit}** at the trail limit, **${t.paidCopies}** paid ${t.paidCopies === 1 ? 'copy' : 'copies'} of management events in **${t.paidCopyAccounts}** account${t.paidCopyAccounts === 1 ? '' : 's'}, ` +
    `**${t.unreachable}** unreachable; ${t.trails} trail${t.trails === 1 ? '' : 's'} of their own in all.` +
    (r.organizationTrailExists ? '' : ' The organization trail does not exist yet: it will count in every account.')
  const reasons =
    r.unreachableByReason.length > 0
      ? `\n\n${r.unreachableByReason.map((g) => `- ${g.count} × ${cell(g.reason)}`).join('\n')}`
      : ''
  const attention = r.accounts.filter(needsAttention)
  const rest = r.accounts.filter((a) => !needsAttention(a))
  const parts = [`${head}\n\n${totals}${reasons}`]
  if (attention.length > 0) {
    parts.push(
      table(
        ['Account', 'Name', 'Needs attention', 'Own trails'],
        attention
          .slice(0, SUMMARY_ATTENTION_ROWS)
          .map((a) => [code(a.accountId), cell(a.name), attentionOf(a), trailsOf(a)])
      ) + more(attention.length - SUMMARY_ATTENTION_ROWS)
    )
  }
  if (rest.length > 0) {
    const rows = table(
      ['Account', 'Name', 'Own trails'],
      rest.slice(0, SUMMARY_FOLDED_ROWS).map((a) => [code(a.accountId), cell(a.name), trailsOf(a)])
    )
    parts.push(
      `<details><summary>✅ ${rest.length} account${rest.length === 1 ? '' : 's'} need nothing</summary>\n\n${rows}${more(rest.length - SUMMARY_FOLDED_ROWS)}\n\n</details>`
    )
  }
  return parts.join('\n\n')
}
