import { PARTITIONS } from '../aws/arn.js'
import type { AdvancedSelectorState, EventSelectorState, ManagementEventCoverage } from './types.js'

/** A trail without selectors logs all management events, read and write: CloudTrail's default. */
export function managementEventCoverage(
  selectors: readonly EventSelectorState[],
  advanced: readonly AdvancedSelectorState[]
): ManagementEventCoverage {
  if (selectors.length === 0 && advanced.length === 0) return { any: true, readAndWrite: true }
  const basic = selectors.filter((s) => s.IncludeManagementEvents !== false)
  const isManagement = (f: Readonly<Record<string, unknown>>) =>
    f.Field === 'eventCategory' && Array.isArray(f.Equals) && (f.Equals as unknown[]).includes('Management')
  const advancedManagement = advanced.filter((s) => s.FieldSelectors?.some(isManagement))
  const advancedAll = advancedManagement.some((s) => !s.FieldSelectors?.some((f) => f.Field === 'readOnly'))
  const basicAll = basic.some((s) => (s.ReadWriteType ?? 'All') === 'All')
  return { any: basic.length > 0 || advancedManagement.length > 0, readAndWrite: basicAll || advancedAll }
}

/** What a trail's selectors log of S3 object-level (data) events for every bucket: CIS 3.8 and 3.9. */
export interface S3DataEventCoverage {
  readonly read: boolean
  readonly write: boolean
}

/** The DataResources values that mean every bucket: S3's ARN prefix in each partition, not a bucket's ARN. */
const ALL_BUCKETS = new Set(['arn:aws:s3:::', ...PARTITIONS.map((partition) => `arn:${partition}:s3`)])

/**
 * Only selectors that cover every bucket count: a list of buckets, or an advanced selector narrowed by
 * ARN, event name or anything else, leaves objects of other buckets unlogged. A trail without selectors
 * logs no data events (CloudTrail's default).
 */
export function s3DataEventCoverage(
  selectors: readonly EventSelectorState[],
  advanced: readonly AdvancedSelectorState[]
): S3DataEventCoverage {
  let read = false
  let write = false
  for (const s of selectors) {
    const allBuckets = (s.DataResources ?? []).some(
      (d) => d.Type === 'AWS::S3::Object' && (d.Values ?? []).some((v) => ALL_BUCKETS.has(v))
    )
    if (!allBuckets) continue
    const type = s.ReadWriteType ?? 'All'
    if (type !== 'WriteOnly') read = true
    if (type !== 'ReadOnly') write = true
  }
  for (const s of advanced) {
    const fields = s.FieldSelectors ?? []
    const equals = (field: string, value: string) =>
      fields.some(
        (f) =>
          f.Field === field &&
          Array.isArray(f.Equals) &&
          (f.Equals as unknown[]).length === 1 &&
          (f.Equals as unknown[])[0] === value
      )
    if (!equals('eventCategory', 'Data') || !equals('resources.type', 'AWS::S3::Object')) continue
    const other = fields.filter((f) => !['eventCategory', 'resources.type', 'readOnly'].includes(String(f.Field)))
    if (other.length > 0) continue
    const readOnly = fields.find((f) => f.Field === 'readOnly')
    if (readOnly === undefined) {
      read = true
      write = true
    } else if (equals('readOnly', 'true')) read = true
    else if (equals('readOnly', 'false')) write = true
  }
  return { read, write }
}
