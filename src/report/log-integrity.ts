// Log verification in the job summary, the outputs and the roll-up. It shows what verification found
// (src/integrity/); it decides nothing.
import type { IntegrityVerdict, LogIntegrityRecord } from '../integrity/types.js'
import { combineShards, kindsOf } from '../integrity/verdict.js'
import { noun } from '../plan/wording.js'
import { cell, code, table } from './markdown.js'
import type { Report } from './record.js'

/** Problems shown on the summary's first screen; the report holds them all (up to its bound). */
export const FIRST_PROBLEMS = 10

const VERDICT: Record<IntegrityVerdict, string> = {
  valid: '✅ valid',
  invalid: '❌ invalid',
  stale: '⚠️ stale',
  unverified: '❔ unverified'
}

const n = (x: number) => x.toLocaleString('en-US')
/** A count with thousands separators: it can reach hundreds of thousands of digests. */
const plural = (x: number, word: string) => `${n(x)} ${noun(x, word)}`
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`

/** The output log-integrity: the verdict, or off without verify-logs. */
export function logIntegrityOutput(r: LogIntegrityRecord | undefined): string {
  return r?.verdict ?? 'off'
}

/** One line: the verdict and what it covers. */
export function integrityHeadline(r: LogIntegrityRecord): string {
  const c = r.counts
  const shard = r.shard ? ` · accounts shard ${r.shard.index}/${r.shard.count}` : ''
  if (r.skipped) return `**Logs (${r.window.duration}):** ${VERDICT[r.verdict]} · ${r.skipped}`
  const files =
    r.logFiles === 'all'
      ? `${plural(c.logFiles.valid + c.logFiles.invalid, 'log file')} (${mb(c.bytesHashed)} hashed)`
      : 'log files not fetched (verify-log-files: none)'
  return (
    `**Logs (${r.window.duration}):** ${VERDICT[r.verdict]} · ${plural(c.accounts, 'account')} × ${plural(c.regions, 'region')}${shard} · ` +
    `${plural(c.digests.valid + c.digests.invalid, 'digest')} · ${files}`
  )
}

function problemsTable(r: LogIntegrityRecord, limit: number): string {
  const shown = r.problems.slice(0, limit)
  const rows = shown.map((p) => [code(p.kind), code(p.account), cell(p.region), code(p.key), cell(p.detail)])
  const more = r.problems.length + r.omitted.problems - shown.length
  return (
    table(['Problem', 'Account', 'Region', 'Key', 'What was found'], rows) +
    (more > 0 ? `\n\n…and ${plural(more, 'more problem')}: see the run report (\`logIntegrity.problems\`).` : '')
  )
}

function unreadableList(r: LogIntegrityRecord, limit: number): string {
  const shown = r.unreadable.slice(0, limit)
  const items = shown.map(
    (u) =>
      `- ${code(u.action)} refused or failing (${cell(u.code)})${u.account ? ` in ${code(u.account)}` : ''}${u.region ? ` ${cell(u.region)}` : ''}` +
      `${u.key ? `: ${code(u.key)}` : ''}`
  )
  const more = r.unreadable.length + r.omitted.unreadable - shown.length
  if (more > 0) items.push(`- …and ${n(more)} more in the run report (\`logIntegrity.unreadable\`).`)
  return items.join('\n')
}

/**
 * The log section: on the first screen, the verdict, its counts and the first problems with their keys;
 * below, what could not be read (never counted as tampering) and the periods logging was off.
 */
