// A trail, bucket or key that Control Tower or the Landing Zone Accelerator manages: recognized by the names
// they give them, judged like any other, and never written to: the plan turns each difference into a
// finding with its owner's remedy.
import { plan } from '../../src/plan/index.js'
import { bucketManager, leftToOwner, trailManager } from '../../src/plan/managers.js'
import type { Step } from '../../src/plan/context.js'
import {
  ACCOUNT,
  BUCKET,
  ORG_ID,
  REGION,
  bucket,
  findingOf,
  grantingPolicy,
  observed,
  observedTrail,
  ok,
  settings,
  trailConfig
} from '../support/fixtures.js'
import { KEY_ARN, kmsKey } from '../support/trail-options.js'
import { jsonIn } from '../support/log-archive.js'

const CT_TRAIL = 'aws-controltower-BaselineCloudTrail'
const CT_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${CT_TRAIL}`
const CT_BUCKET = 'aws-controltower-logs-222222222222-us-east-1'
const LZA_TRAIL = 'AWSAccelerator-Organizations-CloudTrail'
const LZA_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${LZA_TRAIL}`

describe('who manages a resource', () => {
  it.each([
    [CT_TRAIL, null, 'control-tower'],
    ['AWSAccelerator-Organizations-CloudTrail', null, 'landing-zone-accelerator'],
    ['MyOrg-Organizations-CloudTrail', null, 'landing-zone-accelerator'],
    ['org-trail', { Accelerator: 'MyOrg' }, 'landing-zone-accelerator'],
    ['org-trail', { team: 'security' }, null],
    ['org-trail', null, null]
  ] as const)('trail %s with tags %j: %s', (name, tags, manager) => {
    expect(trailManager(name, tags)).toBe(manager)
  })

  it.each([
    [CT_BUCKET, 'control-tower'],
    ['aws-controltower-s3-access-logs-222222222222-us-east-1', 'control-tower'],
    ['aws-accelerator-central-logs-222222222222-us-east-1', 'landing-zone-accelerator'],
    ['org-trail-logs', null]
  ] as const)('bucket %s: %s', (name, manager) => {
    expect(bucketManager(name)).toBe(manager)
  })
})

describe('leftToOwner', () => {
  const fixable: Step = {
    finding: {
      id: 'cloudtrail.logging',
      category: 'prerequisite',
      severity: 'fixable',
      title: 'Trail is not logging',
      detail: 'Logging was stopped',
      remediation: `aws cloudtrail start-logging --name ${CT_ARN} --region ${REGION}`
    },
    changes: [{ kind: 'start-logging', arn: CT_ARN, region: REGION }]
  }

  it("turns a write into a blocker with the owner's remedy, and leaves no change", () => {
    const step = leftToOwner(fixable, 'control-tower', () => true)
    expect(step.changes).toBeUndefined()
    expect(step.finding.severity).toBe('blocker')
    expect(step.finding.detail).toBe(
      `Logging was stopped. AWS Control Tower manages trail ${CT_TRAIL}, so org-trail leaves this to it.`
    )
    expect(step.finding.remediation).toContain('aws controltower reset-landing-zone')
    expect(step.finding.remediation).not.toContain('start-logging')
  })

  it('drops a write that only rides along (provenance tags) without a finding of its own', () => {
    const ok: Step = {
      finding: { ...fixable.finding, id: 'cloudtrail.tags', severity: 'ok', remediation: '' },
      changes: [{ kind: 'add-tags', arn: CT_ARN, region: REGION, tags: { a: 'b' }, before: { a: null } }]
    }
    expect(leftToOwner(ok, 'control-tower', () => true)).toEqual({ finding: ok.finding })
  })

  it('keeps the writes of resources the owner does not manage', () => {
    expect(leftToOwner(fixable, 'control-tower', (r) => r === 'bucket')).toBe(fixable)
  })
})

