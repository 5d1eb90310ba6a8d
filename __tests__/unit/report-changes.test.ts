// One line per change, for the summary table and the `changes` output: what, before, after.
import { mergePolicy } from '../../src/policy/bucket.js'
import { policyText } from '../../src/policy/document.js'
import type { Change } from '../../src/plan/types.js'
import { describeChange, describeChanges } from '../../src/report/changes.js'
import { ACCOUNT, BUCKET, ORG_ID, REGION, TRAIL, TRAIL_ARN, settings } from '../support/fixtures.js'

const grant = {
  partition: 'aws',
  bucket: BUCKET,
  prefix: '',
  trailArn: TRAIL_ARN,
  accountId: ACCOUNT,
  organizationId: ORG_ID
}

describe('describeChange', () => {
  it('enable-trusted-access', () => {
    expect(describeChange({ kind: 'enable-trusted-access' }, TRAIL)).toEqual([
      { what: 'Trusted access for cloudtrail.amazonaws.com', before: 'disabled', after: 'enabled' }
    ])
  })

  it.each([
    ['organizations', 'AWSServiceRoleForOrganizations'],
    ['cloudtrail', 'AWSServiceRoleForCloudTrail']
  ] as const)('create-service-linked-role %s names the role', (role, roleName) => {
    expect(describeChange({ kind: 'create-service-linked-role', role }, TRAIL)).toEqual([
      { what: `Service-linked role ${roleName}`, before: 'missing', after: 'created' }
    ])
  })

  it('put-bucket-policy on a bucket without policy counts the statements written and names the Sids', () => {
    const merged = mergePolicy(null, grant)
    const change: Change = {
      kind: 'put-bucket-policy',
      bucket: BUCKET,
      before: null,
      after: policyText(merged.policy),
      sids: merged.changedSids,
      grant
    }
    expect(describeChange(change, TRAIL)).toEqual([
      {
        what: `Policy of bucket ${BUCKET}`,
        before: 'no policy',
        after: '2 statements (OrgTrailAclCheck, OrgTrailWrite merged; all others kept)'
      }
    ])
  })

  it('put-bucket-policy on an existing policy counts statements before and after, singular or plural', () => {
    const before = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Sid: 'Only', Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: '*' }
    })
    const change: Change = {
      kind: 'put-bucket-policy',
      bucket: BUCKET,
      before,
      after: policyText(mergePolicy(null, grant).policy),
      sids: ['OrgTrailWrite'],
      grant
    }
    const [record] = describeChange(change, TRAIL)
    expect(record?.before).toBe('1 statement')
    expect(record?.after).toMatch(/^2 statements \(OrgTrailWrite merged; all others kept\)$/)
  })

  it('create-trail says where and what kind of trail', () => {
    const trail = settings({ 's3-key-prefix': 'org' }).trail
    expect(describeChange({ kind: 'create-trail', region: REGION, trail }, TRAIL)).toEqual([
      {
        what: `Trail ${TRAIL} in ${REGION}`,
        before: 'absent',
        after: `created: organization, multi-region, log file validation on, s3://${BUCKET}/org/`
      }
    ])
    const accountTrail = settings({
      'is-organization-trail': 'false',
      'is-multi-region-trail': 'false',
      'enable-log-file-validation': 'false'
    }).trail
    expect(describeChange({ kind: 'create-trail', region: REGION, trail: accountTrail }, TRAIL)[0]?.after).toBe(
      `created: account, single-region, log file validation off, s3://${BUCKET}/`
    )
  })

  it('update-trail gives one line per field, with (none) for an empty value', () => {
    const change: Change = {
      kind: 'update-trail',
      arn: TRAIL_ARN,
      region: REGION,
      fields: [
        { field: 'S3KeyPrefix', before: 'old', after: '' },
        { field: 'EnableLogFileValidation', before: false, after: true }
      ]
    }
    expect(describeChange(change, TRAIL)).toEqual([
      { what: `Trail ${TRAIL}: S3 key prefix`, before: 'old', after: '(none)' },
      { what: `Trail ${TRAIL}: Log file validation`, before: 'false', after: 'true' }
    ])
  })

  it('start-logging', () => {
    expect(describeChange({ kind: 'start-logging', arn: TRAIL_ARN, region: REGION }, TRAIL)).toEqual([
      { what: `Logging of trail ${TRAIL}`, before: 'stopped', after: 'logging' }
    ])
  })
})

it('describeChanges keeps the order of the changes', () => {
  const records = describeChanges(
    [{ kind: 'enable-trusted-access' }, { kind: 'start-logging', arn: TRAIL_ARN, region: REGION }],
    TRAIL
  )
  expect(records.map((r) => r.after)).toEqual(['enabled', 'logging'])
})

describe('selectors: before and after as what differs', () => {
  const management = {
    ReadWriteType: 'All',
    IncludeManagementEvents: true,
    DataResources: [],
    ExcludeManagementEventSources: []
  }
  const s3 = {
    Name: 'S3 objects',
    FieldSelectors: [
      { Field: 'eventCategory', Equals: ['Data'] },
      { Field: 'resources.type', Equals: ['AWS::S3::Object'] }
    ]
  }
  it('names the selectors removed and added, not "as found"', () => {
    const [record] = describeChange(
      {
        kind: 'put-event-selectors',
        arn: TRAIL_ARN,
        region: REGION,
        advancedEventSelectors: [
          { Name: 'Management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
          s3
        ],
        before: { event: [management], advanced: [] }
      },
      TRAIL
    )
    expect(record).toEqual({
      what: `Trail ${TRAIL}: advanced event selectors`,
      before: '1 selector\n− management All',
      after: '2 selectors\n+ Management\n+ S3 objects'
    })
  })

  it('counts what stays the same', () => {
    const [record] = describeChange(
      {
        kind: 'put-event-selectors',
        arn: TRAIL_ARN,
        region: REGION,
        advancedEventSelectors: [
          s3,
          { Name: 'Mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }
        ],
        before: { event: [], advanced: [s3] }
      },
      TRAIL
    )
    expect(record?.before).toBe('1 selector')
    expect(record?.after).toBe('2 selectors\n1 unchanged\n+ Mgmt')
  })

  it('insight selectors: the types before and after', () => {
    const [record] = describeChange(
      {
        kind: 'put-insight-selectors',
        arn: TRAIL_ARN,
        region: REGION,
        insightSelectors: [],
        before: [{ InsightType: 'ApiCallRateInsight' }]
      },
      TRAIL
    )
    expect(record).toMatchObject({ before: 'ApiCallRateInsight', after: 'off' })
  })
})
