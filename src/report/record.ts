import { PROBLEM_KINDS, type LogIntegrity } from '../integrity/types.js'
import type { FailedRun, Outcome } from '../outcome.js'
import type { Finding } from '../plan/types.js'
import { z } from 'zod'
import { describeChanges } from './changes.js'

/**
 * The machine-readable record of one run (`report-path`): what an auditor keeps as evidence. This zod
 * schema is its one definition: the TypeScript type, the check of reports read back in summarize mode and
 * `schema/report.schema.json` (npm run docs) all come from it. A change that is not an addition bumps
 * REPORT_SCHEMA_VERSION.
 */
const REPORT_SCHEMA_VERSION = 1

const text = z.string()
const changeRecord = z.object({
  what: text,
  before: text,
  after: text,
  logArchive: z.literal(true).optional().describe('written through log-archive-role-arn, in the Log Archive account')
})
const controlState = z.enum(['pass', 'fail', 'unknown', 'no-trail', 'no-key'])

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
    run: z.object({
      repository: text.describe('owner/repo (GITHUB_REPOSITORY)'),
      workflow: text,
      runId: text,
      runAttempt: text,
      ref: text,
      sha: text,
      mode: z.enum(['apply', 'check']),
      actionVersion: text,
      startedAt: z.iso.datetime(),
      finishedAt: z.iso.datetime()
    }),
    conclusion: z.enum(['success', 'failure']).describe('success: the step passed; failure: it failed'),
    status: z
      .enum(['created', 'updated', 'unchanged', 'blocked', 'in-sync', 'drift', 'failed'])
      .describe('the status output; failed: the run stopped on an error (see error)'),
    identity: z
      .object({ account: text, arn: text })
      .nullable()
      .describe('who ran; null when the run stopped before the session was open'),
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
      isLogging: z.boolean().nullable(),
      latestDeliveryTime: z.iso.datetime().nullable(),
      latestDeliveryError: text.nullable()
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
    failures: z.array(text).describe('why the step failed; empty when it passed'),
    error: z.object({ title: text, message: text }).nullable().describe('the error the run stopped on'),
    logIntegrity: logIntegrity.optional()
  })
  .describe('org-trail run report')

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

/** Where and when the run happened, as the runner tells it. */
export type RunContext = Omit<Report['run'], 'mode' | 'finishedAt'>

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
export function reportOf(o: Outcome, run: RunContext, finishedAt: Date): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    run: { ...run, mode: o.mode, finishedAt: finishedAt.toISOString() },
    conclusion: o.failures.length > 0 ? 'failure' : 'success',
    status: o.status,
    identity: { account: o.identity.accountId, arn: o.identity.arn },
    organization: { id: o.organizationId, managementAccount: o.managementAccountId },
    trail: {
      name: o.trailName,
      arn: o.trail?.arn ?? o.trailArn,
      homeRegion: o.trail?.homeRegion ?? o.homeRegion,
      config: o.trail,
      isLogging: o.trailStatus ? o.trailStatus.isLogging : null,
      latestDeliveryTime: iso(o.trailStatus?.latestDeliveryTime),
      latestDeliveryError: o.trailStatus?.latestDeliveryError ?? null
    },
    findings: o.findings.map(reportFinding),
    changes: describeChanges(o.changes, o.trailName),
    failures: [...o.failures],
    error: null,
    ...(o.logIntegrity ? { logIntegrity: logIntegrityRecord(o.logIntegrity) } : {})
  }
}

export function failureReport(f: FailedRun, run: RunContext, finishedAt: Date): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    run: { ...run, mode: f.mode, finishedAt: finishedAt.toISOString() },
    conclusion: 'failure',
    status: 'failed',
    identity: f.identity ? { account: f.identity.accountId, arn: f.identity.arn } : null,
    organization: f.plan ? { id: f.plan.organizationId, managementAccount: f.plan.managementAccountId } : null,
    trail: {
      name: f.trailName,
      arn: f.plan?.trailArn ?? '',
      homeRegion: f.homeRegion,
      config: null,
      isLogging: null,
      latestDeliveryTime: null,
      latestDeliveryError: null
    },
    findings: (f.plan?.findings ?? []).map(reportFinding),
    changes: describeChanges(f.applied, f.trailName),
    failures: [`${f.error.title}: ${f.error.message}`],
    error: f.error
  }
}

/** The run context from the runner's environment variables. */
export function runContextOf(env: NodeJS.ProcessEnv, actionVersion: string, startedAt: Date): RunContext {
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    startedAt: startedAt.toISOString(),
    actionVersion
  }
}
