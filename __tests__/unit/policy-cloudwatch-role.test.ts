// What CloudTrail needs from the CloudWatch Logs role: its trust and the log streams it may write.
import { type PolicyDocument, type Statement } from '../../src/policy/document.js'
import {
  cloudWatchRoleGaps,
  cloudWatchRoleStatements,
  logStreamPatterns,
  type LogsGrant
} from '../../src/policy/cloudwatch-role.js'
import { ACCOUNT, ORG_ID, REGION, TRAIL_ARN } from '../support/fixtures.js'
import {
  CWL_TRUST,
  LOG_GROUP_ARN,
  LOG_GROUP_BASE,
  MANAGEMENT_STREAM,
  ORGANIZATION_STREAM,
  cwlPermissions,
  policyOf
} from '../support/trail-options.js'

const doc = (...statements: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements })

// ---- CloudWatch Logs role ----

const LOGS: LogsGrant = {
  logGroupArn: LOG_GROUP_ARN,
  region: REGION,
  accountId: ACCOUNT,
  organizationId: ORG_ID,
  trailArn: TRAIL_ARN
}

describe('CloudWatch Logs role', () => {
  it("an organization trail writes two streams: the management account's and the organization's", () => {
    expect(logStreamPatterns(LOGS)).toEqual([MANAGEMENT_STREAM, ORGANIZATION_STREAM])
    expect(logStreamPatterns({ ...LOGS, logGroupArn: LOG_GROUP_BASE })).toEqual([
      MANAGEMENT_STREAM,
      ORGANIZATION_STREAM
    ])
  })

  it("an account trail writes only the management account's stream", () => {
    const { logGroupArn, region, accountId, trailArn } = LOGS
    expect(logStreamPatterns({ logGroupArn, region, accountId, trailArn })).toEqual([MANAGEMENT_STREAM])
  })

  it('a role trusting CloudTrail and allowed on both streams has no gap', () => {
    expect(
      cloudWatchRoleGaps(policyOf(CWL_TRUST), [cwlPermissions(MANAGEMENT_STREAM, ORGANIZATION_STREAM)], LOGS)
    ).toEqual({ trusts: true, missing: [] })
  })

  it('a trust policy for another service: does not trust CloudTrail', () => {
    const trust = policyOf({ ...CWL_TRUST, Principal: { Service: 'ec2.amazonaws.com' } })
    expect(cloudWatchRoleGaps(trust, [cwlPermissions(`${LOG_GROUP_BASE}:log-stream:*`)], LOGS).trusts).toBe(false)
    expect(cloudWatchRoleGaps(null, [cwlPermissions(`${LOG_GROUP_BASE}:log-stream:*`)], LOGS).trusts).toBe(false)
  })

  it('a trust scoped to this account or this trail still trusts', () => {
    const scoped = policyOf({
      ...CWL_TRUST,
      Condition: {
        StringEquals: { 'aws:SourceAccount': ACCOUNT },
        ArnLike: { 'aws:SourceArn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*` }
      }
    })
    expect(cloudWatchRoleGaps(scoped, [], LOGS).trusts).toBe(true)
  })

  it('permission on only the management stream: the organization stream o-ORGID_* is missing, for both actions', () => {
    expect(cloudWatchRoleGaps(policyOf(CWL_TRUST), [cwlPermissions(MANAGEMENT_STREAM)], LOGS).missing).toEqual([
      `logs:CreateLogStream on ${ORGANIZATION_STREAM}`,
      `logs:PutLogEvents on ${ORGANIZATION_STREAM}`
    ])
  })

  it('log-stream:* covers both streams; so does the group\'s ":*"', () => {
    expect(
      cloudWatchRoleGaps(policyOf(CWL_TRUST), [cwlPermissions(`${LOG_GROUP_BASE}:log-stream:*`)], LOGS).missing
    ).toEqual([])
    expect(cloudWatchRoleGaps(policyOf(CWL_TRUST), [cwlPermissions(LOG_GROUP_ARN)], LOGS).missing).toEqual([])
  })

  it('the permissions may be split across several policies (inline and attached)', () => {
    const create = policyOf({
      Effect: 'Allow',
      Action: 'logs:CreateLogStream',
      Resource: `${LOG_GROUP_BASE}:log-stream:*`
    })
    const put = policyOf({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: `${LOG_GROUP_BASE}:log-stream:*` })
    expect(cloudWatchRoleGaps(policyOf(CWL_TRUST), [create, put], LOGS).missing).toEqual([])
    expect(cloudWatchRoleGaps(policyOf(CWL_TRUST), [create], LOGS).missing).toEqual([
      `logs:PutLogEvents on ${MANAGEMENT_STREAM}`,
      `logs:PutLogEvents on ${ORGANIZATION_STREAM}`
    ])
  })

  it('another log group does not count', () => {
    expect(
      cloudWatchRoleGaps(
        policyOf(CWL_TRUST),
        [cwlPermissions(`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:other:log-stream:*`)],
        LOGS
      ).missing
    ).toHaveLength(4)
  })

  it('the statements it proposes close every gap', () => {
    const proposed = JSON.stringify(doc(...cloudWatchRoleStatements(LOGS)))
    expect(cloudWatchRoleGaps(policyOf(CWL_TRUST), [proposed], LOGS).missing).toEqual([])
  })
})
