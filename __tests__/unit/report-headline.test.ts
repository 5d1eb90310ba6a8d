// The summary's headline: the status, the posture controls that fail, the log verdict, and what to do
// next whenever any of it is not green.
import type { Outcome } from '../../src/outcome.js'
import { plan } from '../../src/plan/index.js'
import type { Finding } from '../../src/plan/types.js'
import { nextStep, postureTally, renderHeadline } from '../../src/report/headline.js'
import {
  REGION,
  TRAIL_ARN,
  aFinding,
  logIntegrityResult,
  observed,
  observedTrail,
  outcome,
  settings
} from '../support/fixtures.js'

const control = (id: string, now: 'pass' | 'fail' | 'unknown' | 'no-trail', afterApply: 'pass' | null = null) =>
  aFinding({
    id,
    category: 'posture',
    severity: now === 'pass' ? 'ok' : afterApply === 'pass' ? 'fixable' : 'warning',
    title: id,
    remediation: now === 'pass' ? '' : `fix ${id}`,
    control: { securityHub: id, cis: null, now, afterApply }
  })
const delivery = (severity: Finding['severity']) =>
  aFinding({ id: 'delivery.log-files', category: 'posture', severity, title: 'Log files', remediation: '' })
const blocker = aFinding({ id: 's3.requester-pays', severity: 'blocker', title: 'Requester Pays is on' })

const lines = (o: Outcome) => renderHeadline(o, o.changes.length).split('\n\n')

describe('the posture count', () => {
  it('counts the controls that fail now, the unknown apart, and leaves out what has no trail to judge', () => {
    const findings = [
      control('CloudTrail.1', 'pass'),
      control('CloudTrail.2', 'fail'),
      control('CloudTrail.4', 'fail', 'pass'),
      control('CloudTrail.5', 'unknown'),
      control('KMS.4', 'no-trail'),
      delivery('warning'),
      delivery('ok'),
      blocker
    ]
    expect(postureTally(findings)).toEqual({ judged: 6, failing: 3, unknown: 1, noTrail: true })
  })

  it('is in the heading, after the status: failing, unknown, or all passing', () => {
    const failing = outcome({
      status: 'created',
      findings: [control('CloudTrail.1', 'pass'), control('CloudTrail.2', 'fail')]
    })
    expect(lines(failing)[0]).toBe('## org-trail · 🟢 created · ⚠️ 1 of 2 posture controls fail')
    const unknown = outcome({ findings: [control('CloudTrail.1', 'fail'), control('CloudTrail.2', 'unknown')] })
    expect(lines(unknown)[0]).toBe('## org-trail · 🟢 unchanged · ⚠️ 1 of 2 posture controls fail · ❔ 1 unknown')
    const green = outcome({ findings: [control('CloudTrail.1', 'pass'), delivery('ok')] })
    expect(lines(green)[0]).toBe('## org-trail · 🟢 unchanged · ✅ all 2 posture controls pass')
  })

  it('is left out when there is no trail to judge yet (the bucket controls alone would pass)', () => {
    const p = plan(settings({ mode: 'check' }), observed({ trail: null }))
    const drift = outcome({ mode: 'check', status: 'drift', trail: null, findings: p.findings, changes: p.changes })
    expect(lines(drift)[0]).toBe('## org-trail · 🟡 drift')
  })

  it('counts what the plan judges of a real trail: a single-region trail without validation fails two', () => {
    const p = plan(
      settings({ mode: 'check' }),
      observed({ trail: observedTrail({ isMultiRegionTrail: false, logFileValidationEnabled: false }) })
    )
    const tally = postureTally(p.findings)
    const failing = p.findings.filter((f) => f.control?.now === 'fail').map((f) => f.id)
    expect(failing).toEqual(expect.arrayContaining(['CloudTrail.1', 'CloudTrail.4']))
    expect(tally.failing).toBe(failing.length)
  })
})

describe('the log-integrity verdict', () => {
  it.each([
    ['valid', 'logs ✅ valid'],
    ['invalid', 'logs ❌ invalid'],
    ['stale', 'logs ⚠️ stale'],
    ['unverified', 'logs ❔ unverified']
  ] as const)('%s is in the heading when the logs were verified', (verdict, shown) => {
    expect(lines(outcome({ logIntegrity: logIntegrityResult({ verdict }) }))[0]).toBe(
      `## org-trail · 🟢 unchanged · ${shown}`
    )
  })

  it('is absent when the logs were not verified', () => {
    expect(lines(outcome())[0]).toBe('## org-trail · 🟢 unchanged')
  })
})

describe('the next step', () => {
  it('is absent when everything is green', () => {
    const green = outcome({
      findings: [control('CloudTrail.1', 'pass')],
      logIntegrity: logIntegrityResult({ verdict: 'valid' })
    })
    expect(nextStep(green)).toBeNull()
    expect(lines(green)[1]).not.toContain('Next')
  })

  it('names the blocker to fix, first of all', () => {
    const o = outcome({ status: 'blocked', findings: [blocker, control('CloudTrail.2', 'fail')] })
    expect(lines(o)[1]).toMatch(
      /\*\*Next:\*\* fix the blocker Requester Pays is on \(`s3\.requester-pays`\) as shown below, then run again\.$/
    )
    const two = outcome({ status: 'blocked', findings: [blocker, { ...blocker, id: 'other', title: 'Other' }] })
    expect(nextStep(two)).toMatch(/^fix the 2 blockers shown below, starting with Requester Pays is on/)
  })

  it('on drift: run apply, or change the declaration', () => {
    const o = outcome({
      mode: 'check',
      status: 'drift',
      changes: [{ kind: 'start-logging', arn: TRAIL_ARN, region: REGION }]
    })
    expect(lines(o)[1]).toBe(
      '**Check:** The trail or its prerequisites differ from the declaration: apply would make 1 change. ' +
        '**Next:** run apply to make these changes, or change the declaration to match the trail.'
    )
  })

  it('on logs that are not valid: what their verdict asks for', () => {
    expect(nextStep(outcome({ logIntegrity: logIntegrityResult({ verdict: 'invalid' }) }))).toMatch(
      /changed or removed/
    )
    expect(nextStep(outcome({ logIntegrity: logIntegrityResult({ verdict: 'stale' }) }))).toMatch(/stopped delivering/)
    expect(nextStep(outcome({ logIntegrity: logIntegrityResult({ verdict: 'unverified' }) }))).toMatch(
      /^grant the reads/
    )
  })

  it('on failing posture controls after an apply: declare the fix and apply again, or run the command', () => {
    const o = outcome({ status: 'created', findings: [control('CloudTrail.2', 'fail')] })
    expect(lines(o)[1]).toMatch(
      /\*\*Next:\*\* fix the failing posture controls: each has its fix under How to fix \(declare it and run apply again, or run the command shown\)\.$/
    )
    expect(nextStep(outcome({ findings: [control('CloudTrail.2', 'unknown')] }))).toMatch(/^grant the reads/)
  })

  it('ends every headline that is not all green, whatever the status', () => {
    const notGreen: Outcome[] = [
      outcome({ status: 'blocked', findings: [blocker] }),
      outcome({ mode: 'check', status: 'drift' }),
      outcome({ mode: 'check', status: 'in-sync', findings: [delivery('warning')] }),
      outcome({ status: 'updated', logIntegrity: logIntegrityResult({ verdict: 'stale' }) })
    ]
    for (const o of notGreen) expect(lines(o)[1]).toMatch(/ \*\*Next:\*\* [^\n]+\.$/)
  })
})
