// The run report: valid against the committed JSON Schema, and saying what the outputs say.
import { failureReport, reportJsonSchema, reportOf, type RunContext } from '../../src/report/record.js'
import { runContextOf } from '../../src/report/run-context.js'
import { outputsOf } from '../../src/report/outputs.js'
import type { Change } from '../../src/plan/types.js'
import {
  ACCOUNT,
  ORG_ID,
  REGION,
  TRAIL,
  TRAIL_ARN,
  aFinding,
  identity,
  outcome,
  settings
} from '../support/fixtures.js'
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
    GITHUB_SHA: 'abc123',
    GITHUB_WORKFLOW_REF: 'acme/landing-zone/.github/workflows/trail.yml@refs/heads/main',
    GITHUB_WORKFLOW_SHA: 'def456',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_ACTOR: 'alice',
    GITHUB_TRIGGERING_ACTOR: 'bob',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTION_REPOSITORY: 'acme/org-trail',
    GITHUB_ACTION_REF: '0123456789ABCDEF0123456789abcdef01234567'
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
    expect(String(report.trail.status?.isLogging === true)).toBe(outputs['is-logging'])
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
      workflowRef: 'acme/landing-zone/.github/workflows/trail.yml@refs/heads/main',
      workflowSha: 'def456',
      event: 'schedule',
      actor: 'alice',
      triggeringActor: 'bob',
      runId: '981',
      runAttempt: '2',
      url: 'https://github.com/acme/landing-zone/actions/runs/981/attempts/2',
      ref: 'refs/heads/main',
      sha: 'abc123',
      mode: 'apply',
      startedAt: '2026-03-03T02:00:00.000Z',
      finishedAt: '2026-03-03T02:00:07.000Z'
    })
    // The action's own code: the commit it was pinned to.
    expect(report.action).toEqual({
      version: '0.1.0',
      repository: 'acme/org-trail',
      ref: '0123456789ABCDEF0123456789abcdef01234567',
      commit: '0123456789abcdef0123456789abcdef01234567'
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

  it('keeps what GetTrailStatus says, with the logging start and stop times', () => {
    expect(reportOf(cases.delivered, run, finished).trail.status).toEqual({
      isLogging: true,
      startLoggingTime: null,
      stopLoggingTime: null,
      latestDeliveryTime: '2026-03-03T02:00:07.000Z',
      latestDeliveryError: 'AccessDenied',
      latestDigestDeliveryTime: null,
      latestDigestDeliveryError: null,
      latestNotificationTime: null,
      latestNotificationError: null,
      latestCloudWatchLogsDeliveryTime: null,
      latestCloudWatchLogsDeliveryError: null
    })
    expect(reportOf(outcome(), run, finished).trail.status).toMatchObject({
      startLoggingTime: '2026-11-01T08:00:00.000Z',
      latestDigestDeliveryTime: '2026-11-20T09:00:00.000Z'
    })
  })

  it("keeps the trail's selectors, and its insight selectors and tags when they were read", () => {
    const o = outcome({ insightSelectors: [{ InsightType: 'ApiCallRateInsight' }], tags: { team: 'security' } })
    const report = reportOf(o, run, finished)
    expect(reportSchemaErrors(report)).toEqual([])
    expect(report.trail).toMatchObject({
      selectors: {
        eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }],
        advancedEventSelectors: []
      },
      insightSelectors: [{ InsightType: 'ApiCallRateInsight' }],
      tags: { team: 'security' }
    })
    expect(reportOf(outcome(), run, finished).trail).toMatchObject({ insightSelectors: null, tags: null })
    expect(reportOf(cases.blocked, run, finished).trail).toMatchObject({ status: null, selectors: null })
  })

  it('keeps the settings as the run used them, a secret input hidden', () => {
    const s = settings({ 'github-token': 'ghs_secret', 'mask-account-id': 'true' })
    const report = reportOf(outcome({ effectiveInputs: s.effectiveInputs }), run, finished)
    expect(report.settings).toMatchObject({
      'trail-name': TRAIL,
      'aws-region': REGION,
      'role-session-name': 'org-trail-42',
      'report-path': expect.stringMatching(/org-trail-report-step\.json$/) as string,
      'github-token': '***',
      'mask-aws-account-id': 'true',
      'mask-account-id': 'true',
      'enable-log-file-validation': 'true'
    })
    expect(JSON.stringify(report)).not.toContain('ghs_secret')
  })

  it('keeps each changed bucket or key policy, before and after', () => {
    const put: Change = {
      kind: 'put-bucket-policy',
      bucket: 'logs',
      before: '{"Version":"2012-10-17","Statement":[]}',
      after: '{"Version":"2012-10-17","Statement":[{"Sid":"OrgTrailWrite"}]}',
      sids: ['OrgTrailWrite'],
      grant: {} as never,
      logArchive: true
    }
    const report = reportOf(outcome({ status: 'updated', changes: [startLogging, put] }), run, finished)
    expect(report.policies).toEqual([
      { resource: 'bucket', name: 'logs', logArchive: true, before: put.before, after: put.after }
    ])
    expect(reportOf(outcome(), run, finished).policies).toEqual([])
  })
})

describe('failureReport', () => {
  const error = { title: 'S3 refused the bucket policy', message: 'MalformedPolicy: …' }

  it('is valid before the session is open', () => {
    const report = failureReport(
      {
        mode: 'apply',
        effectiveInputs: settings().effectiveInputs,
        trailName: TRAIL,
        homeRegion: REGION,
        identity: null,
        plan: null,
        error,
        applied: []
      },
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
        effectiveInputs: settings().effectiveInputs,
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
    expect(reportSchemaErrors({ ...good, schemaVersion: 1 })).not.toEqual([])
    expect(reportSchemaErrors({ ...good, status: 'fine' })).not.toEqual([])
    const withoutTrail: Record<string, unknown> = { ...good }
    delete withoutTrail.trail
    expect(reportSchemaErrors(withoutTrail)).not.toEqual([])
  })
})
