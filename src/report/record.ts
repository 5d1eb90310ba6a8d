import type { TrailStatus } from '../observe/types.js'
import { PROBLEM_KINDS, type LogIntegrity } from '../integrity/types.js'
import type { FailedRun, Outcome } from '../outcome.js'
import type { Change, Finding } from '../plan/types.js'
import { z } from 'zod'
import { describeChanges } from './changes.js'

/**
 * The machine-readable record of one run (`report-path`): what an auditor keeps as evidence. This zod
 * schema is its one definition: the TypeScript type, the check of reports read back by summarize and
 * `schema/report.schema.json` (npm run docs) all come from it. A change that is not an addition bumps
 * REPORT_SCHEMA_VERSION. 2: who ran it and which code (run.actor…, action), the settings, the trail's
 * full state (trail.status, trail.selectors…) and the policies before and after; account ids are no
 * longer masked in it.
 */
export const REPORT_SCHEMA_VERSION = 2

const text = z.string()
const time = z.iso.datetime().nullable()
const changeRecord = z.object({
  what: text,
  before: text,
  after: text,
  logArchive: z.literal(true).optional().describe('written through log-archive-role-arn, in the Log Archive account')
})
const controlState = z.enum(['pass', 'fail', 'unknown', 'no-trail', 'no-key'])
/** Selectors exactly as CloudTrail reports them (GetEventSelectors, GetInsightSelectors). */
const selector = z.record(text, z.unknown())

const count = z.number().int().min(0)
const verdictCounts = z.object({ valid: count, invalid: count, unverified: count })
const logIntegrity = z
  .object({
    verdict: z
      .enum(['valid', 'invalid', 'stale', 'unverified'])
      .describe(
        'the log-integrity output: invalid (a problem other than stale), stale, unverified (something could not be read), valid'
      ),
    window: z.object({
      from: z.iso.datetime(),
      to: z.iso.datetime(),
      duration: text.describe('verify-logs, e.g. 24h')
    }),
    logFiles: z.enum(['all', 'none']).describe('verify-log-files'),
    shard: z
      .object({ index: z.number().int().min(1), count: z.number().int().min(1) })
      .nullable()
      .describe('accounts-shard i/n; null: every account'),
    counts: z.object({
      accounts: count,
      regions: count,
      accountRegions: count.describe('account-region pairs verified'),
      digests: verdictCounts,
      logFiles: verdictCounts,
      bytesHashed: count.describe('uncompressed bytes of log files hashed')
    }),
    problems: z.array(
      z.object({
        account: text,
        region: text,
        kind: z.enum(PROBLEM_KINDS),
        key: text.describe('the object key; for stale, the newest digest or the digest folder'),
        detail: text
      })
    ),
    unreadable: z
      .array(
        z.object({
          account: text,
          region: text,
          key: text.describe('empty for a listing or a public-key request'),
          action: text.describe('the IAM action refused or failing'),
          code: text,
          message: text
        })
      )
      .describe('what could not be read, as what it is (never reported as tampering)'),
    loggingOff: z
      .array(z.object({ account: text, region: text, from: z.iso.datetime(), to: z.iso.datetime() }))
      .describe('periods the digest chain shows logging was off: not problems'),
    omitted: z
      .object({ problems: count, unreadable: count, loggingOff: count })
      .describe('entries beyond the 1000 each list keeps'),
    skipped: text.nullable().describe('why nothing could be verified (no trail, validation off); null when it ran')
  })
  .describe('log verification (verify-logs); absent when verify-logs is empty')

