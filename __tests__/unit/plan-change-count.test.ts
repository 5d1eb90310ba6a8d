// The one count of changes (fail-on-drift's message, the headline, the change-count output) is the number of
// rows the report gives them: counted by the plan, so that the outcome needs no report to count.
import { changeCount } from '../../src/plan/change-count.js'
import type { Change } from '../../src/plan/types.js'
import { describeChanges } from '../../src/report/changes.js'
import { ACCOUNT, BUCKET, ORG_ID, REGION, TRAIL, TRAIL_ARN, settings } from '../support/fixtures.js'

const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const grant = { partition: 'aws', bucket: BUCKET, prefix: '', trailArn: TRAIL_ARN, accountId: ACCOUNT }
const at = { arn: TRAIL_ARN, region: REGION }

/** One write of every kind: a new kind does not compile until it is here. */
const everyKind: { readonly [K in Change['kind']]: readonly Extract<Change, { kind: K }>[] } = {
  'enable-trusted-access': [{ kind: 'enable-trusted-access' }],
  'create-service-linked-role': [{ kind: 'create-service-linked-role', role: 'cloudtrail' }],
  'put-bucket-policy': [{ kind: 'put-bucket-policy', bucket: BUCKET, before: null, after: '{}', sids: [], grant }],
  'create-trail': [{ kind: 'create-trail', region: REGION, trail: settings().trail }],
  'update-trail': [
    {
      kind: 'update-trail',
      ...at,
      fields: [
        { field: 'S3KeyPrefix', before: '', after: 'org' },
        { field: 'IncludeGlobalServiceEvents', before: false, after: true }
      ]
    },
    { kind: 'update-trail', ...at, fields: [{ field: 'S3KeyPrefix', before: '', after: 'org' }] }
  ],
  'start-logging': [{ kind: 'start-logging', ...at }],
  'create-bucket': [{ kind: 'create-bucket', bucket: BUCKET, region: REGION, partition: 'aws', kmsKeyArn: '' }],
  'harden-bucket': [
    { kind: 'harden-bucket', bucket: BUCKET, setting: 'versioning', kmsKeyArn: '', before: 'none', after: 'Enabled' }
  ],
  'put-key-policy': [
    {
      kind: 'put-key-policy',
      keyArn: KEY_ARN,
      region: REGION,
      before: null,
      after: '{}',
      sids: [],
      grant: {
        partition: 'aws',
        keyArn: KEY_ARN,
        trailArn: TRAIL_ARN,
        accountId: ACCOUNT,
        organizationId: ORG_ID,
        bucketKey: false
      }
    }
  ],
  'put-event-selectors': [{ kind: 'put-event-selectors', ...at, eventSelectors: [] }],
  'put-insight-selectors': [{ kind: 'put-insight-selectors', ...at, insightSelectors: [] }],
  'add-tags': [
    { kind: 'add-tags', ...at, tags: { a: '1', b: '2', c: '3' }, before: { a: null, b: null, c: '0' } },
    { kind: 'add-tags', ...at, tags: { a: '1' }, before: { a: null } }
  ]
}

describe('changeCount', () => {
  it.each(Object.entries(everyKind))('counts %s as the report shows it: one per row', (_kind, changes) => {
    for (const change of changes) expect(changeCount([change])).toBe(describeChanges([change], TRAIL).length)
  })

  it('adds up a set of writes of every kind', () => {
    const all = Object.values(everyKind).flat()
    expect(changeCount(all)).toBe(describeChanges(all, TRAIL).length)
    expect(changeCount(all)).toBe(all.length + 1 + 2)
  })
})