describe("the plan of Control Tower's own trail", () => {
  const ctSettings = (inputs: Record<string, string> = {}) =>
    settings({ 'trail-name': CT_TRAIL, 's3-bucket-name': CT_BUCKET, 's3-key-prefix': ORG_ID, ...inputs })
  const ctTrail = (config = {}, status = {}) =>
    observedTrail({ name: CT_TRAIL, arn: CT_ARN, s3BucketName: CT_BUCKET, s3KeyPrefix: ORG_ID, ...config }, status)
  const ctBucket = bucket({ name: CT_BUCKET, policy: ok(null) })

  it('makes no change to a drifted trail: each difference is a blocker with its remedy, and apply changes no control', () => {
    const p = plan(
      ctSettings(),
      observed({
        trail: ctTrail({ logFileValidationEnabled: false }, { isLogging: false }),
        trails: ok([trailConfig({ name: CT_TRAIL, arn: CT_ARN })]),
        bucket: ctBucket
      })
    )
    expect(p.changes).toEqual([])
    expect(p.managedBy).toBe('control-tower')
    for (const id of ['cloudtrail.trail', 'cloudtrail.logging', 's3.bucket-policy']) {
      expect(findingOf(p, id).severity).toBe('blocker')
      expect(findingOf(p, id).remediation).toContain('Control Tower')
    }
    const validation = findingOf(p, 'CloudTrail.4')
    expect(validation).toMatchObject({ severity: 'warning', control: { now: 'fail', afterApply: null } })
    expect(validation.remediation).toContain('landing zone')
    expect(p.findings.filter((f) => f.severity === 'fixable')).toEqual([])
  })

  it('sends a stopped trail that never delivered a log file to Control Tower, not to start-logging', () => {
    const p = plan(
      ctSettings(),
      observed({
        trail: { ...ctTrail(), status: ok({ isLogging: false }) },
        trails: ok([trailConfig({ name: CT_TRAIL, arn: CT_ARN })]),
        bucket: ctBucket
      })
    )
    const f = findingOf(p, 'delivery.log-files')
    expect(f).toMatchObject({ severity: 'warning', title: 'No log file delivered' })
    expect(f.remediation).toContain('Control Tower')
    expect(f.remediation).not.toContain('start-logging')
  })

  it('in sync, gives no command on the trail itself for a failing control', () => {
    const p = plan(
      ctSettings({ 's3-bucket-name': BUCKET }),
      observed({
        trail: ctTrail({ s3BucketName: BUCKET }),
        trails: ok([trailConfig({ name: CT_TRAIL, arn: CT_ARN })]),
        bucket: bucket({ policy: ok(grantingPolicy(CT_ARN, ORG_ID)) })
      })
    )
    expect(p.blocked).toBe(false)
    expect(findingOf(p, 'CloudTrail.2').remediation).not.toContain('update-trail')
    expect(findingOf(p, 'CloudTrail.2').remediation).toContain('Control Tower')
  })
})

describe("Control Tower's bucket, whatever the trail", () => {
  it.each(['true', 'false'])(
    'is never given a policy change (manage-bucket-policy %s): the statements are a blocker for its owner',
    (manage) => {
      const p = plan(
        settings({ 's3-bucket-name': CT_BUCKET, 'manage-bucket-policy': manage }),
        observed({ trail: null, trails: ok([]), bucket: bucket({ name: CT_BUCKET, policy: ok(null) }) })
      )
      const f = findingOf(p, 's3.bucket-policy')
      expect(f.severity).toBe('blocker')
      expect(f.detail).toContain('AWS Control Tower manages the bucket')
      expect(JSON.stringify(jsonIn(f.remediation).Statement)).toContain(`arn:aws:s3:::${CT_BUCKET}/AWSLogs/${ORG_ID}/*`)
      expect(p.changes.map((c) => c.kind)).not.toContain('put-bucket-policy')
    }
  )
})

describe("the Landing Zone Accelerator's trail and key", () => {
  it("asks LZA's configuration, not the key policy, for the statements its key lacks", () => {
    const p = plan(
      settings({ 'trail-name': LZA_TRAIL, 'kms-key-id': KEY_ARN, 'manage-kms-key-policy': 'true' }),
      observed({
        trail: observedTrail({ name: LZA_TRAIL, arn: LZA_ARN, kmsKeyId: KEY_ARN }),
        trails: ok([trailConfig({ name: LZA_TRAIL, arn: LZA_ARN })]),
        kmsKey: ok(kmsKey({ policy: null }))
      })
    )
    const f = findingOf(p, 'kms.key-policy')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('kmsResourcePolicyAttachments')
    expect(p.changes).toEqual([])
  })
})
