import type { CreateTrailCommandInput, Trail, UpdateTrailCommandInput } from '@aws-sdk/client-cloudtrail'
import type { TrailConfig } from '../observe/types.js'
import type { TrailDeclaration } from '../settings/types.js'

/**
 * flag: on or off. text: a value of the trail's own, '' when it has none. reference: the ARN of another
 * resource the trail uses; absent from the observed trail when it uses none, and managed only when
 * declared (an empty input keeps whatever the trail has).
 */
export type FieldKind = 'flag' | 'text' | 'reference'

/** The trail's settings as observed: every one of them is a field of the table. */
export type ObservedFields = Omit<TrailConfig, 'name' | 'arn' | 'homeRegion'>

/** The keys of ObservedFields whose value is `V`: required, or optional (absent when none). */
type KeysOf<V, Optional extends boolean> = {
  [K in keyof ObservedFields]-?: NonNullable<ObservedFields[K]> extends V
    ? undefined extends ObservedFields[K]
      ? Optional extends true
        ? K
        : never
      : Optional extends true
        ? never
        : K
    : never
}[keyof ObservedFields]

interface Common {
  /** The CreateTrail and UpdateTrail parameter: the field's name in the plan, the report and the AWS CLI too. */
  readonly field: Exclude<keyof CreateTrailCommandInput & keyof UpdateTrailCommandInput, 'Name'>
  /** Its key in the declaration. */
  readonly declared: Exclude<keyof TrailDeclaration, 'name'>
  /** The key DescribeTrails and GetTrail report it under: not always the parameter's name. */
  readonly reported: keyof Trail
  /** What people read it as, in findings, logs and the summary. */
  readonly label: string
  /** The summary's row for it: another label than `label`, or null when it has no row of its own. */
  readonly row?: string | null
}

interface FlagSpec extends Common {
  readonly kind: 'flag'
  /** Its key in the trail as observed: a boolean. */
  readonly observed: KeysOf<boolean, false>
  /** Its value as the summary says it: on, off. */
  readonly says: readonly [on: string, off: string]
  /** Its value when CreateTrail is not given it. */
  readonly createDefault: boolean
  /** Why turning it from true to false weakens the audit log; absent when no value weakens it. */
  readonly weakening?: string
}

interface ValueCommon extends Common {
  /**
   * Why changing its value breaks what depends on it (any change counts: from none to one, from one to
   * another or to none); absent when changing it is harmless.
   */
  readonly moving?: string
  /** Where a value of it points, for people (the S3 key prefix: where the log files land in the bucket). */
  readonly points?: (value: string, bucket: string) => string
}

interface TextSpec extends ValueCommon {
  readonly kind: 'text'
  /** Its key in the trail as observed: a string, '' when the trail has none. */
  readonly observed: KeysOf<string, false>
  /** A text field managed only when declared, as references are. */
  readonly optional?: boolean
}

interface ReferenceSpec extends ValueCommon {
  readonly kind: 'reference'
  /** Its key in the trail as observed: absent when the trail uses none. */
  readonly observed: KeysOf<string, true>
}

export type FieldSpec = FlagSpec | TextSpec | ReferenceSpec

/** The trail settings org-trail converges, each written once: everything about a field is derived from here. */
export const TRAIL_FIELDS = [
  {
    field: 'S3BucketName',
    kind: 'text',
    declared: 's3BucketName',
    observed: 's3BucketName',
    reported: 'S3BucketName',
    label: 'S3 bucket',
    row: null
  },
  {
    field: 'S3KeyPrefix',
    kind: 'text',
    declared: 's3KeyPrefix',
    observed: 's3KeyPrefix',
    reported: 'S3KeyPrefix',
    label: 'S3 key prefix',
    row: null,
    // An empty input keeps the trail's prefix. Adding one to a trail that has none moves delivery just as
    // changing or removing it does (s3://bucket/AWSLogs/ → s3://bucket/PREFIX/AWSLogs/).
    optional: true,
    moving:
      'log delivery would move to another path in the bucket, so Athena tables, SIEM ingestion and S3 event notifications keyed on the old path would stop receiving new logs',
    points: (prefix, bucket) => `${deliveryLocation(bucket, prefix)}AWSLogs/`
  },
  {
    field: 'IsOrganizationTrail',
    kind: 'flag',
    declared: 'isOrganizationTrail',
    observed: 'isOrganizationTrail',
    reported: 'IsOrganizationTrail',
    label: 'Organization trail',
    says: ['yes', 'no'],
    createDefault: false,
    weakening: 'the member accounts of the organization would stop being logged'
  },
  {
    field: 'IsMultiRegionTrail',
    kind: 'flag',
    declared: 'isMultiRegionTrail',
    observed: 'isMultiRegionTrail',
    reported: 'IsMultiRegionTrail',
    label: 'Multi-region',
    says: ['yes', 'no'],
    createDefault: false,
    weakening: 'every region but the home region would stop being logged'
  },
  {
    field: 'IncludeGlobalServiceEvents',
    kind: 'flag',
    declared: 'includeGlobalServiceEvents',
    observed: 'includeGlobalServiceEvents',
    reported: 'IncludeGlobalServiceEvents',
    label: 'Global service events',
    says: ['included', 'excluded'],
    createDefault: true,
    weakening: 'events of global services such as IAM and STS would stop being logged'
  },
  {
    field: 'EnableLogFileValidation',
    kind: 'flag',
    declared: 'enableLogFileValidation',
    observed: 'logFileValidationEnabled',
    reported: 'LogFileValidationEnabled',
    label: 'Log file validation',
    says: ['on', 'off'],
    createDefault: false,
    weakening: 'digest files would stop, so tampering with log files could no longer be detected'
  },
  {
    field: 'KmsKeyId',
    kind: 'reference',
    declared: 'kmsKeyId',
    observed: 'kmsKeyId',
    reported: 'KmsKeyId',
    label: 'KMS key'
  },
  {
    field: 'CloudWatchLogsLogGroupArn',
    kind: 'reference',
    declared: 'cloudWatchLogsLogGroupArn',
    observed: 'cloudWatchLogsLogGroupArn',
    reported: 'CloudWatchLogsLogGroupArn',
    label: 'CloudWatch Logs log group',
    row: 'CloudWatch Logs'
  },
  // Shown with its log group: CloudTrail takes the two only together.
  {
    field: 'CloudWatchLogsRoleArn',
    kind: 'reference',
    declared: 'cloudWatchLogsRoleArn',
    observed: 'cloudWatchLogsRoleArn',
    reported: 'CloudWatchLogsRoleArn',
    label: 'CloudWatch Logs role',
    row: null
  },
  // Declared by name or ARN, reported as an ARN: the plan resolves the name first.
  {
    field: 'SnsTopicName',
    kind: 'reference',
    declared: 'snsTopicName',
    observed: 'snsTopicArn',
    reported: 'SnsTopicARN',
    label: 'SNS topic'
  }
] as const satisfies readonly FieldSpec[]

