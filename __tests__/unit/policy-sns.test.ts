// What CloudTrail needs from the SNS topic policy.
import { parsePolicyDocument } from '../../src/policy/document.js'
import { snsStatement, snsTopicAllowsCloudTrail } from '../../src/policy/sns.js'
import { ACCOUNT, TRAIL_ARN } from '../support/fixtures.js'
import { SNS_DEFAULT_POLICY, TOPIC_ARN, policyOf, snsPublishStatement } from '../support/trail-options.js'

describe('SNS topic policy', () => {
  it('the default topic policy (owner only) does not let CloudTrail publish', () => {
    expect(snsTopicAllowsCloudTrail(SNS_DEFAULT_POLICY, TOPIC_ARN, TRAIL_ARN, ACCOUNT)).toBe(false)
    expect(snsTopicAllowsCloudTrail(null, TOPIC_ARN, TRAIL_ARN, ACCOUNT)).toBe(false)
  })

  it("AWS's statement does, alongside the default one", () => {
    const policy = JSON.stringify({
      ...parsePolicyDocument(SNS_DEFAULT_POLICY),
      Statement: [...(parsePolicyDocument(SNS_DEFAULT_POLICY)?.Statement ?? []), snsPublishStatement()]
    })
    expect(snsTopicAllowsCloudTrail(policy, TOPIC_ARN, TRAIL_ARN, ACCOUNT)).toBe(true)
  })

  it('a statement for another topic or another trail does not', () => {
    expect(
      snsTopicAllowsCloudTrail(policyOf(snsPublishStatement(`${TOPIC_ARN}-other`)), TOPIC_ARN, TRAIL_ARN, ACCOUNT)
    ).toBe(false)
    expect(
      snsTopicAllowsCloudTrail(
        policyOf(snsPublishStatement(TOPIC_ARN, `${TRAIL_ARN}-other`)),
        TOPIC_ARN,
        TRAIL_ARN,
        ACCOUNT
      )
    ).toBe(false)
  })

  it('the statement it proposes is the one that grants', () => {
    expect(snsStatement(TOPIC_ARN, TRAIL_ARN)).toEqual(snsPublishStatement())
    expect(snsTopicAllowsCloudTrail(policyOf(snsStatement(TOPIC_ARN, TRAIL_ARN)), TOPIC_ARN, TRAIL_ARN, ACCOUNT)).toBe(
      true
    )
  })
})
