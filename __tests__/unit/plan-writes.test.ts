// The table of the kinds of write (src/plan/writes.ts) agrees with the IAM table, the Log Archive role's
// policy, the failures users are told how to fix, and the order AWS needs the writes in: what the compiler
// cannot check about it.
import { actionsFor, IAM_ACTIONS, logArchiveActionsFor, type ActionInfo } from '../../src/aws/actions.js'
import { AwsCallError } from '../../src/aws/errors.js'
import { explain } from '../../src/aws/explain.js'
import { HARDENING } from '../../src/plan/bucket-hardening.js'
import type { Change } from '../../src/plan/types.js'
import { stageOf, writeOf, type ChangeOf } from '../../src/plan/writes.js'
import { ACCOUNT, BUCKET, ORG_ID, REGION, TRAIL_ARN, settings } from '../support/fixtures.js'

type Kind = Change['kind']

const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const bucketGrant = { partition: 'aws', bucket: BUCKET, prefix: '', trailArn: TRAIL_ARN, accountId: ACCOUNT }
const trail = { arn: TRAIL_ARN, region: REGION }

/** A change of every kind (of every hardening setting): the type asks for each kind. */
const SAMPLES: { readonly [K in Kind]: readonly ChangeOf<K>[] } = {
  'create-bucket': [{ kind: 'create-bucket', bucket: BUCKET, region: REGION, partition: 'aws', kmsKeyArn: '' }],
  'harden-bucket': HARDENING.map((h) => ({
    kind: 'harden-bucket',
    bucket: BUCKET,
    setting: h.setting,
    kmsKeyArn: '',
    before: 'none',
    after: 'on'
  })),
  'put-bucket-policy': [
    { kind: 'put-bucket-policy', bucket: BUCKET, before: null, after: '{}', sids: [], grant: bucketGrant }
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
  'enable-trusted-access': [{ kind: 'enable-trusted-access' }],
  'create-service-linked-role': [
    { kind: 'create-service-linked-role', role: 'organizations' },
    { kind: 'create-service-linked-role', role: 'cloudtrail' }
  ],
  'create-trail': [{ kind: 'create-trail', region: REGION, trail: settings().trail }],
  'update-trail': [{ kind: 'update-trail', ...trail, fields: [] }],
  'put-event-selectors': [{ kind: 'put-event-selectors', ...trail, eventSelectors: [] }],
  'put-insight-selectors': [{ kind: 'put-insight-selectors', ...trail, insightSelectors: [] }],
  'add-tags': [{ kind: 'add-tags', ...trail, tags: { team: 'audit' }, before: { team: null } }],
  'start-logging': [{ kind: 'start-logging', ...trail }]
}

const samples: readonly Change[] = Object.values(SAMPLES).flat()
const info = (action: string): ActionInfo | undefined => (IAM_ACTIONS as Record<string, ActionInfo>)[action]
const service = (action: string) => action.split(':')[0]

describe('the IAM action of each kind of write', () => {
  it.each(samples.map((c) => [c.kind, c] as const))('%s names a write action of the IAM table', (_, change) => {
    expect(info(writeOf(change).action(change))?.access).toBe('write')
  })

  it('is granted by the documented apply policy', () => {
    const granted = new Set<string>(actionsFor('apply'))
    expect(samples.map((c) => writeOf(c).action(c)).filter((a) => !granted.has(a))).toEqual([])
  })

  it("of a write the Log Archive session may make is granted by the Log Archive role's apply policy", () => {
    const granted = new Set<string>(logArchiveActionsFor('apply'))
    const missing = samples.filter((c) => writeOf(c).logArchive).map((c) => writeOf(c).action(c))
    expect(missing.filter((a) => !granted.has(a))).toEqual([])
  })

  it('of every write to a bucket or a key goes through the Log Archive session when the bucket or key is there', () => {
    const bucketOrKey = samples.filter((c) => ['s3', 'kms'].includes(service(writeOf(c).action(c)) ?? ''))
    expect(bucketOrKey.filter((c) => !writeOf(c).logArchive).map((c) => c.kind)).toEqual([])
  })

  it('leaves no write action in the IAM table that no kind makes, but those CloudTrail asks of the caller', () => {
    const named = new Set<string>(samples.map((c) => writeOf(c).action(c)))
    const unused = Object.entries(IAM_ACTIONS as Record<string, ActionInfo>)
      .filter(([action, i]) => i.access === 'write' && !i.requiredByCloudTrail && !named.has(action))
      .map(([action]) => action)
    expect(unused).toEqual([])
  })
})

/**
 * What AWS needs written first, stated here from AWS's guides rather than from the table: the bucket
 * before its settings; the bucket and key policies, trusted access and the service-linked roles before
 * CloudTrail checks them on CreateTrail and UpdateTrail; the trail before what configures it; the event
 * selectors that log write events before Insights on the API call rate (CloudTrail refuses those otherwise).
 */
const CHECKED_BY_CLOUDTRAIL: readonly Kind[] = [
  'put-bucket-policy',
  'put-key-policy',
  'enable-trusted-access',
  'create-service-linked-role'
]
const NEEDS: readonly (readonly [first: Kind, then: Kind])[] = [
  ['create-bucket', 'harden-bucket'],
  ['create-bucket', 'put-bucket-policy'],
  ...(['create-trail', 'update-trail'] as const).flatMap((write) =>
    CHECKED_BY_CLOUDTRAIL.map((grant) => [grant, write] as const)
  ),
  ...(['put-event-selectors', 'put-insight-selectors', 'add-tags', 'start-logging'] as const).map(
    (configures) => ['create-trail', configures] as const
  ),
  ['put-event-selectors', 'put-insight-selectors']
]

/** Settled before `then` starts: an earlier stage, or earlier in the same lane of the same stage. */
function writtenBefore(first: Kind, then: Kind): boolean {
  const a = SAMPLES[first][0] as Change
  const b = SAMPLES[then][0] as Change
  if (stageOf(a) !== stageOf(b)) return stageOf(a) < stageOf(b)
  const [la, lb] = [writeOf(a).lane, writeOf(b).lane]
  return la !== null && lb !== null && la.resource(a) === lb.resource(b) && la.order < lb.order
}

describe('the order of the writes', () => {
  it.each(NEEDS)('%s is written before %s', (first, then) => {
    expect(writtenBefore(first, then)).toBe(true)
  })

  it('puts every write to one bucket in one lane, and every write to the trail in another', () => {
    const laneOf = (c: Change) => writeOf(c).lane?.resource(c) ?? null
    const byService = (name: string) =>
      new Set(samples.filter((c) => service(writeOf(c).action(c)) === name).map(laneOf))
    expect([...byService('s3')]).toEqual([`s3:${BUCKET}`])
    expect(byService('cloudtrail').size).toBe(1)
    expect(byService('cloudtrail').has(null)).toBe(false)
  })
})

describe('the waits for a grant AWS does not see yet', () => {
  const waiting = Object.values(SAMPLES).flatMap(([c]: readonly Change[]) => {
    if (!c) return []
    const p = writeOf(c).propagation
    return p ? [...p.errors, ...(p.sharedErrors ?? [])].map((code) => [c.kind, code] as const) : []
  })

  it.each(CHECKED_BY_CLOUDTRAIL)('follow %s, which CloudTrail checks when it writes the trail', (kind) => {
    expect(waiting.map(([waitsAfter]) => waitsAfter)).toContain(kind)
  })

  it.each(waiting)('%s is settled before the trail writes that %s is about', (kind) => {
    expect(writtenBefore(kind, 'create-trail') && writtenBefore(kind, 'update-trail')).toBe(true)
  })

  it.each(waiting)('after %s, %s is explained with its fix once the wait runs out', (_, code) => {
    const error = new AwsCallError('cloudtrail:CreateTrail', Object.assign(new Error('not yet'), { name: code }))
    expect(explain(error).title).not.toBe('cloudtrail:CreateTrail failed')
  })
})
