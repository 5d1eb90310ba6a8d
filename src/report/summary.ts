import { deliveryLocation, observedValue, TRAIL_FIELDS, type FieldKind, type FieldSpec } from '../aws/trail-fields.js'
import type { TrailConfig } from '../observe/types.js'
import type { Outcome } from '../outcome.js'
import { parsePolicy } from '../policy/bucket.js'
import { changeCount } from '../plan/change-count.js'
import type { Change, ControlState, Finding, Severity } from '../plan/types.js'
import { MANAGERS } from '../plan/managers.js'
import { plural } from '../plan/wording.js'
import { describeChanges } from './changes.js'
import { cell, code, html, plain, table } from './markdown.js'
import { applied, renderHeadline } from './headline.js'
import { renderLogIntegrity } from './log-integrity.js'
import { renderMembers } from './members.js'

const ICON: Record<Severity, string> = { ok: '✅', fixable: '🔧', warning: '⚠️', blocker: '❌' }

/** More rows than this and a list folds away under its count. */
const FOLD_AFTER = 12

const yesNo = (value: boolean, yes: string, no: string) => (value ? `✅ ${yes}` : `❌ ${no}`)

/** The first lines: which trail, and whether it logs. */
function trailLine(o: Outcome): string {
  const t = o.trail
  if (t === null) {
    return applied(o)
      ? `**Trail:** ${code(o.trailArn)} · not found after apply`
      : `**Trail:** none yet · apply would create ${code(o.trailArn)}`
  }
  const logging = o.trailStatus ? yesNo(o.trailStatus.isLogging, 'logging', 'not logging') : '❔ logging unknown'
  // Who manages it, when another system does: org-trail only watched it.
  const owner = o.managedBy
    ? ` · managed by ${plain(MANAGERS[o.managedBy].name)}: org-trail watches it and writes nothing to it, its bucket or its key`
    : ''
  return `**Trail:** ${code(t.arn)} · ${logging}${owner}`
}

