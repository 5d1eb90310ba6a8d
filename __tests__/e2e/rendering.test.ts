// The job summary as a person sees it: each main case rendered GitHub-flavoured, with GitHub's markdown
// CSS, in headless Chromium at the width of the summary pane. Nothing may overflow the pane, a blocker's
// fix must be on the first screen, and the trail table and the posture rows must not contradict each
// other. The screenshots stay in .tmp/screenshots/ (CI keeps them as artifacts); the first screen of the
// drift case is the README's picture of a real summary (README_SCREENSHOT, committed).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FIRST_SCREEN_HEIGHT, PANE_WIDTH, README_SCREENSHOT, renderSummaryPage } from '../../tools/summary-page.mjs'
import { repoRoot } from '../../tools/util.mjs'
import type { Observed } from '../../src/observe/types.js'
import { failuresOf, inPlanOrder, postureAfterApply, statusOf, type Outcome } from '../../src/outcome.js'
import { plan } from '../../src/plan/index.js'
import { renderFailure, renderInvalidInputs } from '../../src/report/failure.js'
import { renderSummary } from '../../src/report/summary.js'
import { parseSettings } from '../../src/settings/parse.js'
import type { Settings } from '../../src/settings/types.js'
import {
  bucket,
  freshOrganization,
  identity,
  observed,
  observedTrail,
  ok,
  rawInputs,
  settings,
  trailConfig,
  logIntegrityResult
} from '../support/fixtures.js'

const DIR = path.join(repoRoot, '.tmp', 'screenshots')
/** The case the README shows: a check run on a drifted trail, what the Quick start's first run may well find. */
const README_CASE = 'drift'
const TIMEOUT = 180_000
/** The height of a line of text (and of code) in GitHub's markdown CSS, in pixels. */
const LINE = 20

beforeAll(() => {
  mkdirSync(DIR, { recursive: true })
  // Debian's chromium, installed when absent (as CI's root); no browser download of its own.
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'ensure-chromium.mjs')], { stdio: 'inherit' })
}, 600_000)

/** The outcome main.ts assembles for a run that plans and, in apply mode, writes everything planned. */
function outcomeOf(s: Settings, o: Observed, options: { applied?: boolean } = {}): Outcome {
  const p = plan(s, o)
  const base = {
    mode: s.mode,
    trailName: s.trail.name,
    identity,
    managementAccountId: p.managementAccountId,
    organizationId: o.organization.ok ? (o.organization.value?.id ?? null) : null,
    homeRegion: p.homeRegion,
    trailArn: p.trailArn,
    adopted: false,
    effectiveInputs: s.effectiveInputs,
    insightSelectors: null,
    tags: null
  }
  if (options.applied && !p.blocked && p.changes.length > 0) {
    // The writes finished in another order than planned: the report must not care.
    const applied = inPlanOrder([...p.changes].reverse(), p.changes)
    const final = { trail: trailConfig(), status: { isLogging: true } }
    const status = statusOf(s.mode, p, { created: o.trail === null, count: applied.length })
    const findings = postureAfterApply(s, o, final, applied, p.findings)
    return {
      ...base,
      status,
      findings,
      trail: final.trail,
      trailStatus: final.status,
      selectors: { event: [], advanced: [] },
      changes: applied,
      failures: failuresOf(s, status, findings, applied)
    }
  }
  const status = statusOf(s.mode, p, null)
  return {
    ...base,
    status,
    findings: p.findings,
    trail: o.trail?.config ?? null,
    trailStatus: o.trail?.status.ok ? o.trail.status.value : null,
    selectors: o.trail?.selectors.ok ? o.trail.selectors.value : null,
    changes: p.changes,
    failures: failuresOf(s, status, p.findings, p.changes)
  }
}

interface Case {
  readonly name: string
  readonly markdown: string
  /** Texts that must be visible without scrolling: the blockers' fixes, the problems. */
  readonly firstScreen: readonly string[]
}

/** The first telling line of a fix: not a comment, not a lone bracket. */
const firstLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length >= 8 && !l.startsWith('#')) ?? text
const blockerFixes = (o: Outcome) =>
  o.findings.filter((f) => f.severity === 'blocker' && f.remediation).map((f) => firstLine(f.remediation))

