// The step outputs and the annotations: what later steps and the Checks tab see.
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { annotationsOf, outputsOf } from '../../src/report/outputs.js'
import { ACCOUNT, REGION, TRAIL_ARN, aFinding, outcome, trailConfig } from '../support/fixtures.js'

const actionYml = parseYaml(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  outputs: Record<string, unknown>
}

describe('outputsOf', () => {
  it('sets exactly the outputs action.yml declares', () => {
    expect(Object.keys(outputsOf(outcome())).sort()).toEqual([
      'changes',
      'findings',
      'home-region',
      'is-logging',
      'log-integrity',
      'status',
      'trail-arn'
    ])
    // The member-trails outputs exist only with member-role-name (an inventory in the outcome).
    const members = {
      roleName: 'r',
      accounts: [],
      totals: { accounts: 0, unreachable: 0, atLimit: 0, paidCopies: 0, paidCopyAccounts: 0, trails: 0 },
      unreachableByReason: [],
      organizationTrailExists: true
    }
    // report-path and report-sha256 are set where the report is written (they name a file that exists).
    expect([...Object.keys(outputsOf({ ...outcome(), members })), 'report-path', 'report-sha256'].sort()).toEqual(
      Object.keys(actionYml.outputs).sort()
    )
  })

  it('gives the trail as AWS reports it', () => {
    const eu = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/org-trail`
    const out = outputsOf(outcome({ trail: trailConfig({ arn: eu, homeRegion: 'eu-west-1' }) }))
    expect(out['trail-arn']).toBe(eu)
    expect(out['home-region']).toBe('eu-west-1')
  })

  it('gives the ARN the trail will have when it does not exist yet', () => {
    const out = outputsOf(outcome({ mode: 'check', status: 'drift', trail: null, trailStatus: null }))
    expect(out['trail-arn']).toBe(TRAIL_ARN)
    expect(out['home-region']).toBe(REGION)
    expect(out['is-logging']).toBe('false')
  })

  it('says "true" or "false" for is-logging', () => {
    expect(outputsOf(outcome({ trailStatus: { isLogging: true } }))['is-logging']).toBe('true')
    expect(outputsOf(outcome({ trailStatus: { isLogging: false } }))['is-logging']).toBe('false')
  })

  it.each(['created', 'updated', 'unchanged', 'blocked', 'in-sync', 'drift'] as const)(
    'passes the status %s through',
    (status) => {
      expect(outputsOf(outcome({ status }))['status']).toBe(status)
    }
  )

  it('gives changes as a JSON array of {what, before, after}', () => {
    const out = outputsOf(
      outcome({
        status: 'updated',
        changes: [{ kind: 'enable-trusted-access' }, { kind: 'start-logging', arn: TRAIL_ARN, region: REGION }]
      })
    )
    const changes = JSON.parse(out['changes'] ?? '') as Record<string, unknown>[]
    expect(changes).toHaveLength(2)
    for (const c of changes) expect(Object.keys(c).sort()).toEqual(['after', 'before', 'what'])
    expect(changes[1]).toEqual({ what: 'Logging of trail org-trail', before: 'stopped', after: 'logging' })
    expect(JSON.parse(outputsOf(outcome())['changes'] ?? '')).toEqual([])
  })

  it('gives findings as a JSON array of {id, severity, title, detail, remediation}', () => {
    const f = aFinding({
      id: 's3.requester-pays',
      severity: 'blocker',
      title: 'Requester Pays is on',
      detail: 'd',
      remediation: 'aws s3api …'
    })
    const findings = JSON.parse(outputsOf(outcome({ findings: [f] }))['findings'] ?? '') as unknown[]
    expect(findings).toEqual([
      {
        id: 's3.requester-pays',
        severity: 'blocker',
        title: 'Requester Pays is on',
        detail: 'd',
        remediation: 'aws s3api …'
      }
    ])
  })
})

describe('annotationsOf', () => {
  const findings = [
    aFinding({ id: 'a.ok', severity: 'ok' }),
    aFinding({ id: 'a.fixable', severity: 'fixable', remediation: 'aws x' }),
    aFinding({ id: 'a.blocker', severity: 'blocker', title: 'Blocked', detail: 'Why.', remediation: 'aws fix --now' }),
    aFinding({ id: 'a.warning', severity: 'warning', title: 'Careful', detail: 'Because.', remediation: '' }),
    aFinding({
      id: 'CloudTrail.2',
      category: 'posture',
      severity: 'warning',
      title: 'Not encrypted',
      detail: 'SSE-S3 only.',
      remediation: 'aws kms'
    })
  ]

  it('makes a blocker an error, a prerequisite warning a warning, a posture warning a notice, and nothing else', () => {
    expect(annotationsOf(outcome({ findings })).map((a) => [a.level, a.title])).toEqual([
      ['error', 'a.blocker: Blocked'],
      ['warning', 'a.warning: Careful'],
      ['notice', 'CloudTrail.2: Not encrypted']
    ])
  })

  it('puts the fix in the message when there is one', () => {
    const [error, warning] = annotationsOf(outcome({ findings }))
    expect(error?.message).toBe('Why.\nFix: aws fix --now')
    expect(warning?.message).toBe('Because.')
  })
})

it('gives each posture finding its Security Hub and CIS ids, and its state now and after apply', () => {
  const control = { securityHub: 'CloudTrail.1', cis: '3.1', now: 'fail', afterApply: 'pass' } as const
  const out = outputsOf(
    outcome({ findings: [aFinding({ id: 'CloudTrail.1', category: 'posture', severity: 'fixable', control })] })
  )
  expect(JSON.parse(out.findings ?? '')).toEqual([expect.objectContaining({ id: 'CloudTrail.1', control })])
})
