// Selectors are compared the way AWS reads them: the order of selectors and of values never causes a
// write, a trail without selectors equals the default declaration, and a real difference is written.
import fc from 'fast-check'
import type { EventSelectorState, ObservedSelectors } from '../../src/observe/types.js'
import { plan } from '../../src/plan/index.js'
import { DEFAULT_EVENT_SELECTORS, insightsDiffer, selectorsDiffer } from '../../src/plan/selectors.js'
import type { Change } from '../../src/plan/types.js'
import {
  parseAdvancedSelectors,
  parseEventSelectors,
  type AdvancedSelectorDeclaration,
  type EventSelectorDeclaration
} from '../../src/settings/selectors.js'
import { findingOf, observed, observedTrail, ok, REGION, TRAIL_ARN } from '../support/fixtures.js'
import { settingsOf as withProvenance } from '../support/trail-options.js'

/** Without provenance tags: they would ride along with every change and are tested in tags.test.ts. */
const settingsOf = (overrides: Record<string, string>) => withProvenance(overrides, { GITHUB_RUN_ID: '42' })

function events(text: string): EventSelectorDeclaration[] {
  const parsed = parseEventSelectors(text)
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
  return parsed.value
}

function advanced(text: string): AdvancedSelectorDeclaration[] {
  const parsed = parseAdvancedSelectors(text)
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
  return parsed.value
}

const eventDiff = (declared: readonly EventSelectorDeclaration[], seen: ObservedSelectors | null) =>
  selectorsDiffer({ kind: 'event', selectors: declared }, seen)
const advancedDiff = (declared: readonly AdvancedSelectorDeclaration[], seen: ObservedSelectors | null) =>
  selectorsDiffer({ kind: 'advanced', selectors: declared }, seen)
const asObserved = (
  event: readonly EventSelectorState[],
  adv: ObservedSelectors['advanced'] = []
): ObservedSelectors => ({ event, advanced: adv })

const TWO_SELECTORS = `
- ReadWriteType: WriteOnly
  IncludeManagementEvents: true
  ExcludeManagementEventSources: [kms.amazonaws.com, rdsdata.amazonaws.com]
- ReadWriteType: All
  IncludeManagementEvents: false
  DataResources:
    - Type: AWS::S3::Object
      Values: [arn:aws:s3:::zeta/, arn:aws:s3:::alpha/, arn:aws:s3:::mid/]
    - Type: AWS::Lambda::Function
      Values: [arn:aws:lambda:us-east-1:111111111111:function:b, arn:aws:lambda:us-east-1:111111111111:function:a]
`

/** The same selectors as AWS might return them: other selector order, other value order, other resource order. */
const TWO_SELECTORS_AS_RETURNED: EventSelectorState[] = [
  {
    ReadWriteType: 'All',
    IncludeManagementEvents: false,
    DataResources: [
      {
        Type: 'AWS::Lambda::Function',
        Values: ['arn:aws:lambda:us-east-1:111111111111:function:a', 'arn:aws:lambda:us-east-1:111111111111:function:b']
      },
      { Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::alpha/', 'arn:aws:s3:::mid/', 'arn:aws:s3:::zeta/'] }
    ],
    ExcludeManagementEventSources: []
  },
  {
    ReadWriteType: 'WriteOnly',
    IncludeManagementEvents: true,
    DataResources: [],
    ExcludeManagementEventSources: ['rdsdata.amazonaws.com', 'kms.amazonaws.com']
  }
]

describe('event selectors: order never matters', () => {
  it('the same selectors in another order, with values in another order, are equal', () => {
    expect(eventDiff(events(TWO_SELECTORS), asObserved(TWO_SELECTORS_AS_RETURNED))).toBe(false)
  })

  it('property: any permutation of selectors, resources and values is equal to the declaration', () => {
    const value = fc.stringMatching(/^arn:aws:s3:::[a-z]{1,8}\/$/)
    const resource = fc.record({
      Type: fc.constantFrom('AWS::S3::Object', 'AWS::Lambda::Function', 'AWS::DynamoDB::Table'),
      Values: fc.uniqueArray(value, { minLength: 1, maxLength: 6 })
    })
    const selector = fc.record({
      ReadWriteType: fc.constantFrom('ReadOnly' as const, 'WriteOnly' as const, 'All' as const),
      IncludeManagementEvents: fc.boolean(),
      DataResources: fc.array(resource, { maxLength: 3 }),
      ExcludeManagementEventSources: fc.uniqueArray(fc.constantFrom('kms.amazonaws.com', 'rdsdata.amazonaws.com'), {
        maxLength: 2
      })
    })
    const shuffled = <T>(items: readonly T[]) =>
      fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length })
    fc.assert(
      fc.property(
        fc.array(selector, { minLength: 1, maxLength: 5 }).chain((declared) =>
          fc.tuple(
            fc.constant(declared),
            shuffled(declared).chain((order) =>
              fc.tuple(
                ...order.map((s) =>
                  fc
                    .tuple(
                      shuffled(s.DataResources).chain((resources) =>
                        fc.tuple(
                          ...resources.map((d) => shuffled(d.Values).map((Values) => ({ Type: d.Type, Values })))
                        )
                      ),
                      shuffled(s.ExcludeManagementEventSources)
                    )
                    .map(([DataResources, ExcludeManagementEventSources]) => ({
                      ...s,
                      DataResources,
                      ExcludeManagementEventSources
                    }))
                )
              )
            )
          )
        ),
        ([declared, returned]) => !eventDiff(declared, asObserved(returned))
      )
    )
  })

  it('fields AWS leaves out are read as their defaults', () => {
    expect(
      eventDiff(events('- ReadWriteType: All'), asObserved([{ ReadWriteType: 'All', IncludeManagementEvents: true }]))
    ).toBe(false)
    expect(eventDiff(events('- IncludeManagementEvents: true'), asObserved([{}]))).toBe(false)
  })
})

