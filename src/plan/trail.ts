import { MAX_TRAILS_PER_REGION } from '../aws/cloudtrail.js'
import type { TrailConfig } from '../observe/types.js'
import type { PlanContext, Step } from './context.js'
import { finding, unreadable } from './findings.js'
import { cloudWatchLogsPair, destructiveVerb, diffTrail, fieldLabel, weakening } from './trail-diff.js'
import type { Change, FieldChange } from './types.js'

const P = 'prerequisite' as const

export function checkTrail(ctx: PlanContext): Step[] {
  const { trails, trail, trailList } = ctx.observed
  if (!trails.ok) return [unreadable('cloudtrail.trail', `Trail ${ctx.settings.trail.name}`, trails.failure)]
  // Creating needs to know that no trail of this name lives in another region: never a second one.
  if (trail === null && !trailList.ok)
    return [unreadable('cloudtrail.trail', `Trail ${ctx.settings.trail.name}`, trailList.failure)]
  if (trail === null) return planCreate(ctx, trails.value)
  // Found without it; what it would add is a trail of this name elsewhere, which only matters to a create.
  const unlisted = trailList.ok
    ? []
    : [unreadable('cloudtrail.trail-list', 'Trails of every region', trailList.failure, 'warning')]
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
  return {
    finding: finding(
      'cloudtrail.home-region',
      P,
      'blocker',
      `A single-region trail ${config.name} exists in ${config.homeRegion}`,
      `${config.arn} is homed in ${config.homeRegion}, not ${ctx.settings.region}, and logs only that region. The declaration would change its ${converts.map((f) => fieldLabel(f.field).toLowerCase()).join(' and ')} setting, taking over a trail of another region; creating a trail in ${ctx.settings.region} would make a second trail named ${config.name}. org-trail does neither and writes nothing.`,
      `# Choose one:
# - manage it where it is: set aws-region: ${config.homeRegion} (and declare it as it is, or convert it there);
# - give the declared trail another name: set trail-name;
# - convert it yourself, then run again:
${updateTrailCommand(config.arn, config.homeRegion, converts)}`
    )
  }
}

/**
 * Only the management account may convert a trail between organization trail and account trail: a caller
 * whose account the trail's ARN does not carry (a delegated administrator) may not.
 */
function delegatedConversion(ctx: PlanContext, config: TrailConfig, fields: readonly FieldChange[]): Step | null {
  const conversion = fields.find((f) => f.field === 'IsOrganizationTrail')
  const owner = config.arn.split(':')[4]
  if (conversion === undefined || owner === ctx.observed.identity.accountId) return null
  const to = conversion.after === true ? 'an organization trail' : 'an account trail'
  return {
    finding: finding(
      'trail.organization-conversion',
      P,
      'blocker',
      'Only the management account can convert the trail',
      `The declaration turns ${ctx.trailArn} into ${to}, and CloudTrail lets only the management account ${ctx.managementAccountId} do that (UpdateTrail); account ${ctx.observed.identity.accountId} is a delegated administrator. Nothing was written.`,
      `# Run in the management account ${ctx.managementAccountId}:
${updateTrailCommand(ctx.trailArn, ctx.homeRegion, [conversion])}`
    )
  }
}

function planCreate(ctx: PlanContext, trails: readonly TrailConfig[]): Step[] {
  const homed = trails.filter((t) => t.homeRegion === ctx.homeRegion)
  const steps: Step[] = []
  if (homed.length >= MAX_TRAILS_PER_REGION) {
    steps.push({
      finding: finding(
        'cloudtrail.trail-limit',
        P,
        'blocker',
        `${ctx.homeRegion} already has ${homed.length} trails`,
        `CloudTrail allows ${MAX_TRAILS_PER_REGION} trails per region and the limit cannot be raised: ${homed.map((t) => t.name).join(', ')}.`,
        `# Delete a trail you no longer need, or adopt one by setting trail-name to its name:\n${homed.map((t) => `# aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}`).join('\n')}`
      )
    })
    return steps
  }
  steps.push({
    finding: finding(
      'cloudtrail.trail-limit',
      P,
      'ok',
      'Room for the trail',
      `${homed.length} of ${MAX_TRAILS_PER_REGION} trails in ${ctx.homeRegion}.`
    )
  })
  const changes: Change[] = [
    {
      kind: 'create-trail',
      region: ctx.homeRegion,
      trail: { ...ctx.declared, snsTopicName: ctx.settings.trail.snsTopicName }
    }
  ]
  if (ctx.settings.startLogging) changes.push({ kind: 'start-logging', arn: ctx.trailArn, region: ctx.homeRegion })
  steps.push({
    finding: finding(
      'cloudtrail.trail',
      P,
      'fixable',
      `Trail ${ctx.settings.trail.name} does not exist`,
      `It will be created in ${ctx.homeRegion}.`,
      createTrailCommand(ctx)
    ),
    changes
  })
  steps.push(checkDuplicates(ctx, trails))
  return steps
}

