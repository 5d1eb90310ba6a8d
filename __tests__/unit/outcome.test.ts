// The run's status, and why the step fails, per mode and the fail-on-* inputs.
import { failuresOf, inPlanOrder, postureAfterApply, statusOf } from '../../src/outcome.js'
import { plan } from '../../src/plan/index.js'
import type { Change, Finding, Plan } from '../../src/plan/types.js'
import {
  ACCOUNT,
  TRAIL_ARN,
  REGION,
  aFinding,
  findingOf,
  observed,
  observedTrail,
  settings,
  trailConfig
} from '../support/fixtures.js'

const startLogging: Change = { kind: 'start-logging', arn: TRAIL_ARN, region: REGION }
const blocker = aFinding({ id: 's3.requester-pays', severity: 'blocker', title: 'Requester Pays is on' })
const planOf = (changes: Change[], findings: Finding[] = []): Plan => ({
  findings,
  changes,
  trailArn: TRAIL_ARN,
  homeRegion: REGION,
  managementAccountId: ACCOUNT,
  blocked: findings.some((f) => f.severity === 'blocker')
})

describe('statusOf in apply mode', () => {
  it('is created when the trail was created', () => {
    expect(statusOf('apply', planOf([startLogging]), { created: true, count: 2 })).toBe('created')
  })

  it('is updated when writes were made to an existing trail', () => {
    expect(statusOf('apply', planOf([startLogging]), { created: false, count: 1 })).toBe('updated')
  })

  it('is unchanged when nothing was written', () => {
    expect(statusOf('apply', planOf([]), null)).toBe('unchanged')
    expect(statusOf('apply', planOf([]), { created: false, count: 0 })).toBe('unchanged')
  })

  it('is blocked when a blocker exists, whatever else happened', () => {
    expect(statusOf('apply', planOf([startLogging], [blocker]), null)).toBe('blocked')
  })
})

describe('statusOf in check mode', () => {
  it('is drift when apply would change something', () => {
    expect(statusOf('check', planOf([startLogging]), null)).toBe('drift')
  })

  it('is in-sync when apply would change nothing', () => {
    expect(statusOf('check', planOf([]), null)).toBe('in-sync')
  })

  it('is blocked when a blocker exists, even with changes', () => {
    expect(statusOf('check', planOf([startLogging], [blocker]), null)).toBe('blocked')
  })
})

describe('failuresOf', () => {
  const postureWarning = aFinding({
    id: 'CloudTrail.2',
    category: 'posture',
    severity: 'warning',
    title: 'Not encrypted with SSE-KMS'
  })
  const postureOk = aFinding({ id: 'CloudTrail.4', category: 'posture', severity: 'ok' })
  const prerequisiteWarning = aFinding({ id: 'cloudtrail.home-region', severity: 'warning' })

  it('is empty for a clean run', () => {
    expect(failuresOf(settings(), 'unchanged', [postureOk], [])).toEqual([])
    expect(failuresOf(settings({ mode: 'check' }), 'in-sync', [postureOk], [])).toEqual([])
  })

  it('always fails on blockers, naming each', () => {
    const other = aFinding({
      id: 'organization.all-features',
      severity: 'blocker',
      title: 'Organization is not in ALL features mode'
    })
    const failures = failuresOf(settings({ 'fail-on-drift': 'false' }), 'blocked', [blocker, other], [])
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/^2 blockers: /)
    expect(failures[0]).toContain('Requester Pays is on')
    expect(failures[0]).toContain('Organization is not in ALL features mode')
    expect(failuresOf(settings(), 'blocked', [blocker], [])[0]).toMatch(/^1 blocker: /)
  })

  it('fails on drift in check mode when fail-on-drift is true, saying how many changes', () => {
    const s = settings({ mode: 'check' })
    expect(failuresOf(s, 'drift', [], [startLogging])).toEqual([
      expect.stringMatching(/apply would make 1 change .*fail-on-drift/)
    ])
    expect(failuresOf(s, 'drift', [], [startLogging, { kind: 'enable-trusted-access' }])).toEqual([
      expect.stringContaining('2 changes')
    ])
  })

  it('does not fail on drift when fail-on-drift is false', () => {
    expect(failuresOf(settings({ mode: 'check', 'fail-on-drift': 'false' }), 'drift', [], [startLogging])).toEqual([])
  })

  it('does not call an apply run that fixed drift a failure', () => {
    expect(failuresOf(settings(), 'updated', [], [startLogging])).toEqual([])
  })

  it('fails on posture findings only when fail-on-posture is true, naming the controls', () => {
    const findings = [postureWarning, postureOk, prerequisiteWarning]
    expect(failuresOf(settings(), 'unchanged', findings, [])).toEqual([])
    const failures = failuresOf(settings({ 'fail-on-posture': 'true' }), 'unchanged', findings, [])
    expect(failures).toEqual([expect.stringMatching(/^1 posture finding: CloudTrail\.2 .*fail-on-posture/)])
  })

  it('lists every reason at once', () => {
    const s = settings({ mode: 'check', 'fail-on-posture': 'true' })
    expect(failuresOf(s, 'drift', [postureWarning], [startLogging])).toHaveLength(2)
  })
})

