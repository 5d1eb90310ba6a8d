// The tags input (key=value lines or a YAML map) and how declared and provenance tags are converged:
// declared tags are set, undeclared ones are never removed, and provenance tags only ride along.
import { plan } from '../../src/plan/index.js'
import { tagsToSet } from '../../src/plan/tags.js'
import type { Change } from '../../src/plan/types.js'
import { parseSettings } from '../../src/settings/parse.js'
import { MAX_TAGS, parseTags } from '../../src/settings/tags.js'
import { findingOf, observed, observedTrail, ok, rawInputs, TRAIL_ARN, REGION } from '../support/fixtures.js'
import { PROVENANCE, PROVENANCE_ENV, REPOSITORY, settingsOf, WORKFLOW } from '../support/trail-options.js'
import { statusOf } from '../../src/outcome.js'

function tagsOf(text: string): Record<string, string> {
  const parsed = parseTags(text)
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
  return { ...parsed.value }
}

function tagProblems(text: string, env = PROVENANCE_ENV, provenance = 'true'): string[] {
  const result = parseSettings(rawInputs({ tags: text, 'tag-provenance': provenance }), env)
  if (result.ok) throw new Error(`expected tags ${JSON.stringify(text)} to be refused`)
  for (const p of result.problems) {
    expect(p.input).toBe('tags')
    expect(p.message).toContain('"tags"')
  }
  return result.problems.map((p) => p.message)
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `key${i}=value${i}`).join('\n')

describe('tags: key=value lines', () => {
  it('one tag per line, whitespace around key and value trimmed, blank and # lines skipped', () => {
    expect(tagsOf('team = security\n\n# who pays\ncost-center=42\n')).toEqual({ team: 'security', 'cost-center': '42' })
  })

  it('a value may contain "=" and ":" (only the first "=" separates)', () => {
    expect(tagsOf('url=https://example.com/a=b\nnote=a: b')).toEqual({ url: 'https://example.com/a=b', note: 'a: b' })
  })

  it('a key may contain ":" (namespaced keys such as "team:owner")', () => {
    expect(tagsOf('team:owner=sec\nteam:cost=42')).toEqual({ 'team:owner': 'sec', 'team:cost': '42' })
  })

  it('an empty value is a tag with an empty value', () => {
    expect(tagsOf('reviewed=')).toEqual({ reviewed: '' })
  })

  it('accepts Windows line endings', () => {
    expect(tagsOf('a=1\r\nb=2\r\n')).toEqual({ a: '1', b: '2' })
  })
})

describe('tags: a YAML map', () => {
  it('values become strings', () => {
    expect(tagsOf('team: security\ncost-center: 42\nexternal: false')).toEqual({
      team: 'security',
      'cost-center': '42',
      external: 'false'
    })
  })

  it('a key with ":" in it, plain or quoted', () => {
    expect(tagsOf('team:owner: sec\n"team:cost": "42"')).toEqual({ 'team:owner': 'sec', 'team:cost': '42' })
  })

  it('a value with "=" in it is still YAML', () => {
    expect(tagsOf('query: a=b')).toEqual({ query: 'a=b' })
  })

  it('refuses a nested value', () => {
    expect(tagProblems('team:\n  name: security').join('\n')).toMatch(/value of tag "team" must be a string/)
  })

  it('refuses a list', () => {
    expect(tagProblems('- a\n- b').join('\n')).toMatch(/key=value lines or a YAML map/)
  })

  it('refuses malformed YAML', () => {
    expect(tagProblems('team: [security').join('\n')).toMatch(/key=value lines or a YAML map/)
  })
})

describe('tags: refusals, each naming the input', () => {
  it('a key starting with "aws:" (reserved by AWS), in any case', () => {
    expect(tagProblems('aws:owner=me').join('\n')).toMatch(/"aws:owner" must not start with "aws:"/)
    expect(tagProblems('AWS:owner: me').join('\n')).toMatch(/must not start with "aws:"/)
  })

  it('a key declared twice in key=value lines', () => {
    expect(tagProblems('team=a\nteam=b').join('\n')).toMatch(/tag key "team" is declared twice/)
  })

  it('a key declared twice in a YAML map', () => {
    expect(tagProblems('team: a\nteam: b').length).toBeGreaterThan(0)
  })

  it('an empty key', () => {
    expect(tagProblems('=value').join('\n')).toMatch(/1 to 128 characters/)
  })

  it('a key of 129 characters; a value of 257', () => {
    expect(tagProblems(`${'k'.repeat(129)}=v`).join('\n')).toMatch(/1 to 128 characters/)
    expect(tagProblems(`k=${'v'.repeat(257)}`).join('\n')).toMatch(/at most 256 characters/)
  })

  it('characters tags do not allow, in a key or a value', () => {
    expect(tagProblems('team;x=a').join('\n')).toMatch(/may contain only/)
    expect(tagProblems('team=a;b').join('\n')).toMatch(/may contain only/)
  })

  it(`more than ${MAX_TAGS} tags`, () => {
    expect(tagProblems(lines(51), PROVENANCE_ENV, 'false').join('\n')).toMatch(/at most 50 tags/)
  })

  it('the two provenance tags count toward the limit', () => {
    expect(parseSettings(rawInputs({ tags: lines(48), 'tag-provenance': 'true' }), PROVENANCE_ENV).ok).toBe(true)
    expect(tagProblems(lines(49), PROVENANCE_ENV, 'true').join('\n')).toMatch(/provenance/)
    expect(parseSettings(rawInputs({ tags: lines(50), 'tag-provenance': 'false' }), PROVENANCE_ENV).ok).toBe(true)
  })
})

describe('provenance tags', () => {
  it('name the repository and the workflow of the run', () => {
    expect(settingsOf({}).provenanceTags).toEqual({
      'org-trail:repository': REPOSITORY,
      'org-trail:workflow': WORKFLOW
    })
  })

  it('characters tag values do not allow are replaced, not refused', () => {
    const s = settingsOf({}, { repository: REPOSITORY, workflow: 'Deploy (prod) #1' })
    expect(s.provenanceTags['org-trail:workflow']).toBe('Deploy -prod- -1')
  })

  it('none when tag-provenance is false', () => {
    expect(settingsOf({ 'tag-provenance': 'false' }).provenanceTags).toEqual({})
  })
})

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
})
