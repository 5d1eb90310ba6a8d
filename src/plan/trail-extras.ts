// What is set on the trail after it exists: selectors, insights and tags.
import { managementEventCoverage } from '../event-coverage.js'
import type { ManagementEventCoverage } from '../observe/types.js'
import { finding, unreadable, type PlanContext, type Step } from './context.js'
import { insightsDiffer, selectorsDiffer, tagsToSet, type SelectorsDeclaration } from './selectors.js'
import type { Change } from './types.js'

const P = 'prerequisite' as const

function declaredSelectors(ctx: PlanContext): SelectorsDeclaration | null {
  if (ctx.settings.eventSelectors) return { kind: 'event', selectors: ctx.settings.eventSelectors }
  if (ctx.settings.advancedEventSelectors) return { kind: 'advanced', selectors: ctx.settings.advancedEventSelectors }
  return null
}

/** What the declared selectors log of management events; null when selectors are not declared. */
export function declaredEventCoverage(ctx: PlanContext): ManagementEventCoverage | null {
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
  if (observed && !observed.ok) return [unreadable(id, 'Event selectors', observed.failure)]
  if (!selectorsDiffer(declared, observed?.ok ? observed.value : null)) {
    return [
      {
        finding: finding(
          id,
          P,
          'ok',
          'Event selectors',
          `The ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors match the declaration.`
        )
      }
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
      {
        finding: finding(
          'trail.destructive.EventSelectors',
          P,
          'blocker',
          'Refusing to narrow the event selectors',
          `The declared selectors log less than the trail does now: ${why}.`,
          'Declare selectors that log all management events (ReadWriteType All), or set allow-destructive-changes: true if this is intended.'
        )
      }
    ]
  }
  return [
    {
      finding: finding(
        id,
        P,
        why === null ? 'fixable' : 'warning',
        why === null ? 'Event selectors differ' : 'Event selectors will be narrowed',
        why === null
          ? `The trail's selectors differ from the declared ${declared.kind === 'event' ? 'event' : 'advanced event'} selectors.`
          : `Allowed by allow-destructive-changes: ${why}.`
      ),
      changes: [change]
    }
  ]
}

export function checkInsights(ctx: PlanContext): Step[] {
  const declared = ctx.settings.insightSelectors
  if (declared === null) return []
  const id = 'cloudtrail.insight-selectors'
  const observed = ctx.observed.trail?.insights
  if (observed && !observed.ok) return [unreadable(id, 'Insight selectors', observed.failure)]
  if (!insightsDiffer(declared, observed?.ok ? (observed.value as { InsightType?: string }[]) : null)) {
    return [{ finding: finding(id, P, 'ok', 'Insight selectors', 'Match the declaration.') }]
  }
  return [
    {
      finding: finding(
        id,
        P,
        'fixable',
        'Insight selectors differ',
        declared.length === 0
          ? 'Insights are on but declared off.'
          : `Declared: ${declared.map((s) => s.InsightType).join(', ')}.`
      ),
      changes: [
        {
          kind: 'put-insight-selectors',
          arn: ctx.trailArn,
          region: ctx.homeRegion,
          insightSelectors: declared,
          ...(observed?.ok ? { before: observed.value } : {})
        }
      ]
    }
  ]
}

/**
 * Declared tags are converged like any setting. Provenance tags (which repository and workflow manage the
 * trail) ride along with another change only: several workflows managing one trail must not keep
 * rewriting them, nor make a merge gate report drift.
 */
export function checkTags(ctx: PlanContext, otherChanges: readonly Change[]): Step[] {
  const { tags, provenanceTags } = ctx.settings
  if (Object.keys(tags).length === 0 && Object.keys(provenanceTags).length === 0) return []
  const id = 'cloudtrail.tags'
  const observed = ctx.observed.trail?.tags
  if (observed && !observed.ok) return [unreadable(id, 'Tags', observed.failure)]
  const current = observed?.ok ? observed.value : null
  const declared = tagsToSet(tags, current)
  const provenance =
    otherChanges.length > 0 || Object.keys(declared).length > 0 ? tagsToSet(provenanceTags, current) : {}
  const set = { ...declared, ...provenance }
  if (Object.keys(declared).length === 0) {
    const step: Step = {
      finding: finding(
        id,
        P,
        'ok',
        'Tags',
        Object.keys(tags).length > 0 ? 'Every declared tag is set.' : 'No tags declared.'
      )
    }
    return Object.keys(set).length > 0 ? [{ ...step, changes: [addTags(ctx, set, current)] }] : [step]
  }
  return [
    {
      finding: finding(
        id,
        P,
        'fixable',
        'Tags differ',
        `To set: ${Object.keys(declared).join(', ')}. Tags that are not declared are kept.`
      ),
      changes: [addTags(ctx, set, current)]
    }
  ]
}

function addTags(
  ctx: PlanContext,
  tags: Record<string, string>,
  current: Readonly<Record<string, string>> | null
): Change {
  return {
    kind: 'add-tags',
    arn: ctx.trailArn,
    region: ctx.homeRegion,
    tags,
    before: Object.fromEntries(Object.keys(tags).map((k) => [k, current?.[k] ?? null]))
  }
}
