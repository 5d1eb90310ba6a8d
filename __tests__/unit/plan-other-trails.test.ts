// cloudtrail.other-organization-trail: an organization trail that already logs the organization, beside the
// declared one, is a blocker naming it, its bucket and prefix, who manages it and how many accounts would
// record every management event twice, with both ways forward; a warning with the same facts when the second
// trail is declared on purpose or records no management events.
import type { TrailConfig } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import { ACCOUNT, REGION, denied, findingOf, observed, ok, settings, trailConfig } from '../support/fixtures.js'

const ID = 'cloudtrail.other-organization-trail'
const CT_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/aws-controltower-BaselineCloudTrail`
const controlTower = trailConfig({
  name: 'aws-controltower-BaselineCloudTrail',
  arn: CT_ARN,
  s3BucketName: 'aws-controltower-logs-222222222222-us-east-1',
  s3KeyPrefix: 'o-exampleorgid'
})
const accountTrail = trailConfig({
  name: 'account-trail',
  arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/account-trail`,
  isOrganizationTrail: false
})
/** Six active accounts: the management account and five members. */
const SIX = ok(6)

const withTrails = (trails: readonly TrailConfig[], existing = true) =>
  observed({
    ...(existing ? { trails: ok([trailConfig(), ...trails]) } : { trail: null, trails: ok(trails) }),
    activeAccounts: SIX
  })

describe(ID, () => {
  it('is ok when no other organization trail exists: account trails do not count', () => {
    expect(findingOf(plan(settings(), withTrails([accountTrail])), ID).severity).toBe('ok')
  })

  it.each([
    ['an existing trail', true],
    ['a trail to create', false]
  ])(
    'blocks %s beside another one, naming it, its bucket, prefix, manager and the member accounts that record twice',
    (_, existing) => {
      const p = plan(settings(), withTrails([controlTower], existing))
      const f = findingOf(p, ID)
      expect(f.severity).toBe('blocker')
      expect(p.blocked).toBe(true)
      const text = `${f.title}\n${f.detail}`
      expect(text).toContain(CT_ARN)
      expect(text).toContain('aws-controltower-logs-222222222222-us-east-1')
      expect(text).toContain('o-exampleorgid')
      expect(text).toContain('managed by AWS Control Tower')
      expect(text).toContain('5 active member accounts')
      expect(f.remediation).toContain('trail-name: aws-controltower-BaselineCloudTrail')
      expect(f.remediation).toContain('mode: check')
      expect(f.remediation).toContain('allow-second-organization-trail: true')
      expect(f.remediation).not.toContain('delete-trail')
    }
  )

  it('says "unknown" of a manager it does not recognize, and names an LZA trail by its name', () => {
    const legacy = trailConfig({ name: 'legacy', arn: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/legacy` })
    const lza = trailConfig({
      name: 'MyOrg-Organizations-CloudTrail',
      arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/MyOrg-Organizations-CloudTrail`
    })
    const f = findingOf(plan(settings(), withTrails([legacy, lza])), ID)
    expect(f.title).toBe('2 other organization trails already log the organization')
    expect(f.detail).toContain('(manager unknown)')
    expect(f.detail).toContain('managed by the Landing Zone Accelerator (LZA)')
  })

  it('is a warning with the same facts when allow-second-organization-trail is true', () => {
    const p = plan(settings({ 'allow-second-organization-trail': 'true' }), withTrails([controlTower], false))
    const f = findingOf(p, ID)
    expect(f).toMatchObject({ severity: 'warning', remediation: '' })
    expect(f.detail).toContain(CT_ARN)
    expect(f.detail).toContain('5 active member accounts')
    expect(p.blocked).toBe(false)
    expect(p.changes.map((c) => c.kind)).toContain('create-trail')
  })

  it('is a warning when the declared trail records no management events: none is recorded twice', () => {
    const dataOnly = JSON.stringify([
      {
        Name: 'S3 data events',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] }
        ]
      }
    ])
    const f = findingOf(plan(settings({ 'advanced-event-selectors': dataOnly }), withTrails([controlTower], false)), ID)
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('records no management events')
  })

  it('says when the member accounts could not be counted, and why', () => {
    const o = { ...withTrails([controlTower]), activeAccounts: denied('organizations:ListAccounts') }
    expect(findingOf(plan(settings(), o), ID).detail).toMatch(
      /every active member account \(how many is unknown: organizations:ListAccounts was denied/
    )
  })

  it('is not judged for an account trail', () => {
    const p = plan(settings({ 'is-organization-trail': 'false' }), withTrails([controlTower]))
    expect(p.findings.map((f) => f.id)).not.toContain(ID)
  })
})