/** The trail settings org-trail converges, by their CloudTrail API names. */
export type TrailField = (typeof TRAIL_FIELDS)[number]['field']

/** A field of the observed trail the table does not read: none, or this does not compile. */
type Unread = Exclude<keyof ObservedFields, (typeof TRAIL_FIELDS)[number]['observed']>
const EVERY_FIELD_READ: [Unread] extends [never] ? true : Unread = true

/** The trail's settings as DescribeTrails or GetTrail report them, each under its observed key. */
export function observedFields(trail: Trail): ObservedFields {
  const fields: Partial<Record<keyof ObservedFields, string | boolean>> = {}
  for (const spec of TRAIL_FIELDS) {
    const value = reportedValue(spec, trail)
    if (value !== undefined) fields[spec.observed] = value
  }
  // TypeScript cannot follow a loop, but the table sets every key (EVERY_FIELD_READ) with the kind its
  // type has (FieldSpec's observed keys), and a reference only when the trail uses one (reportedValue).
  return EVERY_FIELD_READ && (fields as ObservedFields)
}

/** One field of the trail, from the value it has to the one declared. */
export interface FieldChange {
  readonly field: TrailField
  readonly before: string | boolean
  readonly after: string | boolean
}

export function fieldSpec(field: TrailField): FieldSpec {
  const spec = (TRAIL_FIELDS as readonly FieldSpec[]).find((f) => f.field === field)
  if (spec === undefined) throw new Error(`Unknown trail field ${field}`)
  return spec
}

export function fieldLabel(field: TrailField): string {
  return fieldSpec(field).label
}

/** Managed only when declared: an empty declaration keeps whatever the trail has. */
export function isOptional(spec: FieldSpec): boolean {
  return spec.kind === 'reference' || (spec.kind === 'text' && spec.optional === true)
}

/** The field's value in the declaration. */
export function declaredValue(spec: FieldSpec, declared: TrailDeclaration): string | boolean {
  return declared[spec.declared]
}

/** The field's value in the trail as observed, '' for a reference it does not use. */
export function observedValue(spec: FieldSpec, trail: TrailConfig): string | boolean {
  const value = trail[spec.observed]
  return spec.kind === 'flag' ? value === true : typeof value === 'string' ? value : ''
}

/** The field as DescribeTrails or GetTrail report it, in the observed trail's terms; undefined: absent. */
function reportedValue(spec: FieldSpec, trail: Trail): string | boolean | undefined {
  const value = trail[spec.reported]
  if (spec.kind === 'flag') return value === true
  if (typeof value === 'string' && (value !== '' || spec.kind === 'text')) return value
  return spec.kind === 'text' ? '' : undefined
}

/** A value as people read it: the empty one as "(none)". */
export function show(value: string | boolean): string {
  if (value === '') return '(none)'
  return String(value)
}

/** Where the trail delivers, as people read it: the bucket and prefix are shown together. */
export function deliveryLocation(s3BucketName: string, s3KeyPrefix: string): string {
  return `s3://${s3BucketName}/${s3KeyPrefix ? `${s3KeyPrefix}/` : ''}`
}

/** The AWS CLI option of a parameter, as the CLI derives it: S3KeyPrefix → --s3-key-prefix. */
export function cliOption(field: TrailField): string {
  return `--${field.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`
}
