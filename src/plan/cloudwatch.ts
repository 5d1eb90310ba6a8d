// The CloudWatch Logs group and the role CloudTrail delivers to it with.
import { CLOUDWATCH_TRUST_STATEMENT, cloudWatchRoleGaps, cloudWatchRoleStatements } from '../policy/cloudwatch-role.js'
import { PolicyParseError } from '../policy/document.js'
import type { PlanContext, Step } from './context.js'
import { finding, pasteable, prerequisite, unreadable } from './findings.js'

export function checkCloudWatchLogs(ctx: PlanContext): Step[] {
  const { cloudWatchLogsLogGroupArn: groupArn, cloudWatchLogsRoleArn: roleArn } = ctx.settings.trail
  const group = ctx.observed.logGroup
  const role = ctx.observed.cloudWatchRole
  if (!groupArn || !roleArn || !group || !role) return []
  const steps: Step[] = []
  const groupName = groupArn.split(':').slice(6).join(':').replace(/:\*$/, '')
  const groupRegion = groupArn.split(':')[3] ?? ctx.homeRegion
  if (!group.ok)
    steps.push(unreadable({ id: 'logs.log-group', title: `Log group ${groupName}`, failure: group.failure }))
  else if (!group.value)
    steps.push(
      prerequisite({
        id: 'logs.log-group',
        severity: 'blocker',
        title: `Log group ${groupName} does not exist`,
        detail: 'CloudTrail delivers to an existing log group.',
        remediation: `aws logs create-log-group --log-group-name ${groupName} --region ${groupRegion}`
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
