import { accountOf } from '../aws/arn.js'
import { createTrailCommand, deleteTrailCommand, startLoggingCommand, updateTrailCommand } from '../aws/cli.js'
import { MAX_TRAILS_PER_REGION } from '../aws/cloudtrail.js'
import type { TrailConfig } from '../observe/types.js'
import type { PlanContext, Step } from './context.js'
import { finding, prerequisite, unreadable } from './findings.js'
import { MANAGERS, trailManager } from './managers.js'
import { checkOtherOrganizationTrails } from './other-trails.js'
import { fieldLabel, fieldSpec, show } from '../aws/trail-fields.js'
import { cloudWatchLogsPair, destructiveVerb, diffTrail, refusedChanges, weakening } from './trail-diff.js'
import type { Change, FieldChange } from './types.js'

export function checkTrail(ctx: PlanContext): Step[] {
  const { trails, trail, trailList, trailUnreadable } = ctx.observed
  const title = `Trail ${ctx.settings.trail.name}`
  if (!trails.ok) return [unreadable({ id: 'cloudtrail.trail', title, failure: trails.failure })]
  if (trail === null) {
    // Creating needs to know that the trail is not there unread, nor in another region: never a second one.
    const unknown = trailUnreadable ?? (trailList.ok ? null : trailList.failure)
    return unknown ? [unreadable({ id: 'cloudtrail.trail', title, failure: unknown })] : planCreate(ctx, trails.value)
  }
  // Found without it; what it would add is a trail of this name elsewhere, which only matters to a create.
  const unlisted = trailList.ok
    ? []
    : [
        unreadable({
          id: 'cloudtrail.trail-list',
          title: 'Trails of every region',
          failure: trailList.failure,
          severity: 'warning'
        })
      ]
  return [...planUpdate(ctx, trails.value), ...unlisted]
}

/**
 * A single-region trail of this name homed in another region than aws-region: turning it into the
 * declared trail (multi-region, or another kind) would take over a trail of that region, and creating
 * one here would make a second trail of the same name. Neither is done; the finding says where it is.
 */
function foreignRegionalTrail(ctx: PlanContext, config: TrailConfig, fields: readonly FieldChange[]): Step | null {
  if (config.homeRegion === ctx.settings.region || config.isMultiRegionTrail) return null
  const converts = fields.filter((f) => f.field === 'IsMultiRegionTrail' || f.field === 'IsOrganizationTrail')
  if (converts.length === 0) return null
  return prerequisite({
    id: 'cloudtrail.home-region',
    severity: 'blocker',
    title: `A single-region trail ${config.name} exists in ${config.homeRegion}`,
    detail: `${config.arn} is homed in ${config.homeRegion}, not ${ctx.settings.region}, and logs only that region. The declaration would change its ${converts.map((f) => fieldLabel(f.field).toLowerCase()).join(' and ')} setting, taking over a trail of another region; creating a trail in ${ctx.settings.region} would make a second trail named ${config.name}. org-trail does neither and writes nothing.`,
    remediation: `# Choose one:
# - manage it where it is: set aws-region: ${config.homeRegion} (and declare it as it is, or convert it there);
# - give the declared trail another name: set trail-name;
# - convert it yourself, then run again:
${updateTrailCommand(config.arn, config.homeRegion, converts)}`
  })
}

/**
 * Only the management account may convert a trail between organization trail and account trail: a caller
 * whose account the trail's ARN does not carry (a delegated administrator) may not.
 */
function delegatedConversion(ctx: PlanContext, config: TrailConfig, fields: readonly FieldChange[]): Step | null {
  const conversion = fields.find((f) => f.field === 'IsOrganizationTrail')
  const owner = accountOf(config.arn)
  if (conversion === undefined || owner === ctx.observed.identity.accountId) return null
  const to = conversion.after === true ? 'an organization trail' : 'an account trail'
  return prerequisite({
    id: 'trail.organization-conversion',
    severity: 'blocker',
    title: 'Only the management account can convert the trail',
    detail: `The declaration turns ${ctx.trailArn} into ${to}, and CloudTrail lets only the management account ${ctx.managementAccountId} do that (UpdateTrail); account ${ctx.observed.identity.accountId} is a delegated administrator. Nothing was written.`,
    remediation: `# Run in the management account ${ctx.managementAccountId}:
${updateTrailCommand(ctx.trailArn, ctx.homeRegion, [conversion])}`
  })
}

/**
 * The trails that count toward the home region's limit of the account the new trail belongs to: those
 * homed there, and every multi-region trail homed elsewhere (it counts as one trail in every region).
 */
