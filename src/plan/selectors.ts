// Event and insight selectors: declared vs observed, compared the way AWS reads them, so that an unchanged
// declaration never causes a write; and the checks that converge them.
import { managementEventCoverage } from '../observe/event-coverage.js'
import type { ManagementEventCoverage, ObservedSelectors } from '../observe/types.js'
import {
  canonicalAdvancedSelectors,
  canonicalEventSelectors,
  canonicalInsightSelectors,
  sameSet,
  type AdvancedSelectorDeclaration,
  type EventSelectorDeclaration,
  type InsightSelectorDeclaration
} from '../settings/selectors.js'
import type { PlanContext, Step } from './context.js'
import { prerequisite, unreadable } from './findings.js'
import type { Change } from './types.js'

/** What a trail logs when nobody set selectors: all management events, read and write. */
export const DEFAULT_EVENT_SELECTORS: readonly EventSelectorDeclaration[] = [
  { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }
]

type SelectorsDeclaration =
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

function declaredSelectors(ctx: PlanContext): SelectorsDeclaration | null {
  if (ctx.settings.eventSelectors) return { kind: 'event', selectors: ctx.settings.eventSelectors }
  if (ctx.settings.advancedEventSelectors) return { kind: 'advanced', selectors: ctx.settings.advancedEventSelectors }
  return null
}

/** What the declared selectors log of management events; null when selectors are not declared. */
function declaredEventCoverage(ctx: PlanContext): ManagementEventCoverage | null {
  const declared = declaredSelectors(ctx)
  if (!declared) return null
  return declared.kind === 'event'
    ? managementEventCoverage(declared.selectors, [])
    : managementEventCoverage([], declared.selectors)
}

/** Why the declared selectors log less than the trail does now, or null. */
function selectorWeakening(declared: ManagementEventCoverage, observed: ManagementEventCoverage): string | null {
  if (observed.any && !declared.any) return 'management events would stop being logged'
  if (observed.readAndWrite && !declared.readAndWrite) return 'read or write management events would stop being logged'
  return null
}

export function checkSelectors(ctx: PlanContext): Step[] {
  const declared = declaredSelectors(ctx)
  if (!declared) return []
  const id = 'cloudtrail.event-selectors'
  const trail = ctx.observed.trail
  const observed = trail?.selectors
  if (observed && !observed.ok) return [unreadable({ id, title: 'Event selectors', failure: observed.failure })]
  if (!selectorsDiffer(declared, observed?.ok ? observed.value : null)) {
    return [
      prerequisite({
        id,
        severity: 'ok',
        title: 'Event selectors',
        detail: `The ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors match the declaration.`
      })
    ]
  }
  const change: Change = {
    kind: 'put-event-selectors',
    arn: ctx.trailArn,
    region: ctx.homeRegion,
    ...(declared.kind === 'event'
      ? { eventSelectors: declared.selectors }
      : { advancedEventSelectors: declared.selectors }),
    ...(observed?.ok ? { before: observed.value } : {})
  }
  const coverage = declaredEventCoverage(ctx)
  const current = trail?.managementEvents.ok ? trail.managementEvents.value : null
  const why = coverage && current ? selectorWeakening(coverage, current) : null
  if (why !== null && !ctx.settings.allowDestructiveChanges) {
    return [
      prerequisite({
        id: 'trail.destructive.EventSelectors',
        severity: 'blocker',
        title: 'Refusing to narrow the event selectors',
        detail: `The declared selectors log less than the trail does now: ${why}.`,
        remediation:
          'Declare selectors that log all management events (ReadWriteType All), or set allow-destructive-changes: true if this is intended.'
      })
    ]
  }
  return [
    prerequisite({
      id,
      severity: why === null ? 'fixable' : 'warning',
      title: why === null ? 'Event selectors differ' : 'Event selectors will be narrowed',
      detail:
        why === null
          ? `The trail's selectors differ from the declared ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors.`
          : `Allowed by allow-destructive-changes: ${why}.`,
      changes: [change]
    })
  ]
}

export function checkInsights(ctx: PlanContext): Step[] {
  const declared = ctx.settings.insightSelectors
  if (declared === null) return []
  const id = 'cloudtrail.insight-selectors'
  const observed = ctx.observed.trail?.insights
  if (observed && !observed.ok) return [unreadable({ id, title: 'Insight selectors', failure: observed.failure })]
  if (!insightsDiffer(declared, observed?.ok ? (observed.value as { InsightType?: string }[]) : null)) {
    return [prerequisite({ id, severity: 'ok', title: 'Insight selectors', detail: 'Match the declaration.' })]
  }
  return [
    prerequisite({
      id,
      severity: 'fixable',
      title: 'Insight selectors differ',
      detail:
        declared.length === 0
          ? 'Insights are on but declared off.'
          : `Declared: ${declared.map((s) => s.InsightType).join(', ')}.`,
      changes: [
        {
          kind: 'put-insight-selectors',
          arn: ctx.trailArn,
          region: ctx.homeRegion,
          insightSelectors: declared,
          ...(observed?.ok ? { before: observed.value } : {})
        }
      ]
    })
  ]
}