export const reportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    run: z
      .object({
        repository: text.describe('owner/repo (GITHUB_REPOSITORY)'),
        workflow: text.describe("the workflow's name (GITHUB_WORKFLOW)"),
        workflowRef: text.describe(
          'the workflow file and the ref it ran from, owner/repo/.github/workflows/FILE@REF (GITHUB_WORKFLOW_REF)'
        ),
        workflowSha: text.describe('the commit of the workflow file (GITHUB_WORKFLOW_SHA)'),
        event: text.describe('what triggered the run: push, schedule, pull_request… (GITHUB_EVENT_NAME)'),
        actor: text.describe('the account that triggered the first attempt of the run (GITHUB_ACTOR)'),
        triggeringActor: text.describe(
          'the account that triggered this attempt: differs from actor on a re-run (GITHUB_TRIGGERING_ACTOR)'
        ),
        runId: text,
        runAttempt: text,
        url: text.describe('this attempt of the run on GitHub; empty when the runner did not say where'),
        ref: text.describe('the ref that triggered the run (GITHUB_REF)'),
        sha: text.describe('the commit that triggered the run (GITHUB_SHA)'),
        mode: z.enum(['apply', 'check']),
        startedAt: z.iso.datetime(),
        finishedAt: z.iso.datetime()
      })
      .describe('the run, as the GitHub runner describes it; a value the runner did not set is empty'),
    action: z
      .object({
        version: text.describe('the version org-trail was built as'),
        repository: text
          .nullable()
          .describe('owner/repo the action was used from (GITHUB_ACTION_REPOSITORY); null for a local uses: ./'),
        ref: text.nullable().describe('the ref of uses: OWNER/org-trail@REF, as written (GITHUB_ACTION_REF)'),
        commit: text
          .nullable()
          .describe(
            'the commit that ran: the ref when it is a full commit SHA; null under a tag or branch, which the runner resolves without telling the action (its log shows the SHA)'
          )
      })
      .describe('the code that ran'),
    settings: z
      .record(text, text)
      .describe(
        'every input by name as the run used it: defaults applied, aws-region, role-session-name and report-path resolved, mask-aws-account-id as its old name may have set it; a secret input is *** when set'
      ),
    conclusion: z.enum(['success', 'failure']).describe('success: the step passed; failure: it failed'),
    status: z
      .enum(['created', 'updated', 'unchanged', 'blocked', 'in-sync', 'drift', 'failed'])
      .describe('the status output; failed: the run stopped on an error (see error)'),
    identity: z
      .object({ account: text, arn: text })
      .nullable()
      .describe('who ran in AWS; null when the run stopped before the session was open'),
    organization: z
      .object({ id: text.nullable(), managementAccount: text })
      .nullable()
      .describe('null when the run stopped before the plan'),
    trail: z.object({
      name: text,
      arn: text.describe('empty when the run stopped before the plan'),
      homeRegion: text,
      config: z
        .object({
          name: text,
          arn: text,
          homeRegion: text,
          s3BucketName: text,
          s3KeyPrefix: text,
          isOrganizationTrail: z.boolean(),
          isMultiRegionTrail: z.boolean(),
          includeGlobalServiceEvents: z.boolean(),
          logFileValidationEnabled: z.boolean(),
          kmsKeyId: text.optional(),
          cloudWatchLogsLogGroupArn: text.optional(),
          cloudWatchLogsRoleArn: text.optional(),
          snsTopicArn: text.optional()
        })
        .nullable()
        .describe('as re-read after apply, or as observed; null when there is no trail'),
      status: z
        .object({
          isLogging: z.boolean(),
          startLoggingTime: time,
          stopLoggingTime: time,
          latestDeliveryTime: time.describe('null: CloudTrail has delivered no log file'),
          latestDeliveryError: text.nullable(),
          latestDigestDeliveryTime: time,
          latestDigestDeliveryError: text.nullable(),
          latestNotificationTime: time,
          latestNotificationError: text.nullable(),
          latestCloudWatchLogsDeliveryTime: time,
          latestCloudWatchLogsDeliveryError: text.nullable()
        })
        .nullable()
        .describe(
          'what GetTrailStatus says, at the same time as config; null when there is no trail or it was not read'
        ),
      selectors: z
        .object({ eventSelectors: z.array(selector), advancedEventSelectors: z.array(selector) })
        .nullable()
        .describe('GetEventSelectors, at the same time as config; null when not read'),
      insightSelectors: z
        .array(selector)
        .nullable()
        .describe('GetInsightSelectors, read when insight-selectors is declared; null when not read'),
      tags: z.record(text, text).nullable().describe('ListTags, read when tags are declared; null when not read')
    }),
    findings: z
      .array(
        z.object({
          id: text,
          category: z.enum(['prerequisite', 'posture']),
          severity: z.enum(['blocker', 'fixable', 'warning', 'ok']),
          control: z
            .object({
              securityHub: text.describe('the AWS Security Hub control id, e.g. CloudTrail.1'),
              cis: text.nullable().describe('the CIS AWS Foundations Benchmark v3.0.0 recommendation; null: none'),
              now: controlState,
              afterApply: controlState.nullable().describe('null: apply does not change it')
            })
            .nullable()
            .describe('posture findings: the control and its state; null for a prerequisite'),
          title: text,
          detail: text,
          fix: text.describe('a command or a policy statement; empty when nothing is to fix')
        })
      )
      .describe('in the order of the findings output'),
    changes: z.array(changeRecord).describe('as the changes output: made (apply) or that apply would make'),
    policies: z
      .array(
        z.object({
          resource: z.enum(['bucket', 'key']),
          name: text.describe('the bucket name or the key ARN'),
          logArchive: z.literal(true).optional().describe('written through log-archive-role-arn'),
          before: text.nullable().describe('the policy document as read at the start of the run; null: none'),
          after: text.describe(
            "the policy document as the plan merged it; apply merges the same statements again into the policy as read right before its write, so a statement another writer added meanwhile is also kept in AWS's copy"
          )
        })
      )
      .describe('each bucket or key policy among the changes, as text, before and after'),
    failures: z.array(text).describe('why the step failed; empty when it passed'),
    error: z.object({ title: text, message: text }).nullable().describe('the error the run stopped on'),
    logIntegrity: logIntegrity.optional()
  })
  .describe(
    "org-trail run report. Its SHA-256 (of the file's exact bytes) is in the file next to it, REPORT.sha256, as sha256sum writes it"
  )