function trailsCounted(ctx: PlanContext, trails: readonly TrailConfig[]): TrailConfig[] {
  return trails.filter(
    (t) => accountOf(t.arn) === ctx.managementAccountId && (t.homeRegion === ctx.homeRegion || t.isMultiRegionTrail)
  )
}

/** A trail at the limit, for people: the command to delete it, unless another system manages it. */
function limitRemedy(t: TrailConfig): string {
  const manager = trailManager(t.name)
  return manager
    ? `${t.arn}: managed by ${MANAGERS[manager].name}, never to delete by hand`
    : deleteTrailCommand(t.arn, t.homeRegion)
}

function planCreate(ctx: PlanContext, trails: readonly TrailConfig[]): Step[] {
  const counted = trailsCounted(ctx, trails)
  const named = (t: TrailConfig) =>
    t.homeRegion === ctx.homeRegion ? t.name : `${t.name} (multi-region, homed in ${t.homeRegion})`
  const steps: Step[] = []
  if (counted.length >= MAX_TRAILS_PER_REGION) {
    steps.push(
      prerequisite({
        id: 'cloudtrail.trail-limit',
        severity: 'blocker',
        title: `${ctx.homeRegion} already has ${counted.length} trails`,
        detail: `CloudTrail allows ${MAX_TRAILS_PER_REGION} trails per region, a multi-region trail counting in every region, and the limit cannot be raised: ${counted.map(named).join(', ')}.`,
        remediation: `# Delete a trail you no longer need (in its home region), or adopt one by setting trail-name to its name:\n${counted.map((t) => `# ${limitRemedy(t)}`).join('\n')}`
      })
    )
    return steps
  }
  steps.push(
    prerequisite({
      id: 'cloudtrail.trail-limit',
      severity: 'ok',
      title: 'Room for the trail',
      detail: `${counted.length} of ${MAX_TRAILS_PER_REGION} trails in ${ctx.homeRegion}, multi-region trails homed elsewhere included.`
    })
  )
  const changes: Change[] = [
    {
      kind: 'create-trail',
      region: ctx.homeRegion,
      trail: { ...ctx.declared, snsTopicName: ctx.settings.trail.snsTopicName }
    }
  ]
  if (ctx.settings.startLogging) changes.push({ kind: 'start-logging', arn: ctx.trailArn, region: ctx.homeRegion })
  steps.push({
    finding: finding({
      id: 'cloudtrail.trail',
      category: 'prerequisite',
      severity: 'fixable',
      title: `Trail ${ctx.settings.trail.name} does not exist`,
      detail: `It will be created in ${ctx.homeRegion}.`,
      remediation: createCommand(ctx)
    }),
    changes
  })
  steps.push(...checkOtherOrganizationTrails(ctx, trails))
  return steps
}

function planUpdate(ctx: PlanContext, trails: readonly TrailConfig[]): Step[] {
  const observed = ctx.observed.trail
  if (observed === null) return []
  const config = observed.config
  const fields = diffTrail(config, ctx.declared)
  const elsewhere = foreignRegionalTrail(ctx, config, fields)
  if (elsewhere) return [elsewhere, ...checkOtherOrganizationTrails(ctx, trails)]
  const conversion = delegatedConversion(ctx, config, fields)
  const refused = [
    ...refusedChanges(fields, ctx.settings.allowDestructiveChanges),
    ...(conversion === null ? [] : fields.filter((f) => f.field === 'IsOrganizationTrail'))
  ]
  // Refused weakenings are left out; the rest of the drift is still reported (and applied once unblocked).
  const allowed = fields.filter((f) => !refused.includes(f))
  return [
    ...(conversion ? [conversion] : []),
    ...otherHomeRegion(ctx, config),
    ...fields.flatMap((f) => weakeningStep(ctx, f)),
    ...drift(ctx, config, allowed, fields.length === 0),
    checkLogging(ctx, config),
    ...checkOtherOrganizationTrails(ctx, trails)
  ]
}

/** A trail homed elsewhere than aws-region is managed where it lives: a trail cannot move. */
function otherHomeRegion(ctx: PlanContext, config: TrailConfig): Step[] {
  if (config.homeRegion === ctx.settings.region) return []
  return [
    prerequisite({
      id: 'cloudtrail.home-region',
      severity: 'warning',
      title: 'Trail is homed in another region',
      detail: `${config.name} was created in ${config.homeRegion}, not ${ctx.settings.region}; org-trail manages it in ${config.homeRegion}. A trail cannot move to another home region.`,
      remediation: `Set aws-region: ${config.homeRegion} to make the declaration match.`
    })
  ]
}