describe('inPlanOrder: the changes in the order of the plan, whatever order the writes finished in', () => {
  const trusted: Change = { kind: 'enable-trusted-access' }
  const role: Change = { kind: 'create-service-linked-role', role: 'cloudtrail' }
  it('sorts what apply recorded as it finished back into plan order', () => {
    const planned = [trusted, role, startLogging]
    expect(inPlanOrder([startLogging, role, trusted], planned)).toEqual(planned)
    expect(inPlanOrder([role, startLogging], planned)).toEqual([role, startLogging])
  })
})

describe('failuresOf and posture', () => {
  it('does not fail on posture for a control apply would fix; fails for one it would not', () => {
    const s = settings({ 'fail-on-posture': 'true', 'fail-on-drift': 'false' })
    const fixable = aFinding({ id: 'CloudTrail.4', category: 'posture', severity: 'fixable' })
    const warning = aFinding({ id: 'CloudTrail.2', category: 'posture', severity: 'warning' })
    expect(failuresOf(s, 'drift', [fixable], [])).toEqual([])
    expect(failuresOf(s, 'in-sync', [fixable, warning], [])).toEqual([
      '1 posture finding: CloudTrail.2 (fail-on-posture is true)'
    ])
  })

  it('counts drift changes as the changes table does: one per tag', () => {
    const tags: Change = {
      kind: 'add-tags',
      arn: TRAIL_ARN,
      region: REGION,
      tags: { a: '1', b: '2' },
      before: { a: null, b: null }
    }
    expect(failuresOf(settings(), 'drift', [], [tags])).toEqual([
      'Drift: apply would make 2 changes (fail-on-drift is true)'
    ])
  })
})

describe('postureAfterApply: judged on the re-read trail', () => {
  it('replaces "now → after apply" with the state of the trail as re-read', () => {
    const s = settings()
    const before = observed({ trail: observedTrail({ logFileValidationEnabled: false, isMultiRegionTrail: false }) })
    const p = plan(s, before)
    expect(findingOf(p, 'CloudTrail.4').control).toMatchObject({ now: 'fail', afterApply: 'pass' })
    const after = postureAfterApply(
      s,
      before,
      { trail: trailConfig(), status: { isLogging: true } },
      p.changes,
      p.findings
    )
    expect(findingOf({ findings: after }, 'CloudTrail.4')).toMatchObject({
      severity: 'ok',
      control: { now: 'pass', afterApply: null }
    })
    expect(findingOf({ findings: after }, 'CloudTrail.1').severity).toBe('ok')
    // A re-read trail that still lacks validation is reported as it is, not as declared.
    const stale = postureAfterApply(
      s,
      before,
      { trail: trailConfig({ logFileValidationEnabled: false }), status: { isLogging: true } },
      p.changes,
      p.findings
    )
    expect(findingOf({ findings: stale }, 'CloudTrail.4').control).toMatchObject({ now: 'fail', afterApply: null })
    // Prerequisite findings are kept as planned.
    expect(after.filter((f) => f.category === 'prerequisite')).toEqual(
      p.findings.filter((f) => f.category === 'prerequisite')
    )
  })
})
