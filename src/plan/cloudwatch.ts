// The CloudWatch Logs group and the role CloudTrail delivers to it with.
import { accountOf, logGroupOf } from '../aws/arn.js'
import { createLogGroupCommand } from '../aws/cli.js'
import type { CloudWatchRole, Read } from '../observe/types.js'
import {
  CLOUDWATCH_TRUST_STATEMENT,
  cloudWatchRoleGaps,
  cloudWatchRoleStatements,
  type LogsGrant
} from '../policy/cloudwatch-role.js'
import { PolicyParseError } from '../policy/document.js'
import type { PlanContext, Step } from './context.js'
import { pasteable, prerequisite, unreadable } from './findings.js'

export function checkCloudWatchLogs(ctx: PlanContext): Step[] {
  const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail
  const group = ctx.observed.logGroup
  const role = ctx.observed.cloudWatchRole
  if (!groupArn || !roleArn || !group || !role) return []
  const elsewhere = otherAccountThanTrail(ctx, groupArn, roleArn)
  if (elsewhere) return [elsewhere]
  return [checkLogGroup(groupArn, group), ...checkRole(ctx, roleArn, role)]
}

function checkLogGroup(groupArn: string, group: Read<boolean>): Step {
  const { name, region } = logGroupOf(groupArn)
  const id = 'logs.log-group'
  if (!group.ok) return unreadable({ id, title: `Log group ${name}`, failure: group.failure })
  if (group.value) return prerequisite({ id, severity: 'ok', title: `Log group ${name}`, detail: 'Exists.' })
  return prerequisite({
    id,
    severity: 'blocker',
    title: `Log group ${name} does not exist`,
    detail: 'CloudTrail delivers to an existing log group.',
    remediation: createLogGroupCommand(name, region)
  })
}

/** The role CloudTrail assumes to deliver: it exists, trusts CloudTrail, and may write every log stream. */
function checkRole(ctx: PlanContext, roleArn: string, role: Read<CloudWatchRole | null>): Step[] {
  const id = 'logs.role'
  if (!role.ok) return [unreadable({ id, title: `Role ${roleArn}`, failure: role.failure })]
  if (role.value === null) {
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title: 'CloudWatch Logs role does not exist',
        detail: `${roleArn} was not found.`,
        remediation: `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${pasteable({ Version: '2012-10-17', Statement: [CLOUDWATCH_TRUST_STATEMENT] })}`
      })
    ]
  }
  const grant: LogsGrant = {
    logGroupArn: ctx.settings.trail.cloudWatchLogsLogGroupArn,
    region: ctx.homeRegion,
    accountId: ctx.managementAccountId,
    trailArn: ctx.trailArn,
    ...(ctx.settings.trail.isOrganizationTrail && ctx.organization ? { organizationId: ctx.organization.id } : {})
  }
  let gaps
  try {
    gaps = cloudWatchRoleGaps(role.value.trustPolicy, role.value.policies, grant)
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title: 'CloudWatch Logs role unreadable',
        detail: `${roleArn}: ${error.message}.`
      })
    ]
  }
  return [roleTrust(roleArn, gaps.trusts), rolePermissions(roleArn, gaps.missing, grant)]
}

function roleTrust(roleArn: string, trusts: boolean): Step {
  const id = 'logs.role-trust'
  if (trusts)
    return prerequisite({
      id,
      severity: 'ok',
      title: 'Role trusts CloudTrail',
      detail: `${roleArn} can be assumed by cloudtrail.amazonaws.com.`
    })
  return prerequisite({
    id,
    severity: 'blocker',
    title: 'Role does not trust CloudTrail',
    detail: `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`,
    remediation: pasteable(CLOUDWATCH_TRUST_STATEMENT)
  })
}

function rolePermissions(roleArn: string, missing: readonly string[], grant: LogsGrant): Step {
  const id = 'logs.role'
  if (missing.length === 0)
    return prerequisite({
      id,
      severity: 'ok',
      title: 'Role may write the log streams',
      detail: 'Covers the management account and the organization log streams.'
    })
  return prerequisite({
    id,
    severity: 'blocker',
    title: 'Role may not write every log stream',
    detail: `${roleArn} lacks ${missing.join('; ')}. Add these statements to its permission policy:`,
    remediation: pasteable({ Version: '2012-10-17', Statement: cloudWatchRoleStatements(grant) })
  })
}

/**
 * CloudTrail cannot use a log group or role owned by another account than the trail's (the management
 * account, which owns an organization trail even when a delegated administrator manages it). Caught as an
 * input error when role-to-assume names the account; else here.
 */
function otherAccountThanTrail(ctx: PlanContext, groupArn: string, roleArn: string): Step | null {
  const account = ctx.managementAccountId
  const foreign = [groupArn, roleArn].filter((arn) => accountOf(arn) !== account)
  if (foreign.length === 0) return null
  return prerequisite({
    id: 'logs.account',
    severity: 'blocker',
    title: 'CloudWatch Logs group or role of another account',
    detail: `${foreign.join(' and ')} must belong to account ${account}, which owns the trail: CloudTrail cannot use a log group or role owned by a different account.`,
    remediation: `# Create the log group and its role in account ${account}, then set cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn to them.`
  })
}
