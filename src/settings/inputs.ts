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
import { MAX_TAGS, parseTags, type Tags } from './tags.js'
import { parseShard, parseWindow, type VerifyLogFiles } from './log-integrity.js'
import type { Mode } from './types.js'

export interface InputSpec<T> {
  /** What the parser uses for an input absent from the raw values (the runner always passes action.yml's). */
  readonly default: string
  /** From the trimmed raw value to the typed one; each issue is one problem of this input. */
  readonly schema: z.ZodMiniType<T, string>
  /** Never echoed back in a problem message. */
  readonly secret?: true
  /** `required: true` in action.yml, with no default there; the schema refuses it empty. */
  readonly required?: true
  /** The input still works but will go: action.yml's deprecationMessage (the runner warns when it is set). */
  readonly deprecationMessage?: string
  /** action.yml's and docs/reference.md's description, word for word. */
  readonly description: string
}

/**
 * Member accounts inspected at once. Each is about three dependent round trips; more than this gains
 * little and STS counts AssumeRole against the caller's account-wide request rate.
 */
const MAX_MEMBER_CONCURRENCY = 64

/** What STS takes as DurationSeconds (the role's own maximum may be lower). */
const ROLE_DURATION = { min: 900, max: 43200 }

// summarize is a mode too (deprecated), but never reaches this table: readSettings hands it to
// settings/summarize.ts.
const mode = z.pipe(
  ruled((value) => (value === 'apply' || value === 'check' ? [] : ['must be "apply" or "check"'])),
  z.transform((value: string) => value as Mode)
)

/** A boolean that may be left empty: null when it is (mask-aws-account-id and its old name). */
const maybeBool = z.pipe(
  z.string(),
  z.transform((value: string, ctx): boolean | null => {
    if (value === '') return null
    const parsed = bool.safeParse(value)
    if (parsed.success) return parsed.data
    ctx.issues.push({ code: 'custom', message: 'must be "true" or "false"', input: value })
    return z.NEVER
  })
)

