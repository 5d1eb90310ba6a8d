// Where the trail differs from its declaration, and which differences would weaken the audit log.
import type { TrailConfig } from '../../src/observe/types.js'
import { fieldLabel, type TrailField } from '../../src/aws/trail-fields.js'
import { diffTrail, weakening } from '../../src/plan/trail-diff.js'
import { settings, trailConfig } from '../support/fixtures.js'

const declared = settings().trail

describe('diffTrail', () => {
  it('finds nothing when the trail is as declared', () => {
    expect(diffTrail(trailConfig(), declared)).toEqual([])
  })

  it.each<[TrailField, Partial<TrailConfig>, string | boolean, string | boolean]>([
    ['S3BucketName', { s3BucketName: 'old-bucket' }, 'old-bucket', 'org-trail-logs'],
    ['IsOrganizationTrail', { isOrganizationTrail: false }, false, true],
    ['IsMultiRegionTrail', { isMultiRegionTrail: false }, false, true],
    ['IncludeGlobalServiceEvents', { includeGlobalServiceEvents: false }, false, true],
    ['EnableLogFileValidation', { logFileValidationEnabled: false }, false, true]
  ])('reports %s with its value before and after', (field, observed, before, after) => {
    expect(diffTrail(trailConfig(observed), declared)).toEqual([{ field, before, after }])
  })

  it('keeps the prefix the trail has when the declared one is empty, and reports a declared one that differs', () => {
    expect(diffTrail(trailConfig({ s3KeyPrefix: 'old' }), declared)).toEqual([])
    expect(diffTrail(trailConfig({ s3KeyPrefix: 'old' }), { ...declared, s3KeyPrefix: 'new' })).toEqual([
      { field: 'S3KeyPrefix', before: 'old', after: 'new' }
    ])
  })

  it('reports every differing field, and ignores settings it does not manage', () => {
    const observed = trailConfig({
      s3BucketName: 'old-bucket',
      logFileValidationEnabled: false,
      snsTopicArn: 'arn:aws:sns:us-east-1:111111111111:x'
    })
    expect(diffTrail(observed, declared).map((c) => c.field)).toEqual(['S3BucketName', 'EnableLogFileValidation'])
  })
})

describe('weakening', () => {
  const WEAKENING: TrailField[] = [
    'IsOrganizationTrail',
    'IsMultiRegionTrail',
    'IncludeGlobalServiceEvents',
    'EnableLogFileValidation'
  ]

  it.each(WEAKENING)('%s turned from true to false weakens the trail, with a reason', (field) => {
    expect(weakening({ field, before: true, after: false })).toEqual(expect.stringMatching(/^.{20,}$/))
  })

  it.each(WEAKENING)('%s turned from false to true does not', (field) => {
    expect(weakening({ field, before: false, after: true })).toBeNull()
  })

  it('changing the bucket does not', () => {
    expect(weakening({ field: 'S3BucketName', before: 'a', after: 'b' })).toBeNull()
  })

  it('changing, removing or adding an S3 key prefix moves delivery, with the reason', () => {
    // Adding one too: s3://bucket/AWSLogs/ → s3://bucket/PREFIX/AWSLogs/.
    for (const [before, after] of [
      ['a', 'b'],
      ['a', ''],
      ['', 'b']
    ] as const) {
      expect(weakening({ field: 'S3KeyPrefix', before, after })).toMatch(/another path.*Athena.*SIEM.*notifications/)
    }
    expect(weakening({ field: 'S3KeyPrefix', before: 'a', after: 'a' })).toBeNull()
  })

  it('says what would stop being logged', () => {
    expect(weakening({ field: 'IsOrganizationTrail', before: true, after: false })).toMatch(/member accounts/)
    expect(weakening({ field: 'IsMultiRegionTrail', before: true, after: false })).toMatch(/region/)
    expect(weakening({ field: 'IncludeGlobalServiceEvents', before: true, after: false })).toMatch(/IAM/)
    expect(weakening({ field: 'EnableLogFileValidation', before: true, after: false })).toMatch(/tamper/)
  })
})

it('labels each field for people', () => {
  expect(fieldLabel('S3BucketName')).toBe('S3 bucket')
  expect(fieldLabel('EnableLogFileValidation')).toBe('Log file validation')
})