export type Report = z.infer<typeof reportSchema>

/** The JSON Schema of the report, as committed in schema/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/OWNER/org-trail/blob/main/schema/report.schema.json',
    title: 'org-trail run report',
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' })
  }
}
type ReportFinding = Report['findings'][number]

/** Where and when the run happened, and which code ran, as the runner tells it (run-context.ts). */
export interface RunContext {
  readonly run: Omit<Report['run'], 'mode' | 'finishedAt'>
  readonly action: Report['action']
}

const reportFinding = (f: Finding): ReportFinding => ({
  id: f.id,
  category: f.category,
  severity: f.severity,
  control: f.control ?? null,
  title: f.title,
  detail: f.detail,
  fix: f.remediation
})

const iso = (d: Date | undefined) => (d ? d.toISOString() : null)

function statusRecord(s: TrailStatus): NonNullable<Report['trail']['status']> {
  return {
    isLogging: s.isLogging,
    startLoggingTime: iso(s.startLoggingTime),
    stopLoggingTime: iso(s.stopLoggingTime),
    latestDeliveryTime: iso(s.latestDeliveryTime),
    latestDeliveryError: s.latestDeliveryError ?? null,
    latestDigestDeliveryTime: iso(s.latestDigestDeliveryTime),
    latestDigestDeliveryError: s.latestDigestDeliveryError ?? null,
    latestNotificationTime: iso(s.latestNotificationTime),
    latestNotificationError: s.latestNotificationError ?? null,
    latestCloudWatchLogsDeliveryTime: iso(s.latestCloudWatchLogsDeliveryTime),
    latestCloudWatchLogsDeliveryError: s.latestCloudWatchLogsDeliveryError ?? null
  }
}

