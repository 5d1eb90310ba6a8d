import path from 'node:path'
import { accountOf } from '../aws/arn.js'
import { INPUT_NAMES, INPUTS, type InputName, type InputSpec, type InputValues } from './inputs.js'
import { MAX_TAGS, provenanceTags, type Tags } from './tags.js'
import type { Deprecation, InputProblem, RawInputs, Settings } from './types.js'

/** Each input's typed value, or nothing for an input that has problems. */
type Checked = Partial<InputValues>

/**
 * Rules between inputs. They read the raw values (emptiness) and the typed values of the inputs that are
 * valid, so that they are reported together with every other problem, whatever else is wrong.
 */
function crossInputProblems(values: Record<InputName, string>, input: Checked, provenance: Tags): InputProblem[] {
  const problems: InputProblem[] = []
  const group = values['cloud-watch-logs-log-group-arn']
  const role = values['cloud-watch-logs-role-arn']
  if ((group === '') !== (role === '')) {
    problems.push({
      input: group === '' ? 'cloud-watch-logs-log-group-arn' : 'cloud-watch-logs-role-arn',
      message:
        'Inputs "cloud-watch-logs-log-group-arn" and "cloud-watch-logs-role-arn" go together: set both or neither'
    })
  }
  if (values['event-selectors'] !== '' && values['advanced-event-selectors'] !== '') {
    problems.push({
      input: 'advanced-event-selectors',
      message:
        'Inputs "event-selectors" and "advanced-event-selectors" are mutually exclusive: a trail uses one kind or the other'
    })
  }
  if (input.tags !== undefined) {
    const count = Object.keys({ ...input.tags, ...provenance }).length
    if (count > MAX_TAGS) {
      problems.push({
        input: 'tags',
        message: `Input "tags" declares ${count} tags with the provenance tags; a trail takes at most ${MAX_TAGS}`
      })
    }
  }
  if (values['accounts-shard'] !== '' && values['verify-logs'] === '') {
    problems.push({
      input: 'accounts-shard',
      message: 'Input "accounts-shard" splits the accounts whose logs are verified: set "verify-logs" too'
    })
  }
  problems.push(...sameAccountProblems(input))
  const [mask, oldMask] = [input['mask-aws-account-id'], input['mask-account-id']]
  if (typeof mask === 'boolean' && typeof oldMask === 'boolean' && mask !== oldMask) {
    problems.push({
      input: 'mask-account-id',
      message: `Inputs "mask-aws-account-id" (${String(mask)}) and "mask-account-id" (${String(oldMask)}, its old name) disagree: set only mask-aws-account-id`
    })
  }
  if (input['is-multi-region-trail'] === true && input['include-global-service-events'] === false) {
    problems.push({
      input: 'include-global-service-events',
      message:
        'Input "include-global-service-events" must be true when "is-multi-region-trail" is true (CloudTrail requires global service events on a multi-region trail)'
    })
  }
  return problems
}

/**
 * CloudTrail cannot use a CloudWatch Logs group or role owned by another account than the one that creates
 * the trail (iam:PassRole passes only roles of the caller's own account). That account is role-to-assume's,
 * known before any request.
 */
function sameAccountProblems(input: Checked): InputProblem[] {
  const roleToAssume = input['role-to-assume']
  if (!roleToAssume) return []
  const account = accountOf(roleToAssume)
  return (['cloud-watch-logs-log-group-arn', 'cloud-watch-logs-role-arn'] as const).flatMap((name) => {
    const arn = input[name]
    if (!arn || accountOf(arn) === account) return []
    return [
      {
        input: name,
        message: `Input "${name}" names account ${accountOf(arn)}, but it must belong to the account of role-to-assume (${account}): CloudTrail cannot use a log group or role owned by a different account`
      }
    ]
  })
}

export type ParseResult =
  { ok: true; settings: Settings; deprecations: readonly Deprecation[] } | { ok: false; problems: InputProblem[] }

export interface Environment {
  /** AWS_REGION of the job: the default home region. */
  readonly AWS_REGION?: string
  /** GITHUB_RUN_ID: makes the default session name traceable to the run. */
  readonly GITHUB_RUN_ID?: string
  /** owner/repo and workflow name of the run, for the provenance tags. */
  readonly repository?: string
  readonly workflow?: string
  /** RUNNER_TEMP (else the system's temporary folder), and GITHUB_ACTION (the step): the default report path. */
  readonly tempDir?: string
  readonly step?: string
}

/**
 * Validates every input and returns either typed settings or every problem found, each naming its input.
 * Pure: no environment, no I/O.
 */
