// The schema library's own messages, as a user reads them in an annotation. They are zod's English ones;
// these are the exact texts the full zod build gave before the input schemas moved to zod/mini.
import { parseAdvancedSelectors, parseEventSelectors, parseInsightSelectors } from '../../src/settings/selectors.js'

const problemsOf = (parsed: { ok: boolean; problems?: string[] }) => (parsed.ok ? [] : parsed.problems)

describe('the messages of a refused selector document', () => {
  it.each<[string, (text: string) => { ok: boolean; problems?: string[] }, string, string[]]>([
    [
      'a value outside an enum',
      parseEventSelectors,
      '[{"ReadWriteType": "Sometimes"}]',
      ['at 0.ReadWriteType: Invalid option: expected one of "ReadOnly"|"WriteOnly"|"All"']
    ],
    ['an unknown key', parseEventSelectors, '[{"Foo": 1}]', ['at 0: Unrecognized key: "Foo"']],
    ['an empty list', parseEventSelectors, '[]', ['Too small: expected array to have >=1 items']],
    [
      'an empty string',
      parseEventSelectors,
      '[{"DataResources": [{"Type": "", "Values": []}]}]',
      ['at 0.DataResources.0.Type: Too small: expected string to have >=1 characters']
    ],
    [
      'a string for a boolean',
      parseEventSelectors,
      '[{"IncludeManagementEvents": "yes"}]',
      ['at 0.IncludeManagementEvents: Invalid input: expected boolean, received string']
    ],
    [
      'an unknown insight type',
      parseInsightSelectors,
      '[{"InsightType": "X"}]',
      ['at 0.InsightType: Invalid option: expected one of "ApiCallRateInsight"|"ApiErrorRateInsight"']
    ],
    [
      'a name too long',
      parseAdvancedSelectors,
      JSON.stringify([{ Name: 'n'.repeat(1001), FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }]),
      ['at 0.Name: Too big: expected string to have <=1000 characters']
    ],
    [
      'a missing list',
      parseAdvancedSelectors,
      '[{"Name": "x"}]',
      ['at 0.FieldSelectors: Invalid input: expected array, received undefined']
    ]
  ])('%s', (_name, parse, text, expected) => {
    expect(problemsOf(parse(text))).toEqual(expected)
  })
})
