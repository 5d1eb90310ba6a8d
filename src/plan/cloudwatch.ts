// The CloudWatch Logs group and the role CloudTrail delivers to it with.
import { CLOUDWATCH_TRUST_STATEMENT, cloudWatchRoleGaps, cloudWatchRoleStatements } from '../policy/cloudwatch-role.js'
import { PolicyParseError } from '../policy/document.js'
import type { PlanContext, Step } from './context.js'
import { finding, unreadable } from './findings.js'

const P = 'prerequisite' as const
const json = (value: unknown) => JSON.stringify(value, null, 2)

export function checkCloudWatchLogs(ctx: PlanContext): Step[] {
  const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail
  const group = ctx.observed.logGroup
  const role = ctx.observed.cloudWatchRole
  if (!groupArn || !roleArn || !group || !role) return []
  const elsewhere = otherAccountThanTrail(ctx, groupArn, roleArn)
  if (elsewhere) return [elsewhere]
  const steps: Step[] = []
  const groupName = groupArn.split(':').slice(6).join(':').replace(/:\*$/, '')
  const groupRegion = groupArn.split(':')[3] ?? ctx.homeRegion
  if (!group.ok) steps.push(unreadable('logs.log-group', `Log group ${groupName}`, group.failure))
  else if (!group.value)
    steps.push({
      finding: finding(
        'logs.log-group',
        P,
        'blocker',
        `Log group ${groupName} does not exist`,
        'CloudTrail delivers to an existing log group.',
        `aws logs create-log-group --log-group-name ${groupName} --region ${groupRegion}`
      )
    })
  else steps.push({ finding: finding('logs.log-group', P, 'ok', `Log group ${groupName}`, 'Exists.') })

  const id = 'logs.role'
  if (!role.ok) return [...steps, unreadable(id, `Role ${roleArn}`, role.failure)]
  if (role.value === null) {
    return [
      ...steps,
      {
        finding: finding(
          id,
          P,
          'blocker',
          'CloudWatch Logs role does not exist',
          `${roleArn} was not found.`,
          `# Create the role with this trust policy, then attach the permission statements of the logs.role finding.\n${json({ Version: '2012-10-17', Statement: [CLOUDWATCH_TRUST_STATEMENT] })}`
        )
      }
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
      { finding: finding(id, P, 'blocker', 'CloudWatch Logs role unreadable', `${roleArn}: ${error.message}.`) }
    ]
  }
  if (!gaps.trusts) {
    steps.push({
      finding: finding(
        'logs.role-trust',
        P,
        'blocker',
        'Role does not trust CloudTrail',
        `The trust policy of ${roleArn} does not let cloudtrail.amazonaws.com assume it. Add this statement:`,
        json(CLOUDWATCH_TRUST_STATEMENT)
      )
    })
  } else {
    steps.push({
      finding: finding(
        'logs.role-trust',
        P,
        'ok',
        'Role trusts CloudTrail',
        `${roleArn} can be assumed by cloudtrail.amazonaws.com.`
      )
    })
  }
  steps.push({
    finding:
      gaps.missing.length === 0
        ? finding(
            id,
            P,
            'ok',
            'Role may write the log streams',
            'Covers the management account and the organization log streams.'
          )
        : finding(
            id,
            P,
            'blocker',
            'Role may not write every log stream',
            `${roleArn} lacks ${gaps.missing.join('; ')}. Add these statements to its permission policy:`,
            json({ Version: '2012-10-17', Statement: cloudWatchRoleStatements(grant) })
          )
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
  const foreign = [groupArn, roleArn].filter((arn) => (arn.split(':')[4] ?? '') !== account)
  if (foreign.length === 0) return null
  return {
    finding: finding(
      'logs.account',
      P,
      'blocker',
      'CloudWatch Logs group or role of another account',
      `${foreign.join(' and ')} must belong to account ${account}, which owns the trail: CloudTrail cannot use a log group or role owned by a different account.`,
      `# Create the log group and its role in account ${account}, then set cloud-watch-logs-log-group-arn and cloud-watch-logs-role-arn to them.`
    )
  }
}
