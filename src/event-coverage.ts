import type { AdvancedSelectorState, EventSelectorState, ManagementEventCoverage } from './observe/types.js'

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