export function parseSettings(raw: RawInputs, env: Environment): ParseResult {
  const values = {} as Record<InputName, string>
  for (const name of INPUT_NAMES) values[name] = (raw[name] ?? INPUTS[name].default).trim()
  if (values['aws-region'] === '') values['aws-region'] = (env.AWS_REGION ?? '').trim()

  const checked: Record<string, unknown> = {}
  const problems: InputProblem[] = []
  for (const name of INPUT_NAMES) {
    const result = INPUTS[name].schema.safeParse(values[name])
    if (result.success) checked[name] = result.data
    else problems.push(...result.error.issues.map((issue) => describeIssue(name, issue.message, values[name])))
  }
  const provenance = checked['tag-provenance'] === true ? provenanceTags(env) : {}
  problems.push(...crossInputProblems(values, checked as Checked, provenance))
  if (problems.length > 0) return { ok: false, problems }

  const input = checked as InputValues
  const runId = (env.GITHUB_RUN_ID ?? '').replace(/[^\w+=,.@-]/g, '')
  const sessionName = input['role-session-name'] || `org-trail-${runId || 'local'}`.slice(0, 64)
  const reportPath = input['report-path'] || defaultReportPath(env)
  const maskAccountId = input['mask-aws-account-id'] ?? input['mask-account-id'] ?? false
  const settings: Settings = {
    mode: input.mode,
    region: input['aws-region'],
    trail: Object.freeze({
      name: input['trail-name'],
      s3BucketName: input['s3-bucket-name'],
      s3KeyPrefix: input['s3-key-prefix'],
      isOrganizationTrail: input['is-organization-trail'],
      isMultiRegionTrail: input['is-multi-region-trail'],
      includeGlobalServiceEvents: input['include-global-service-events'],
      enableLogFileValidation: input['enable-log-file-validation'],
      kmsKeyId: input['kms-key-id'],
      cloudWatchLogsLogGroupArn: input['cloud-watch-logs-log-group-arn'],
      cloudWatchLogsRoleArn: input['cloud-watch-logs-role-arn'],
      snsTopicName: input['sns-topic-name']
    }),
    startLogging: input['start-logging'],
    enableTrustedAccess: input['enable-trusted-access'],
    manageBucketPolicy: input['manage-bucket-policy'],
    allowDestructiveChanges: input['allow-destructive-changes'],
    allowSecondOrganizationTrail: input['allow-second-organization-trail'],
    failOnDrift: input['fail-on-drift'],
    failOnPosture: input['fail-on-posture'],
    maskAccountId,
    auth:
      input['role-to-assume'] === ''
        ? { kind: 'default-chain' }
        : Object.freeze({
            kind: 'oidc' as const,
            roleArn: input['role-to-assume'],
            sessionName,
            durationSeconds: input['role-duration-seconds'],
            audience: input.audience
          }),
    githubToken: input['github-token'],
    manageKmsKeyPolicy: input['manage-kms-key-policy'],
    eventSelectors: input['event-selectors'],
    advancedEventSelectors: input['advanced-event-selectors'],
    insightSelectors: input['insight-selectors'],
    tags: input.tags,
    provenanceTags: provenance,
    createBucket: input['create-bucket'],
    reportPath,
    members:
      input['member-role-name'] === ''
        ? null
        : Object.freeze({
            roleName: input['member-role-name'],
            concurrency: input['member-concurrency'],
            sessionName
          }),
    logArchive:
      input['log-archive-role-arn'] === ''
        ? null
        : Object.freeze({ roleArn: input['log-archive-role-arn'], sessionName }),
    effectiveInputs: Object.freeze(
      effectiveInputsOf(values, {
        'role-session-name': sessionName,
        'report-path': reportPath,
        'mask-aws-account-id': String(maskAccountId)
      })
    ),
    logIntegrity:
      input['verify-logs'] === null
        ? null
        : Object.freeze({
            window: input['verify-logs'],
            logFiles: input['verify-log-files'],
            failOnProblem: input['fail-on-log-integrity'],
            shard: input['accounts-shard']
          })
  }
  return { ok: true, settings: Object.freeze(settings), deprecations: deprecationsOf(values) }
}

/** The inputs as the run uses them: the values, with what the run computed for some, secrets hidden. */
function effectiveInputsOf(
  values: Record<InputName, string>,
  resolved: Partial<Record<InputName, string>>
): Record<string, string> {
  return Object.fromEntries(
    INPUT_NAMES.map((name) => {
      const value = resolved[name] ?? values[name]
      return [name, (INPUTS[name] as InputSpec<unknown>).secret === true && value !== '' ? '***' : value]
    })
  )
}

/** The deprecated inputs the workflow sets: each still works, with a warning naming what replaces it. */
function deprecationsOf(values: Record<InputName, string>): Deprecation[] {
  return INPUT_NAMES.flatMap((name) => {
    const message = (INPUTS[name] as InputSpec<unknown>).deprecationMessage
    return message && values[name] !== '' ? [{ input: name, message: `Input "${name}" is deprecated. ${message}` }] : []
  })
}

/** One file per step of the job, under the runner's temporary folder (emptied after every job). */
function defaultReportPath(env: Environment): string {
  const step = (env.step ?? '').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'step'
  return path.join(env.tempDir || '/tmp', `org-trail-report-${step}.json`)
}

function describeIssue(input: InputName, message: string, value: string): InputProblem {
  const shown =
    (INPUTS[input] as InputSpec<unknown>).secret === true || value === ''
      ? ''
      : ` (got ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)})`
  return { input, message: `Input "${input}" ${message}${shown}` }
}
