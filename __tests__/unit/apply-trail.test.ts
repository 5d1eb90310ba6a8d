// The UpdateTrail request built from the planned field changes.
import { updateInput } from '../../src/apply/trail.js'
import { TRAIL_ARN } from '../support/fixtures.js'

describe('updateInput', () => {
  it('addresses the trail by its ARN and sends only the fields that change', () => {
    expect(updateInput(TRAIL_ARN, [{ field: 'S3BucketName', before: 'old', after: 'new-bucket' }])).toEqual({
      Name: TRAIL_ARN,
      S3BucketName: 'new-bucket'
    })
  })

  it('maps every field to its UpdateTrail parameter', () => {
    expect(
      updateInput(TRAIL_ARN, [
        { field: 'S3BucketName', before: 'a', after: 'b' },
        { field: 'S3KeyPrefix', before: '', after: 'org' },
        { field: 'IsOrganizationTrail', before: false, after: true },
        { field: 'IsMultiRegionTrail', before: true, after: false },
        { field: 'IncludeGlobalServiceEvents', before: false, after: true },
        { field: 'EnableLogFileValidation', before: true, after: false }
      ])
    ).toEqual({
      Name: TRAIL_ARN,
      S3BucketName: 'b',
      S3KeyPrefix: 'org',
      IsOrganizationTrail: true,
      IsMultiRegionTrail: false,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: false
    })
  })

  it('sends an empty prefix to remove the prefix', () => {
    expect(updateInput(TRAIL_ARN, [{ field: 'S3KeyPrefix', before: 'old', after: '' }])).toEqual({
      Name: TRAIL_ARN,
      S3KeyPrefix: ''
    })
  })

  it('sends nothing but the name when no field changes', () => {
    expect(updateInput(TRAIL_ARN, [])).toEqual({ Name: TRAIL_ARN })
  })
})
