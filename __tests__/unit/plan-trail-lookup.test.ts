// Where the managed trail is found, and what the plan does with a trail found elsewhere: another home
// region, or the organization trail a delegated administrator manages by its ARN.
import { locateTrail } from '../../src/observe/index.js'
import type { TrailConfig } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import {
  ACCOUNT,
  MEMBER_ACCOUNT,
  REGION,
  TRAIL,
  TRAIL_ARN,
  denied,
  findingOf,
  memberIdentity,
  observed,
  observedTrail,
  ok,
  grantingPolicy,
  bucket,
  settings,
  trailConfig
} from '../support/fixtures.js'

const EU_ARN = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${TRAIL}`
const MEMBER_ARN = `arn:aws:cloudtrail:${REGION}:${MEMBER_ACCOUNT}:trail/${TRAIL}`
const summary = (t: TrailConfig) => ({ name: t.name, arn: t.arn, homeRegion: t.homeRegion })

describe('locateTrail', () => {
  it('finds the trail at its expected ARN first', () => {
    const here = trailConfig()
    const eu = trailConfig({ arn: EU_ARN, homeRegion: 'eu-west-1' })
    expect(locateTrail([here], [summary(eu), summary(here)], TRAIL_ARN, ACCOUNT, TRAIL)).toEqual({
      arn: TRAIL_ARN,
      homeRegion: REGION
    })
  })

  it('finds a single-region trail of that name homed in another region, which DescribeTrails does not show', () => {
    const eu = trailConfig({ arn: EU_ARN, homeRegion: 'eu-west-1', isMultiRegionTrail: false })
    expect(locateTrail([], [summary(eu)], TRAIL_ARN, ACCOUNT, TRAIL)).toEqual({ arn: EU_ARN, homeRegion: 'eu-west-1' })
  })

  it("never takes another account's trail of the same name (a delegated administrator's own account trail)", () => {
    const own = trailConfig({ arn: MEMBER_ARN, isOrganizationTrail: false })
    expect(locateTrail([own], [summary(own)], TRAIL_ARN, ACCOUNT, TRAIL)).toBeNull()
  })

  it('does not take a trail of another name', () => {
    const other = trailConfig({ name: 'other', arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/other` })
    expect(locateTrail([other], [summary(other)], TRAIL_ARN, ACCOUNT, TRAIL)).toBeNull()
  })
})

describe('a trail of the declared name homed in another region', () => {
  const single = observedTrail({ arn: EU_ARN, homeRegion: 'eu-west-1', isMultiRegionTrail: false })
  const withTrail = (t = single) =>
    observed({
      trail: t,
      trails: ok([]),
      trailList: ok([summary(t.config)]),
      bucket: bucket({ policy: ok<string | null>(grantingPolicy(EU_ARN)) })
    })

  it('single-region, and the declaration would make it multi-region: a blocker that says where it is, and no create', () => {
    const p = plan(settings(), withTrail())
    const f = findingOf(p, 'cloudtrail.home-region')
    expect(f.severity).toBe('blocker')
    expect(f.title).toContain('eu-west-1')
    expect(f.detail).toContain(EU_ARN)
    expect(f.detail).toContain('second trail')
    expect(f.remediation).toContain(
      `aws cloudtrail update-trail --name ${EU_ARN} --region eu-west-1 --is-multi-region-trail`
    )
    expect(p.blocked).toBe(true)
    expect(p.changes.map((c) => c.kind)).not.toContain('create-trail')
    expect(p.changes.map((c) => c.kind)).not.toContain('update-trail')
  })

  it('single-region and declared so: managed in its home region, with a warning', () => {
    const p = plan(settings({ 'is-multi-region-trail': 'false' }), withTrail())
    expect(findingOf(p, 'cloudtrail.home-region').severity).toBe('warning')
    expect(p.blocked).toBe(false)
  })

  it('multi-region: managed in its home region, its writes routed there', () => {
    const multi = observedTrail({ arn: EU_ARN, homeRegion: 'eu-west-1' }, { isLogging: false })
    const p = plan(settings(), withTrail(multi))
    expect(findingOf(p, 'cloudtrail.home-region').severity).toBe('warning')
    expect(p.changes).toEqual([{ kind: 'start-logging', arn: EU_ARN, region: 'eu-west-1' }])
  })
})

describe('creating a trail', () => {
  it('is blocked when ListTrails could not be read: a trail of that name may live in another region', () => {
    const p = plan(settings(), observed({ trail: null, trails: ok([]), trailList: denied('cloudtrail:ListTrails') }))
    const f = findingOf(p, 'cloudtrail.trail')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain('cloudtrail:ListTrails')
    expect(p.blocked).toBe(true)
  })
})

describe('a delegated administrator', () => {
  const admin = (trail = observedTrail({ isOrganizationTrail: false })) =>
    observed({ identity: memberIdentity, delegatedAdministrator: ok(true), trail, trails: ok([]) })

  it('may not convert an account trail of the management account into an organization trail: a blocker before any write', () => {
    const p = plan(settings(), admin())
    const f = findingOf(p, 'trail.organization-conversion')
    expect(f.severity).toBe('blocker')
    expect(f.detail).toContain(ACCOUNT)
    expect(f.remediation).toContain(
      `aws cloudtrail update-trail --name ${TRAIL_ARN} --region ${REGION} --is-organization-trail`
    )
    expect(p.blocked).toBe(true)
    // The conversion is not among the changes, whatever else would be written once unblocked.
    const updates = p.changes.filter((c) => c.kind === 'update-trail')
    expect(updates.flatMap((c) => (c.kind === 'update-trail' ? c.fields.map((x) => x.field) : []))).not.toContain(
      'IsOrganizationTrail'
    )
  })

  it('may not convert the organization trail into an account trail either, even with allow-destructive-changes', () => {
    const p = plan(
      settings({ 'is-organization-trail': 'false', 'allow-destructive-changes': 'true' }),
      admin(observedTrail({ isOrganizationTrail: true }))
    )
    expect(findingOf(p, 'trail.organization-conversion').severity).toBe('blocker')
    expect(p.blocked).toBe(true)
  })

  it('manages the organization trail it found by its ARN', () => {
    const p = plan(settings(), admin(observedTrail()))
    expect(p.blocked).toBe(false)
    expect(p.trailArn).toBe(TRAIL_ARN)
    expect(p.changes).toEqual([])
  })
})
