// Tags of the trail: declared tags converged, provenance tags carried along with other changes.
import { removeTagsCommand } from '../aws/cli.js'
import { MAX_TAGS, type Tags } from '../settings/tags.js'
import type { PlanContext, Step } from './context.js'
import { prerequisite, unreadable } from './findings.js'
import type { Change } from './types.js'

/** The declared tags whose value differs or that are missing; tags nobody declared are never touched. */
export function tagsToSet(declared: Tags, observed: Tags | null): Record<string, string> {
  const current = observed ?? {}
  return Object.fromEntries(Object.entries(declared).filter(([key, value]) => current[key] !== value))
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
  if (observed && !observed.ok) return [unreadable({ id, title: 'Tags', failure: observed.failure })]
  const current = observed?.ok ? observed.value : null
  const declared = tagsToSet(tags, current)
  const overLimit = tagLimit(ctx, current, declared)
  if (overLimit) return [overLimit]
  const riding = otherChanges.length > 0 || Object.keys(declared).length > 0 ? tagsToSet(provenanceTags, current) : {}
  // Provenance tags are a courtesy: they never push a trail over CloudTrail's limit.
  const provenance = countAfter(current, { ...declared, ...riding }) <= MAX_TAGS ? riding : {}
  const set = { ...declared, ...provenance }
  if (Object.keys(declared).length === 0) {
    const step: Step = prerequisite({
      id,
      severity: 'ok',
      title: 'Tags',
      detail: Object.keys(tags).length > 0 ? 'Every declared tag is set.' : 'No tags declared.'
    })
    return Object.keys(set).length > 0 ? [{ ...step, changes: [addTags(ctx, set, current)] }] : [step]
  }
  return [
    prerequisite({
      id,
      severity: 'fixable',
      title: 'Tags differ',
      detail: `To set: ${Object.keys(declared).join(', ')}. Tags that are not declared are kept.`,
      changes: [addTags(ctx, set, current)]
    })
  ]
}

/** How many tags the trail has once `set` is added: new keys count, changed values do not. */
function countAfter(current: Tags | null, set: Readonly<Record<string, string>>): number {
  return new Set([...Object.keys(current ?? {}), ...Object.keys(set)]).size
}

/**
 * CloudTrail refuses AddTags that would leave a trail with more than 50 tags, counting those it has
 * (TagsLimitExceededException): a blocker before any write, with the count.
 */
function tagLimit(ctx: PlanContext, current: Tags | null, declared: Readonly<Record<string, string>>): Step | null {
  const after = countAfter(current, declared)
  if (after <= MAX_TAGS) return null
  const has = Object.keys(current ?? {}).length
  const added = Object.keys(declared).filter((k) => current?.[k] === undefined)
  return prerequisite({
    id: 'cloudtrail.tags',
    severity: 'blocker',
    title: `Tags: more than ${MAX_TAGS} on the trail`,
    detail: `The trail has ${has} tags and the declaration adds ${added.length} (${added.join(', ')}): ${after} in all, and CloudTrail allows at most ${MAX_TAGS} per trail (tags org-trail does not manage count too). Nothing is tagged.`,
    remediation: `# Remove at least ${after - MAX_TAGS} tags the trail no longer needs (KEY), or declare fewer:\n${removeTagsCommand(ctx.trailArn, ctx.homeRegion, ['KEY'])}`
  })
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
