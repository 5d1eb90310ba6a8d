import { trailArn } from '../aws/arn.js'
import { managementAccountOf } from '../aws/cloudtrail.js'
import type { Observed } from '../observe/types.js'
import type { Settings } from '../settings/types.js'
import type { PlanContext, Step } from './context.js'
import { checkMembers, reviewMembers } from './members.js'
import { checkPosture } from './posture.js'
import { checkCaller, checkOrganization, checkServiceLinkedRoles, checkTrustedAccess } from './organization.js'
import { checkBucket, grantFor } from './bucket.js'
import { bucketPolicyElsewhere, keyPolicyElsewhere } from './cross-account.js'
import { checkKmsKey } from './kms.js'
import { checkCloudWatchLogs } from './cloudwatch.js'
import { checkSnsTopic } from './sns.js'
import { leftToOwner, trailManager } from './managers.js'
import { checkTrail } from './trail.js'
import { checkInsights, checkSelectors } from './selectors.js'
import { checkTags } from './tags.js'
import type { Plan } from './types.js'
import { stageOf } from './writes.js'

export function contextOf(settings: Settings, observed: Observed): PlanContext {
  const organization = observed.organization.ok ? observed.organization.value : null
  const managementAccountId = managementAccountOf(
    settings.trail.isOrganizationTrail,
    organization,
    observed.identity.accountId
  )
  const existing = observed.trail?.config
  const key = observed.kmsKey?.ok ? observed.kmsKey.value : null
  const topic = observed.snsTopic?.ok ? observed.snsTopic.value : null
  const declared = {
    ...settings.trail,
    // An empty s3-key-prefix keeps the prefix the trail has, and the log paths the bucket policy grants.
    s3KeyPrefix: settings.trail.s3KeyPrefix || (existing?.s3KeyPrefix ?? ''),
    kmsKeyId: key?.arn ?? settings.trail.kmsKeyId,
    snsTopicName: topic?.arn ?? settings.trail.snsTopicName
  }
  return {
    settings,
    declared,
    observed,
    organization,
    managementAccountId,
    callerIsManagement: managementAccountId === observed.identity.accountId,
    trailArn:
      existing?.arn ?? trailArn(observed.identity.partition, settings.region, managementAccountId, settings.trail.name),
    homeRegion: existing?.homeRegion ?? settings.region,
    managedBy: existing
      ? trailManager(existing.name, observed.trail?.tags?.ok ? observed.trail.tags.value : null)
      : null
  }
}

/**
 * The whole decision, as a pure function of what was declared and what was observed. Every check runs,
 * so every finding is reported at once; a blocker anywhere means nothing is written.
 */
export function plan(settings: Settings, observed: Observed): Plan {
  const ctx = contextOf(settings, observed)
  const steps: Step[] = [
    checkCaller(ctx),
    ...checkOrganization(ctx),
    ...checkTrustedAccess(ctx),
    ...checkServiceLinkedRoles(ctx),
    ...checkBucket(ctx),
    ...checkKmsKey(ctx),
    ...checkCloudWatchLogs(ctx),
    ...checkSnsTopic(ctx),
    ...checkTrail(ctx),
    ...checkSelectors(ctx),
    ...checkInsights(ctx)
  ]
  steps.push(
    ...checkTags(
      ctx,
      steps.flatMap((s) => s.changes ?? [])
    ),
    ...checkPosture(ctx)
  )
  const members = observed.members ? reviewMembers(ctx, observed.members) : undefined
  if (members) steps.push(...checkMembers(ctx, members))
  // A trail another system manages is watched: its differences, and its bucket's and key's, are its owner's.
  const { managedBy } = ctx
  const decided = managedBy ? steps.map((s) => leftToOwner(s, managedBy, () => true)) : steps
  const findings = decided.map((s) => s.finding)
  const changes = decided
    .flatMap((s) => s.changes ?? [])
    .map((change, index) => ({ change, index }))
    .sort((a, b) => stageOf(a.change) - stageOf(b.change) || a.index - b.index)
    .map(({ change }) => change)
  const foundGrants = steps.flatMap((s) => (s.found ? [s.found] : []))
  const elsewhere = [
    bucketPolicyElsewhere(ctx, grantFor(ctx)),
    settings.trail.kmsKeyId ? keyPolicyElsewhere(ctx) : null
  ].filter((p) => p !== null)
  return {
    findings,
    changes,
    ...(foundGrants.length > 0 ? { foundGrants } : {}),
    ...(elsewhere.length > 0 ? { policiesElsewhere: elsewhere } : {}),
    trailArn: ctx.trailArn,
    homeRegion: ctx.homeRegion,
    managementAccountId: ctx.managementAccountId,
    blocked: findings.some((f) => f.severity === 'blocker'),
    ...(managedBy ? { managedBy } : {}),
    ...(members ? { members } : {})
  }
}
