// Where a bucket is, read from its location constraint.
import { bucketRegion } from '../../src/observe/bucket.js'

describe('bucketRegion', () => {
  it.each([
    [undefined, 'us-east-1'],
    ['', 'us-east-1'],
    ['EU', 'eu-west-1'],
    ['eu-west-1', 'eu-west-1'],
    ['ap-southeast-2', 'ap-southeast-2']
  ])('reads the location constraint %j as %s', (constraint, region) => {
    expect(bucketRegion(constraint)).toBe(region)
  })
})
