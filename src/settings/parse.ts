import path from 'node:path'
import * as z from 'zod/mini'
import './zod.js'
import {
  bucketNameProblems,
  hasControlCharacter,
  keyPrefixProblems,
  kmsKeyProblems,
  logGroupArnProblems,
  regionProblems,
  roleArnProblems,
  roleNameProblems,
  sessionNameProblems,
  snsTopicProblems,
  trailNameProblems,
  withLogGroupWildcard
} from './rules.js'
import { parseAdvancedSelectors, parseEventSelectors, parseInsightSelectors, type Parsed } from './selectors.js'
import { MAX_TAGS, parseTags } from './tags.js'
import type { InputProblem, RawInputs, Settings } from './types.js'

export type InputName = (typeof INPUT_NAMES)[number]

/** Every input the action reads, in action.yml order. */
export const INPUT_NAMES = [
  'trail-name',
  's3-bucket-name',
  'aws-region',
  'mode',
  'role-to-assume',
  'role-session-name',
  'role-duration-seconds',
  'audience',
  'is-organization-trail',
  'is-multi-region-trail',
  'include-global-service-events',
  'enable-log-file-validation',
  's3-key-prefix',
  'start-logging',
  'enable-trusted-access',
  'manage-bucket-policy',
  'allow-destructive-changes',
  'fail-on-drift',
  'fail-on-posture',
  'github-token',
  'mask-account-id',
  'kms-key-id',
  'manage-kms-key-policy',
  'cloud-watch-logs-log-group-arn',
  'cloud-watch-logs-role-arn',
  'sns-topic-name',
  'event-selectors',
  'advanced-event-selectors',
  'insight-selectors',
  'tags',
  'tag-provenance',
  'create-bucket',
  'report-path',
  'reports',
  'member-role-name',
  'member-concurrency'
] as const

/** The defaults of action.yml, used for an input absent from the raw values (the runner always passes them). */
export const INPUT_DEFAULTS: Readonly<Record<InputName, string>> = {
  'trail-name': '',
  's3-bucket-name': '',
  'aws-region': '',
  mode: 'apply',
  'role-to-assume': '',
  'role-session-name': '',
  'role-duration-seconds': '900',
  audience: 'sts.amazonaws.com',
  'is-organization-trail': 'true',
  'is-multi-region-trail': 'true',
  'include-global-service-events': 'true',
  'enable-log-file-validation': 'true',
  's3-key-prefix': '',
  'start-logging': 'true',
  'enable-trusted-access': 'true',
  'manage-bucket-policy': 'true',
  'allow-destructive-changes': 'false',
  'fail-on-drift': 'true',
  'fail-on-posture': 'false',
  'github-token': '',
  'mask-account-id': 'false',
  'kms-key-id': '',
  'manage-kms-key-policy': 'false',
  'cloud-watch-logs-log-group-arn': '',
  'cloud-watch-logs-role-arn': '',
  'sns-topic-name': '',
  'event-selectors': '',
  'advanced-event-selectors': '',
  'insight-selectors': '',
  tags: '',
  'tag-provenance': 'true',
  'create-bucket': 'false',
  'report-path': '',
  reports: '',
  'member-role-name': '',
  'member-concurrency': '16'
}

/**
 * Member accounts inspected at once. Each is about three dependent round trips; more than this gains
 * little and STS counts AssumeRole against the caller's account-wide request rate.
 */
const MAX_MEMBER_CONCURRENCY = 64

/** Inputs whose value must never be echoed back in a message. */
const SECRET_INPUTS: ReadonlySet<string> = new Set(['github-token'])

// The values @actions/core's getBooleanInput accepts, and nothing else.
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

const bool = z.pipe(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!TRUE_VALUES.includes(value) && !FALSE_VALUES.includes(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be "true" or "false"' })
      }
    })
  ),
  z.transform((value: string) => TRUE_VALUES.includes(value))
)

/** A string checked by a rule function that lists every broken rule. */
function ruled(problems: (value: string) => string[]) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      for (const message of problems(value)) ctx.addIssue({ code: 'custom', message })
    })
  )
}

const required = (rules: (value: string) => string[]) =>
  ruled((value) => (value === '' ? ['is required'] : rules(value)))

const optional = (rules: (value: string) => string[]) => ruled((value) => (value === '' ? [] : rules(value)))