/** Selectors as plain JSON records, as CloudTrail reported them. */
const records = (list: readonly object[]) => list.map((item) => ({ ...item }) as Record<string, unknown>)

/** The bucket and key policies among the changes: their text before and after. */
function policiesOf(changes: readonly Change[]): Report['policies'] {
  return changes.flatMap((c): Report['policies'] => {
    if (c.kind !== 'put-bucket-policy' && c.kind !== 'put-key-policy') return []
    const where =
      c.kind === 'put-bucket-policy'
        ? { resource: 'bucket' as const, name: c.bucket }
        : { resource: 'key' as const, name: c.keyArn }
    return [{ ...where, ...(c.logArchive ? { logArchive: true as const } : {}), before: c.before, after: c.after }]
  })
}

/** Log verification as the report keeps it: the same values, in lists of its own. */
function logIntegrityRecord(r: LogIntegrity): NonNullable<Report['logIntegrity']> {
  return {
    ...r,
    shard: r.shard ? { ...r.shard } : null,
    window: { ...r.window },
    counts: { ...r.counts, digests: { ...r.counts.digests }, logFiles: { ...r.counts.logFiles } },
    problems: r.problems.map((p) => ({ ...p })),
    unreadable: r.unreadable.map((u) => ({ ...u })),
    loggingOff: r.loggingOff.map((l) => ({ ...l })),
    omitted: { ...r.omitted }
  }
}

/** The report of a run that reached an Outcome (every status, the step failed or not). */
export function reportOf(o: Outcome, context: RunContext, finishedAt: Date): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    run: { ...context.run, mode: o.mode, finishedAt: finishedAt.toISOString() },
    action: context.action,
    settings: { ...o.effectiveInputs },
    conclusion: o.failures.length > 0 ? 'failure' : 'success',
    status: o.status,
    identity: { account: o.identity.accountId, arn: o.identity.arn },
    organization: { id: o.organizationId, managementAccount: o.managementAccountId },
    trail: {
      name: o.trailName,
      arn: o.trail?.arn ?? o.trailArn,
      homeRegion: o.trail?.homeRegion ?? o.homeRegion,
      config: o.trail,
      status: o.trail && o.trailStatus ? statusRecord(o.trailStatus) : null,
      selectors:
        o.trail && o.selectors
          ? { eventSelectors: records(o.selectors.event), advancedEventSelectors: records(o.selectors.advanced) }
          : null,
      insightSelectors: o.trail && o.insightSelectors ? records(o.insightSelectors) : null,
      tags: o.trail && o.tags ? { ...o.tags } : null
    },
    findings: o.findings.map(reportFinding),
    changes: describeChanges(o.changes, o.trailName),
    policies: policiesOf(o.changes),
    failures: [...o.failures],
    error: null,
    ...(o.logIntegrity ? { logIntegrity: logIntegrityRecord(o.logIntegrity) } : {})
  }
}

export function failureReport(f: FailedRun, context: RunContext, finishedAt: Date): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    run: { ...context.run, mode: f.mode, finishedAt: finishedAt.toISOString() },
    action: context.action,
    settings: { ...f.effectiveInputs },
    conclusion: 'failure',
    status: 'failed',
    identity: f.identity ? { account: f.identity.accountId, arn: f.identity.arn } : null,
    organization: f.plan ? { id: f.plan.organizationId, managementAccount: f.plan.managementAccountId } : null,
    trail: {
      name: f.trailName,
      arn: f.plan?.trailArn ?? '',
      homeRegion: f.homeRegion,
      config: null,
      status: null,
      selectors: null,
      insightSelectors: null,
      tags: null
    },
    findings: (f.plan?.findings ?? []).map(reportFinding),
    changes: describeChanges(f.applied, f.trailName),
    policies: policiesOf(f.applied),
    failures: [`${f.error.title}: ${f.error.message}`],
    error: f.error
  }
}