function cases(): Case[] {
  const created = outcomeOf(settings(), freshOrganization(), { applied: true })
  const unchanged = outcomeOf(settings(), observed())
  const drift = outcomeOf(
    settings({ mode: 'check' }),
    observed({
      trail: observedTrail({ isMultiRegionTrail: false, logFileValidationEnabled: false }, { isLogging: false })
    })
  )
  const blocked = outcomeOf(
    settings({ 'manage-bucket-policy': 'false' }),
    observed({
      trail: null,
      trails: ok([]),
      bucket: bucket({ policy: ok<string | null>(null), requesterPays: ok(true) })
    })
  )
  const destructive = outcomeOf(
    settings({ 'is-multi-region-trail': 'false', 'enable-log-file-validation': 'false' }),
    observed()
  )
  const fresh = plan(settings(), freshOrganization())
  const failed = renderFailure({
    trailName: 'org-trail',
    title: 'cloudtrail:CreateTrail failed',
    message:
      'cloudtrail:CreateTrail failed with ServiceUnavailable (request id 7c1f, after 3 attempts): Service Unavailable. The SDK retried it and gave up: AWS or the network is failing; run again later — the next run picks up where this one stopped.',
    partWay: {
      planned: fresh.changes,
      done: fresh.changes.filter((c) => c.kind !== 'create-trail' && c.kind !== 'start-logging')
    }
  })
  const parsed = parseSettings(
    rawInputs({ 'trail-name': '10.0.0.1', mode: 'deploy', 's3-key-prefix': '/logs/', 'role-duration-seconds': '60' }),
    { GITHUB_RUN_ID: '42' }
  )
  if (parsed.ok) throw new Error('the invalid inputs parsed')
  const assumeRole = renderFailure({
    trailName: 'org-trail',
    title: 'Cannot assume the role',
    message:
      'STS refused AssumeRoleWithWebIdentity for arn:aws:iam::111111111111:role/org-trail (AccessDenied). The role\'s trust policy must allow "sts:AssumeRoleWithWebIdentity" for the federated principal token.actions.githubusercontent.com and match this token.',
    facts: {
      sub: 'repo:octo-org/octo-repo:pull_request',
      aud: 'sts.amazonaws.com',
      repository: 'octo-org/octo-repo',
      ref: 'refs/pull/17/merge',
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/audit.yml@refs/pull/17/merge'
    },
    fix: JSON.stringify(
      {
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:pull_request'
          }
        }
      },
      null,
      2
    )
  })
  // Verified logs: the verdict is in the headline, with what to do about it.
  const logsInvalid: Outcome = { ...unchanged, logIntegrity: logIntegrityResult({ verdict: 'invalid' }) }
  return [
    {
      name: 'created',
      markdown: renderSummary(created),
      firstScreen: [created.trailArn, 'posture controls fail', 'fix the failing posture controls']
    },
    { name: 'unchanged', markdown: renderSummary(unchanged), firstScreen: [unchanged.trailArn] },
    {
      name: 'drift',
      markdown: renderSummary(drift),
      firstScreen: [drift.trailArn, 'apply would make', 'run apply to make these changes']
    },
    {
      name: 'logs-invalid',
      markdown: renderSummary(logsInvalid),
      firstScreen: ['logs ❌ invalid', 'changed or removed']
    },
    {
      name: 'blocked',
      markdown: renderSummary(blocked),
      firstScreen: [...blockerFixes(blocked), 'fix the 2 blockers']
    },
    { name: 'destructive-refused', markdown: renderSummary(destructive), firstScreen: blockerFixes(destructive) },
    { name: 'failed-part-way', markdown: failed, firstScreen: ['Done before the failure', 'Not done'] },
    {
      name: 'invalid-input',
      markdown: renderInvalidInputs(parsed.problems),
      firstScreen: parsed.problems.map((p) => p.message)
    },
    { name: 'assume-role-refused', markdown: assumeRole, firstScreen: ['token.actions.githubusercontent.com:sub'] }
  ]
}

type Table = string[][]