/** A fix as it is pasted: a command or a policy in a code block of its own, a sentence as a sentence. */
function fixBlock(remediation: string): string {
  const text = remediation.trimStart()
  const language = /^[[{]/.test(text)
    ? 'json'
    : /^(aws |# )/.test(text)
      ? 'sh'
      : /^[a-z-]+: [|>]/.test(text)
        ? 'yaml'
        : null
  if (language === null && !remediation.includes('\n')) return plain(remediation)
  return `\`\`\`${language ?? ''}\n${remediation}\n\`\`\``
}

/** Every blocker with its exact fix, on the first screen: the reader should not have to scroll for it. */
function blockersSection(o: Outcome): string {
  const blockers = o.findings.filter((f) => f.severity === 'blocker')
  if (blockers.length === 0) return ''
  const items = blockers.map(
    (f, i) =>
      `**${i + 1}. ${plain(f.title)}** (${code(f.id)}): ${plain(f.detail)}${f.remediation ? `\n\n${fixBlock(f.remediation)}` : ''}`
  )
  return `### ❌ ${blockers.length === 1 ? 'Blocker' : `Blockers (${blockers.length})`}\n\n${items.join('\n\n')}`
}

/** The trail's fields of one kind as rows: each flag as the table says it, each reference the trail uses. */
function fieldRows(t: TrailConfig, kind: FieldKind): string[][] {
  return (TRAIL_FIELDS as readonly FieldSpec[]).flatMap((f) => {
    if (f.kind !== kind || f.row === null) return []
    const label = f.row ?? f.label
    if (f.kind === 'flag') return [[label, yesNo(observedValue(f, t) === true, f.says[0], f.says[1])]]
    const value = observedValue(f, t)
    return value === '' ? [] : [[label, code(String(value))]]
  })
}

function trailTable(o: Outcome): string {
  const t = o.trail
  if (t === null) {
    return `The trail ${code(o.trailName)} does not exist; apply would create it as ${code(o.trailArn)}.`
  }
  const s = o.trailStatus
  const rows: string[][] = [
    ['Name', code(t.name)],
    ['ARN', code(t.arn)],
    ['Home region', code(t.homeRegion)],
    ...fieldRows(t, 'flag'),
    ['Bucket and prefix', code(deliveryLocation(t.s3BucketName, t.s3KeyPrefix))],
    ['Logging', s ? yesNo(s.isLogging, 'logging', 'stopped') : 'unknown'],
    ['Latest delivery', s?.latestDeliveryTime ? s.latestDeliveryTime.toISOString() : 'none yet'],
    ['Latest delivery error', s?.latestDeliveryError ? `⚠️ ${cell(s.latestDeliveryError)}` : 'none'],
    ['Latest digest delivery error', s?.latestDigestDeliveryError ? `⚠️ ${cell(s.latestDigestDeliveryError)}` : 'none']
  ]
  rows.push(...fieldRows(t, 'reference'))
  return table(['Setting', 'Value'], rows)
}

function fold(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** The statements a policy change merges: the text says "merged", so the page shows them. */
function mergedStatements(change: Change): { target: string; statements: string } | null {
  if (change.kind !== 'put-bucket-policy' && change.kind !== 'put-key-policy') return null
  let statements: unknown[] = []
  try {
    statements = (parsePolicy(change.after)?.Statement ?? []).filter((s) =>
      change.sids.includes(String((s as { Sid?: unknown }).Sid))
    )
  } catch {
    return null
  }
  const target = change.kind === 'put-bucket-policy' ? `bucket ${change.bucket}` : `KMS key ${change.keyArn}`
  return { target, statements: JSON.stringify(statements, null, 2) }
}

function changesSection(o: Outcome): string {
  const records = describeChanges(o.changes, o.trailName)
  const done = applied(o)
  const title = done
    ? `Changes made (${records.length})`
    : o.mode === 'apply'
      ? `Changes apply will make once unblocked (${records.length})`
      : `Changes apply would make (${records.length})`
  // No changes: the headline says so already.
  if (records.length === 0) return ''
  const rows = table(
    ['What', 'Before', 'After'],
    records.map((r) => [cell(r.what), cell(r.before), cell(r.after)])
  )
  const statements = o.changes.flatMap((c) => {
    const merged = mergedStatements(c)
    return merged
      ? [
          fold(
            `${done ? 'Statements merged into' : 'Statements apply would merge into'} the policy of ${html(merged.target)}`,
            `\`\`\`json\n${merged.statements}\n\`\`\``
          )
        ]
      : []
  })
  const body = records.length > FOLD_AFTER ? fold(`${plural(records.length, 'change')}`, rows) : rows
  return [`### ${title}`, body, ...statements].join('\n\n')
}

/** Whether a finding still asks something of the reader (it is not ok, nor fixed by this very run). */
function isOpen(f: Finding, o: Outcome): boolean {
  if (f.remediation === '' || f.severity === 'ok') return false
  return !(f.severity === 'fixable' && applied(o))
}

function prerequisiteState(f: Finding, o: Outcome): string {
  if (f.severity !== 'fixable') return ICON[f.severity]
  return applied(o) ? '🔧 fixed' : '🔧 to fix'
}

/** A finding's text in a row: what the plan said, or, once this run fixed it, that it did. */
function findingText(f: Finding, o: Outcome): string {
  if (f.severity === 'fixable' && applied(o)) return `Before this run: ${cell(f.title)}. **Fixed** (see Changes made).`
  // A blocker's detail and fix are at the top of the page already.
  if (f.severity === 'blocker') return `**${cell(f.title)}**: see Blockers above.`
  return `**${cell(f.title)}**: ${cell(f.detail)}`
}

const ORDER: Severity[] = ['blocker', 'fixable', 'warning', 'ok']
const bySeverity = (a: Finding, b: Finding) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity)

function passedList(passed: readonly Finding[], allPassed: boolean): string {
  const items = passed
    .map((f) => `<li>✅ <code>${html(f.id)}</code> ${html(f.title)}: ${html(f.detail)}</li>`)
    .join('\n')
  return fold(allPassed ? `✅ All ${passed.length} passed` : `✅ ${passed.length} passed`, `<ul>\n${items}\n</ul>`)
}

/** What needs attention, in a table; what passed, folded away below it. */
function prerequisitesSection(findings: readonly Finding[], o: Outcome): string {
  const open = [...findings].filter((f) => f.severity !== 'ok').sort(bySeverity)
  const passed = findings.filter((f) => f.severity === 'ok')
  const parts: string[] = []
  if (open.length > 0) {
    parts.push(
      table(
        ['', 'Check', 'Finding'],
        open.map((f) => [prerequisiteState(f, o), code(f.id), findingText(f, o)])
      )
    )
  }
  if (passed.length > 0) parts.push(passedList(passed, open.length === 0))
  return `### Prerequisites\n\n${parts.join('\n\n')}`
}

const STATE: Record<ControlState, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  unknown: '❔ unknown',
  'no-trail': '➖ no trail',
  'no-key': '➖ no key'
}

/** "❌ now → ✅ after apply" where apply would change the control, else its state. */
function controlState(f: Finding): string {
  const c = f.control
  if (!c) return f.severity === 'ok' ? '✅ pass' : `${ICON[f.severity]} ${f.severity}`
  if (c.afterApply === null) return STATE[c.now]
  const now = c.now === 'pass' || c.now === 'fail' ? `${STATE[c.now].split(' ')[0]} now` : STATE[c.now]
  const after =
    c.afterApply === 'pass' || c.afterApply === 'fail' ? STATE[c.afterApply].split(' ')[0] : STATE[c.afterApply]
  return `${now} → ${after} after apply`
}

/** Every control, passed ones included: an auditor reads this table as the list of what was judged. */
function postureSection(findings: readonly Finding[]): string {
  const rows = findings.map((f) => [
    controlState(f),
    code(f.control?.securityHub ?? f.id),
    f.control?.cis ? f.control.cis : '—',
    `**${cell(f.title)}**: ${cell(f.detail)}`
  ])
  const failing = findings.filter((f) => f.severity !== 'ok').length
  const intro =
    `${findings.length - failing} of ${findings.length} pass. Control ids are AWS Security Hub's; CIS is the ` +
    'CIS AWS Foundations Benchmark v3.0.0 recommendation.'
  return `### Posture\n\n${intro}\n\n${table(['State', 'Control', 'CIS', 'Finding'], rows)}`
}

/** Each open finding that is not a blocker (those are on the first screen), folded, with its fix to paste. */
function howToFix(o: Outcome): string {
  const open = o.findings.filter((f) => isOpen(f, o) && f.severity !== 'blocker')
  if (open.length === 0) return ''
  const items = [...open]
    .sort(bySeverity)
    .map((f) =>
      fold(
        `${ICON[f.severity]} <b>${html(f.title)}</b> (<code>${html(f.id)}</code>)`,
        `${plain(f.detail)}\n\n${fixBlock(f.remediation)}`
      )
    )
  return `### How to fix\n\n${items.join('\n\n')}`
}

/** The job summary, as Markdown. A pure function of the outcome: it shows, it never decides. */
export function renderSummary(o: Outcome): string {
  const prerequisites = o.findings.filter((f) => f.category === 'prerequisite')
  const posture = o.findings.filter((f) => f.category === 'posture')
  const head = renderHeadline(o, changeCount(o.changes))
  const failures =
    o.failures.length > 0 ? `\n\n> [!CAUTION]\n> The step fails: ${o.failures.map(cell).join('; ')}.` : ''
  const sections = [
    head + failures,
    trailLine(o),
    o.logIntegrity ? renderLogIntegrity(o.logIntegrity) : '',
    blockersSection(o),
    changesSection(o),
    `### Trail\n\n${trailTable(o)}`,
    prerequisitesSection(prerequisites, o),
    posture.length > 0 ? postureSection(posture) : '',
    o.members ? renderMembers(o.members) : '',
    howToFix(o),
    `<sub>Run as ${code(o.identity.arn)} · home region ${code(o.homeRegion)} · mode ${code(o.mode)}</sub>`
  ]
  return sections.filter((s) => s !== '').join('\n\n') + '\n'
}