export function renderLogIntegrity(r: LogIntegrityRecord): string {
  const parts = [`### Log integrity`, integrityHeadline(r)]
  if (r.skipped) return parts.join('\n\n')
  const c = r.counts
  parts.push(
    `From ${r.window.from} to ${r.window.to}. Digests: ${n(c.digests.valid)} valid, ${n(c.digests.invalid)} invalid` +
      (c.digests.unverified ? `, ${n(c.digests.unverified)} unverified` : '') +
      (r.logFiles === 'all'
        ? `. Log files: ${n(c.logFiles.valid)} valid, ${n(c.logFiles.invalid)} invalid` +
          (c.logFiles.unverified ? `, ${n(c.logFiles.unverified)} unverified` : '')
        : '') +
      '.'
  )
  if (r.problems.length > 0) parts.push(`**Problems:** ${kindsOf(r)}.`, problemsTable(r, FIRST_PROBLEMS))
  if (r.unreadable.length > 0)
    parts.push(
      '**Could not be read** (what the role lacks or AWS refused; not evidence of tampering, but not verified either):',
      unreadableList(r, FIRST_PROBLEMS)
    )
  if (r.loggingOff.length > 0) {
    const shown = r.loggingOff.slice(0, FIRST_PROBLEMS)
    const more = r.loggingOff.length + r.omitted.loggingOff - shown.length
    parts.push(
      `<details><summary>Logging was off ${plural(r.loggingOff.length + r.omitted.loggingOff, 'time')} (a new digest chain began: not tampering)</summary>\n\n` +
        table(
          ['Account', 'Region', 'From', 'To'],
          shown.map((l) => [code(l.account), cell(l.region), l.from, l.to])
        ) +
        (more > 0 ? `\n\n…and ${n(more)} more in the run report.` : '') +
        '\n\n</details>'
    )
  }
  return parts.join('\n\n')
}

/** One annotation when the logs are not verified valid: the verdict and the first problems' keys. */
export function integrityAnnotation(
  r: LogIntegrityRecord
): { level: 'error' | 'warning'; title: string; message: string } | null {
  if (r.verdict === 'valid') return null
  const first = r.problems.slice(0, 3).map((p) => `${p.kind} ${p.account} ${p.region}: ${p.key}`)
  const unread = r.unreadable.slice(0, 3).map((u) => `${u.action} (${u.code})${u.key ? `: ${u.key}` : ''}`)
  const lines = r.skipped ? [r.skipped] : [...first, ...(first.length === 0 ? unread : [])]
  return {
    level: r.verdict === 'invalid' ? 'error' : 'warning',
    title: `Log integrity: ${r.verdict}`,
    message: [integrityHeadline(r).replace(/\*\*/g, ''), ...lines].join('\n')
  }
}

/**
 * The roll-up's log section: the reports of one organization, trail and window (the jobs of an
 * accounts-shard matrix, or one run) combined into one verdict. A job of the matrix whose report is
 * missing leaves its accounts unverified, and fails the roll-up.
 */
export function renderIntegrityRollup(reports: readonly Report[]): { markdown: string; failures: string[] } {
  const groups = new Map<string, { organization: string; reports: Report[] }>()
  for (const r of reports) {
    if (!r.logIntegrity) continue
    const organization = r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown'
    const id = `${organization}|${r.trail.name}|${r.logIntegrity.window.duration}|${r.logIntegrity.shard?.count ?? 1}`
    const group = groups.get(id) ?? { organization, reports: [] }
    group.reports.push(r)
    groups.set(id, group)
  }
  if (groups.size === 0) return { markdown: '', failures: [] }
  const failures: string[] = []
  const rows: string[][] = []
  const details: string[] = []
  for (const { organization, reports: group } of groups.values()) {
    const combined = combineShards(group.map((r) => r.logIntegrity as LogIntegrityRecord))
    const c = combined.counts
    const missing = combined.missingShards
    const count = group[0]?.logIntegrity?.shard?.count ?? 1
    if (missing.length > 0)
      failures.push(
        `${organization}: the reports of accounts-shard ${missing.map((i) => `${i}/${count}`).join(', ')} are missing: their accounts' logs are not verified`
      )
    rows.push([
      code(organization),
      code(group[0]?.trail.name ?? ''),
      cell(combined.window.duration),
      VERDICT[combined.verdict],
      count > 1 ? `${count - missing.length}/${count}` : '—',
      n(c.accounts),
      n(c.digests.valid + c.digests.invalid),
      n(c.logFiles.valid + c.logFiles.invalid),
      n(combined.problems.length + combined.omitted.problems)
    ])
    if (combined.problems.length > 0 || combined.unreadable.length > 0)
      details.push(
        `#### ${organization} · ${group[0]?.trail.name ?? ''}`,
        '',
        renderLogIntegrity(combined).replace(/^### Log integrity\n\n/, ''),
        ''
      )
  }
  const markdown = [
    '### Log integrity',
    '',
    table(
      ['Organization', 'Trail', 'Window', 'Verdict', 'Shards', 'Accounts', 'Digests', 'Log files', 'Problems'],
      rows
    ),
    '',
    ...failures.map((f) => `> [!WARNING]\n> ${cell(f)}\n`),
    ...details
  ].join('\n')
  return { markdown, failures }
}
