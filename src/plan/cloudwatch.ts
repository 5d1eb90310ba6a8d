// The CloudWatch Logs group and the role CloudTrail delivers to it with.
import { accountOf, logGroupOf } from '../aws/arn.js'
import { createLogGroupCommand } from '../aws/cli.js'
import { CLOUDWATCH_TRUST_STATEMENT, cloudWatchRoleGaps, cloudWatchRoleStatements } from '../policy/cloudwatch-role.js'
import { PolicyParseError } from '../policy/document.js'
import type { PlanContext, Step } from './context.js'
import { finding, pasteable, prerequisite, unreadable } from './findings.js'

export function checkCloudWatchLogs(ctx: PlanContext): Step[] {
  const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail
  const group = ctx.observed.logGroup
  const role = ctx.observed.cloudWatchRole
  if (!groupArn || !roleArn || !group || !role) return []
  const elsewhere = otherAccountThanTrail(ctx, groupArn, roleArn)
  if (elsewhere) return [elsewhere]
  const steps: Step[] = []
  const { name: groupName, region: groupRegion } = logGroupOf(groupArn)
  if (!group.ok)
    steps.push(unreadable({ id: 'logs.log-group', title: `Log group ${groupName}`, failure: group.failure }))
  else if (!group.value)
    steps.push(
      prerequisite({
        id: 'logs.log-group',
        severity: 'blocker',
        title: `Log group ${groupName} does not exist`,
        detail: 'CloudTrail delivers to an existing log group.',
        remediation: createLogGroupCommand(groupName, groupRegion)
      })
    )
  else
    steps.push(
      prerequisite({ id: 'logs.log-group', severity: 'ok', title: `Log group ${groupName}`, detail: 'Exists.' })
    )

  const id = 'logs.role'
  if (!role.ok) return [...steps, unreadable({ id, title: `Role ${roleArn}`, failure: role.failure })]
  if (role.value === null) {
    return [
      ...steps,
      prerequisite({
        id,
        severity: 'blocker',
        title: 'CloudWatch Logs role does not exist',
        detail: `${roleArn} was not found.`,
        remediation: `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${pasteable({ Version: '2012-10-17', Statement: [CLOUDWATCH_TRUST_STATEMENT] })}`
      })
    ]
  }
  const grant = {
    logGroupArn: groupArn,
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
      ...steps,
      prerequisite({
        id,
        severity: 'blocker',
        title: 'CloudWatch Logs role unreadable',
        detail: `${roleArn}: ${error.message}.`
      })
    ]
  }
  if (!gaps.trusts) {
    steps.push(
      prerequisite({
        id: 'logs.role-trust',
        severity: 'blocker',
        title: 'Role does not trust CloudTrail',
        detail: `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`,
        remediation: pasteable(CLOUDWATCH_TRUST_STATEMENT)
      })
    )
  } else {
    steps.push(
      prerequisite({
        id: 'logs.role-trust',
        severity: 'ok',
        title: 'Role trusts CloudTrail',
        detail: `${roleArn} can be assumed by cloudtrail.amazonaws.com.`
      })
    )
  }
  steps.push({
    finding:
      gaps.missing.length === 0
        ? finding({
            id,
            category: 'prerequisite',
            severity: 'ok',
            title: 'Role may write the log streams',
            detail: 'Covers the management account and the organization log streams.'
          })
        : finding({
            id,
            category: 'prerequisite',
            severity: 'blocker',
            title: 'Role may not write every log stream',
            detail: `${roleArn} lacks ${gaps.missing.join('; ')}. Add these statements to its permission policy:`,
            remediation: pasteable({ Version: '2012-10-17', Statement: cloudWatchRoleStatements(grant) })
          })
  })
  return steps
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