/** A change that weakens the trail: refused (a blocker) unless allow-destructive-changes, then a warning. */
function weakeningStep(ctx: PlanContext, f: FieldChange): Step[] {
  const why = weakening(f)
  if (why === null) return []
  const id = `trail.destructive.${f.field}`
  const label = fieldLabel(f.field)
  const turnOff = destructiveVerb(f.field) === 'turn off'
  const spec = fieldSpec(f.field)
  const bucketBefore = ctx.observed.trail?.config.s3BucketName ?? ctx.declared.s3BucketName
  // Where the value points, before and after (the prefix: where the log files land).
  const moves =
    spec.kind !== 'flag' && spec.points
      ? ` (${spec.points(String(f.before), bucketBefore)} → ${spec.points(String(f.after), ctx.declared.s3BucketName)})`
      : ''
  if (ctx.settings.allowDestructiveChanges)
    return [
      prerequisite({
        id,
        severity: 'warning',
        title: turnOff ? `${label} will be turned off` : `${label} will change: ${show(f.before)} → ${show(f.after)}`,
        detail: `Allowed by allow-destructive-changes: ${why}${moves}.`
      })
    ]
  return [
    prerequisite({
      id,
      severity: 'blocker',
      title: `Refusing to ${destructiveVerb(f.field)} ${turnOff ? label.toLowerCase() : `the ${label}`}`,
      detail: turnOff
        ? `The declaration turns it off, and ${why}.`
        : `The declaration changes it from ${show(f.before)} to ${show(f.after)}${moves}, and ${why}.`,
      remediation: turnOff
        ? `Declare it true again, or set allow-destructive-changes: true if this is intended.`
        : `${f.before === '' ? 'Leave the input empty to keep it as it is' : `Declare ${show(f.before)} again (or leave the input empty to keep it)`}, or set allow-destructive-changes: true if this is intended.`
    })
  ]
}

/** The update of the fields apply may change; ok when nothing differs at all, nothing when all is refused. */
function drift(ctx: PlanContext, config: TrailConfig, allowed: readonly FieldChange[], inSync: boolean): Step[] {
  if (inSync)
    return [
      prerequisite({
        id: 'cloudtrail.trail',
        severity: 'ok',
        title: `Trail ${config.name}`,
        detail: 'Configured as declared.'
      })
    ]
  if (allowed.length === 0) return []
  const pair = cloudWatchLogsPair(allowed, ctx.declared)
  return [
    prerequisite({
      id: 'cloudtrail.trail',
      severity: 'fixable',
      title: `Trail ${config.name} differs from its declaration`,
      detail: allowed.map((f) => `${fieldLabel(f.field)}: ${show(f.before)} → ${show(f.after)}`).join('; '),
      remediation: updateTrailCommand(config.arn, config.homeRegion, allowed, pair),
      changes: [
        {
          kind: 'update-trail',
          arn: config.arn,
          region: config.homeRegion,
          fields: allowed,
          ...(pair ? { cloudWatchLogs: pair } : {})
        }
      ]
    })
  ]
}

function checkLogging(ctx: PlanContext, config: TrailConfig): Step {
  const status = ctx.observed.trail?.status
  const id = 'cloudtrail.logging'
  if (!status) return prerequisite({ id, severity: 'ok', title: 'Logging', detail: '' })
  if (!status.ok) return unreadable({ id, title: 'Logging', failure: status.failure })
  if (status.value.isLogging)
    return prerequisite({ id, severity: 'ok', title: 'Logging', detail: `${config.name} is logging.` })
  const command = startLoggingCommand(config.arn, config.homeRegion)
  if (!ctx.settings.startLogging) {
    return prerequisite({
      id,
      severity: 'warning',
      title: 'Trail is not logging',
      detail: 'start-logging is false, so org-trail leaves it stopped: no event is recorded.',
      remediation: command
    })
  }
  return prerequisite({
    id,
    severity: 'fixable',
    title: 'Trail is not logging',
    detail: 'Logging was stopped: no event is being recorded.',
    remediation: command,
    changes: [{ kind: 'start-logging', arn: config.arn, region: config.homeRegion }]
  })
}

function createCommand(ctx: PlanContext): string {
  const start = ctx.settings.startLogging ? `\n${startLoggingCommand(ctx.trailArn, ctx.homeRegion)}` : ''
  return `${createTrailCommand(ctx.settings.trail, ctx.homeRegion)}${start}`
}
