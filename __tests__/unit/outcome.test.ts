// The run's status, and why the step fails, per mode and the fail-on-* inputs.
import { failuresOf, statusOf } from '../../src/outcome.js'
import type { Change, Finding, Plan } from '../../src/plan/types.js'
import { ACCOUNT, TRAIL_ARN, REGION, aFinding, settings } from '../support/fixtures.js'

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