/** Every input the action reads, in action.yml order. */
export const INPUTS = {
  'trail-name': {
    default: '',
    required: true,
    schema: required(trailNameProblems),
    description:
      'Name of the organization trail: 3-128 characters of letters, digits, `.`, `_`, `-`; starts and ends with a letter or digit; no two adjacent `.`, `_`, `-`; not shaped like an IP address.'
  },
  's3-bucket-name': {
    default: '',
    required: true,
    schema: required(bucketNameProblems),
    description:
      'S3 bucket that receives the log files, validated against the S3 bucket naming rules. It must exist unless `create-bucket` is `true`; its policy is merged to let CloudTrail write (see `manage-bucket-policy`).'
  },
  'aws-region': {
    default: '',
    schema: ruled((value) =>
      value === '' ? ["is required: set the input or the job's AWS_REGION environment variable"] : regionProblems(value)
    ),
    description:
      "The trail's home region: where it is created and where its writes go. Empty: the job's `AWS_REGION`; one of the two is required."
  },
  mode: {
    default: 'apply',
    schema: mode,
    description:
      '`apply` converges the trail; `check` only reads, plans and reports (no write request of any kind to AWS). `summarize` still gathers reports here but is deprecated: use the summarize action (`org-trail/summarize`).'
  },
  'role-to-assume': {
    default: '',
    schema: optional(roleArnProblems),
    description:
      'ARN of an IAM role in the management account, assumed through GitHub OIDC (needs `permissions: id-token: write`). Empty: the SDK default credential chain (for example an earlier `aws-actions/configure-aws-credentials` step).'
  },
  'role-session-name': {
    default: '',
    schema: optional(sessionNameProblems),
    description: 'Session name of the assumed role, visible in CloudTrail. Empty: `org-trail-<run id>`.'
  },
  'role-duration-seconds': {
    default: '900',
    schema: wholeNumber(ROLE_DURATION.min, ROLE_DURATION.max, 'of seconds '),
    description: `Lifetime of the assumed-role credentials, ${ROLE_DURATION.min} to ${ROLE_DURATION.max} seconds.`
  },
  audience: {
    default: 'sts.amazonaws.com',
    schema: required(printable),
    description: 'Audience (`aud`) of the GitHub OIDC token; the trust policy must require the same value.'
  },
  'is-organization-trail': {
    default: 'true',
    schema: bool,
    description:
      'Log every account of the organization. `false` manages an account trail and skips the organization prerequisites.'
  },
  'is-multi-region-trail': {
    default: 'true',
    schema: bool,
    description: 'Log every region.'
  },
  'include-global-service-events': {
    default: 'true',
    schema: bool,
    description:
      'Log global services such as IAM. Must be `true` when `is-multi-region-trail` is `true` (input error otherwise).'
  },
  'enable-log-file-validation': {
    default: 'true',
    schema: bool,
    description: 'Deliver digest files so that log integrity can be validated.'
  },
  's3-key-prefix': {
    default: '',
    schema: optional(keyPrefixProblems),
    description: `Key prefix for log files in the bucket: at most ${MAX_S3_KEY_PREFIX} characters, no leading or trailing \`/\`, no \`//\`. Logs go to \`s3://BUCKET/PREFIX/AWSLogs/…\`. Empty: an existing trail keeps its prefix. Adding, changing or removing the prefix of an existing trail moves log delivery to another path: refused without \`allow-destructive-changes\`.`
  },
  'start-logging': {
    default: 'true',
    schema: bool,
    description:
      'Start logging when the trail is not logging. `false` leaves a stopped trail stopped (a warning). Logging is never stopped.'
  },
  'enable-trusted-access': {
    default: 'true',
    schema: bool,
    description:
      'Enable trusted access for `cloudtrail.amazonaws.com` in AWS Organizations when it is missing. `false`: missing trusted access is a blocker.'
  },
  'manage-bucket-policy': {
    default: 'true',
    schema: bool,
    description:
      'Merge the statements CloudTrail needs into the bucket policy, keeping every other statement. `false`: a policy that does not grant them is a blocker that shows the statements to add.'
  },
  'allow-destructive-changes': {
    default: 'false',
    schema: bool,
    description:
      'Allow changes that weaken the trail or move its logs: organization to account trail, multi-region to single-region, log file validation off, global service events off, another S3 key prefix (a first one on a trail that has none included). Without it such a change is a blocker.'
  },
  'allow-second-organization-trail': {
    default: 'false',
    schema: bool,
    description:
      "Declare an organization trail although another one already logs the organization (Control Tower's, the Landing Zone Accelerator's, any other): every management event is then recorded, and charged, twice in every account. `false`: that is a blocker (`cloudtrail.other-organization-trail`) naming the existing trail and both ways forward; `true`: a warning with the same facts."
  },
  'fail-on-drift': {
    default: 'true',
    schema: bool,
    description:
      'In check mode, fail the step when the trail or its prerequisites differ from the declaration (status `drift`).'
  },
  'fail-on-posture': {
    default: 'false',
    schema: bool,
    description:
      'Fail the step when a posture control (Security Hub / CIS AWS Foundations Benchmark ids, delivery health) fails and apply would not fix it, in either mode. A control apply would fix is drift (see `fail-on-drift`).'
  },
  'github-token': {
    default: '',
    schema: optional(printable),
    secret: true,
    description:
      'Token used to post the plan as a single, updated pull-request comment (needs `pull-requests: write`). Empty: no comment.'
  },
  'mask-aws-account-id': {
    default: '',
    schema: maybeBool,
    description:
      'Mask AWS account ids in the log, the job summary, the annotations and the pull-request comment: what GitHub shows to everyone who can read the repository. The run report keeps them: evidence must name the account it is about. `true` or `false`; empty: `false`.'
  },
  'mask-account-id': {
    default: '',
    schema: maybeBool,
    deprecationMessage: 'Use mask-aws-account-id, its new name (the name aws-actions/configure-aws-credentials uses).',
    description:
      'The old name of `mask-aws-account-id`, still read with a warning. Setting both to different values is an input error.'
  },
  'kms-key-id': {
    default: '',
    schema: optional(kmsKeyProblems),
    description:
      "KMS key that encrypts the log files (SSE-KMS): key id, key ARN, alias name (`alias/…`) or alias ARN of an enabled, symmetric customer managed key in the bucket's region (`alias/aws/…` is refused). Empty: encryption is not managed; a key the trail has is kept."
  },
  'manage-kms-key-policy': {
    default: 'false',
    schema: bool,
    description:
      'Merge the statements CloudTrail needs (`OrgTrailKmsEncrypt`, `OrgTrailKmsDescribe`) into the key policy, keeping every other statement. `false`: a missing statement is a blocker that shows it.'
  },
  'cloud-watch-logs-log-group-arn': {
    default: '',
    schema: z.pipe(optional(logGroupArnProblems), z.transform(withLogGroupWildcard)),
    description:
      'CloudWatch Logs log group ARN to deliver events to (`:*` is appended when missing). Set together with `cloud-watch-logs-role-arn` (input error otherwise). Empty: not managed.'
  },
  'cloud-watch-logs-role-arn': {
    default: '',
    schema: optional(roleArnProblems),
    description:
      'IAM role CloudTrail assumes to write to the log group. Its trust and permissions are checked, never changed. Set together with `cloud-watch-logs-log-group-arn`.'
  },
  'sns-topic-name': {
    default: '',
    schema: optional(snsTopicProblems),
    description:
      "SNS topic notified of each log file delivery: a name (in the home region and the caller's account) or an ARN; not FIFO. Its policy must let CloudTrail publish (checked, never changed). Empty: not managed."
  },
  'event-selectors': {
    default: '',
    schema: document(parseEventSelectors, null),
    description:
      'Event selectors as YAML or JSON: a list as in `PutEventSelectors` (at most 5 selectors and 250 data resource values). Empty: the trail keeps its selectors. Exclusive with `advanced-event-selectors`.'
  },
  'advanced-event-selectors': {
    default: '',
    schema: document(parseAdvancedSelectors, null),
    description:
      'Advanced event selectors as YAML or JSON: a list of `{Name, FieldSelectors}` (at most 500 condition values in all). Empty: the trail keeps its selectors. Exclusive with `event-selectors`.'
  },
  'insight-selectors': {
    default: '',
    schema: document(parseInsightSelectors, null),
    description:
      'Insight selectors as YAML or JSON: a list of `{InsightType, EventCategories}` with `ApiCallRateInsight` and/or `ApiErrorRateInsight`; `[]` turns Insights off. Empty: not managed.'
  },
  tags: {
    default: '',
    schema: document(parseTags, {} as Tags),
    description: `Tags as \`key=value\` lines or a YAML map. Added or updated; tags that are not declared are never removed. At most ${MAX_TAGS}, counting the provenance tags; a trail holds at most ${MAX_TAGS} tags, those it has counted, so a declaration that would pass ${MAX_TAGS} is a blocker (\`cloudtrail.tags\`).`
  },
  'tag-provenance': {
    default: 'true',
    schema: bool,
    description:
      'Also tag the trail with the repository and workflow that manage it (`org-trail:repository`, `org-trail:workflow`), written only along with another change, so that several workflows never fight over them and a gate never reports drift for them alone.'
  },
  'create-bucket': {
    default: 'false',
    schema: bool,
    description:
      "Create the bucket when it is missing, in the home region, hardened: Block Public Access (all four settings), default encryption (SSE-KMS with `kms-key-id` and an S3 Bucket Key, else SSE-S3), versioning, object ownership enforced, and a policy that denies requests without TLS (`OrgTrailDenyInsecureTransport`) next to CloudTrail's statements. `true` declares the bucket hardened: every run reads each of those settings and writes the ones missing, so a run interrupted half-way is finished by the next and check mode reports their drift (`s3.bucket-hardening.*`)."
  },
  'report-path': {
    default: '',
    schema: optional(printable),
    description:
      "Where to write the run's JSON report (`schema/report.schema.json`) and, next to it, its SHA-256 (`<report-path>.sha256`), on every run that gets past input validation, failures included. Empty: `org-trail-report-<step>.json` under `RUNNER_TEMP` (emptied after each job: upload both files, or copy them to an evidence bucket, to keep them)."
  },
  reports: {
    default: '',
    schema: optional(printable),
    // Read with the deprecated mode: summarize only (settings/summarize.ts).
    deprecationMessage:
      "Move to the summarize action in this repository's summarize folder (uses: <owner>/org-trail/summarize@<ref>), which takes the same reports input. mode: summarize and reports leave this action in v1.",
    description:
      'With `mode: summarize` only: the report files of other runs, or folders searched (recursively) for `*.json` files, one per line. Use the summarize action (`OWNER/org-trail/summarize`), which takes the same input.'
  },
  'member-role-name': {
    default: '',
    schema: optional(roleNameProblems),
    description:
      "Name of a role in every member account (for example `OrganizationAccountAccessRole`, or a read-only role made with the StackSet of docs/inventory.md). When set, in both modes, org-trail inventories every active account's trails before the organization trail: trail limits, paid copies of management events, unreachable accounts (findings `members.*`, output `member-trails`). Reads only. Empty: off."
  },
  'member-concurrency': {
    default: '16',
    schema: wholeNumber(1, MAX_MEMBER_CONCURRENCY),
    description: `Member accounts the inventory inspects at once, 1 to ${MAX_MEMBER_CONCURRENCY}.`
  },
  'log-archive-role-arn': {
    default: '',
    schema: optional(roleArnProblems),
    description:
      'A role in the account that owns the bucket (a Log Archive account, as Control Tower and the Landing Zone Accelerator set it up), assumed from the management session (`sts:AssumeRole`, at most one hour). The bucket, and a KMS key whose ARN carries that account, are read and written through it, every S3 request with `ExpectedBucketOwner` = that account; everything else stays on the management session. Empty: the bucket and key are read from the management session, and a bucket or key of another account gets warnings with the statements to add there.'
  },
  'verify-logs': {
    default: '',
    schema: document(parseWindow, null),
    description:
      'A window, `1h` to `90d` (whole hours or days: `24h`, `7d`), whose logs org-trail verifies after the trail checks, in both modes: every digest file of the organization trail in every active account and enabled region (signature, place, chain, freshness) and the log files they list. A value that does not parse or exceeds `90d` is an input error. Empty: off.'
  },
  'verify-log-files': {
    default: 'all',
    schema: oneOf<VerifyLogFiles>(['all', 'none']),
    description:
      "With `verify-logs`: `all` fetches every log file a valid digest lists and compares the SHA-256 of its uncompressed content with the digest's; `none` verifies the digests only (fast, for hourly runs)."
  },
  'fail-on-log-integrity': {
    default: 'true',
    schema: bool,
    description:
      'Fail the step when log verification finds a problem (verdict `invalid` or `stale`) or could not read what it had to verify (`unverified`). `false`: report without failing.'
  },
  'accounts-shard': {
    default: '',
    schema: document(parseShard, null),
    description:
      "With `verify-logs`: `i/n` (1 ≤ i ≤ n ≤ 256) verifies only the i-th of n parts of the accounts, for a matrix of n jobs whose reports the summarize action combines. Each account's part follows from its id alone. Empty: every account."
  }
} satisfies Record<string, InputSpec<unknown>>

export type InputName = keyof typeof INPUTS

/** Each input's typed value, as its schema gives it. */
export type InputValues = { readonly [N in InputName]: z.output<(typeof INPUTS)[N]['schema']> }

export const INPUT_NAMES = Object.keys(INPUTS) as InputName[]
