import { z } from 'zod'
import {
  bucketNameProblems,
  hasControlCharacter,
  keyPrefixProblems,
  regionProblems,
  roleArnProblems,
  sessionNameProblems,
  trailNameProblems
} from './rules.js'
import type { InputProblem, RawInputs, Settings } from './types.js'

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
  'mask-account-id'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** Inputs whose value must never be echoed back in a message. */
const SECRET_INPUTS: ReadonlySet<string> = new Set(['github-token'])

// The values @actions/core's getBooleanInput accepts, and nothing else.
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

const bool = z.string().superRefine((value, ctx) => {
  if (!TRUE_VALUES.includes(value) && !FALSE_VALUES.includes(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be "true" or "false"' })
  }
}).transform((value) => TRUE_VALUES.includes(value))

/** A string checked by a rule function that lists every broken rule. */
function ruled(problems: (value: string) => string[]) {
  return z.string().superRefine((value, ctx) => {
    for (const message of problems(value)) ctx.addIssue({ code: 'custom', message })
  })
}

const required = (rules: (value: string) => string[]) =>
  ruled((value) => (value === '' ? ['is required'] : rules(value)))

const optional = (rules: (value: string) => string[]) => ruled((value) => (value === '' ? [] : rules(value)))

const printable = (value: string) => (hasControlCharacter(value) ? ['must not contain control characters'] : [])

const schema = z.object({
  'trail-name': required(trailNameProblems),
  's3-bucket-name': required(bucketNameProblems),
  'aws-region': ruled((value) =>
    value === '' ? ['is required: set the input or the job\'s AWS_REGION environment variable'] : regionProblems(value)
  ),
  mode: z.string().superRefine((value, ctx) => {
    if (value !== 'apply' && value !== 'check') ctx.addIssue({ code: 'custom', message: 'must be "apply" or "check"' })
  }),
  'role-to-assume': optional(roleArnProblems),
  'role-session-name': optional(sessionNameProblems),
  'role-duration-seconds': z.string().superRefine((value, ctx) => {
    const seconds = Number(value)
    if (!/^\d+$/.test(value) || seconds < 900 || seconds > 43200) {
      ctx.addIssue({ code: 'custom', message: 'must be a whole number of seconds from 900 to 43200' })
    }
  }),
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
  'mask-account-id': bool
})

export type ParseResult = { ok: true; settings: Settings } | { ok: false; problems: InputProblem[] }

export interface Environment {
  /** AWS_REGION of the job: the default home region. */
  readonly AWS_REGION?: string
  /** GITHUB_RUN_ID: makes the default session name traceable to the run. */
  readonly GITHUB_RUN_ID?: string
}

/**
 * Validates every input and returns either typed settings or every problem found, each naming its input.
 * Pure: no environment, no I/O.
 */
export function parseSettings(raw: RawInputs, env: Environment): ParseResult {
  const values: Record<string, string> = {}
  for (const name of INPUT_NAMES) values[name] = (raw[name] ?? '').trim()
  if (values['aws-region'] === '') values['aws-region'] = (env.AWS_REGION ?? '').trim()

  const parsed = schema.safeParse(values)
  const problems: InputProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => describeIssue(String(issue.path[0] ?? ''), issue.message, values))

  if (parsed.success) {
    const input = parsed.data
    if (input['is-multi-region-trail'] && !input['include-global-service-events']) {
      problems.push({
        input: 'include-global-service-events',
        message:
          'Input "include-global-service-events" must be true when "is-multi-region-trail" is true (CloudTrail requires global service events on a multi-region trail)'
      })
    }
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems }

  const input = parsed.data
  const runId = (env.GITHUB_RUN_ID ?? '').replace(/[^\w+=,.@-]/g, '')
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
      enableLogFileValidation: input['enable-log-file-validation']
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
            sessionName: input['role-session-name'] || `org-trail-${runId || 'local'}`.slice(0, 64),
            durationSeconds: Number(input['role-duration-seconds']),
            audience: input.audience
          }),
    githubToken: input['github-token']
  }
  return { ok: true, settings: Object.freeze(settings) }
}

function describeIssue(input: string, message: string, values: Record<string, string>): InputProblem {
  const value = values[input] ?? ''
  const shown =
    SECRET_INPUTS.has(input) || value === ''
      ? ''
      : ` (got ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)})`
  return { input, message: `Input "${input}" ${message}${shown}` }
}
