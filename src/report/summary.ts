import type { Outcome } from '../outcome.js'
import type { Finding, Severity } from '../plan/types.js'
import { describeChanges } from './changes.js'
import { cell, code, plain, table } from './markdown.js'
import { renderMembers } from './members.js'

const ICON: Record<Severity, string> = { ok: '✅', fixable: '🔧', warning: '⚠️', blocker: '❌' }

const HEADLINE: Record<Outcome['status'], string> = {
  created: '🟢 created',
  updated: '🟢 updated',
  unchanged: '🟢 unchanged',
  'in-sync': '🟢 in sync',
  drift: '🟡 drift',
  blocked: '🔴 blocked'
}

function verdict(o: Outcome): string {
  const n = o.changes.length
  const changes = `${n} change${n === 1 ? '' : 's'}`
  const blockers = o.findings.filter((f) => f.severity === 'blocker').length
  switch (o.status) {
    case 'blocked':
      return `Nothing was written: ${blockers} blocker${blockers === 1 ? '' : 's'} must be fixed first (see "How to fix").`
    case 'drift':
      return `The trail or its prerequisites differ from the declaration: apply would make ${changes}.`
    case 'in-sync':
      return 'The trail and every prerequisite match the declaration. Nothing to do.'
    case 'created':
      return `Created the trail and made ${changes}.`
    case 'updated':
      return `${o.adopted ? 'Adopted the trail another run had just created; ' : ''}made ${changes} to converge the trail.`
    case 'unchanged':
      return 'Everything already matched the declaration: no write was made.'
  }
}

const yesNo = (value: boolean, yes: string, no: string) => (value ? `✅ ${yes}` : `❌ ${no}`)

function trailTable(o: Outcome): string {
  const t = o.trail
  if (t === null) {
    return `The trail ${code(o.trailName)} does not exist${o.mode === 'check' ? '; apply would create it as ' + code(o.trailArn) : ''}.`
  }
  const s = o.trailStatus
  const rows: string[][] = [
    ['Name', code(t.name)],
    ['ARN', code(t.arn)],
    ['Home region', code(t.homeRegion)],
    ['Organization trail', yesNo(t.isOrganizationTrail, 'yes', 'no')],
    ['Multi-region', yesNo(t.isMultiRegionTrail, 'yes', 'no')],
    ['Global service events', yesNo(t.includeGlobalServiceEvents, 'included', 'excluded')],
    ['Log file validation', yesNo(t.logFileValidationEnabled, 'on', 'off')],
    ['Bucket and prefix', code(`s3://${t.s3BucketName}/${t.s3KeyPrefix ? `${t.s3KeyPrefix}/` : ''}`)],
    ['Logging', s ? yesNo(s.isLogging, 'logging', 'stopped') : 'unknown'],
    ['Latest delivery', s?.latestDeliveryTime ? s.latestDeliveryTime.toISOString() : 'none yet'],
    ['Latest delivery error', s?.latestDeliveryError ? `⚠️ ${cell(s.latestDeliveryError)}` : 'none'],
    ['Latest digest delivery error', s?.latestDigestDeliveryError ? `⚠️ ${cell(s.latestDigestDeliveryError)}` : 'none']
  ]
  if (t.kmsKeyId) rows.push(['KMS key', code(t.kmsKeyId)])
  if (t.cloudWatchLogsLogGroupArn) rows.push(['CloudWatch Logs', code(t.cloudWatchLogsLogGroupArn)])
  if (t.snsTopicArn) rows.push(['SNS topic', code(t.snsTopicArn)])
  return table(['Setting', 'Value'], rows)
}

function changesSection(o: Outcome): string {
  const records = describeChanges(o.changes, o.trailName)
  const title =
    o.mode === 'apply' && o.status !== 'blocked'
      ? `Changes made (${records.length})`
      : `Changes apply would make (${records.length})`
  const body =
    records.length === 0
      ? o.mode === 'apply' && o.status !== 'blocked'
        ? 'None: no write request was made.'
        : 'None.'
      : table(
          ['What', 'Before', 'After'],
          records.map((r) => [cell(r.what), cell(r.before), cell(r.after)])
        )
  return `### ${title}\n\n${body}`
}

