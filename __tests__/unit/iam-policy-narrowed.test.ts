// The conditions and the narrowing of the generated policies, proven with the policy evaluator
// (src/policy/evaluate.ts) where moto cannot prove them: moto's IAM enforcement matches Resource only
// against "*" outside S3 and evaluates no condition of an identity policy. The documented narrowed policy
// lets org-trail's own calls through on the declared trail, bucket, key, topic and role, and nothing of
// Control Tower's trail, another bucket, another role, or a service other than CloudTrail.
import { CREATABLE_SERVICE_LINKED_ROLES, IAM_ACTIONS, actionsFor, type IamAction } from '../../src/aws/actions.js'
import { CLOUDTRAIL_PRINCIPAL, SERVICE_LINKED_ROLES } from '../../src/aws/cloudtrail.js'
import type { PolicyDocument } from '../../src/policy/document.js'
import { allows } from '../../src/policy/evaluate.js'
import { EXAMPLE_DECLARATION as D, narrowedPolicyFor, policyFor } from '../../scripts/iam-policy.mjs'
import { readBlock } from '../support/docs.js'

const ACCOUNT = '111111111111'
const CONTROL_TOWER_TRAIL = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/aws-controltower-BaselineCloudTrail`
const slr = (service: string, name: string) => `arn:aws:iam::${ACCOUNT}:role/aws-service-role/${service}/${name}`
const CLOUDTRAIL_SLR = slr('cloudtrail.amazonaws.com', 'AWSServiceRoleForCloudTrail')

let narrowed: PolicyDocument
let generic: PolicyDocument
beforeAll(async () => {
  narrowed = JSON.parse(await narrowedPolicyFor('apply', D)) as PolicyDocument
  generic = JSON.parse(await policyFor('apply')) as PolicyDocument
})

const can = (policy: PolicyDocument, action: string, resource: string, context: Record<string, string> = {}) =>
  allows(policy, { action, resource, context })

const ofKind = (kind: string) =>
  actionsFor('apply').filter((a) => (IAM_ACTIONS[a] as { resource?: string }).resource === kind)

describe('the conditions, in the generic and the narrowed apply policy', () => {
  it.each([
    ['generic', () => generic],
    ['narrowed', () => narrowed]
  ])('%s: iam:PassRole only to CloudTrail', (_, policy) => {
    const role = D.cloudWatchLogsRoleArn
    expect(can(policy(), 'iam:PassRole', role, { 'iam:passedtoservice': CLOUDTRAIL_PRINCIPAL })).toBe(true)
    expect(can(policy(), 'iam:PassRole', role, { 'iam:passedtoservice': 'ec2.amazonaws.com' })).toBe(false)
    expect(can(policy(), 'iam:PassRole', role, {})).toBe(false)
  })

  it.each([
    ['generic', () => generic],
    ['narrowed', () => narrowed]
  ])('%s: trusted access only for CloudTrail', (_, policy) => {
    const enable = (principal: string) =>
      can(policy(), 'organizations:EnableAWSServiceAccess', '*', { 'organizations:serviceprincipal': principal })
    expect(enable(CLOUDTRAIL_PRINCIPAL)).toBe(true)
    expect(enable('config.amazonaws.com')).toBe(false)
    expect(enable('sso.amazonaws.com')).toBe(false)
  })

  it.each([
    ['generic', () => generic],
    ['narrowed', () => narrowed]
  ])("%s: only CloudTrail's and Organizations' service-linked roles", (_, policy) => {
    for (const role of Object.values(SERVICE_LINKED_ROLES)) {
      const arn = slr(role.service, role.roleName)
      expect(can(policy(), 'iam:CreateServiceLinkedRole', arn, { 'iam:awsservicename': role.service })).toBe(true)
    }
    const other = slr('elasticloadbalancing.amazonaws.com', 'AWSServiceRoleForElasticLoadBalancing')
    expect(
      can(policy(), 'iam:CreateServiceLinkedRole', other, {
        'iam:awsservicename': 'elasticloadbalancing.amazonaws.com'
      })
    ).toBe(false)
  })

  it("name exactly src/aws/cloudtrail.ts's principal and service-linked roles", () => {
    expect([...CREATABLE_SERVICE_LINKED_ROLES].sort()).toEqual(
      Object.values(SERVICE_LINKED_ROLES)
        .map((r) => `aws-service-role/${r.service}/${r.roleName}`)
        .sort()
    )
    const principals = (a: IamAction) =>
      Object.values((IAM_ACTIONS[a] as { condition?: Record<string, Record<string, string[]>> }).condition ?? {})
        .flatMap((keys) => Object.values(keys))
        .flat()
    expect(principals('iam:PassRole')).toEqual([CLOUDTRAIL_PRINCIPAL])
    expect(principals('organizations:EnableAWSServiceAccess')).toEqual([CLOUDTRAIL_PRINCIPAL])
  })
})

describe('the narrowed apply policy', () => {
  it('lets every trail action through on the declared trail, none on Control Tower’s', () => {
    const trail = ofKind('trail')
    expect(trail).toEqual(expect.arrayContaining(['cloudtrail:CreateTrail', 'cloudtrail:UpdateTrail']))
    for (const action of trail) {
      expect({ action, allowed: can(narrowed, action, D.trailArn) }).toEqual({ action, allowed: true })
      expect({ action, allowed: can(narrowed, action, CONTROL_TOWER_TRAIL) }).toEqual({ action, allowed: false })
      // The generic policy, for comparison, lets the role change any trail.
      expect(can(generic, action, CONTROL_TOWER_TRAIL)).toBe(true)
    }
  })

  it('the bucket, key, topic and CloudWatch Logs role actions only on the declared ones', () => {
    const cases: [string, string, string][] = [
      ['bucket', `arn:aws:s3:::${D.bucket}`, 'arn:aws:s3:::aws-controltower-logs-222222222222-us-east-1'],
      ['key', D.kmsKeyArn, `arn:aws:kms:us-east-1:${ACCOUNT}:key/00000000-0000-0000-0000-000000000000`],
      ['topic', D.snsTopicArn, `arn:aws:sns:us-east-1:${ACCOUNT}:someone-elses-topic`],
      ['cloud-watch-logs-role', D.cloudWatchLogsRoleArn, `arn:aws:iam::${ACCOUNT}:role/OrganizationAccountAccessRole`]
    ]
    for (const [kind, declared, other] of cases) {
      const context = { 'iam:passedtoservice': CLOUDTRAIL_PRINCIPAL }
      for (const action of ofKind(kind)) {
        expect({ action, on: declared, allowed: can(narrowed, action, declared, context) }).toMatchObject({
          allowed: true
        })
        expect({ action, on: other, allowed: can(narrowed, action, other, context) }).toMatchObject({
          allowed: false
        })
      }
    }
  })

  it("reads the trail's logs and digests under the bucket's AWSLogs/ only, under the prefix when there is one", async () => {
    expect(ofKind('log-files')).toEqual(['s3:GetObject'])
    // The example declares the prefix cloudtrail.
    const digest = `arn:aws:s3:::${D.bucket}/${D.s3KeyPrefix}/AWSLogs/o-exampleorg/${ACCOUNT}/CloudTrail-Digest/us-east-1/2026/01/01/x.json.gz`
    expect(can(narrowed, 's3:GetObject', digest)).toBe(true)
    expect(can(narrowed, 's3:GetObject', `arn:aws:s3:::${D.bucket}/AWSLogs/o-exampleorg/x.json.gz`)).toBe(false)
    expect(can(narrowed, 's3:GetObject', `arn:aws:s3:::${D.bucket}/other/secret.txt`)).toBe(false)
    expect(
      can(narrowed, 's3:GetObject', `arn:aws:s3:::another-bucket/${D.s3KeyPrefix}/AWSLogs/o-exampleorg/x.json.gz`)
    ).toBe(false)
    const unprefixed = JSON.parse(
      await narrowedPolicyFor('check', { trailArn: D.trailArn, bucket: D.bucket })
    ) as PolicyDocument
    expect(can(unprefixed, 's3:GetObject', `arn:aws:s3:::${D.bucket}/AWSLogs/o-exampleorg/x.json.gz`)).toBe(true)
    expect(can(unprefixed, 's3:GetObject', `arn:aws:s3:::${D.bucket}/other/secret.txt`)).toBe(false)
  })

  it('creates only the two service-linked roles, by their ARNs', () => {
    const context = { 'iam:awsservicename': CLOUDTRAIL_PRINCIPAL }
    expect(can(narrowed, 'iam:CreateServiceLinkedRole', CLOUDTRAIL_SLR, context)).toBe(true)
    expect(
      can(narrowed, 'iam:CreateServiceLinkedRole', `arn:aws:iam::${ACCOUNT}:role/aws-service-role/x/Other`, context)
    ).toBe(false)
  })

  it('leaves out the actions of a resource the declaration does not have', async () => {
    const bare = JSON.parse(
      await narrowedPolicyFor('apply', { trailArn: D.trailArn, bucket: D.bucket })
    ) as PolicyDocument
    const granted = bare.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    for (const kind of ['key', 'topic', 'cloud-watch-logs-role'])
      for (const action of ofKind(kind)) expect(granted).not.toContain(action)
    expect(granted).toEqual(expect.arrayContaining(['cloudtrail:CreateTrail', 's3:PutBucketPolicy']))
  })

  it('carries the partition of the trail ARN to every ARN', async () => {
    const gov = JSON.parse(
      await narrowedPolicyFor('apply', {
        trailArn: 'arn:aws-us-gov:cloudtrail:us-gov-west-1:111111111111:trail/org-trail',
        bucket: D.bucket
      })
    ) as PolicyDocument
    const arns = gov.Statement.flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource])).filter(
      (r): r is string => typeof r === 'string' && r !== '*'
    )
    expect(arns.length).toBeGreaterThan(0)
    for (const arn of arns) expect(arn).toMatch(/^arn:aws-us-gov:/)
  })

  it('is the documented block (docs/permissions.md), generated for the example declaration', async () => {
    expect(readBlock('iam-policy:apply-narrowed')).toBe(`\`\`\`json\n${await narrowedPolicyFor('apply', D)}\n\`\`\``)
  })
})
