// A write made through the Log Archive session is marked so in the changes output and in the run report,
// whose schema accepts the mark.
import { describeChanges } from '../../src/report/changes.js'
import { reportJsonSchema, reportSchema } from '../../src/report/record.js'
import type { Change } from '../../src/plan/types.js'
import { BUCKET, TRAIL } from '../support/fixtures.js'

const put = (logArchive: boolean): Change => ({
  kind: 'put-bucket-policy',
  bucket: BUCKET,
  before: null,
  after: '{"Version":"2012-10-17","Statement":[]}',
  sids: ['OrgTrailAclCheck'],
  grant: { partition: 'aws', bucket: BUCKET, prefix: '', trailArn: 'arn', accountId: '111111111111' },
  ...(logArchive ? { logArchive: true as const } : {})
})

describe('changes made through the Log Archive session', () => {
  it('carry "logArchive": true; the others do not', () => {
    const [through] = describeChanges([put(true)], TRAIL)
    const [own] = describeChanges([put(false)], TRAIL)
    expect(through).toMatchObject({ what: `Policy of bucket ${BUCKET}`, logArchive: true })
    expect(own && 'logArchive' in own).toBe(false)
  })

  it("are valid in the run report's schema", () => {
    const changes = reportSchema.shape.changes
    expect(changes.safeParse(describeChanges([put(true)], TRAIL)).success).toBe(true)
    expect(JSON.stringify(reportJsonSchema())).toContain('logArchive')
  })
})
