// The three-valued evaluation of one statement against one request, as AWS evaluates it: what a key the
// request surely lacks does to each operator, and what stays unknown.
import { analyzeDenies, conditionVerdict, denyVerdict, type Request } from '../../src/policy/evaluate.js'
import { s3DeliveryRequest } from '../../src/policy/cloudtrail-request.js'
import type { Statement } from '../../src/policy/document.js'
import { ACCOUNT, BUCKET, ORG_ID, TRAIL_ARN } from '../support/fixtures.js'

const put: Request = s3DeliveryRequest(
  { trailArn: TRAIL_ARN, accountId: ACCOUNT, organizationId: ORG_ID },
  's3:PutObject',
  `arn:aws:s3:::${BUCKET}/AWSLogs/${ACCOUNT}/*`
)
const verdict = (operator: string, key: string, values: string | string[]) =>
  conditionVerdict(operator, key, values, put).verdict

describe("CloudTrail's delivery request", () => {
  it('carries what an AWS service principal carries', () => {
    expect(verdict('Bool', 'aws:PrincipalIsAWSService', 'true')).toBe(true)
    expect(verdict('StringEquals', 'aws:PrincipalServiceName', 'cloudtrail.amazonaws.com')).toBe(true)
    expect(verdict('StringEquals', 'AWS:SourceArn', TRAIL_ARN)).toBe(true)
    expect(verdict('StringEquals', 'aws:SourceAccount', ACCOUNT)).toBe(true)
    expect(verdict('StringEquals', 'aws:SourceOrgID', ORG_ID)).toBe(true)
    expect(verdict('StringEquals', 's3:x-amz-acl', 'bucket-owner-full-control')).toBe(true)
  })

  it('lacks the keys of an IAM principal: AWS rules for an absent key apply', () => {
    expect(verdict('StringNotEqualsIfExists', 'aws:PrincipalOrgID', ORG_ID)).toBe(true)
    expect(verdict('StringEquals', 'aws:PrincipalOrgID', ORG_ID)).toBe(false)
    // A negated operator holds when the key is absent.
    expect(verdict('StringNotEquals', 'aws:PrincipalAccount', ACCOUNT)).toBe(true)
    expect(verdict('ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/*')).toBe(true)
    expect(verdict('StringEquals', 'aws:PrincipalTag/team', 'security')).toBe(false)
    expect(verdict('Null', 'aws:PrincipalTag/team', 'true')).toBe(true)
    expect(verdict('Null', 'aws:SourceArn', 'true')).toBe(false)
    expect(verdict('ForAnyValue:StringEquals', 'aws:PrincipalOrgPaths', `${ORG_ID}/*`)).toBe(false)
    expect(verdict('ForAllValues:StringEquals', 'aws:PrincipalOrgPaths', `${ORG_ID}/*`)).toBe(true)
  })

  it('leaves unknown what it does not model, what it does not evaluate, and policy variables', () => {
    expect(verdict('IpAddress', 'aws:SourceIp', '10.0.0.0/8')).toBe('unknown')
    expect(verdict('StringEquals', 'aws:ResourceOrgID', ORG_ID)).toBe('unknown')
    expect(verdict('DateLessThan', 'aws:SourceAccount', '2030-01-01T00:00:00Z')).toBe('unknown')
    expect(verdict('StringEquals', 'aws:SourceAccount', '${aws:PrincipalAccount}')).toBe('unknown')
    expect(verdict('StringEqualz', 'aws:SourceAccount', ACCOUNT)).toBe('unknown')
  })
})

describe('a Deny', () => {
  const base: Statement = {
    Sid: 'D',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: `arn:aws:s3:::${BUCKET}/*`
  }

  it('applies when one false condition is absent, and not when any condition is false, known or not', () => {
    expect(denyVerdict(base, put).verdict).toBe(true)
    const guarded = {
      ...base,
      Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, Bool: { 'aws:PrincipalIsAWSService': 'false' } }
    }
    expect(denyVerdict(guarded, put).verdict).toBe(false)
    const unknownOnly = { ...base, Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }
    expect(denyVerdict(unknownOnly, put)).toEqual({
      verdict: 'unknown',
      reasons: ['NotIpAddress on aws:SourceIp: the request model does not say what aws:SourceIp is']
    })
  })

  it('reads NotPrincipal, NotAction and NotResource as AWS does', () => {
    expect(
      denyVerdict({ ...base, Principal: undefined, NotPrincipal: { Service: 'cloudtrail.amazonaws.com' } }, put).verdict
    ).toBe(false)
    expect(
      denyVerdict({ ...base, Principal: undefined, NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } }, put).verdict
    ).toBe(true)
    expect(denyVerdict({ ...base, Action: undefined, NotAction: 's3:PutObject' }, put).verdict).toBe(false)
    expect(denyVerdict({ ...base, Action: undefined, NotAction: 's3:GetObject' }, put).verdict).toBe(true)
    expect(denyVerdict({ ...base, Resource: undefined, NotResource: `arn:aws:s3:::${BUCKET}/*` }, put).verdict).toBe(
      false
    )
    expect(denyVerdict({ ...base, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } }, put).verdict).toBe(false)
  })

  it('is named by its Sid, else by its position, when it cannot be evaluated', () => {
    const unknown = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
    }
    const analysis = analyzeDenies({ Statement: [{ Effect: 'Allow' }, unknown, { ...unknown, Sid: 'Corp' }] }, [put])
    expect(analysis.denying).toEqual([])
    expect(analysis.unknown.map((u) => u.label)).toEqual(['statement 2 (no Sid)', '"Corp"'])
  })
})
