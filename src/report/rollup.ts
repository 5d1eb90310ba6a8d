import { plural } from '../plan/wording.js'
import { cell, code } from './markdown.js'
import { renderIntegrityRollup } from './log-integrity.js'
import type { Report } from './record.js'

/**
 * One report given to summarize: read, valid and matching the SHA-256 written next to it; or the reason it
 * could not be used. `digest`: it does not match its SHA-256 (altered) or has none to check (missing); a
 * report that cannot be verified is not read on, whatever it says.
 */
export type RollupEntry =
  | { readonly source: string; readonly report: Report }
  | { readonly source: string; readonly problem: string; readonly digest?: 'altered' | 'missing' }

/** Every output of the summarize action (summarize/action.yml and docs/evidence.md's table are written from it). */
export const SUMMARIZE_OUTPUTS = {
  status: {
    description:
      '`passed` when every report could be read, matches its SHA-256 and says its run passed; else `failed` (the step fails too).'
  }
} satisfies Record<string, { readonly description: string }>

export interface Rollup {
  readonly markdown: string
  /** True when any run failed or any report could not be used: the roll-up step fails too. */
  readonly failed: boolean
  readonly failures: readonly string[]
  /** The reports that do not match their SHA-256, and those that have none to check: each an annotation. */
  readonly altered: readonly string[]
  readonly unverified: readonly string[]
}

type Problem = Extract<RollupEntry, { problem: string }>

const STATUS_ICON: Record<Report['status'], string> = {
  created: '🟢',
  updated: '🟢',
  unchanged: '🟢',
  'in-sync': '🟢',
  drift: '🟠',
  blocked: '🔴',
  failed: '🔴'
}

/** Inline code, or a dash for a value the report does not have. */
const codeOrDash = (s: string) => (s === '' ? '—' : code(s))

function organizationOf(r: Report): string {
  return r.organization?.id ?? r.organization?.managementAccount ?? r.identity?.account ?? 'unknown'
}

/** The gathered reports of a matrix over organizations, as one job summary. Pure. */
export function renderRollup(entries: readonly RollupEntry[]): Rollup {
  const reports = entries.flatMap((e) => ('report' in e ? [e.report] : []))
  const problems = entries.filter((e): e is Problem => 'problem' in e)
  const altered = problems.filter((p) => p.digest === 'altered')
  const unusable = problems.filter((p) => p.digest !== 'altered')
  const failedRuns = reports.filter((r) => r.conclusion === 'failure')
  const logs = renderIntegrityRollup(reports)
  const failures = [
    ...failedRuns.map((r) => `${organizationOf(r)} (${r.trail.homeRegion}): ${r.status}`),
    ...[...altered, ...unusable].map((p) => `${p.source}: ${p.problem}`),
    ...logs.failures
  ]
  const lines: string[] = []
  const headline = failures.length === 0 ? '🟢 every run passed' : `🔴 ${failures.length} need attention`
  lines.push(`## org-trail · ${plural(reports.length, 'organization')} · ${headline}`, '')
  if (reports.length > 0) {
    lines.push('| Organization | Region | Trail | Status | Logging | Blockers | Changes |')
    lines.push('|---|---|---|---|---|---|---|')
    for (const r of reports) {
      const blockers = r.findings.filter((f) => f.severity === 'blocker').length
      const logging = r.trail.status === null ? '—' : r.trail.status.isLogging ? 'yes' : '**no**'
      lines.push(
        `| ${codeOrDash(organizationOf(r))} | ${cell(r.trail.homeRegion)} | ${codeOrDash(r.trail.name)} | ${STATUS_ICON[r.status]} ${r.status} | ${logging} | ${blockers} | ${r.changes.length} |`
      )
    }
    lines.push('')
  }
  if (reports.length > 0) {
    const each =
      reports.length === 1 ? 'The report above matches' : `Each of the ${reports.length} reports above matches`
    lines.push(`${each} the SHA-256 its run wrote next to it (\`REPORT.sha256\`).`, '')
  }
  if (altered.length > 0) {
    lines.push('### ❌ Reports that do not match their SHA-256', '')
    lines.push('Changed after the run wrote them: their content is not used.', '')
    for (const p of altered) lines.push(`- ${codeOrDash(p.source)}: ${cell(p.problem)}`)
    lines.push('')
  }
  if (unusable.length > 0) {
    lines.push('### Reports that could not be used', '')
    for (const p of unusable) lines.push(`- ${codeOrDash(p.source)}: ${cell(p.problem)}`)
    lines.push('')
  }
  if (logs.markdown) lines.push(logs.markdown, '')
  for (const r of failedRuns) {
    lines.push(`### ${organizationOf(r)} · ${r.trail.homeRegion} · ${r.status}`, '')
    for (const f of r.failures) lines.push(`- ${cell(f)}`)
    const withFix = r.findings.filter((f) => f.severity === 'blocker' && f.fix !== '')
    for (const f of withFix) lines.push('', `**${cell(f.title)}**`, '', '```sh', f.fix, '```')
    const link = r.run.repository && r.run.runId ? `${r.run.repository} run ${r.run.runId}` : ''
    if (link) lines.push('', `From ${cell(link)} (attempt ${r.run.runAttempt || '1'}), ${r.run.finishedAt}.`)
    lines.push('')
  }
  return {
    markdown: lines.join('\n'),
    failed: failures.length > 0,
    failures,
    altered: altered.map((p) => p.source),
    unverified: problems.filter((p) => p.digest === 'missing').map((p) => p.source)
  }
}
