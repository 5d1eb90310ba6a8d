// Every input of the action, once: its name, the default action.yml gives it, the schema that turns the
// runner's raw string (trimmed) into its typed value (made with schemas.ts), and its description. The
// input names, the defaults and each input's validation derive from this table; `npm run docs` writes
// action.yml's inputs from it (scripts/action-inputs.mjs) and action-yml.test.ts fails when the two
// disagree. Rules between inputs, and the Settings built from the typed values, are parse.ts's.
import * as z from 'zod/mini'
import './zod.js'
import {
  bucketNameProblems,
  keyPrefixProblems,
  MAX_S3_KEY_PREFIX,
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
import { bool, document, oneOf, optional, printable, required, ruled, wholeNumber } from './schemas.js'
import { parseAdvancedSelectors, parseEventSelectors, parseInsightSelectors } from './selectors.js'
import { parseTags, type Tags } from './tags.js'
import { parseShard, parseWindow, type VerifyLogFiles } from './log-integrity.js'
import type { Mode } from './types.js'

export interface InputSpec<T> {
  /** What the parser uses for an input absent from the raw values (the runner always passes action.yml's). */
  readonly default: string
  /** From the trimmed raw value to the typed one; each issue is one problem of this input. */
  readonly schema: z.ZodMiniType<T, string>
  /** Never echoed back in a problem message. */
  readonly secret?: true
  /** action.yml's description, word for word. */
  readonly description: string
}

/**
 * Member accounts inspected at once. Each is about three dependent round trips; more than this gains
 * little and STS counts AssumeRole against the caller's account-wide request rate.
 */
const MAX_MEMBER_CONCURRENCY = 64

/** What STS takes as DurationSeconds (the role's own maximum may be lower). */
const ROLE_DURATION = { min: 900, max: 43200 }

// summarize is a mode too, but never reaches this table: readSettings hands it to settings/summarize.ts.
const mode = z.pipe(
  ruled((value) => (value === 'apply' || value === 'check' ? [] : ['must be "apply", "check" or "summarize"'])),
  z.transform((value: string) => value as Mode)
)

/** Every input the action reads, in action.yml order. */
export const INPUTS = {
  'trail-name': {
    default: '',
    schema: required(trailNameProblems),
    description:
      'Name of the organization trail (3-128 characters: letters, digits, ".", "_", "-"; starts and ends with a letter or digit). Required in apply and check mode.'
  },
  's3-bucket-name': {
    default: '',
    schema: required(bucketNameProblems),
    description:
      'S3 bucket that receives the log files. It must exist unless create-bucket is true; its policy is merged to let CloudTrail write (see manage-bucket-policy). Required in apply and check mode.'
  },
  'aws-region': {
    default: '',
    schema: ruled((value) =>
      value === '' ? ["is required: set the input or the job's AWS_REGION environment variable"] : regionProblems(value)
    ),
    description: "The trail's home region. Defaults to the job's AWS_REGION."
  },
  mode: {
    default: 'apply',
    schema: mode,
    description:
      '"apply" converges the trail; "check" only reads, plans and reports (no write request of any kind); "summarize" gathers the reports of other runs (input reports) into one job summary, with no AWS request.'
  },
  'role-to-assume': {
    default: '',
    schema: optional(roleArnProblems),
    description:
      'ARN of an IAM role in the management account, assumed through GitHub OIDC. Empty: the SDK default credential chain (for example an earlier configure-aws-credentials step).'
  },
  'role-session-name': {
    default: '',
    schema: optional(sessionNameProblems),
    description: 'Session name of the assumed role, visible in CloudTrail. Defaults to org-trail-<run id>.'
  },
  'role-duration-seconds': {
    default: '900',
    schema: wholeNumber(ROLE_DURATION.min, ROLE_DURATION.max, 'of seconds '),
    description: `Lifetime of the assumed-role credentials, ${ROLE_DURATION.min} to ${ROLE_DURATION.max} seconds.`
  },
  audience: {
    default: 'sts.amazonaws.com',
    schema: required(printable),
    description: 'Audience of the GitHub OIDC token.'
  },
  'is-organization-trail': {
    default: 'true',
    schema: bool,
    description: 'Log every account of the organization.'
  },
  'is-multi-region-trail': {
    default: 'true',
    schema: bool,
    description: 'Log every region.'
  },
  'include-global-service-events': {
    default: 'true',
    schema: bool,
    description: 'Log global services such as IAM. Required by a multi-region trail.'
  },
  'enable-log-file-validation': {
    default: 'true',
    schema: bool,
    description: 'Deliver digest files so that log integrity can be validated.'
  },
  's3-key-prefix': {
    default: '',
    schema: optional(keyPrefixProblems),
    description: `Key prefix for log files in the bucket (at most ${MAX_S3_KEY_PREFIX} characters).`
  },
  'start-logging': {
    default: 'true',
    schema: bool,
    description: 'Start logging when the trail is not logging. Logging is never stopped.'
  },
  'enable-trusted-access': {
    default: 'true',
    schema: bool,
    description: 'Enable trusted access for cloudtrail.amazonaws.com in AWS Organizations when it is missing.'
  },
  'manage-bucket-policy': {
    default: 'true',
    schema: bool,
    description: 'Merge the statements CloudTrail needs into the bucket policy, keeping every other statement.'
  },
  'allow-destructive-changes': {
    default: 'false',
    schema: bool,
    description:
      'Allow changes that weaken the trail or move its logs (organization to account trail, multi-region to single-region, log file validation off, global service events off, another S3 key prefix, a first one included).'
  },
  'allow-second-organization-trail': {
    default: 'false',
    schema: bool,
    description:
      "Declare an organization trail although another one already logs the organization (Control Tower's, LZA's or any other): every management event is then recorded, and charged, twice. Without it that is a blocker naming the existing trail."
  },
  'fail-on-drift': {
    default: 'true',
    schema: bool,
    description: 'In check mode, fail the step when the trail or its prerequisites differ from the declaration.'
  },
  'fail-on-posture': {
    default: 'false',
    schema: bool,
    description:
      'Fail the step when a posture control (Security Hub / CIS AWS Foundations Benchmark ids, delivery health) fails and apply would not fix it.'
  },
  'github-token': {
    default: '',
    schema: optional(printable),
    secret: true,
    description: 'Token used to post the plan as a single, updated pull-request comment. Empty: no comment.'
  },
  'mask-account-id': {
    default: 'false',
    schema: bool,
    description: 'Mask AWS account ids in logs and the job summary.'
  },
  'kms-key-id': {
    default: '',
    schema: optional(kmsKeyProblems),
    description:
      'KMS key (id, ARN, alias name or alias ARN) that encrypts the log files (SSE-KMS). Empty: encryption is not managed.'
  },
  'manage-kms-key-policy': {
    default: 'false',
    schema: bool,
    description:
      'Merge the statements CloudTrail needs into the KMS key policy, keeping every other statement. When false, a missing statement is a blocker that shows it.'
  },
  'cloud-watch-logs-log-group-arn': {
    default: '',
    schema: z.pipe(optional(logGroupArnProblems), z.transform(withLogGroupWildcard)),
    description:
      'CloudWatch Logs log group ARN to deliver events to (with or without the trailing ":*"). Set together with cloud-watch-logs-role-arn.'
  },
  'cloud-watch-logs-role-arn': {
    default: '',
    schema: optional(roleArnProblems),
    description:
      'IAM role CloudTrail assumes to write to the log group. Set together with cloud-watch-logs-log-group-arn.'
  },
  'sns-topic-name': {
    default: '',
    schema: optional(snsTopicProblems),
    description: 'SNS topic (name or ARN) notified of each log file delivery. Empty: notifications are not managed.'
  },
  'event-selectors': {
    default: '',
    schema: document(parseEventSelectors, null),
    description:
      'Event selectors as YAML or JSON (a list, as in PutEventSelectors). Empty: the trail keeps its selectors. Exclusive with advanced-event-selectors.'
  },
  'advanced-event-selectors': {
    default: '',
    schema: document(parseAdvancedSelectors, null),
    description:
      'Advanced event selectors as YAML or JSON (a list). Empty: the trail keeps its selectors. Exclusive with event-selectors.'
  },
  'insight-selectors': {
    default: '',
    schema: document(parseInsightSelectors, null),
    description: 'Insight selectors as YAML or JSON (a list; [] turns Insights off). Empty: not managed.'
  },
  tags: {
    default: '',
    schema: document(parseTags, {} as Tags),
    description:
      'Tags as key=value lines or a YAML map. Added or updated; tags that are not declared are never removed.'
  },
  'tag-provenance': {
    default: 'true',
    schema: bool,
    description:
      'Also tag the trail with the repository and workflow that manage it (org-trail:repository, org-trail:workflow), written along with another change only.'
  },
  'create-bucket': {
    default: 'false',
    schema: bool,
    description:
      'Create the bucket when it is missing, hardened: Block Public Access, default encryption (SSE-KMS with kms-key-id), versioning, object ownership enforced, TLS required.'
  },
  'report-path': {
    default: '',
    schema: optional(printable),
    description:
      "Where to write the run's JSON report (schema/report.schema.json), on every run that gets past input validation, failures included. Empty: org-trail-report-<step>.json under RUNNER_TEMP."
  },
  reports: {
    default: '',
    schema: optional(printable),
    // Read in summarize mode only (settings/summarize.ts).
    description: 'summarize mode: the report files of other runs, or folders searched for *.json files, one per line.'
  },
  'member-role-name': {
    default: '',
    schema: optional(roleNameProblems),
    description:
      "Name of a role in every member account (for example OrganizationAccountAccessRole, or a read-only role deployed with a StackSet). When set, in both modes, org-trail inventories every active account's trails, trail limits and paid copies of management events. Empty: off."
  },
  'member-concurrency': {
    default: '16',
    schema: wholeNumber(1, MAX_MEMBER_CONCURRENCY),
    description: `Member accounts inspected at once by the inventory (1 to ${MAX_MEMBER_CONCURRENCY}).`
  },
  'log-archive-role-arn': {
    default: '',
    schema: optional(roleArnProblems),
    description:
      'ARN of a role in the account that owns the bucket (a Log Archive account), assumed from the management session: the bucket, and a KMS key of that account, are read and written through it, every S3 request with ExpectedBucketOwner set to that account. Empty: the bucket and key are read from the management session.'
  },
  'verify-logs': {
    default: '',
    schema: document(parseWindow, null),
    description:
      'A window ("24h", "7d"; 1h to 90d) whose logs org-trail verifies after the trail checks, in both modes: every digest of the organization trail in every active account and enabled region (signature, chain, place), and the log files they list (verify-log-files). Empty: off.'
  },
  'verify-log-files': {
    default: 'all',
    schema: oneOf<VerifyLogFiles>(['all', 'none']),
    description:
      'With verify-logs: "all" fetches every log file a digest lists and compares its SHA-256; "none" verifies the digests only (fast, for hourly runs).'
  },
  'fail-on-log-integrity': {
    default: 'true',
    schema: bool,
    description:
      'Fail the step when log verification finds a problem (a missing, altered or moved file, a broken chain, a stale region) or cannot read what it must verify.'
  },
  'accounts-shard': {
    default: '',
    schema: document(parseShard, null),
    description:
      'With verify-logs: "i/n" verifies only the i-th of n parts of the accounts, for a matrix of n jobs whose reports mode summarize combines. Empty: every account.'
  }
} satisfies Record<string, InputSpec<unknown>>

export type InputName = keyof typeof INPUTS

/** Each input's typed value, as its schema gives it. */
export type InputValues = { readonly [N in InputName]: z.output<(typeof INPUTS)[N]['schema']> }

export const INPUT_NAMES = Object.keys(INPUTS) as InputName[]
