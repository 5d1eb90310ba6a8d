// Posture findings, named after the Security Hub / CIS CloudTrail controls, and delivery health.
import type { KmsKey, ObservedTrail } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import { KEY_ARN, kmsKey, optionObserved, optionSettings } from '../support/trail-options.js'
import {
  BUCKET,
  REGION,
  TRAIL_ARN,
  bucket,
  denied,
  findingOf,
  observed,
  observedTrail,
  ok,
  settings
} from '../support/fixtures.js'

const postureOf = (p: ReturnType<typeof plan>, id: string) => {
  const f = findingOf(p, id)
  expect(f.category).toBe('posture')
  return f
}

describe('CloudTrail.1: multi-region with read and write management events', () => {
  it('passes for a multi-region trail logging all management events', () => {
    expect(postureOf(plan(settings(), observed()), 'CloudTrail.1').severity).toBe('ok')
  })

  it('warns for a single-region declaration, pointing at the input', () => {
    const p = plan(
      settings({ 'is-multi-region-trail': 'false' }),
      observed({ trail: observedTrail({ isMultiRegionTrail: false }) })
    )
    const f = postureOf(p, 'CloudTrail.1')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain('is-multi-region-trail: true')
  })

  it('warns when management events are read-only, with the put-event-selectors command for this trail', () => {
    const trail: ObservedTrail = { ...observedTrail(), managementEvents: ok({ any: true, readAndWrite: false }) }
    const f = postureOf(plan(settings(), observed({ trail })), 'CloudTrail.1')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain(`aws cloudtrail put-event-selectors --trail-name ${TRAIL_ARN} --region ${REGION}`)
    expect(f.remediation).toContain('"ReadWriteType":"All"')
  })

  it('does not claim the control passes when the selectors could not be read', () => {
    const trail: ObservedTrail = { ...observedTrail(), managementEvents: denied('cloudtrail:GetEventSelectors') }
    const f = postureOf(plan(settings(), observed({ trail })), 'CloudTrail.1')
    expect(f.severity).not.toBe('ok')
    expect(f.detail).toContain('cloudtrail:GetEventSelectors')
  })
})

describe('CloudTrail.2: SSE-KMS', () => {
  it('passes with a KMS key, naming it', () => {
    const key = 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const f = postureOf(plan(settings(), observed({ trail: observedTrail({ kmsKeyId: key }) })), 'CloudTrail.2')
    expect(f).toMatchObject({ severity: 'ok', detail: expect.stringContaining(key) })
  })

  it('warns without one, with the update-trail command for this trail', () => {
    const f = postureOf(plan(settings(), observed()), 'CloudTrail.2')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain(`aws cloudtrail update-trail --name ${TRAIL_ARN} --region ${REGION} --kms-key-id`)
  })
})

describe('CloudTrail.4: log file validation', () => {
  it('passes when declared on', () => {
    expect(postureOf(plan(settings(), observed()), 'CloudTrail.4').severity).toBe('ok')
  })

  it('warns when declared off, pointing at the input', () => {
    const p = plan(
      settings({ 'enable-log-file-validation': 'false' }),
      observed({ trail: observedTrail({ logFileValidationEnabled: false }) })
    )
    const f = postureOf(p, 'CloudTrail.4')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain('enable-log-file-validation: true')
  })

  it('judges the trail as it is: validation off now fails now, and passes after the apply that turns it on', () => {
    const p = plan(settings(), observed({ trail: observedTrail({ logFileValidationEnabled: false }) }))
    const f = postureOf(p, 'CloudTrail.4')
    expect(f.severity).toBe('fixable')
    expect(f.control).toMatchObject({ now: 'fail', afterApply: 'pass' })
    expect(f.detail).toMatch(/^Log file validation is off/)
  })
})

describe('CloudTrail.5: CloudWatch Logs', () => {
  it('passes with a log group, naming it', () => {
    const group = 'arn:aws:logs:us-east-1:111111111111:log-group:CloudTrail/org:*'
    const f = postureOf(
      plan(settings(), observed({ trail: observedTrail({ cloudWatchLogsLogGroupArn: group }) })),
      'CloudTrail.5'
    )
    expect(f).toMatchObject({ severity: 'ok', detail: expect.stringContaining(group) })
  })

  it('warns without one, with the command for this trail', () => {
    const f = postureOf(plan(settings(), observed()), 'CloudTrail.5')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain(
      `aws cloudtrail update-trail --name ${TRAIL_ARN} --region ${REGION} --cloud-watch-logs-log-group-arn`
    )
  })
})

