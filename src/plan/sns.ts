// The SNS topic CloudTrail notifies, and its policy.
import { PolicyParseError } from '../policy/document.js'
import { snsStatement, snsTopicAllowsCloudTrail } from '../policy/sns.js'
import type { PlanContext, Step } from './context.js'
import { finding, unreadable } from './findings.js'

const P = 'prerequisite' as const
const json = (value: unknown) => JSON.stringify(value, null, 2)

export function checkSnsTopic(ctx: PlanContext): Step[] {
  const topic = ctx.observed.snsTopic
  if (!ctx.settings.trail.snsTopicName || !topic) return []
  const id = 'sns.topic'
  if (!topic.ok) return [unreadable(id, `SNS topic ${ctx.settings.trail.snsTopicName}`, topic.failure)]
  if (topic.value === null) {
    return [
      {
        finding: finding(
          id,
          P,
          'blocker',
          `SNS topic ${ctx.settings.trail.snsTopicName} does not exist`,
          'CloudTrail publishes to an existing topic.',
          `aws sns create-topic --name ${ctx.settings.trail.snsTopicName.split(':').pop() ?? ''} --region ${ctx.homeRegion}`
        )
      }
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
        ? finding(id, P, 'ok', 'Topic lets CloudTrail publish', `${arn}.`)
        : finding(
            id,
            P,
            'blocker',
            'Topic policy does not let CloudTrail publish',
            `Add this statement to the policy of ${arn}:`,
            json(snsStatement(arn, ctx.trailArn))
          )
    }
  ]
}
