import {
  declaredValue,
  fieldSpec,
  isOptional,
  observedValue,
  TRAIL_FIELDS,
  type TrailField
} from '../aws/trail-fields.js'
import type { TrailConfig } from '../observe/types.js'
import type { TrailDeclaration } from '../settings/types.js'
import type { FieldChange } from './types.js'

/**
 * The settings where the trail differs from its declaration. References must be resolved first (the KMS
 * key and SNS topic as ARNs) since AWS reports ARNs.
 */
export function diffTrail(observed: TrailConfig, declared: TrailDeclaration): FieldChange[] {
  return TRAIL_FIELDS.filter(
    (f) =>
      !(isOptional(f) && declaredValue(f, declared) === '') && observedValue(f, observed) !== declaredValue(f, declared)
  ).map((f) => ({
    field: f.field,
    before: observedValue(f, observed),
    after: declaredValue(f, declared)
  }))
}

/**
 * Why a change is destructive, or null when it is not: it weakens the trail (a protection turned off) or
 * moves something that depends on its current value (the S3 key prefix added, changed or removed).
 */
export function weakening(change: FieldChange): string | null {
  const rule = fieldSpec(change.field)
  if (rule.kind === 'flag')
    return rule.weakening !== undefined && change.before === true && change.after === false ? rule.weakening : null
  return rule.moving !== undefined && change.before !== change.after ? rule.moving : null
}

/**
 * The changes org-trail refuses to make: the destructive ones, unless allow-destructive-changes. The plan
 * leaves them out, and apply refuses a trail another run created meanwhile that would need them.
 */
export function refusedChanges(fields: readonly FieldChange[], allowDestructiveChanges: boolean): FieldChange[] {
  return allowDestructiveChanges ? [] : fields.filter((f) => weakening(f) !== null)
}

/** How a destructive change is named to people: a protection is turned off, a value is changed. */
export function destructiveVerb(field: TrailField): 'turn off' | 'change' {
  const rule = fieldSpec(field)
  return rule.kind !== 'flag' && rule.moving !== undefined ? 'change' : 'turn off'
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
