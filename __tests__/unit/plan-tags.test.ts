// How declared and provenance tags are converged: declared tags are set, undeclared ones are never
// removed, and provenance tags only ride along. (The tags input itself: settings-tags.test.ts.)
import { plan } from '../../src/plan/index.js'
import { tagsToSet } from '../../src/plan/tags.js'
import type { Change } from '../../src/plan/types.js'
import { findingOf, observed, observedTrail, ok, TRAIL_ARN, REGION } from '../support/fixtures.js'
import { PROVENANCE, REPOSITORY, settingsOf, WORKFLOW } from '../support/trail-options.js'
import { statusOf } from '../../src/outcome.js'

describe('tagsToSet', () => {
  it('only declared tags that are missing or differ; tags nobody declared are never in it', () => {
    expect(tagsToSet({ team: 'security', env: 'prod' }, { team: 'security', env: 'dev', owner: 'someone' })).toEqual({
      env: 'prod'
    })
  })

  it('everything declared when the trail has no tags yet (a new trail)', () => {
    expect(tagsToSet({ team: 'security' }, null)).toEqual({ team: 'security' })
  })
})

const addTagsOf = (changes: readonly Change[]) =>
  changes.filter((c): c is Extract<Change, { kind: 'add-tags' }> => c.kind === 'add-tags')

describe('plan: tags', () => {
  const declared = () => settingsOf({ tags: 'team=security\nenv=prod' })
  const trailWithTags = (tags: Record<string, string>, status = { isLogging: true }) => ({
    ...observedTrail({}, status),
    tags: ok(tags)
  })

  it('a trail with every declared tag (and the provenance tags) and some others: no change, in sync', () => {
    const p = plan(
      declared(),
      observed({ trail: trailWithTags({ team: 'security', env: 'prod', owner: 'finance', ...PROVENANCE }) })
    )
    expect(p.changes).toEqual([])
    expect(findingOf(p, 'cloudtrail.tags').severity).toBe('ok')
  })

  it('a declared tag that differs: add-tags sets it (with its old value as before), and removes nothing', () => {
    const p = plan(
      declared(),
      observed({ trail: trailWithTags({ team: 'ops', env: 'prod', owner: 'finance', ...PROVENANCE }) })
    )
    const [change] = addTagsOf(p.changes)
    expect(p.changes).toHaveLength(1)
    expect(change).toMatchObject({
      arn: TRAIL_ARN,
      region: REGION,
      tags: { team: 'security' },
      before: { team: 'ops' }
    })
    expect(Object.keys(change?.tags ?? {})).not.toContain('owner')
    expect(findingOf(p, 'cloudtrail.tags')).toMatchObject({ severity: 'fixable' })
    expect(findingOf(p, 'cloudtrail.tags').detail).toMatch(/not declared are kept/)
  })

  it('a missing declared tag: before is null', () => {
    const p = plan(declared(), observed({ trail: trailWithTags({ team: 'security', ...PROVENANCE }) }))
    expect(addTagsOf(p.changes)[0]).toMatchObject({ tags: { env: 'prod' }, before: { env: null } })
  })

  it('a converged trail whose provenance tags name another workflow: no change, and check mode reports in-sync', () => {
    const other = { 'org-trail:repository': 'other-org/other-repo', 'org-trail:workflow': 'Nightly' }
    const s = settingsOf({ tags: 'team=security\nenv=prod', mode: 'check' })
    const p = plan(s, observed({ trail: trailWithTags({ team: 'security', env: 'prod', ...other }) }))
    expect(p.changes).toEqual([])
    expect(statusOf('check', p, null)).toBe('in-sync')
  })

  it('a converged trail without provenance tags and no tags declared: no change (provenance never causes a write alone)', () => {
    const p = plan(settingsOf({}), observed({ trail: trailWithTags({}) }))
    expect(p.changes).toEqual([])
  })

  it('provenance tags ride along with another change: a stopped trail gets them with start-logging', () => {
    const p = plan(
      settingsOf({}),
      observed({ trail: trailWithTags({ 'org-trail:repository': 'other-org/other-repo' }, { isLogging: false }) })
    )
    expect(p.changes.map((c) => c.kind).sort()).toEqual(['add-tags', 'start-logging'])
    expect(addTagsOf(p.changes)[0]?.tags).toEqual(PROVENANCE)
  })

  it('provenance tags ride along with a declared tag change, and only the ones that differ', () => {
    const p = plan(
      declared(),
      observed({ trail: trailWithTags({ team: 'ops', env: 'prod', 'org-trail:repository': REPOSITORY }) })
    )
    expect(addTagsOf(p.changes)[0]?.tags).toEqual({ team: 'security', 'org-trail:workflow': WORKFLOW })
  })

  it('a new trail is tagged with the declared and provenance tags, after it is created', () => {
    const p = plan(declared(), observed({ trail: null, trails: ok([]) }))
    const kinds = p.changes.map((c) => c.kind)
    expect(addTagsOf(p.changes)[0]?.tags).toEqual({ team: 'security', env: 'prod', ...PROVENANCE })
    expect(kinds.indexOf('add-tags')).toBeGreaterThan(kinds.indexOf('create-trail'))
  })

  it('tags that could not be read: a blocker naming cloudtrail:ListTags, and no add-tags', () => {
    const trail = {
      ...observedTrail(),
      tags: {
        ok: false as const,
        failure: { action: 'cloudtrail:ListTags' as const, code: 'AccessDeniedException', message: 'no' }
      }
    }
    const p = plan(declared(), observed({ trail }))
    expect(findingOf(p, 'cloudtrail.tags')).toMatchObject({ severity: 'blocker' })
    expect(findingOf(p, 'cloudtrail.tags').detail).toContain('cloudtrail:ListTags')
    expect(addTagsOf(p.changes)).toEqual([])
  })

  describe('at most 50 tags on a trail, those it has counted', () => {
    const others = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`inventory:${i}`, 'kept']))

    it('tags the trail has and declared ones together over 50: a blocker with both counts, and no add-tags', () => {
      const p = plan(declared(), observed({ trail: trailWithTags({ ...others(47), ...PROVENANCE }) }))
      const f = findingOf(p, 'cloudtrail.tags')
      expect(f.severity).toBe('blocker')
      expect(f.detail).toMatch(/has 49 tags and the declaration adds 2 \(team, env\): 51 in all/)
      expect(f.detail).toMatch(/at most 50/)
      expect(f.remediation).toContain(`aws cloudtrail remove-tags --resource-id ${TRAIL_ARN} --region ${REGION}`)
      expect(addTagsOf(p.changes)).toEqual([])
      expect(p.blocked).toBe(true)
    })

    it('a changed value adds no tag: 50 stays 50', () => {
      const p = plan(
        declared(),
        observed({ trail: trailWithTags({ ...others(46), team: 'ops', env: 'dev', ...PROVENANCE }) })
      )
      expect(findingOf(p, 'cloudtrail.tags').severity).toBe('fixable')
      expect(addTagsOf(p.changes)[0]?.tags).toEqual({ team: 'security', env: 'prod' })
    })

    it('provenance tags that would not fit are left out, never blocking the declared ones', () => {
      const p = plan(declared(), observed({ trail: trailWithTags({ ...others(47), team: 'ops' }) }))
      expect(findingOf(p, 'cloudtrail.tags').severity).toBe('fixable')
      expect(addTagsOf(p.changes)[0]?.tags).toEqual({ team: 'security', env: 'prod' })
    })
  })
})
