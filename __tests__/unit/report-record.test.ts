// The run report: valid against the committed JSON Schema, and saying what the outputs say.
import { failureReport, reportJsonSchema, reportOf, runContextOf, type RunContext } from '../../src/report/record.js'
import { outputsOf } from '../../src/report/outputs.js'
import type { Change } from '../../src/plan/types.js'
import { ACCOUNT, ORG_ID, REGION, TRAIL, TRAIL_ARN, aFinding, identity, outcome } from '../support/fixtures.js'
import { committedReportSchema, reportSchemaErrors } from '../support/report-schema.js'

const started = new Date('2026-03-03T02:00:00.000Z')
const finished = new Date('2026-03-03T02:00:07.000Z')
const run: RunContext = runContextOf(
  {
    GITHUB_REPOSITORY: 'acme/landing-zone',
    GITHUB_WORKFLOW: 'Nightly trail',
    GITHUB_RUN_ID: '981',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'abc123'
  },
  '0.1.0',
  started
)
const startLogging: Change = { kind: 'start-logging', arn: TRAIL_ARN, region: REGION }
const blocker = aFinding({
  id: 's3.requester-pays',
  severity: 'blocker',
  title: 'Requester Pays is on',
  remediation: 'aws s3api put-bucket-request-payment …'
})
const posture = aFinding({ id: 'CloudTrail.2', category: 'posture', severity: 'warning', title: 'Not encrypted' })

describe('the committed JSON Schema', () => {
  it('is the one generated from the report definition (npm run docs regenerates it)', () => {
    expect(committedReportSchema).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())))
  })
})

describe('reportOf', () => {
  const cases = {
    unchanged: outcome(),
    updated: outcome({ status: 'updated', changes: [startLogging], findings: [posture] }),
    drift: outcome({
      mode: 'check',
      status: 'drift',
      changes: [startLogging],
      failures: ['Drift: apply would make 1 change']
    }),
    blocked: outcome({
      status: 'blocked',
      trail: null,
      trailStatus: null,
      findings: [blocker],
      failures: ['1 blocker']
    }),
    delivered: outcome({
      trailStatus: { isLogging: true, latestDeliveryTime: finished, latestDeliveryError: 'AccessDenied' }
    })
  }

  it.each(Object.entries(cases))('is a valid report for a %s run', (_name, o) => {
    expect(reportSchemaErrors(reportOf(o, run, finished))).toEqual([])
  })

  it.each(Object.entries(cases))('says what the outputs say for a %s run', (_name, o) => {
    const report = reportOf(o, run, finished)
    const outputs = outputsOf(o)
    expect(report.status).toBe(outputs.status)
    expect(report.trail.arn).toBe(outputs['trail-arn'])
    expect(report.trail.homeRegion).toBe(outputs['home-region'])
    expect(String(report.trail.isLogging === true)).toBe(outputs['is-logging'])
    expect(report.changes).toEqual(JSON.parse(outputs.changes ?? ''))
    const findings = JSON.parse(outputs.findings ?? '') as { id: string; severity: string; remediation: string }[]
    expect(report.findings.map((f) => [f.id, f.severity, f.fix])).toEqual(
      findings.map((f) => [f.id, f.severity, f.remediation])
    )
  })

  it('records the run, the identity and the organization', () => {
    const report = reportOf(cases.updated, run, finished)
    expect(report.run).toEqual({
      repository: 'acme/landing-zone',
      workflow: 'Nightly trail',
      runId: '981',
      runAttempt: '2',
      ref: 'refs/heads/main',
      sha: 'abc123',
      mode: 'apply',
      actionVersion: '0.1.0',
      startedAt: '2026-03-03T02:00:00.000Z',
      finishedAt: '2026-03-03T02:00:07.000Z'
    })
    expect(report.identity).toEqual({ account: ACCOUNT, arn: identity.arn })
    expect(report.organization).toEqual({ id: ORG_ID, managementAccount: ACCOUNT })
    expect(report.conclusion).toBe('success')
  })

  it('concludes failure exactly when the step fails', () => {
    expect(reportOf(cases.blocked, run, finished).conclusion).toBe('failure')
    expect(reportOf(cases.drift, run, finished).conclusion).toBe('failure')
    expect(
      reportOf(outcome({ mode: 'check', status: 'drift', changes: [startLogging] }), run, finished).conclusion
    ).toBe('success')
  })

  it('names the Security Hub control and CIS recommendation of a posture finding, as the output does', () => {
    const control = { securityHub: 'CloudTrail.2', cis: '3.5', now: 'fail', afterApply: 'pass' } as const
    const o = outcome({ findings: [{ ...posture, control }, blocker] })
    const report = reportOf(o, run, finished)
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report.findings.map((f) => f.control)).toEqual([control, null])
    const output = JSON.parse(outputsOf(o).findings ?? '') as { control?: unknown }[]
    expect(output[0]?.control).toEqual(control)
  })

  it('keeps the delivery status', () => {
    expect(reportOf(cases.delivered, run, finished).trail).toMatchObject({
      latestDeliveryTime: '2026-03-03T02:00:07.000Z',
      latestDeliveryError: 'AccessDenied'
    })
  })
})

describe('failureReport', () => {
  const error = { title: 'S3 refused the bucket policy', message: 'MalformedPolicy: …' }

  it('is valid before the session is open', () => {
    const report = failureReport(
      { mode: 'apply', trailName: TRAIL, homeRegion: REGION, identity: null, plan: null, error, applied: [] },
      run,
      finished
    )
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report).toMatchObject({ status: 'failed', conclusion: 'failure', identity: null, organization: null, error })
  })

  it('says what was written before the error, and what the plan found', () => {
    const report = failureReport(
      {
        mode: 'apply',
        trailName: TRAIL,
        homeRegion: REGION,
        identity,
        plan: {
          trailArn: TRAIL_ARN,
          managementAccountId: ACCOUNT,
          organizationId: ORG_ID,
          findings: [blocker, posture]
        },
        error,
        applied: [{ kind: 'enable-trusted-access' }]
      },
      run,
      finished
    )
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report.changes).toEqual([
      { what: 'Trusted access for cloudtrail.amazonaws.com', before: 'disabled', after: 'enabled' }
    ])
    expect(report.trail.arn).toBe(TRAIL_ARN)
    expect(report.findings.map((f) => f.id)).toEqual(['s3.requester-pays', 'CloudTrail.2'])
    expect(report.failures).toEqual(['S3 refused the bucket policy: MalformedPolicy: …'])
  })
})

describe('the JSON Schema refuses what is not a report', () => {
  it('refuses a report of another schema version, a missing field and an unknown status', () => {
    const good = reportOf(outcome(), run, finished)
    expect(reportSchemaErrors({ ...good, schemaVersion: 2 })).not.toEqual([])
    expect(reportSchemaErrors({ ...good, status: 'fine' })).not.toEqual([])
    const withoutTrail: Record<string, unknown> = { ...good }
    delete withoutTrail.trail
    expect(reportSchemaErrors(withoutTrail)).not.toEqual([])
  })
})
