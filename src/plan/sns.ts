// The SNS topic CloudTrail notifies, and its policy.
import { topicNameOf } from '../aws/arn.js'
import { createTopicCommand } from '../aws/cli.js'
import { PolicyParseError } from '../policy/document.js'
import { snsStatement, snsTopicAllowsCloudTrail } from '../policy/sns.js'
import type { PlanContext, Step } from './context.js'
import { finding, pasteable, prerequisite, unreadable } from './findings.js'

export function checkSnsTopic(ctx: PlanContext): Step[] {
  const topic = ctx.observed.snsTopic
  if (!ctx.settings.trail.snsTopicName || !topic) return []
  const id = 'sns.topic'
  if (!topic.ok)
    return [unreadable({ id, title: `SNS topic ${ctx.settings.trail.snsTopicName}`, failure: topic.failure })]
  if (topic.value === null) {
    return [
      prerequisite({
        id,
        severity: 'blocker',
        title: `SNS topic ${ctx.settings.trail.snsTopicName} does not exist`,
        detail: 'CloudTrail publishes to an existing topic.',
        remediation: createTopicCommand(topicNameOf(ctx.settings.trail.snsTopicName), ctx.homeRegion)
      })
    ]
  }
  const { arn, policy } = topic.value
  let allowed
  try {
    allowed = snsTopicAllowsCloudTrail(policy, arn, ctx.trailArn, ctx.managementAccountId)
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error
    allowed = false
  }
  return [
    {
      finding: allowed
        ? finding({
            id,
            category: 'prerequisite',
            severity: 'ok',
            title: 'Topic lets CloudTrail publish',
            detail: `${arn}.`
          })
        : finding({
            id,
            category: 'prerequisite',
            severity: 'blocker',
            title: 'Topic policy does not let CloudTrail publish',
            detail: `Add this statement to the policy of ${arn}:`,
            remediation: pasteable(snsStatement(arn, ctx.trailArn))
          })
    }
  ]
}
