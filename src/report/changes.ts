import { deliveryLocation, fieldLabel, show } from '../aws/trail-fields.js'
import { SERVICE_LINKED_ROLES } from '../aws/cloudtrail.js'
import type { AdvancedSelectorState, EventSelectorState, ObservedSelectors } from '../observe/types.js'
import { HARDENING } from '../plan/bucket-hardening.js'
import { parsePolicy } from '../policy/bucket.js'
import type { Change } from '../plan/types.js'
import { plural } from '../plan/wording.js'
import type { ChangeOf } from '../plan/writes.js'
import { canonicalAdvancedSelectors, canonicalEventSelectors } from '../settings/selectors.js'

/** One line of the `changes` output and of the summary's table. */
export interface ChangeRecord {
  readonly what: string
  readonly before: string
  readonly after: string
  /** Written through the Log Archive session (log-archive-role-arn), in that account. */
  readonly logArchive?: true
}

function statementCount(text: string | null): number {
  try {
    return parsePolicy(text)?.Statement.length ?? 0
  } catch {
    return 0
  }
}

function describeTrail(t: ChangeOf<'create-trail'>['trail']): string {
  return [
    t.isOrganizationTrail ? 'organization' : 'account',
    t.isMultiRegionTrail ? 'multi-region' : 'single-region',
    `log file validation ${t.enableLogFileValidation ? 'on' : 'off'}`,
    deliveryLocation(t.s3BucketName, t.s3KeyPrefix)
  ].join(', ')
}

function eventSelectorLabel(s: EventSelectorState): string {
  const rw = s.ReadWriteType ?? 'All'
  const parts = [
    s.IncludeManagementEvents === false ? '' : `management ${rw}`,
    ...(s.DataResources ?? []).map((d) => {
      const values = d.Values ?? []
      return `${d.Type ?? '?'} ${values.length === 1 ? values[0] : plural(values.length, 'value')} ${rw}`
    }),
    (s.ExcludeManagementEventSources ?? []).length > 0
      ? `excluding ${(s.ExcludeManagementEventSources ?? []).join(', ')}`
      : ''
  ]
  return parts.filter((p) => p !== '').join(', ') || 'nothing'
}

function advancedSelectorLabel(s: AdvancedSelectorState): string {
  if (s.Name) return s.Name
  return (s.FieldSelectors ?? [])
    .map((f) => {
      const op = Object.keys(f).find((k) => k !== 'Field')
      const values = op ? f[op] : undefined
      return `${String(f.Field)} ${op ?? ''} ${Array.isArray(values) ? values.join('|') : ''}`.trim()
    })
    .join(', ')
}

interface Labelled {
  readonly key: string
  readonly label: string
}

/** Each selector with a key that ignores the order of its values, as CloudTrail does. */
function labelled(selectors: ObservedSelectors): Labelled[] {
  type Canonical = Parameters<typeof canonicalEventSelectors>[0][number]
  return [
    ...selectors.event.map((s) => ({
      key: canonicalEventSelectors([s as Canonical])[0] ?? '',
      label: eventSelectorLabel(s)
    })),
    ...selectors.advanced.map((s) => ({
      key: `advanced:${canonicalAdvancedSelectors([s])[0] ?? ''}`,
      label: advancedSelectorLabel(s)
    }))
  ]
}

/** Before and after of the trail's selectors as what differs: counts, then the selectors removed and added. */
export function selectorsDiff(
  before: ObservedSelectors | undefined,
  after: ObservedSelectors
): { before: string; after: string } {
  const was = before ? labelled(before) : []
  const now = labelled(after)
  const removed = was.filter((w) => !now.some((n) => n.key === w.key))
  const added = now.filter((n) => !was.some((w) => w.key === n.key))
  const kept = now.length - added.length
  const side = (list: Labelled[], changed: Labelled[], sign: string) =>
    [
      list.length === 0 ? "none (CloudTrail's default: all management events)" : plural(list.length, 'selector'),
      kept > 0 && changed.length > 0 ? `${kept} unchanged` : '',
      ...changed.map((c) => `${sign} ${c.label}`)
    ]
      .filter((p) => p !== '')
      .join('\n')
  return { before: before ? side(was, removed, '−') : 'new trail: the default selector', after: side(now, added, '+') }
}

