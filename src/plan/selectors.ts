// Selectors and tags: declared vs observed, compared the way AWS reads them, so that an unchanged
// declaration never causes a write.
import type { ObservedSelectors } from '../observe/types.js'
import {
  canonicalAdvancedSelectors,
  canonicalEventSelectors,
  canonicalInsightSelectors,
  sameSet,
  type AdvancedSelectorDeclaration,
  type EventSelectorDeclaration,
  type InsightSelectorDeclaration
} from '../settings/selectors.js'
import type { Tags } from '../settings/tags.js'

/** What a trail logs when nobody set selectors: all management events, read and write. */
export const DEFAULT_EVENT_SELECTORS: readonly EventSelectorDeclaration[] = [
  { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }
]

export type SelectorsDeclaration =
  | { readonly kind: 'event'; readonly selectors: readonly EventSelectorDeclaration[] }
  | { readonly kind: 'advanced'; readonly selectors: readonly AdvancedSelectorDeclaration[] }

/** The observed selectors in canonical form; none at all means CloudTrail's default. */
function observedCanonical(observed: ObservedSelectors | null, kind: SelectorsDeclaration['kind']): string[] {
  if (observed === null || (observed.event.length === 0 && observed.advanced.length === 0)) {
    return kind === 'event' ? canonicalEventSelectors(DEFAULT_EVENT_SELECTORS) : []
  }
  return kind === 'event'
    ? canonicalEventSelectors(observed.event as EventSelectorDeclaration[])
    : canonicalAdvancedSelectors(observed.advanced)
}

/** True when the declared selectors differ from what the trail has (or, for a new trail, from the default). */
export function selectorsDiffer(declared: SelectorsDeclaration, observed: ObservedSelectors | null): boolean {
  const want =
    declared.kind === 'event'
      ? canonicalEventSelectors(declared.selectors)
      : canonicalAdvancedSelectors(declared.selectors)
  return !sameSet(want, observedCanonical(observed, declared.kind))
}

export function insightsDiffer(
  declared: readonly InsightSelectorDeclaration[],
  observed: readonly { InsightType?: string; EventCategories?: readonly string[] }[] | null
): boolean {
  return !sameSet(canonicalInsightSelectors(declared), canonicalInsightSelectors(observed ?? []))
}

/** The declared tags whose value differs or that are missing; tags nobody declared are never touched. */
export function tagsToSet(declared: Tags, observed: Tags | null): Record<string, string> {
  const current = observed ?? {}
  return Object.fromEntries(Object.entries(declared).filter(([key, value]) => current[key] !== value))
}
