// The tags input (key=value lines or a YAML map), its refusals, and the provenance tags of the settings.
import { parseSettings } from '../../src/settings/parse.js'
import { MAX_TAGS, parseTags } from '../../src/settings/tags.js'
import { rawInputs } from '../support/fixtures.js'
import { PROVENANCE_ENV, REPOSITORY, settingsOf, WORKFLOW } from '../support/trail-options.js'

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