/** The policy of a bucket or a key, as its statements: how many, and which org-trail merged. */
function policyRecord(
  what: string,
  change: { readonly before: string | null; readonly after: string; readonly sids: readonly string[] },
  nothingBefore: string
): ChangeRecord {
  const before = statementCount(change.before)
  const after = statementCount(change.after)
  return {
    what,
    before: change.before === null ? nothingBefore : plural(before, 'statement'),
    after: `${plural(after, 'statement')} (${change.sids.join(', ')} merged; all others kept)`
  }
}

const insightTypes = (list: readonly { InsightType?: string | undefined }[]) =>
  list.length === 0 ? 'off' : list.map((s) => s.InsightType ?? '?').join(', ')

type Wording<K extends Change['kind']> = (change: ChangeOf<K>, trailName: string) => ChangeRecord[]

/** How the report says each kind of change (its other columns: plan/writes.ts); the type asks for every kind. */
const WORDING: { readonly [K in Change['kind']]: Wording<K> } = {
  'enable-trusted-access': () => [
    { what: 'Trusted access for cloudtrail.amazonaws.com', before: 'disabled', after: 'enabled' }
  ],
  'create-service-linked-role': (change) => [
    { what: `Service-linked role ${SERVICE_LINKED_ROLES[change.role].roleName}`, before: 'missing', after: 'created' }
  ],
  'put-bucket-policy': (change) => [policyRecord(`Policy of bucket ${change.bucket}`, change, 'no policy')],
  'put-key-policy': (change) => [policyRecord(`Policy of KMS key ${change.keyArn}`, change, '0 statements')],
  'create-trail': (change) => [
    {
      what: `Trail ${change.trail.name} in ${change.region}`,
      before: 'absent',
      after: `created: ${describeTrail(change.trail)}`
    }
  ],
  'update-trail': (change, trailName) =>
    change.fields.map((f) => ({
      what: `Trail ${trailName}: ${fieldLabel(f.field)}`,
      before: show(f.before),
      after: show(f.after)
    })),
  'start-logging': (_, trailName) => [{ what: `Logging of trail ${trailName}`, before: 'stopped', after: 'logging' }],
  'create-bucket': (change) => [
    {
      what: `Bucket ${change.bucket} in ${change.region}`,
      before: 'absent',
      after: 'created, object ownership enforced'
    }
  ],
  'harden-bucket': (change) => [
    {
      what: `Bucket ${change.bucket}: ${HARDENING.find((h) => h.setting === change.setting)?.label ?? change.setting}`,
      before: change.before,
      after: change.after
    }
  ],
  'put-event-selectors': (change, trailName) => [
    {
      what: `Trail ${trailName}: ${change.eventSelectors ? 'event selectors' : 'advanced event selectors'}`,
      ...selectorsDiff(change.before, {
        event: change.eventSelectors ?? [],
        advanced: change.advancedEventSelectors ?? []
      })
    }
  ],
  'put-insight-selectors': (change, trailName) => [
    {
      what: `Trail ${trailName}: insight selectors`,
      before: change.before ? insightTypes(change.before) : 'off',
      after: insightTypes(change.insightSelectors)
    }
  ],
  'add-tags': (change, trailName) =>
    Object.entries(change.tags).map(([key, value]) => ({
      what: `Trail ${trailName}: tag ${key}`,
      before: change.before[key] ?? '(none)',
      after: value
    }))
}

export function describeChange(change: Change, trailName: string): ChangeRecord[] {
  // TypeScript cannot tie the wording's kind to the change's; the table above does.
  return (WORDING[change.kind] as Wording<Change['kind']>)(change, trailName)
}

export function describeChanges(changes: readonly Change[], trailName: string): ChangeRecord[] {
  return changes.flatMap((c) =>
    describeChange(c, trailName).map((r) =>
      'logArchive' in c && c.logArchive ? { ...r, logArchive: true as const } : r
    )
  )
}
