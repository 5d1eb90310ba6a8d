import { SERVICE_LINKED_ROLES } from '../domain.js'
import { HARDENING } from '../plan/bucket-hardening.js'
import { parsePolicy } from '../plan/bucket-policy.js'
import { fieldLabel } from '../plan/trail-diff.js'
import { show } from '../plan/trail.js'
import type { Change } from '../plan/types.js'

/** One line of the `changes` output and of the summary's table. */
export interface ChangeRecord {
  readonly what: string
  readonly before: string
  readonly after: string
}

function statementCount(text: string | null): number {
  try {
    return parsePolicy(text)?.Statement.length ?? 0
  } catch {
    return 0
  }
}

function describeTrail(t: Extract<Change, { kind: 'create-trail' }>['trail']): string {
  return [
    t.isOrganizationTrail ? 'organization' : 'account',
    t.isMultiRegionTrail ? 'multi-region' : 'single-region',
    `log file validation ${t.enableLogFileValidation ? 'on' : 'off'}`,
    `s3://${t.s3BucketName}/${t.s3KeyPrefix ? `${t.s3KeyPrefix}/` : ''}`
  ].join(', ')
}

export function describeChange(change: Change, trailName: string): ChangeRecord[] {
  switch (change.kind) {
    case 'enable-trusted-access':
      return [{ what: 'Trusted access for cloudtrail.amazonaws.com', before: 'disabled', after: 'enabled' }]
    case 'create-service-linked-role':
      return [
        {
          what: `Service-linked role ${SERVICE_LINKED_ROLES[change.role].roleName}`,
          before: 'missing',
          after: 'created'
        }
      ]
    case 'put-bucket-policy': {
      const before = statementCount(change.before)
      const after = statementCount(change.after)
      return [
        {
          what: `Policy of bucket ${change.bucket}`,
          before: change.before === null ? 'no policy' : `${before} statement${before === 1 ? '' : 's'}`,
          after: `${after} statement${after === 1 ? '' : 's'} (${change.sids.join(', ')} merged; all others kept)`
        }
      ]
    }
    case 'create-trail':
      return [
        {
          what: `Trail ${change.trail.name} in ${change.region}`,
          before: 'absent',
          after: `created: ${describeTrail(change.trail)}`
        }
      ]
    case 'update-trail':
      return change.fields.map((f) => ({
        what: `Trail ${trailName}: ${fieldLabel(f.field)}`,
        before: show(f.before),
        after: show(f.after)
      }))
    case 'start-logging':
      return [{ what: `Logging of trail ${trailName}`, before: 'stopped', after: 'logging' }]
    case 'create-bucket':
      return [
        {
          what: `Bucket ${change.bucket} in ${change.region}`,
          before: 'absent',
          after: 'created, object ownership enforced'
        }
      ]
    case 'harden-bucket':
      return [
        {
          what: `Bucket ${change.bucket}: ${HARDENING.find((h) => h.setting === change.setting)?.label ?? change.setting}`,
          before: change.before,
          after: change.after
        }
      ]
    case 'put-key-policy': {
      const before = statementCount(change.before)
      const after = statementCount(change.after)
      return [
        {
          what: `Policy of KMS key ${change.keyArn}`,
          before: `${before} statement${before === 1 ? '' : 's'}`,
          after: `${after} statements (${change.sids.join(', ')} merged; all others kept)`
        }
      ]
    }
    case 'put-event-selectors':
      return [
        {
          what: `Trail ${trailName}: ${change.eventSelectors ? 'event selectors' : 'advanced event selectors'}`,
          before: 'as found',
          after: `${(change.eventSelectors ?? change.advancedEventSelectors ?? []).length} selector(s) as declared`
        }
      ]
    case 'put-insight-selectors':
      return [
        {
          what: `Trail ${trailName}: insight selectors`,
          before: 'as found',
          after:
            change.insightSelectors.length === 0 ? 'off' : change.insightSelectors.map((s) => s.InsightType).join(', ')
        }
      ]
    case 'add-tags':
      return Object.entries(change.tags).map(([key, value]) => ({
        what: `Trail ${trailName}: tag ${key}`,
        before: change.before[key] ?? '(none)',
        after: value
      }))
  }
}

export function describeChanges(changes: readonly Change[], trailName: string): ChangeRecord[] {
  return changes.flatMap((c) => describeChange(c, trailName))
}