describe('event selectors: the default', () => {
  const DEFAULT_DECLARED = '- ReadWriteType: All\n  IncludeManagementEvents: true'

  it('a trail without selectors equals the one-selector default declaration', () => {
    expect(eventDiff(events(DEFAULT_DECLARED), asObserved([]))).toBe(false)
  })

  it('a new trail (nothing observed) equals it too: no put-event-selectors after create-trail', () => {
    expect(eventDiff(events(DEFAULT_DECLARED), null)).toBe(false)
    const p = plan(settingsOf({ 'event-selectors': DEFAULT_DECLARED }), observed({ trail: null, trails: ok([]) }))
    expect(p.changes.map((c) => c.kind)).not.toContain('put-event-selectors')
  })

  it('the default as AWS returns it for a trail created without selectors', () => {
    expect(
      eventDiff(
        DEFAULT_EVENT_SELECTORS,
        asObserved([
          { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }
        ])
      )
    ).toBe(false)
  })

  it('a trail without selectors differs from a declaration that is not the default', () => {
    expect(eventDiff(events('- ReadWriteType: WriteOnly'), asObserved([]))).toBe(true)
  })
})

describe('event selectors: real differences', () => {
  it.each([
    ['ReadWriteType', [{ ...TWO_SELECTORS_AS_RETURNED[0], ReadWriteType: 'ReadOnly' }, TWO_SELECTORS_AS_RETURNED[1]]],
    [
      'IncludeManagementEvents',
      [{ ...TWO_SELECTORS_AS_RETURNED[0], IncludeManagementEvents: true }, TWO_SELECTORS_AS_RETURNED[1]]
    ],
    [
      'a data resource value missing',
      [
        {
          ...TWO_SELECTORS_AS_RETURNED[0],
          DataResources: [
            { Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::alpha/', 'arn:aws:s3:::mid/', 'arn:aws:s3:::zeta/'] }
          ]
        },
        TWO_SELECTORS_AS_RETURNED[1]
      ]
    ],
    [
      'an excluded event source missing',
      [
        TWO_SELECTORS_AS_RETURNED[0],
        { ...TWO_SELECTORS_AS_RETURNED[1], ExcludeManagementEventSources: ['kms.amazonaws.com'] }
      ]
    ],
    ['a selector missing', [TWO_SELECTORS_AS_RETURNED[0]]]
  ] as [string, EventSelectorState[]][])('%s differs', (_, returned) => {
    expect(eventDiff(events(TWO_SELECTORS), asObserved(returned))).toBe(true)
  })

  it('a trail using advanced selectors differs from declared event selectors', () => {
    const adv = [{ Name: 'all', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }]
    expect(eventDiff(events('- ReadWriteType: All'), asObserved([], adv))).toBe(true)
  })
})

const ADVANCED = `
- Name: data
  FieldSelectors:
    - Field: eventCategory
      Equals: [Data]
    - Field: resources.type
      Equals: [AWS::S3::Object]
    - Field: resources.ARN
      StartsWith: [arn:aws:s3:::zeta/, arn:aws:s3:::alpha/]
- Name: management
  FieldSelectors:
    - Field: eventCategory
      Equals: [Management]
`

describe('advanced event selectors', () => {
  it('the same selectors, field selectors and values in another order are equal', () => {
    const returned = [
      { Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
      {
        Name: 'data',
        FieldSelectors: [
          { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::alpha/', 'arn:aws:s3:::zeta/'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'eventCategory', Equals: ['Data'] }
        ]
      }
    ]
    expect(advancedDiff(advanced(ADVANCED), asObserved([], returned))).toBe(false)
  })

  it('empty operator lists AWS may return are ignored', () => {
    const returned = [
      {
        Name: 'management',
        FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'], NotEquals: [], StartsWith: [] }]
      }
    ]
    expect(
      advancedDiff(
        advanced('- Name: management\n  FieldSelectors:\n    - Field: eventCategory\n      Equals: [Management]'),
        asObserved([], returned)
      )
    ).toBe(false)
  })

  it('a value that differs, or another operator, is a difference', () => {
    const base = advanced('- Name: m\n  FieldSelectors:\n    - Field: eventCategory\n      Equals: [Management]')
    expect(
      advancedDiff(
        base,
        asObserved([], [{ Name: 'm', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }])
      )
    ).toBe(true)
    expect(
      advancedDiff(
        base,
        asObserved([], [{ Name: 'm', FieldSelectors: [{ Field: 'eventCategory', NotEquals: ['Management'] }] }])
      )
    ).toBe(true)
  })

  it('a trail with basic event selectors (or none) differs from declared advanced selectors', () => {
    expect(advancedDiff(advanced(ADVANCED), asObserved([]))).toBe(true)
    expect(advancedDiff(advanced(ADVANCED), asObserved([{ ReadWriteType: 'All' }]))).toBe(true)
    expect(advancedDiff(advanced(ADVANCED), null)).toBe(true)
  })
})

describe('insight selectors', () => {
  it('order does not matter, and Management is the default event category', () => {
    const declared = [{ InsightType: 'ApiErrorRateInsight' as const }, { InsightType: 'ApiCallRateInsight' as const }]
    expect(
      insightsDiffer(declared, [
        { InsightType: 'ApiCallRateInsight', EventCategories: ['Management'] },
        { InsightType: 'ApiErrorRateInsight' }
      ])
    ).toBe(false)
  })

  it('[] equals a trail without insights, and differs from one with insights', () => {
    expect(insightsDiffer([], [])).toBe(false)
    expect(insightsDiffer([], null)).toBe(false)
    expect(insightsDiffer([], [{ InsightType: 'ApiCallRateInsight' }])).toBe(true)
  })

  it('another type or another category differs', () => {
    expect(insightsDiffer([{ InsightType: 'ApiCallRateInsight' }], [{ InsightType: 'ApiErrorRateInsight' }])).toBe(true)
    expect(
      insightsDiffer(
        [{ InsightType: 'ApiCallRateInsight', EventCategories: ['Data'] }],
        [{ InsightType: 'ApiCallRateInsight' }]
      )
    ).toBe(true)
  })
})

const kindsOf = (changes: readonly Change[]) => changes.map((c) => c.kind)
const withSelectors = (selectors: ObservedSelectors) =>
  observed({ trail: { ...observedTrail(), selectors: ok(selectors) } })

describe('plan: selectors', () => {
  it('reordered selectors on the trail: no change, finding ok', () => {
    const p = plan(
      settingsOf({ 'event-selectors': TWO_SELECTORS }),
      withSelectors(asObserved(TWO_SELECTORS_AS_RETURNED))
    )
    expect(p.changes).toEqual([])
    expect(findingOf(p, 'cloudtrail.event-selectors').severity).toBe('ok')
  })

  it('a real difference: put-event-selectors in the home region with the declared selectors', () => {
    // TWO_SELECTORS logs only write management events: narrower than the default, so it must be allowed.
    const s = settingsOf({ 'event-selectors': TWO_SELECTORS, 'allow-destructive-changes': 'true' })
    const p = plan(s, withSelectors(asObserved([])))
    expect(p.changes).toEqual([
      {
        kind: 'put-event-selectors',
        arn: TRAIL_ARN,
        region: REGION,
        eventSelectors: s.eventSelectors,
        before: { event: [], advanced: [] }
      }
    ])
    expect(findingOf(p, 'cloudtrail.event-selectors').severity).toBe('warning')
  })

  it('refuses selectors that log fewer management events than the trail does, unless allowed', () => {
    const p = plan(settingsOf({ 'event-selectors': TWO_SELECTORS }), withSelectors(asObserved([])))
    expect(p.blocked).toBe(true)
    expect(findingOf(p, 'trail.destructive.EventSelectors').severity).toBe('blocker')
    expect(p.changes.filter((c) => c.kind === 'put-event-selectors')).toEqual([])
  })

  it('a difference that keeps every management event is fixable without allow-destructive-changes', () => {
    const wider =
      '- ReadWriteType: All\n  IncludeManagementEvents: true\n  DataResources:\n    - Type: AWS::S3::Object\n      Values: ["arn:aws:s3:::alpha/"]\n'
    const p = plan(settingsOf({ 'event-selectors': wider }), withSelectors(asObserved([])))
    expect(findingOf(p, 'cloudtrail.event-selectors').severity).toBe('fixable')
    expect(p.changes.map((c) => c.kind)).toEqual(['put-event-selectors'])
  })

  it('advanced selectors declared: put-event-selectors carries them, and no basic selectors', () => {
    const s = settingsOf({ 'advanced-event-selectors': ADVANCED })
    const [change] = plan(s, withSelectors(asObserved([]))).changes
    expect(change).toEqual({
      kind: 'put-event-selectors',
      arn: TRAIL_ARN,
      region: REGION,
      advancedEventSelectors: s.advancedEventSelectors,
      before: { event: [], advanced: [] }
    })
  })

  it('no selectors declared: the trail keeps whatever it has', () => {
    const p = plan(settingsOf({}), withSelectors(asObserved([{ ReadWriteType: 'ReadOnly' }])))
    expect(kindsOf(p.changes)).not.toContain('put-event-selectors')
  })

  it('a new trail with data selectors: put-event-selectors after create-trail', () => {
    const kinds = kindsOf(
      plan(settingsOf({ 'event-selectors': TWO_SELECTORS }), observed({ trail: null, trails: ok([]) })).changes
    )
    expect(kinds.indexOf('put-event-selectors')).toBeGreaterThan(kinds.indexOf('create-trail'))
  })

  it('selectors that could not be read: a blocker naming the permission, no write', () => {
    const trail = {
      ...observedTrail(),
      selectors: {
        ok: false as const,
        failure: { action: 'cloudtrail:GetEventSelectors' as const, code: 'AccessDeniedException', message: 'no' }
      }
    }
    const p = plan(settingsOf({ 'event-selectors': TWO_SELECTORS }), observed({ trail }))
    expect(findingOf(p, 'cloudtrail.event-selectors').severity).toBe('blocker')
    expect(findingOf(p, 'cloudtrail.event-selectors').detail).toContain('cloudtrail:GetEventSelectors')
    expect(p.blocked).toBe(true)
  })

  it('insights declared and off on the trail: put-insight-selectors; declared [] and on: turned off', () => {
    const on = plan(
      settingsOf({ 'insight-selectors': '- InsightType: ApiCallRateInsight' }),
      observed({ trail: { ...observedTrail(), insights: ok([]) } })
    )
    expect(on.changes).toEqual([
      {
        kind: 'put-insight-selectors',
        arn: TRAIL_ARN,
        region: REGION,
        insightSelectors: [{ InsightType: 'ApiCallRateInsight' }],
        before: []
      }
    ])
    const off = plan(
      settingsOf({ 'insight-selectors': '[]' }),
      observed({ trail: { ...observedTrail(), insights: ok([{ InsightType: 'ApiCallRateInsight' }]) } })
    )
    expect(off.changes).toEqual([
      {
        kind: 'put-insight-selectors',
        arn: TRAIL_ARN,
        region: REGION,
        insightSelectors: [],
        before: [{ InsightType: 'ApiCallRateInsight' }]
      }
    ])
  })

  it('insights as declared: no change; a new trail with insights [] declared: no change either', () => {
    const same = plan(
      settingsOf({ 'insight-selectors': '- InsightType: ApiCallRateInsight' }),
      observed({
        trail: {
          ...observedTrail(),
          insights: ok([{ InsightType: 'ApiCallRateInsight', EventCategories: ['Management'] }])
        }
      })
    )
    expect(same.changes).toEqual([])
    const fresh = plan(settingsOf({ 'insight-selectors': '[]' }), observed({ trail: null, trails: ok([]) }))
    expect(kindsOf(fresh.changes)).not.toContain('put-insight-selectors')
  })
})