function planUpdate(ctx: PlanContext, trails: readonly TrailConfig[]): Step[] {
  const observed = ctx.observed.trail
  if (observed === null) return []
  const config = observed.config
  const steps: Step[] = []

  const fields = diffTrail(config, ctx.declared)
  const elsewhere = foreignRegionalTrail(ctx, config, fields)
  if (elsewhere) return [elsewhere, checkDuplicates(ctx, trails)]
  const conversion = delegatedConversion(ctx, config, fields)
  if (conversion) steps.push(conversion)

  if (config.homeRegion !== ctx.settings.region) {
    steps.push({
      finding: finding(
        'cloudtrail.home-region',
        P,
        'warning',
        'Trail is homed in another region',
        `${config.name} was created in ${config.homeRegion}, not ${ctx.settings.region}; org-trail manages it in ${config.homeRegion}. A trail cannot move to another home region.`,
        `Set aws-region: ${config.homeRegion} to make the declaration match.`
      )
    })
  }

  const refused = fields.filter(
    (f) =>
      (weakening(f) !== null && !ctx.settings.allowDestructiveChanges) ||
      (conversion !== null && f.field === 'IsOrganizationTrail')
  )
  for (const f of fields) {
    const why = weakening(f)
    if (why === null) continue
    const label = fieldLabel(f.field)
    const turnOff = destructiveVerb(f.field) === 'turn off'
    steps.push({
      finding: ctx.settings.allowDestructiveChanges
        ? finding(
            `trail.destructive.${f.field}`,
            P,
            'warning',
            turnOff ? `${label} will be turned off` : `${label} will change: ${show(f.before)} → ${show(f.after)}`,
            `Allowed by allow-destructive-changes: ${why}.`
          )
        : finding(
            `trail.destructive.${f.field}`,
            P,
            'blocker',
            `Refusing to ${destructiveVerb(f.field)} ${turnOff ? label.toLowerCase() : `the ${label}`}`,
            turnOff
              ? `The declaration turns it off, and ${why}.`
              : `The declaration changes it from ${show(f.before)} to ${show(f.after)}, and ${why}.`,
            turnOff
              ? `Declare it true again, or set allow-destructive-changes: true if this is intended.`
              : `Declare ${show(f.before)} again (or leave the input empty to keep it), or set allow-destructive-changes: true if this is intended.`
          )
    })
  }
  // Refused weakenings are left out; the rest of the drift is still reported (and applied once unblocked).
  const allowed = fields.filter((f) => !refused.includes(f))
  if (allowed.length > 0) {
    const pair = cloudWatchLogsPair(allowed, ctx.declared)
    steps.push({
      finding: finding(
        'cloudtrail.trail',
        P,
        'fixable',
        `Trail ${config.name} differs from its declaration`,
        allowed.map((f) => `${fieldLabel(f.field)}: ${show(f.before)} → ${show(f.after)}`).join('; '),
        updateTrailCommand(config.arn, config.homeRegion, allowed, pair)
      ),
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
  } else if (fields.length === 0) {
    steps.push({ finding: finding('cloudtrail.trail', P, 'ok', `Trail ${config.name}`, 'Configured as declared.') })
  }

  steps.push(checkLogging(ctx, config))
  steps.push(checkDuplicates(ctx, trails))
  return steps
}

function checkLogging(ctx: PlanContext, config: TrailConfig): Step {
  const status = ctx.observed.trail?.status
  const id = 'cloudtrail.logging'
  if (!status) return { finding: finding(id, P, 'ok', 'Logging', '') }
  if (!status.ok) return unreadable(id, 'Logging', status.failure)
  if (status.value.isLogging) return { finding: finding(id, P, 'ok', 'Logging', `${config.name} is logging.`) }
  const command = `aws cloudtrail start-logging --name ${config.arn} --region ${config.homeRegion}`
  if (!ctx.settings.startLogging) {
    return {
      finding: finding(
        id,
        P,
        'warning',
        'Trail is not logging',
        'start-logging is false, so org-trail leaves it stopped: no event is recorded.',
        command
      )
    }
  }
  return {
    finding: finding(
      id,
      P,
      'fixable',
      'Trail is not logging',
      'Logging was stopped: no event is being recorded.',
      command
    ),
    changes: [{ kind: 'start-logging', arn: config.arn, region: config.homeRegion }]
  }
}

function checkDuplicates(ctx: PlanContext, trails: readonly TrailConfig[]): Step {
  const id = 'cloudtrail.duplicate-organization-trail'
  const others = trails.filter((t) => t.arn !== ctx.trailArn && t.isOrganizationTrail)
  if (others.length === 0)
    return { finding: finding(id, P, 'ok', 'No other organization trail', 'Management events are recorded once.') }
  return {
    finding: finding(
      id,
      P,
      'warning',
      'Another organization trail exists',
      `${others.map((t) => t.arn).join(', ')} also ${others.length > 1 ? 'log' : 'logs'} the organization; only the first copy of management events is free, so each further copy is charged.`,
      `# If it duplicates this trail, delete it from its home region:\n${others.map((t) => `aws cloudtrail delete-trail --name ${t.arn} --region ${t.homeRegion}`).join('\n')}`
    )
  }
}

export function show(value: string | boolean): string {
  if (value === '') return '(none)'
  return String(value)
}

const FLAGS: Record<string, [string, string]> = {
  IsOrganizationTrail: ['--is-organization-trail', '--no-is-organization-trail'],
  IsMultiRegionTrail: ['--is-multi-region-trail', '--no-is-multi-region-trail'],
  IncludeGlobalServiceEvents: ['--include-global-service-events', '--no-include-global-service-events'],
  EnableLogFileValidation: ['--enable-log-file-validation', '--no-enable-log-file-validation']
}

const VALUE_FLAGS: Record<string, string> = {
  S3BucketName: '--s3-bucket-name',
  S3KeyPrefix: '--s3-key-prefix',
  KmsKeyId: '--kms-key-id',
  CloudWatchLogsLogGroupArn: '--cloud-watch-logs-log-group-arn',
  CloudWatchLogsRoleArn: '--cloud-watch-logs-role-arn',
  SnsTopicName: '--sns-topic-name'
}

const quote = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`)

/** The AWS CLI equivalent of the update, for check mode and for people who converge by hand. */
export function updateTrailCommand(
  arn: string,
  region: string,
  fields: readonly FieldChange[],
  pair?: { logGroupArn: string; roleArn: string }
): string {
  const args = fields
    .filter((f) => !(pair && (f.field === 'CloudWatchLogsLogGroupArn' || f.field === 'CloudWatchLogsRoleArn')))
    .map((f) => {
      const flags = FLAGS[f.field]
      if (flags) return f.after === true ? flags[0] : flags[1]
      return `${VALUE_FLAGS[f.field] ?? ''} ${quote(String(f.after))}`
    })
  if (pair)
    args.push(
      `--cloud-watch-logs-log-group-arn ${quote(pair.logGroupArn)} --cloud-watch-logs-role-arn ${quote(pair.roleArn)}`
    )
  return `aws cloudtrail update-trail --name ${arn} --region ${region} ${args.join(' ')}`
}

function createTrailCommand(ctx: PlanContext): string {
  const d = ctx.settings.trail
  const args = [
    `--name ${quote(d.name)}`,
    `--s3-bucket-name ${quote(d.s3BucketName)}`,
    d.s3KeyPrefix ? `--s3-key-prefix ${quote(d.s3KeyPrefix)}` : '',
    d.isOrganizationTrail ? '--is-organization-trail' : '',
    d.isMultiRegionTrail ? '--is-multi-region-trail' : '',
    d.includeGlobalServiceEvents ? '' : '--no-include-global-service-events',
    d.enableLogFileValidation ? '--enable-log-file-validation' : '',
    d.kmsKeyId ? `--kms-key-id ${quote(d.kmsKeyId)}` : '',
    d.cloudWatchLogsLogGroupArn
      ? `--cloud-watch-logs-log-group-arn ${quote(d.cloudWatchLogsLogGroupArn)} --cloud-watch-logs-role-arn ${quote(d.cloudWatchLogsRoleArn)}`
      : '',
    d.snsTopicName ? `--sns-topic-name ${quote(d.snsTopicName)}` : ''
  ].filter((a) => a !== '')
  const start = ctx.settings.startLogging
    ? `\naws cloudtrail start-logging --name ${ctx.trailArn} --region ${ctx.homeRegion}`
    : ''
  return `aws cloudtrail create-trail --region ${ctx.homeRegion} ${args.join(' ')}${start}`
}