describe('CloudTrail.6: the log bucket is not public', () => {
  it('passes with Block Public Access fully on and a private policy', () => {
    expect(postureOf(plan(settings(), observed()), 'CloudTrail.6').severity).toBe('ok')
  })

  it('warns when the policy makes the bucket public, with the command for this bucket', () => {
    const f = postureOf(plan(settings(), observed({ bucket: bucket({ policyIsPublic: ok(true) }) })), 'CloudTrail.6')
    expect(f.severity).toBe('warning')
    expect(f.title).toMatch(/public/i)
    expect(f.remediation).toContain(`aws s3api put-public-access-block --bucket ${BUCKET}`)
  })

  it.each([
    ['no configuration', null],
    [
      'a partial configuration',
      { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true }
    ]
  ])('warns with %s of Block Public Access', (_, block) => {
    const f = postureOf(
      plan(settings(), observed({ bucket: bucket({ publicAccessBlock: ok(block) }) })),
      'CloudTrail.6'
    )
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain(`--bucket ${BUCKET}`)
    expect(f.remediation).toContain('BlockPublicPolicy=true')
  })
})

describe('CloudTrail.7: access logging on the log bucket', () => {
  it('passes when on', () => {
    expect(postureOf(plan(settings(), observed()), 'CloudTrail.7').severity).toBe('ok')
  })

  it('warns when off, with the put-bucket-logging command for this bucket', () => {
    const f = postureOf(plan(settings(), observed({ bucket: bucket({ accessLogging: ok(false) }) })), 'CloudTrail.7')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toContain(`aws s3api put-bucket-logging --bucket ${BUCKET}`)
  })

  it('warns, naming the action, when it cannot be read', () => {
    const f = postureOf(
      plan(settings(), observed({ bucket: bucket({ accessLogging: denied('s3:GetBucketLogging') }) })),
      'CloudTrail.7'
    )
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('s3:GetBucketLogging')
  })
})

it('skips the bucket controls when the bucket does not exist', () => {
  const ids = plan(settings(), observed({ bucket: bucket({ region: ok<string | null>(null) }) })).findings.map(
    (f) => f.id
  )
  expect(ids).not.toContain('CloudTrail.6')
  expect(ids).not.toContain('CloudTrail.7')
})

describe('delivery', () => {
  it('passes when CloudTrail reports no delivery error, showing the latest delivery', () => {
    const at = new Date('2026-11-20T10:00:00Z')
    const p = plan(settings(), observed({ trail: observedTrail({}, { latestDeliveryTime: at }) }))
    expect(postureOf(p, 'delivery.log-files')).toMatchObject({
      severity: 'ok',
      detail: expect.stringContaining('2026-11-20T10:00:00.000Z')
    })
    expect(postureOf(p, 'delivery.digest-files').severity).toBe('ok')
  })

  it('warns with the error CloudTrail reports for log files', () => {
    const p = plan(settings(), observed({ trail: observedTrail({}, { latestDeliveryError: 'AccessDenied' }) }))
    const f = postureOf(p, 'delivery.log-files')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('AccessDenied')
    expect(f.remediation).toMatch(/bucket policy/)
  })

  it('warns with the error CloudTrail reports for digest files', () => {
    const p = plan(settings(), observed({ trail: observedTrail({}, { latestDigestDeliveryError: 'NoSuchBucket' }) }))
    expect(postureOf(p, 'delivery.digest-files')).toMatchObject({
      severity: 'warning',
      detail: expect.stringContaining('NoSuchBucket')
    })
  })

  it('does not pass a trail that has never delivered a log file: logging, not yet; stopped, none', () => {
    const started = new Date('2026-11-20T10:00:00Z')
    const fresh = plan(
      settings(),
      observed({
        trail: observedTrail(
          {},
          { startLoggingTime: started, latestDeliveryTime: undefined, latestDigestDeliveryTime: undefined }
        )
      })
    )
    expect(postureOf(fresh, 'delivery.log-files')).toMatchObject({
      severity: 'warning',
      title: 'No log file delivered yet',
      detail: expect.stringContaining('since logging started at 2026-11-20T10:00:00.000Z') as string,
      remediation: expect.stringMatching(/^Run again later/) as string
    })
    expect(postureOf(fresh, 'delivery.digest-files')).toMatchObject({
      severity: 'warning',
      title: 'No digest file delivered yet',
      detail: expect.stringContaining('every hour') as string
    })

    const stopped = plan(
      settings({ 'start-logging': 'false' }),
      observed({ trail: observedTrail({}, { isLogging: false, latestDeliveryTime: undefined }) })
    )
    expect(postureOf(stopped, 'delivery.log-files')).toMatchObject({
      severity: 'warning',
      title: 'No log file delivered',
      detail: expect.stringContaining('not logging') as string
    })
  })

  it('expects no digest file from a trail without log file validation (CloudTrail.4 says so)', () => {
    const p = plan(
      settings({ 'enable-log-file-validation': 'false', 'allow-destructive-changes': 'true' }),
      observed({ trail: observedTrail({ logFileValidationEnabled: false }, { latestDigestDeliveryTime: undefined }) })
    )
    expect(postureOf(p, 'delivery.digest-files')).toMatchObject({
      severity: 'ok',
      title: 'No digest files: log file validation is off'
    })
  })

  it('is not judged for a trail that does not exist yet', () => {
    const ids = plan(settings(), observed({ trail: null, trails: ok([]) })).findings.map((f) => f.id)
    expect(ids).not.toContain('delivery.log-files')
    expect(ids).not.toContain('delivery.digest-files')
  })
})

