// The summary's first lines: the status, how many posture controls fail, the log-integrity verdict when
// the logs were verified, the verdict in one sentence, and, when any of that is not green, what to do next.
import type { Outcome } from '../outcome.js'
import type { Finding } from '../plan/types.js'
import { plural } from '../plan/wording.js'
import { code, plain } from './markdown.js'

const STATUS: Record<Outcome['status'], string> = {
  created: '🟢 created',
  updated: '🟢 updated',
  unchanged: '🟢 unchanged',
  'in-sync': '🟢 in sync',
  drift: '🟡 drift',
  blocked: '🔴 blocked'
}

type Verdict = NonNullable<Outcome['logIntegrity']>['verdict']

const LOGS: Record<Verdict, string> = {
  valid: 'logs ✅ valid',
  invalid: 'logs ❌ invalid',
  stale: 'logs ⚠️ stale',
  unverified: 'logs ❔ unverified'
}

/** The name the action goes by: the heading names the trail only when it is called something else. */
const ACTION_NAME = 'org-trail'

/** How the posture rows stand now: judged (the trail or bucket exists to judge), failing, unknown. */
export interface PostureTally {
  readonly judged: number
  readonly failing: number
  readonly unknown: number
  /** Some control found no trail to judge: the trail does not exist (yet). */
  readonly noTrail: boolean
}

/**
 * The posture rows as they are now (after an apply: as re-read). A control of a trail that does not exist
 * yet (no-trail, no-key) is not judged; a delivery row fails when it is a warning.
 */
export function postureTally(findings: readonly Finding[]): PostureTally {
  let judged = 0
  let failing = 0
  let unknown = 0
  let noTrail = false
  for (const f of findings) {
    if (f.category !== 'posture') continue
    const now = f.control ? f.control.now : f.severity === 'warning' ? 'fail' : 'pass'
    noTrail ||= now === 'no-trail'
    if (now === 'no-trail' || now === 'no-key') continue
    judged++
    if (now === 'fail') failing++
    if (now === 'unknown') unknown++
  }
  return { judged, failing, unknown, noTrail }
}

/** Left out when there is no trail: the bucket's controls alone would say "all pass" of nothing. */
function postureLabel(t: PostureTally): string {
  if (t.judged === 0 || t.noTrail) return ''
  const controls = t.judged === 1 ? 'posture control' : 'posture controls'
  if (t.failing === 0 && t.unknown === 0) return `✅ ${t.judged === 1 ? 'the' : `all ${t.judged}`} ${controls} pass`
  if (t.failing === 0) return `❔ ${t.unknown} of ${t.judged} ${controls} unknown`
  return `⚠️ ${t.failing} of ${t.judged} ${controls} fail${t.unknown > 0 ? ` · ❔ ${t.unknown} unknown` : ''}`
}

/** True when this run is an apply that went ahead: its changes are done, its fixable findings fixed. */
export const applied = (o: Outcome) => o.mode === 'apply' && o.status !== 'blocked'

/** What the run did or would do, in one sentence. */
function verdict(o: Outcome, changeCount: number): string {
  const changes = plural(changeCount, 'change')
  const blockers = o.findings.filter((f) => f.severity === 'blocker').length
  switch (o.status) {
    case 'blocked':
      return o.mode === 'check'
        ? `Apply would write nothing: ${plural(blockers, 'blocker')} must be fixed first.`
        : `Nothing was written: ${plural(blockers, 'blocker')} must be fixed first.`
    case 'drift':
      return `The trail or its prerequisites differ from the declaration: apply would make ${changes}.`
    case 'in-sync':
      return 'The trail and every prerequisite match the declaration.'
    case 'created':
      return `Created the trail and made ${changes} in all.`
    case 'updated':
      return `${o.adopted ? 'Adopted the trail another run had just created; made' : 'Made'} ${changes} to converge the trail.`
    case 'unchanged':
      return 'Everything already matched the declaration: no write was made.'
  }
}

/**
 * What to do next, in one sentence; null when everything is green. The first thing that is not green
 * decides: a blocker, then drift, then the logs, then the posture.
 */
export function nextStep(o: Outcome): string | null {
  const blockers = o.findings.filter((f) => f.severity === 'blocker')
  const first = blockers[0]
  if (first) {
    const which = `${plain(first.title)} (${code(first.id)})`
    return blockers.length === 1
      ? `fix the blocker ${which} as shown below, then run again.`
      : `fix the ${blockers.length} blockers shown below, starting with ${which}, then run again.`
  }
  if (o.status === 'drift') {
    return 'run apply to make these changes, or change the declaration to match the trail.'
  }
  switch (o.logIntegrity?.verdict) {
    case 'invalid':
      return 'find out who changed or removed the files listed under Log integrity: those logs cannot be trusted as they are.'
    case 'stale':
      return 'find out why CloudTrail stopped delivering to the accounts and regions listed under Log integrity.'
    case 'unverified':
      return 'grant the reads named under Log integrity, then run again to verify every log.'
    default:
  }
  const tally = postureTally(o.findings)
  if (tally.failing > 0) {
    return `fix the failing posture controls: each has its fix under How to fix (declare it${applied(o) ? ' and run apply again' : ''}, or run the command shown).`
  }
  if (tally.unknown > 0) return 'grant the reads named under How to fix, so that every posture control can be judged.'
  return null
}

/** The heading and the paragraph under it. */
export function renderHeadline(o: Outcome, changeCount: number): string {
  const name = o.trailName === ACTION_NAME ? '' : `${code(o.trailName)} · `
  const parts = [
    STATUS[o.status],
    postureLabel(postureTally(o.findings)),
    o.logIntegrity ? LOGS[o.logIntegrity.verdict] : ''
  ].filter((p) => p !== '')
  const next = nextStep(o)
  return (
    `## ${ACTION_NAME} · ${name}${parts.join(' · ')}\n\n` +
    `**${o.mode === 'check' ? 'Check' : 'Apply'}:** ${verdict(o, changeCount)}${next ? ` **Next:** ${next}` : ''}`
  )
}