/** The trail table (Setting | Value) as a map, and the posture rows by control id. */
function tablesOf(tables: Table[]) {
  const trail = tables.find((t) => t[0]?.[0] === 'Setting')
  const posture = tables.find((t) => t[0]?.[1] === 'Control')
  return {
    trail: trail ? new Map(trail.slice(1).map((r) => [r[0] ?? '', r[1] ?? ''])) : null,
    posture: new Map((posture ?? []).slice(1).map((r) => [r[1] ?? '', r[0] ?? '']))
  }
}

/** What the posture state cell says of the trail as it is now. */
const nowPasses = (state: string) => /^✅/.test(state)
const nowFails = (state: string) => /^❌/.test(state)

/** Every statement of the trail table that a posture row contradicts. */
function contradictions(tables: Table[]): string[] {
  const { trail, posture } = tablesOf(tables)
  const found: string[] = []
  const trailControls = ['CloudTrail.1', 'CloudTrail.2', 'CloudTrail.4', 'CloudTrail.5', 'KMS.4', 'S3.22', 'S3.23']
  if (trail === null) {
    for (const id of trailControls) {
      const state = posture.get(id)
      if (state !== undefined && (nowPasses(state) || nowFails(state)))
        found.push(`no trail, yet ${id} is judged now: ${state}`)
    }
    return found
  }
  const rules: [string, boolean, string][] = [
    ['CloudTrail.1', (trail.get('Multi-region') ?? '').startsWith('✅'), 'Multi-region'],
    ['CloudTrail.4', (trail.get('Log file validation') ?? '').startsWith('✅'), 'Log file validation'],
    ['CloudTrail.2', trail.has('KMS key'), 'KMS key'],
    ['CloudTrail.5', trail.has('CloudWatch Logs'), 'CloudWatch Logs']
  ]
  for (const [id, on, row] of rules) {
    const state = posture.get(id)
    if (state === undefined) continue
    // A trail table row that says "off" cannot sit next to a control that passes now, and the other way
    // round (CloudTrail.1 also needs all management events: on may still fail).
    if (!on && nowPasses(state)) found.push(`${row}: ${trail.get(row) ?? 'absent'}, yet ${id}: ${state}`)
    if (on && id !== 'CloudTrail.1' && nowFails(state))
      found.push(`${row}: ${trail.get(row) ?? ''}, yet ${id}: ${state}`)
  }
  return found
}

describe('the job summary in a browser, at the width of the summary pane', () => {
  for (const c of cases()) {
    it(
      c.name,
      async () => {
        const page = await renderSummaryPage(c.markdown, { dir: DIR, name: c.name, needles: [...c.firstScreen] })
        expect(page.paneWidth).toBe(PANE_WIDTH)
        // Nothing wider than the pane: no table with a hidden scrollbar, no line running off the edge.
        expect(page.overflows).toEqual([])
        // What this run asks of the reader starts before any scrolling, with room for three lines of it.
        for (const needle of c.firstScreen) {
          const at = page.found[needle]
          expect({ needle, found: at !== null }).toEqual({ needle, found: true })
          const top = at?.top ?? Infinity
          expect({ needle, top, onFirstScreen: top <= FIRST_SCREEN_HEIGHT - 3 * LINE }).toEqual({
            needle,
            top,
            onFirstScreen: true
          })
        }
        expect(contradictions(page.tables)).toEqual([])
        if (c.name === README_CASE) {
          const shown = path.join(repoRoot, README_SCREENSHOT)
          copyFileSync(path.join(DIR, `${c.name}.png`), shown)
          expect(readFileSync(shown).equals(readFileSync(path.join(DIR, `${c.name}.png`)))).toBe(true)
        }
      },
      TIMEOUT
    )
  }

  it('the contradiction check can fail: a trail table saying single-region next to CloudTrail.1 passing', () => {
    const tables = [
      [
        ['Setting', 'Value'],
        ['Multi-region', '❌ no']
      ],
      [
        ['State', 'Control', 'CIS', 'Finding'],
        ['✅ pass', 'CloudTrail.1', '3.1', 'Every region is logged']
      ]
    ]
    expect(contradictions(tables)).toEqual(['Multi-region: ❌ no, yet CloudTrail.1: ✅ pass'])
    expect(contradictions([tables[1] as Table])).toEqual(['no trail, yet CloudTrail.1 is judged now: ✅ pass'])
  })
})