it('never blocks: posture findings are warnings at most', () => {
  const trail: ObservedTrail = {
    ...observedTrail({}, { latestDeliveryError: 'x', latestDigestDeliveryError: 'y' }),
    managementEvents: ok({ any: true, readAndWrite: false })
  }
  const p = plan(
    settings(),
    observed({ trail, bucket: bucket({ policyIsPublic: ok(true), accessLogging: ok(false) }) })
  )
  const posture = p.findings.filter((f) => f.category === 'posture')
  // CloudTrail.1, .2, .5, .6, .7, S3.22, S3.23 and both delivery checks fail here…
  expect(
    posture
      .filter((f) => f.severity === 'warning')
      .map((f) => f.id)
      .sort()
  ).toEqual([
    'CloudTrail.1',
    'CloudTrail.2',
    'CloudTrail.5',
    'CloudTrail.6',
    'CloudTrail.7',
    'S3.22',
    'S3.23',
    'delivery.digest-files',
    'delivery.log-files'
  ])
  // …and none of them stops the run.
  expect(posture.filter((f) => f.severity === 'blocker' || f.severity === 'fixable')).toEqual([])
  expect(p.blocked).toBe(false)
})

describe('the trail as it is, and after apply', () => {
  it('a drift run: a single-region trail fails CloudTrail.1 now and passes after apply, as its table says', () => {
    const p = plan(settings({ mode: 'check' }), observed({ trail: observedTrail({ isMultiRegionTrail: false }) }))
    const f = postureOf(p, 'CloudTrail.1')
    expect(f.severity).toBe('fixable')
    expect(f.control).toEqual({ securityHub: 'CloudTrail.1', cis: '3.1', now: 'fail', afterApply: 'pass' })
    expect(f.detail).toContain('The trail logs only its home region.')
    // Apply fixes it: nothing for the reader to paste.
    expect(f.remediation).toBe('')
  })

  it('no trail: every trail control says so, and none passes now', () => {
    const p = plan(settings(), observed({ trail: null, trails: ok([]) }))
    const trailControls = ['CloudTrail.1', 'CloudTrail.2', 'CloudTrail.4', 'CloudTrail.5', 'S3.22', 'S3.23']
    for (const id of trailControls) {
      const f = postureOf(p, id)
      expect(f.control?.now).toBe('no-trail')
      expect(f.severity).not.toBe('ok')
      expect(f.detail).toMatch(/^There is no trail\./)
    }
    // What apply would create: multi-region with validation passes; no KMS key nor data events does not.
    expect(postureOf(p, 'CloudTrail.1').control?.afterApply).toBe('pass')
    expect(postureOf(p, 'CloudTrail.4').control?.afterApply).toBe('pass')
    expect(postureOf(p, 'CloudTrail.2').control?.afterApply).toBe('fail')
    expect(postureOf(p, 'S3.22').control?.afterApply).toBe('fail')
  })

  it('a control apply does not change shows no "after apply"', () => {
    const f = postureOf(plan(settings(), observed()), 'CloudTrail.2')
    expect(f.control).toMatchObject({ now: 'fail', afterApply: null })
    expect(f.severity).toBe('warning')
  })
})

