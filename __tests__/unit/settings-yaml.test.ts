// Documents read without the YAML library (JSON) must come out exactly as the YAML library reads them.
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { parse } from 'yaml'
import { parseDocumentText } from '../../src/settings/yaml.js'

/** The YAML library's value, or its error message. */
function yamlOf(text: string): unknown {
  try {
    return { value: parse(text) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}
function oursOf(text: string): unknown {
  try {
    return { value: parseDocumentText(text) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

// JSON as people write it: any spacing (tabs, newlines, CR) between tokens, keys repeated or not.
const spacing = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n'), maxLength: 3 })
const key = fc.constantFrom(
  'ReadWriteType',
  'a',
  'a',
  'Values',
  '',
  'é',
  'with "quote"',
  'x:y',
  '\\',
  'k'.repeat(1100),
  '#',
  '- a',
  '? q',
  '&x',
  '*y',
  '!t',
  '%',
  '@',
  '`'
)
const json: fc.Arbitrary<string> = fc.letrec<{ doc: string }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 0, stringUnit: 'binary' }).map((v) => JSON.stringify(v)),
    fc
      .array(fc.tuple(spacing, tie('doc'), spacing), { maxLength: 4 })
      .map((items) => `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}]`),
    fc
      .array(fc.tuple(spacing, key, spacing, tie('doc')), { maxLength: 4 })
      .map((members) => `{${members.map(([a, k, b, v]) => `${a}${JSON.stringify(k)}${b}:${v}`).join(',')}}`)
  )
})).doc

describe('parseDocumentText', () => {
  it('reads JSON as the YAML library does, values and errors (a key twice is an error)', () => {
    fc.assert(
      fc.property(spacing, json, spacing, (before, doc, after) => {
        const text = `${before}${doc}${after}`
        expect(oursOf(text)).toEqual(yamlOf(text))
      }),
      { numRuns: 500 }
    )
  })

  it.each([
    ['a key twice', '{"a": 1, "a": 2}'],
    ['a key twice, one escaped', '{"a": 1, "\\u0061": 2}'],
    ['a key twice, nested', '[{"Field": "x", "Equals": ["a"], "Field": "y"}]'],
    ['quotes and colons inside strings', '{"a": "b\\":c", "d": ["e:", "\\\\"]}'],
    ['YAML', '- InsightType: ApiCallRateInsight\n- InsightType: ApiErrorRateInsight'],
    ['not JSON, not YAML', '{"a": [1, 2}'],
    ['a bare string', '"x"']
  ])('%s', (_name, text) => {
    expect(oursOf(text)).toEqual(yamlOf(text))
  })

  it('asks for the YAML library, rather than guessing, when JSON.parse cannot read a document', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('../../src/settings/yaml.js')
      expect(fresh.parseDocumentText('{"a": [1]}')).toEqual({ a: [1] })
      expect(() => fresh.parseDocumentText('a: 1')).toThrow(fresh.YamlNotLoaded)
      expect(() => fresh.parseDocumentText('{"a": 1, "a": 2}')).toThrow(fresh.YamlNotLoaded)
      await fresh.loadYaml()
      expect(fresh.parseDocumentText('a: 1')).toEqual({ a: 1 })
    })
  })
})
