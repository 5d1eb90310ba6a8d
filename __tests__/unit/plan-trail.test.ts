// The planner's trail checks: create, the 5-trail limit, home region, drift, destructive changes,
// logging (other organization trails: plan-other-trails.test.ts).
import type { TrailConfig } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import type { Change } from '../../src/plan/types.js'
import {
  ACCOUNT,
  BUCKET,
  REGION,
  TRAIL,
  TRAIL_ARN,
  bucket,
  denied,
  findingOf,
  observed,
  observedTrail,
  ok,
  grantingPolicy,
  settings,
  trailConfig
} from '../support/fixtures.js'

const kinds = (changes: readonly Change[]) => changes.map((c) => c.kind)
const absent = (trails: readonly TrailConfig[] = []) => observed({ trail: null, trails: ok(trails) })
const otherTrail = (name: string, overrides: Partial<TrailConfig> = {}) =>
  trailConfig({
    name,
    arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`,
    isOrganizationTrail: false,
    isMultiRegionTrail: false,
    ...overrides
  })

describe('a trail that does not exist', () => {
  it('is created in the home region as declared, then logging is started', () => {
    const s = settings()
    const p = plan(s, absent())
    expect(findingOf(p, 'cloudtrail.trail')).toMatchObject({
      severity: 'fixable',
      title: expect.stringContaining(TRAIL),
      detail: expect.stringContaining(REGION)
    })
    expect(p.changes).toEqual([
      { kind: 'create-trail', region: REGION, trail: s.trail },
      { kind: 'start-logging', arn: TRAIL_ARN, region: REGION }
    ])
    expect(p.trailArn).toBe(TRAIL_ARN)
  })

  it('is created without starting logging when start-logging is false', () => {
    expect(kinds(plan(settings({ 'start-logging': 'false' }), absent()).changes)).toEqual(['create-trail'])
  })

  it('is created in the declared region, with an ARN in that region', () => {
    const p = plan(settings({ 'aws-region': 'eu-west-1' }), absent())
    expect(p.changes).toContainEqual(expect.objectContaining({ kind: 'create-trail', region: 'eu-west-1' }))
    expect(p.trailArn).toBe(`arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${TRAIL}`)
    expect(p.homeRegion).toBe('eu-west-1')
  })
})

describe('cloudtrail.trail-limit', () => {
  const five = ['a1', 'a2', 'a3', 'a4', 'a5'].map((n) => otherTrail(n))

  it('blocks creating a sixth trail in the region, listing the five', () => {
    const p = plan(settings(), absent(five))
    const f = findingOf(p, 'cloudtrail.trail-limit')
    expect(f.severity).toBe('blocker')
    for (const t of five) expect(f.detail).toContain(t.name)
    expect(f.remediation).toContain('aws cloudtrail delete-trail')
    expect(f.remediation).toContain(`--region ${REGION}`)
    expect(kinds(p.changes)).not.toContain('create-trail')
    expect(p.blocked).toBe(true)
  })

  const homedIn = (region: string, n: string, multiRegion: boolean) =>
    otherTrail(n, {
      homeRegion: region,
      arn: `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${n}`,
      isMultiRegionTrail: multiRegion
    })

  it('counts a multi-region trail homed elsewhere too: it counts as one trail in every region', () => {
    const shadows = ['s1', 's2'].map((n) => homedIn('eu-west-1', n, true))
    const p = plan(settings(), absent([...five.slice(0, 3), ...shadows]))
    const f = findingOf(p, 'cloudtrail.trail-limit')
    expect(f.severity).toBe('blocker')
    for (const t of [...five.slice(0, 3), ...shadows]) expect(f.detail).toContain(t.name)
    expect(f.detail).toContain('s1 (multi-region, homed in eu-west-1)')
    expect(f.remediation).toContain('--region eu-west-1')
    expect(kinds(p.changes)).not.toContain('create-trail')
  })

  it('leaves out what does not count here: single-region trails of other regions, other accounts’ trails', () => {
    const elsewhere = homedIn('eu-west-1', 'e1', false)
    const organizations = otherTrail('their-org-trail', {
      arn: `arn:aws:cloudtrail:${REGION}:999999999999:trail/their-org-trail`,
      isMultiRegionTrail: true
    })
    const p = plan(
      settings(),
      absent([...five.slice(0, 3), homedIn('eu-west-1', 's1', true), elsewhere, organizations])
    )
    expect(findingOf(p, 'cloudtrail.trail-limit')).toMatchObject({
      severity: 'ok',
      detail: expect.stringContaining('4 of 5')
    })
    expect(kinds(p.changes)).toContain('create-trail')
  })

  it('is not a concern for a trail that already exists', () => {
    const p = plan(settings(), observed({ trails: ok([trailConfig(), ...five.slice(0, 4)]) }))
    expect(p.findings.map((f) => f.id)).not.toContain('cloudtrail.trail-limit')
    expect(p.blocked).toBe(false)
  })
})

describe('an existing trail', () => {
  it('is ok, with no change, when configured as declared and logging', () => {
    const p = plan(settings(), observed())
    expect(findingOf(p, 'cloudtrail.trail').severity).toBe('ok')
    expect(findingOf(p, 'cloudtrail.logging').severity).toBe('ok')
    expect(p.changes).toEqual([])
  })

  it('is updated, field by field, where it differs without weakening', () => {
    const p = plan(
      settings({ 's3-key-prefix': 'org', 'allow-destructive-changes': 'true' }),
      observed({ trail: observedTrail({ s3BucketName: 'old-bucket', logFileValidationEnabled: false }) })
    )
    const f = findingOf(p, 'cloudtrail.trail')
    expect(f.severity).toBe('fixable')
    expect(f.detail).toContain('S3 bucket: old-bucket → org-trail-logs')
    expect(f.detail).toContain('S3 key prefix: (none) → org')
    // A first prefix moves delivery: allowed here, and said where from and to.
    expect(findingOf(p, 'trail.destructive.S3KeyPrefix')).toMatchObject({
      severity: 'warning',
      detail: expect.stringContaining(`(s3://old-bucket/AWSLogs/ → s3://${BUCKET}/org/AWSLogs/)`)
    })
    // The bucket policy is extended for the new prefix too; here only the trail's own change matters.
    expect(p.changes.filter((c) => c.kind !== 'put-bucket-policy')).toEqual([
      {
        kind: 'update-trail',
        arn: TRAIL_ARN,
        region: REGION,
        fields: [
          { field: 'S3BucketName', before: 'old-bucket', after: BUCKET },
          { field: 'S3KeyPrefix', before: '', after: 'org' },
          { field: 'EnableLogFileValidation', before: false, after: true }
        ]
      }
    ])
    expect(p.findings.map((f) => f.id)).not.toContain('trail.destructive.EnableLogFileValidation')
  })

  describe('homed in another region', () => {
    const EU_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${TRAIL}`
    const elsewhere = () => {
      const trail = observedTrail(
        { arn: EU_ARN, homeRegion: 'eu-west-1', s3BucketName: 'old-bucket' },
        { isLogging: false }
      )
      return observed({
        trail,
        trails: ok([trail.config]),
        bucket: bucket({ policy: ok<string | null>(grantingPolicy(EU_ARN)) })
      })
    }

    it('warns, and says which region to declare', () => {
      const f = findingOf(plan(settings(), elsewhere()), 'cloudtrail.home-region')
      expect(f.severity).toBe('warning')
      expect(f.detail).toContain('eu-west-1')
      expect(f.remediation).toBe('Set aws-region: eu-west-1 to make the declaration match.')
    })

    it('routes every write to the home region and addresses the trail by its ARN', () => {
      const p = plan(settings(), elsewhere())
      expect(p.homeRegion).toBe('eu-west-1')
      expect(p.trailArn).toBe(EU_ARN)
      expect(p.changes).toEqual([
        {
          kind: 'update-trail',
          arn: EU_ARN,
          region: 'eu-west-1',
          fields: [{ field: 'S3BucketName', before: 'old-bucket', after: BUCKET }]
        },
        { kind: 'start-logging', arn: EU_ARN, region: 'eu-west-1' }
      ])
    })

    it('does not warn when homed in the declared region', () => {
      expect(plan(settings(), observed()).findings.map((f) => f.id)).not.toContain('cloudtrail.home-region')
    })
  })

  describe('destructive changes', () => {
    const cases = [
      ['IsOrganizationTrail', { 'is-organization-trail': 'false' }, {}],
      ['IsMultiRegionTrail', { 'is-multi-region-trail': 'false' }, {}],
      [
        'IncludeGlobalServiceEvents',
        { 'is-multi-region-trail': 'false', 'include-global-service-events': 'false' },
        { isMultiRegionTrail: false }
      ],
      ['EnableLogFileValidation', { 'enable-log-file-validation': 'false' }, {}]
    ] as const

    it.each(cases)(
      'turning off %s is a blocker with its reason, and nothing is updated',
      (field, inputs, observedConfig) => {
        const p = plan(settings(inputs), observed({ trail: observedTrail(observedConfig) }))
        const f = findingOf(p, `trail.destructive.${field}`)
        expect(f.severity).toBe('blocker')
        expect(f.detail.length).toBeGreaterThan(30)
        expect(f.remediation).toContain('allow-destructive-changes: true')
        expect(kinds(p.changes)).not.toContain('update-trail')
        expect(p.blocked).toBe(true)
      }
    )

    it.each(cases)(
      'turning off %s with allow-destructive-changes is a warning and an update',
      (field, inputs, observedConfig) => {
        const p = plan(
          settings({ ...inputs, 'allow-destructive-changes': 'true' }),
          observed({ trail: observedTrail(observedConfig) })
        )
        expect(findingOf(p, `trail.destructive.${field}`).severity).toBe('warning')
        const update = p.changes.find((c) => c.kind === 'update-trail')
        expect(update).toMatchObject({
          kind: 'update-trail',
          fields: expect.arrayContaining([{ field, before: true, after: false }])
        })
        expect(p.blocked).toBe(false)
      }
    )

    it('still reports the other drift of the trail when a destructive change is refused', () => {
      const p = plan(
        settings({ 'enable-log-file-validation': 'false' }),
        observed({ trail: observedTrail({ s3BucketName: 'old-bucket' }) })
      )
      expect(findingOf(p, 'trail.destructive.EnableLogFileValidation').severity).toBe('blocker')
      // The bucket change is not destructive: one pass must show it too, not only after the blocker is fixed.
      const drift = p.findings.filter((f) => f.detail.includes('old-bucket'))
      expect(drift).toHaveLength(1)
    })
  })
})

describe('cloudtrail.logging', () => {
  const stopped = () => observed({ trail: observedTrail({}, { isLogging: false }) })

  it('is fixable with a start-logging change and the exact command when stopped', () => {
    const p = plan(settings(), stopped())
    const f = findingOf(p, 'cloudtrail.logging')
    expect(f.severity).toBe('fixable')
    expect(f.remediation).toBe(`aws cloudtrail start-logging --name ${TRAIL_ARN} --region ${REGION}`)
    expect(p.changes).toEqual([{ kind: 'start-logging', arn: TRAIL_ARN, region: REGION }])
  })

  it('is a warning, with no change, when start-logging is false', () => {
    const p = plan(settings({ 'start-logging': 'false' }), stopped())
    const f = findingOf(p, 'cloudtrail.logging')
    expect(f.severity).toBe('warning')
    expect(f.remediation).toBe(`aws cloudtrail start-logging --name ${TRAIL_ARN} --region ${REGION}`)
    expect(p.changes).toEqual([])
  })

  it('blocks when the status cannot be read, naming cloudtrail:GetTrailStatus', () => {
    const trail = { ...observedTrail(), status: denied('cloudtrail:GetTrailStatus') }
    const f = findingOf(plan(settings(), observed({ trail })), 'cloudtrail.logging')
    expect(f.severity).toBe('blocker')
    expect(f.remediation).toContain('cloudtrail:GetTrailStatus')
  })
})

it('blocks when the trails cannot be listed, naming cloudtrail:DescribeTrails', () => {
  const p = plan(settings(), observed({ trails: denied('cloudtrail:DescribeTrails') }))
  const f = findingOf(p, 'cloudtrail.trail')
  expect(f.severity).toBe('blocker')
  expect(f.detail).toContain('cloudtrail:DescribeTrails')
  expect(p.blocked).toBe(true)
})

describe('the S3 key prefix of an existing trail', () => {
  const withPrefix = (prefix: string) =>
    observed({
      trail: observedTrail({ s3KeyPrefix: prefix }),
      bucket: bucket({ policy: ok<string | null>(grantingPolicy(TRAIL_ARN, prefix)) })
    })

  it('an empty input keeps it: no change, and the bucket policy is judged on the trail’s log paths', () => {
    const p = plan(settings({ 's3-key-prefix': '' }), withPrefix('cloudtrail'))
    expect(p.changes).toEqual([])
    expect(findingOf(p, 's3.bucket-policy').severity).toBe('ok')
  })

  it('a different one is refused, with why, and nothing of it is planned', () => {
    const p = plan(settings({ 's3-key-prefix': 'elsewhere' }), withPrefix('cloudtrail'))
    expect(findingOf(p, 'trail.destructive.S3KeyPrefix')).toMatchObject({
      severity: 'blocker',
      title: 'Refusing to change the S3 key prefix',
      detail: expect.stringMatching(/cloudtrail to elsewhere.*another path.*Athena/) as string,
      remediation: expect.stringContaining('allow-destructive-changes: true') as string
    })
    expect(p.blocked).toBe(true)
    expect(p.changes.filter((c) => c.kind === 'update-trail')).toEqual([])
  })

  it('with allow-destructive-changes it is changed, with a warning that says so', () => {
    const p = plan(
      settings({ 's3-key-prefix': 'elsewhere', 'allow-destructive-changes': 'true' }),
      withPrefix('cloudtrail')
    )
    expect(findingOf(p, 'trail.destructive.S3KeyPrefix').severity).toBe('warning')
    expect(p.changes.find((c) => c.kind === 'update-trail')).toMatchObject({
      fields: [{ field: 'S3KeyPrefix', before: 'cloudtrail', after: 'elsewhere' }]
    })
  })
})