function state(f: Finding, o: Outcome): string {
  if (f.severity !== 'fixable') return ICON[f.severity]
  return o.mode === 'apply' && o.status !== 'blocked' ? '🔧 fixed' : '🔧 to fix'
}

/** Whether a finding still asks something of the reader (it is not ok, nor fixed by this very run). */
function isOpen(f: Finding, o: Outcome): boolean {
  if (f.remediation === '' || f.severity === 'ok') return false
  return !(f.severity === 'fixable' && o.mode === 'apply' && o.status !== 'blocked')
}

function remedyCell(f: Finding, o: Outcome): string {
  if (!isOpen(f, o)) return ''
  if (f.remediation.includes('\n') || f.remediation.length > 160) return 'see [how to fix](#how-to-fix)'
  return cell(f.remediation)
}

const ORDER: Severity[] = ['blocker', 'fixable', 'warning', 'ok']

/** What needs attention, in a table; what passed, folded away below it. */
function findingsSection(findings: readonly Finding[], o: Outcome, idHeader: string): string {
  const open = [...findings]
    .filter((f) => f.severity !== 'ok')
    .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity))
  const passed = findings.filter((f) => f.severity === 'ok')
  const parts: string[] = []
  if (open.length > 0) {
    parts.push(
      table(
        ['', idHeader, 'Finding', 'Detail', 'Fix'],
        open.map((f) => [state(f, o), code(f.id), cell(f.title), cell(f.detail), remedyCell(f, o)])
      )
    )
  }
  if (passed.length > 0) {
    const items = passed
      .map((f) => `<li>✅ <code>${escapeHtml(f.id)}</code> ${escapeHtml(f.title)}: ${escapeHtml(f.detail)}</li>`)
      .join('\n')
    const summary = open.length === 0 ? `✅ All ${passed.length} passed` : `✅ ${passed.length} passed`
    parts.push(`<details><summary>${summary}</summary>\n\n<ul>\n${items}\n</ul>\n\n</details>`)
  }
  return parts.join('\n\n')
}

function howToFix(o: Outcome): string {
  const open = o.findings.filter((f) => isOpen(f, o))
  if (open.length === 0) return ''
  const items = [...open]
    .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity))
    .map((f) => {
      const language = /^[[{]/.test(f.remediation.trimStart())
        ? 'json'
        : f.remediation.startsWith('aws ') || f.remediation.startsWith('# ')
          ? 'sh'
          : ''
      const block = `\`\`\`${language}\n${f.remediation}\n\`\`\``
      return `<details${f.severity === 'blocker' ? ' open' : ''}><summary>${ICON[f.severity]} <b>${escapeHtml(f.title)}</b> (<code>${escapeHtml(f.id)}</code>)</summary>\n\n${plain(f.detail)}\n\n${block}\n\n</details>`
    })
  return `### How to fix\n\n${items.join('\n\n')}`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The job summary, as Markdown. A pure function of the outcome: it shows, it never decides. */
export function renderSummary(o: Outcome): string {
  const prerequisites = o.findings.filter((f) => f.category === 'prerequisite')
  const posture = o.findings.filter((f) => f.category === 'posture')
  const head = `## org-trail · ${code(o.trailName)} · ${HEADLINE[o.status]}\n\n**${o.mode === 'check' ? 'Check' : 'Apply'}:** ${verdict(o)}`
  const failures =
    o.failures.length > 0 ? `\n\n> [!CAUTION]\n> The step fails: ${o.failures.map(cell).join('; ')}.` : ''
  const sections = [
    head + failures,
    `### Trail\n\n${trailTable(o)}`,
    changesSection(o),
    `### Prerequisites\n\n${findingsSection(prerequisites, o, 'Check')}`,
    posture.length > 0 ? `### Posture\n\n${findingsSection(posture, o, 'Control')}` : '',
    o.members ? renderMembers(o.members) : '',
    howToFix(o),
    `<sub>Run as ${code(o.identity.arn)} · home region ${code(o.homeRegion)} · mode ${code(o.mode)}</sub>`
  ]
  return sections.filter((s) => s !== '').join('\n\n') + '\n'
}
