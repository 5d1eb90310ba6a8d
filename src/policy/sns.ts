// The SNS topic policy that lets CloudTrail publish a notification for each log file.
import { cloudTrailRequest } from './cloudtrail-request.js'
import { allowCloudTrail } from './cloudtrail-statement.js'
import { parsePolicyDocument, type Statement } from './document.js'
import { allows } from './evaluate.js'

export function snsTopicAllowsCloudTrail(
  policy: string | null,
  topicArn: string,
  trailArn: string,
  accountId: string
): boolean {
  return allows(
    parsePolicyDocument(policy, 'topic policy'),
    cloudTrailRequest({ trailArn, accountId }, 'SNS:Publish', topicArn)
  )
}

export function snsStatement(topicArn: string, trailArn: string): Statement {
  return allowCloudTrail('AWSCloudTrailSNSPolicy', 'SNS:Publish', topicArn, {
    StringEquals: { 'aws:SourceArn': trailArn }
  })
}