describe('ids auditors know: Security Hub and CIS AWS Foundations Benchmark v3.0.0', () => {
  it.each([
    ['CloudTrail.1', '3.1'],
    ['CloudTrail.2', '3.5'],
    ['CloudTrail.4', '3.2'],
    ['CloudTrail.5', null],
    ['CloudTrail.6', null],
    ['CloudTrail.7', '3.4'],
    ['S3.22', '3.8'],
    ['S3.23', '3.9']
  ])('%s is CIS %s', (id, cis) => {
    expect(postureOf(plan(settings(), observed()), id).control).toMatchObject({ securityHub: id, cis })
  })

  it('KMS.4 is CIS 3.6', () => {
    const p = plan(optionSettings({ 'kms-key-id': KEY_ARN }), optionObserved({ kmsKey: ok<KmsKey | null>(kmsKey()) }))
    expect(findingOf(p, 'KMS.4').control).toMatchObject({ securityHub: 'KMS.4', cis: '3.6' })
  })
})

describe('S3.22 and S3.23: S3 object-level write and read events', () => {
  const withSelectors = (event: object[], advanced: object[]): ObservedTrail => ({
    ...observedTrail(),
    selectors: ok({ event, advanced })
  })

  it('fail on CloudTrail default selectors, with the selectors to declare', () => {
    const p = plan(settings(), observed())
    for (const id of ['S3.22', 'S3.23']) {
      const f = postureOf(p, id)
      expect(f.severity).toBe('warning')
      expect(f.remediation).toContain('advanced-event-selectors: |')
      expect(f.remediation).toContain('AWS::S3::Object')
    }
  })

  it('pass with an advanced selector for every S3 object, read and write', () => {
    const all = {
      Name: 'S3',
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Data'] },
        { Field: 'resources.type', Equals: ['AWS::S3::Object'] }
      ]
    }
    const p = plan(settings(), observed({ trail: withSelectors([], [all]) }))
    expect(postureOf(p, 'S3.22').severity).toBe('ok')
    expect(postureOf(p, 'S3.23').severity).toBe('ok')
  })

  it('count write only for a WriteOnly basic selector on all buckets, and nothing for a list of buckets', () => {
    const writeOnly = plan(
      settings(),
      observed({
        trail: withSelectors(
          [{ ReadWriteType: 'WriteOnly', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }],
          []
        )
      })
    )
    expect(postureOf(writeOnly, 'S3.22').severity).toBe('ok')
    expect(postureOf(writeOnly, 'S3.23').severity).toBe('warning')
    const oneBucket = plan(
      settings(),
      observed({
        trail: withSelectors([{ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::one/'] }] }], [])
      })
    )
    expect(postureOf(oneBucket, 'S3.22').severity).toBe('warning')
  })

  it('after apply of declared selectors that log every S3 object: fail now, pass after', () => {
    const declared = settings({
      'advanced-event-selectors':
        '- Name: Management\n  FieldSelectors:\n    - { Field: eventCategory, Equals: [Management] }\n- Name: S3\n  FieldSelectors:\n    - { Field: eventCategory, Equals: [Data] }\n    - { Field: resources.type, Equals: [AWS::S3::Object] }'
    })
    const f = postureOf(plan(declared, observed()), 'S3.23')
    expect(f.control).toMatchObject({ now: 'fail', afterApply: 'pass' })
  })

  it('unknown when the selectors could not be read', () => {
    const trail: ObservedTrail = { ...observedTrail(), selectors: denied('cloudtrail:GetEventSelectors') }
    const f = postureOf(plan(settings(), observed({ trail })), 'S3.22')
    expect(f.control?.now).toBe('unknown')
    expect(f.detail).toContain('cloudtrail:GetEventSelectors')
  })
})

describe('KMS.4: rotation of the trail key', () => {
  const run = (key: KmsKey, trailKey = true) =>
    plan(
      optionSettings({ 'kms-key-id': KEY_ARN }),
      optionObserved({
        kmsKey: ok<KmsKey | null>(key),
        ...(trailKey ? {} : { trail: observedTrail() })
      })
    )

  it('passes when rotation is on', () => {
    expect(findingOf(run(kmsKey({ rotationEnabled: ok(true) })), 'KMS.4').severity).toBe('ok')
  })

  it('warns when rotation is off, with the command for this key', () => {
    const f = findingOf(run(kmsKey({ rotationEnabled: ok(false) })), 'KMS.4')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toBe(`aws kms enable-key-rotation --key-id ${KEY_ARN} --region us-east-1`)
  })

  it('is unknown, naming the action, when the rotation could not be read', () => {
    const f = findingOf(run(kmsKey({ rotationEnabled: denied('kms:GetKeyRotationStatus') })), 'KMS.4')
    expect(f.control?.now).toBe('unknown')
    expect(f.detail).toContain('kms:GetKeyRotationStatus')
  })

  it('is not judged when the trail has and will have no key', () => {
    expect(plan(settings(), observed()).findings.map((f) => f.id)).not.toContain('KMS.4')
  })
})