const printable = (value: string) => (hasControlCharacter(value) ? ['must not contain control characters'] : [])

const schema = z.object({
  'trail-name': required(trailNameProblems),
  's3-bucket-name': required(bucketNameProblems),
  'aws-region': ruled((value) =>
    value === '' ? ["is required: set the input or the job's AWS_REGION environment variable"] : regionProblems(value)
  ),
  mode: z.string().check(
    z.superRefine((value, ctx) => {
      if (value !== 'apply' && value !== 'check')
        ctx.addIssue({ code: 'custom', message: 'must be "apply", "check" or "summarize"' })
    })
  ),
  'role-to-assume': optional(roleArnProblems),
  'role-session-name': optional(sessionNameProblems),
  'role-duration-seconds': z.string().check(
    z.superRefine((value, ctx) => {
      const seconds = Number(value)
      if (!/^\d+$/.test(value) || seconds < 900 || seconds > 43200) {
        ctx.addIssue({ code: 'custom', message: 'must be a whole number of seconds from 900 to 43200' })
      }
    })
  ),
  audience: required(printable),
  'is-organization-trail': bool,
  'is-multi-region-trail': bool,
  'include-global-service-events': bool,
  'enable-log-file-validation': bool,
  's3-key-prefix': optional(keyPrefixProblems),
  'start-logging': bool,
  'enable-trusted-access': bool,
  'manage-bucket-policy': bool,
  'allow-destructive-changes': bool,
  'fail-on-drift': bool,
  'fail-on-posture': bool,
  'github-token': optional(printable),
  'mask-account-id': bool,
  'kms-key-id': optional(kmsKeyProblems),
  'manage-kms-key-policy': bool,
  'cloud-watch-logs-log-group-arn': optional(logGroupArnProblems),
  'cloud-watch-logs-role-arn': optional(roleArnProblems),
  'sns-topic-name': optional(snsTopicProblems),
  'event-selectors': optional(documentProblems(parseEventSelectors)),
  'advanced-event-selectors': optional(documentProblems(parseAdvancedSelectors)),
  'insight-selectors': optional(documentProblems(parseInsightSelectors)),
  tags: optional((value) => documentProblems(parseTags)(value)),
  'tag-provenance': bool,
  'create-bucket': bool,
  'report-path': optional(printable),
  // Read in summarize mode only (settings/summarize.ts).
  reports: optional(printable),
  'member-role-name': optional(roleNameProblems),
  'member-concurrency': z.string().check(
    z.superRefine((value, ctx) => {
      const n = Number(value)
      if (!/^\d+$/.test(value) || n < 1 || n > MAX_MEMBER_CONCURRENCY) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${MAX_MEMBER_CONCURRENCY}` })
      }
    })
  )
})

/**
 * Rules between inputs. They read the raw values (emptiness, booleans as written) so that they are
 * reported together with every other problem, whatever else is wrong.
 */
function crossInputProblems(values: Record<string, string>, env: Environment): InputProblem[] {
  const problems: InputProblem[] = []
  const isTrue = (name: string) => TRUE_VALUES.includes(values[name] ?? '')
  const isFalse = (name: string) => FALSE_VALUES.includes(values[name] ?? '')
  const group = values['cloud-watch-logs-log-group-arn'] ?? ''
  const role = values['cloud-watch-logs-role-arn'] ?? ''
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
  const declaredTags = parsedOrNull(values.tags ?? '', parseTags)
  if (declaredTags !== null) {
    const count = Object.keys({ ...declaredTags, ...(isTrue('tag-provenance') ? provenance(env) : {}) }).length
    if (count > MAX_TAGS) {
      problems.push({
        input: 'tags',
        message: `Input "tags" declares ${count} tags with the provenance tags; a trail takes at most ${MAX_TAGS}`
      })
    }
  }
  if (isTrue('is-multi-region-trail') && isFalse('include-global-service-events')) {
    problems.push({
      input: 'include-global-service-events',
      message:
        'Input "include-global-service-events" must be true when "is-multi-region-trail" is true (CloudTrail requires global service events on a multi-region trail)'
    })
  }
  return problems
}

function documentProblems<T>(parse: (text: string) => Parsed<T>): (value: string) => string[] {
  return (value) => {
    const parsed = parse(value)
    return parsed.ok ? [] : parsed.problems
  }
}

function parsedOrNull<T>(text: string, parse: (text: string) => Parsed<T>): T | null {
  if (text === '') return null
  const parsed = parse(text)
  return parsed.ok ? parsed.value : null
}

export type ParseResult = { ok: true; settings: Settings } | { ok: false; problems: InputProblem[] }

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

export const PROVENANCE_KEYS = { repository: 'org-trail:repository', workflow: 'org-trail:workflow' } as const

/**
 * Validates every input and returns either typed settings or every problem found, each naming its input.
 * Pure: no environment, no I/O.
 */
export function parseSettings(raw: RawInputs, env: Environment): ParseResult {
  const values: Record<string, string> = {}
  for (const name of INPUT_NAMES) values[name] = (raw[name] ?? INPUT_DEFAULTS[name]).trim()
  if (values['aws-region'] === '') values['aws-region'] = (env.AWS_REGION ?? '').trim()

  const parsed = schema.safeParse(values)
  const problems: InputProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => describeIssue(String(issue.path[0] ?? ''), issue.message, values))

  problems.push(...crossInputProblems(values, env))
  if (!parsed.success || problems.length > 0) return { ok: false, problems }

  const input = parsed.data
  const runId = (env.GITHUB_RUN_ID ?? '').replace(/[^\w+=,.@-]/g, '')
  const sessionName = input['role-session-name'] || `org-trail-${runId || 'local'}`.slice(0, 64)
  const settings: Settings = {
    mode: input.mode as Settings['mode'],
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
      cloudWatchLogsLogGroupArn: withLogGroupWildcard(input['cloud-watch-logs-log-group-arn']),
      cloudWatchLogsRoleArn: input['cloud-watch-logs-role-arn'],
      snsTopicName: input['sns-topic-name']
    }),
    startLogging: input['start-logging'],
    enableTrustedAccess: input['enable-trusted-access'],
    manageBucketPolicy: input['manage-bucket-policy'],
    allowDestructiveChanges: input['allow-destructive-changes'],
    failOnDrift: input['fail-on-drift'],
    failOnPosture: input['fail-on-posture'],
    maskAccountId: input['mask-account-id'],
    auth:
      input['role-to-assume'] === ''
        ? { kind: 'default-chain' }
        : Object.freeze({
            kind: 'oidc' as const,
            roleArn: input['role-to-assume'],
            sessionName,
            durationSeconds: Number(input['role-duration-seconds']),
            audience: input.audience
          }),
    githubToken: input['github-token'],
    manageKmsKeyPolicy: input['manage-kms-key-policy'],
    eventSelectors: parsedOrNull(input['event-selectors'], parseEventSelectors),
    advancedEventSelectors: parsedOrNull(input['advanced-event-selectors'], parseAdvancedSelectors),
    insightSelectors: parsedOrNull(input['insight-selectors'], parseInsightSelectors),
    tags: parsedOrNull(input.tags, parseTags) ?? {},
    provenanceTags: input['tag-provenance'] ? provenance(env) : {},
    createBucket: input['create-bucket'],
    reportPath: input['report-path'] || defaultReportPath(env),
    members:
      input['member-role-name'] === ''
        ? null
        : Object.freeze({
            roleName: input['member-role-name'],
            concurrency: Number(input['member-concurrency']),
            sessionName
          })
  }
  return { ok: true, settings: Object.freeze(settings) }
}

/** One file per step of the job, under the runner's temporary folder (emptied after every job). */
export function defaultReportPath(env: Environment): string {
  const step = (env.step ?? '').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'step'
  return path.join(env.tempDir || '/tmp', `org-trail-report-${step}.json`)
}

function describeIssue(input: string, message: string, values: Record<string, string>): InputProblem {
  const value = values[input] ?? ''
  const shown =
    SECRET_INPUTS.has(input) || value === ''
      ? ''
      : ` (got ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)})`
  return { input, message: `Input "${input}" ${message}${shown}` }
}

function provenance(env: Environment): Record<string, string> {
  const tags: Record<string, string> = {}
  // Tag values allow a limited character set: keep what identifies the workflow, drop the rest.
  const clean = (value: string) => value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '-').slice(0, 256)
  if (env.repository) tags[PROVENANCE_KEYS.repository] = clean(env.repository)
  if (env.workflow) tags[PROVENANCE_KEYS.workflow] = clean(env.workflow)
  return Object.freeze(tags)
}
