import type { TrailConfig } from '../observe/types.js'
import type { TrailDeclaration } from '../settings/types.js'
import type { FieldChange, TrailField } from './types.js'

interface FieldRule {
  readonly field: TrailField
  readonly observed: (t: TrailConfig) => string | boolean
  readonly declared: (d: TrailDeclaration) => string | boolean
  /** Why turning it from true to false weakens the audit log; absent when no value weakens it. */
  readonly weakening?: string
  /**
   * Why changing a value it already has breaks what depends on it (a string field: any other value, the
   * empty one included, counts); absent when changing it is harmless.
   */
  readonly moving?: string
  readonly label: string
  /** Managed only when declared: an empty declaration keeps whatever the trail has. */
  readonly optional?: boolean
}

export const FIELD_RULES: readonly FieldRule[] = [
  { field: 'S3BucketName', label: 'S3 bucket', observed: (t) => t.s3BucketName, declared: (d) => d.s3BucketName },
  {
    field: 'S3KeyPrefix',
    label: 'S3 key prefix',
    observed: (t) => t.s3KeyPrefix,
    declared: (d) => d.s3KeyPrefix,
    // An empty input keeps the trail's prefix: removing it would move delivery just as changing it does.
    optional: true,
    moving:
      'log delivery would move to another path in the bucket, so Athena tables, SIEM ingestion and S3 event notifications keyed on the old path would stop receiving new logs'
  },
  {
    field: 'IsOrganizationTrail',
    label: 'Organization trail',
    observed: (t) => t.isOrganizationTrail,
    declared: (d) => d.isOrganizationTrail,
    weakening: 'the member accounts of the organization would stop being logged'
  },
  {
    field: 'IsMultiRegionTrail',
    label: 'Multi-region',
    observed: (t) => t.isMultiRegionTrail,
    declared: (d) => d.isMultiRegionTrail,
    weakening: 'every region but the home region would stop being logged'
  },
  {
    field: 'IncludeGlobalServiceEvents',
    label: 'Global service events',
    observed: (t) => t.includeGlobalServiceEvents,
    declared: (d) => d.includeGlobalServiceEvents,
    weakening: 'events of global services such as IAM and STS would stop being logged'
  },
  {
    field: 'EnableLogFileValidation',
    label: 'Log file validation',
    observed: (t) => t.logFileValidationEnabled,
    declared: (d) => d.enableLogFileValidation,
    weakening: 'digest files would stop, so tampering with log files could no longer be detected'
  },
  {
    field: 'KmsKeyId',
    label: 'KMS key',
    observed: (t) => t.kmsKeyId ?? '',
    declared: (d) => d.kmsKeyId,
    optional: true
  },
  {
    field: 'CloudWatchLogsLogGroupArn',
    label: 'CloudWatch Logs log group',
    observed: (t) => t.cloudWatchLogsLogGroupArn ?? '',
    declared: (d) => d.cloudWatchLogsLogGroupArn,
    optional: true
  },
  {
    field: 'CloudWatchLogsRoleArn',
    label: 'CloudWatch Logs role',
    observed: (t) => t.cloudWatchLogsRoleArn ?? '',
    declared: (d) => d.cloudWatchLogsRoleArn,
    optional: true
  },
  {
    field: 'SnsTopicName',
    label: 'SNS topic',
    observed: (t) => t.snsTopicArn ?? '',
    declared: (d) => d.snsTopicName,
    optional: true
  }
]

export function fieldLabel(field: TrailField): string {
  return FIELD_RULES.find((r) => r.field === field)?.label ?? field
}

/**
 * The settings where the trail differs from its declaration. References must be resolved first (the KMS
 * key and SNS topic as ARNs) since AWS reports ARNs.
 */
export function diffTrail(observed: TrailConfig, declared: TrailDeclaration): FieldChange[] {
  return FIELD_RULES.filter(
    (r) => !(r.optional && r.declared(declared) === '') && r.observed(observed) !== r.declared(declared)
  ).map((r) => ({
    field: r.field,
    before: r.observed(observed),
    after: r.declared(declared)
  }))
}

/**
 * Why a change is destructive, or null when it is not: it weakens the trail (a protection turned off) or
 * moves something that depends on its current value (an existing S3 key prefix replaced).
 */
export function weakening(change: FieldChange): string | null {
  const rule = FIELD_RULES.find((r) => r.field === change.field)
  if (rule?.weakening !== undefined && change.before === true && change.after === false) return rule.weakening
  if (rule?.moving !== undefined && typeof change.before === 'string' && change.before !== '')
    return change.before !== change.after ? rule.moving : null
  return null
}

/** How a destructive change is named to people: a protection is turned off, a value is changed. */
export function destructiveVerb(field: TrailField): 'turn off' | 'change' {
  return FIELD_RULES.find((r) => r.field === field)?.moving !== undefined ? 'change' : 'turn off'
}

/** CloudTrail takes the CloudWatch Logs role only together with its log group: both go when either changes. */
export function cloudWatchLogsPair(
  fields: readonly FieldChange[],
  declared: TrailDeclaration
): { readonly logGroupArn: string; readonly roleArn: string } | undefined {
  return fields.some((f) => f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')
    ? { logGroupArn: declared.cloudWatchLogsLogGroupArn, roleArn: declared.cloudWatchLogsRoleArn }
    : undefined
}
