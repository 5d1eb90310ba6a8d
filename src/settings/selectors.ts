// Event, advanced event and insight selectors declared as YAML or JSON (JSON is YAML), validated against
// CloudTrail's limits before any AWS call.
import * as z from 'zod/mini'
import './zod.js'
import { parseDocumentText, YamlNotLoaded } from './yaml.js'

const MAX_EVENT_SELECTORS = 5
const MAX_DATA_RESOURCES = 250
const MAX_ADVANCED_VALUES = 500

const stringList = z.array(z.string().check(z.minLength(1), z.maxLength(2048))).check(z.minLength(1))

const dataResource = z.strictObject({
  Type: z.string().check(z.minLength(1)),
  Values: z.array(z.string().check(z.minLength(1), z.maxLength(2048)))
})

const eventSelector = z.strictObject({
  ReadWriteType: z._default(z.enum(['ReadOnly', 'WriteOnly', 'All']), 'All'),
  IncludeManagementEvents: z._default(z.boolean(), true),
  DataResources: z._default(z.array(dataResource), []),
  ExcludeManagementEventSources: z._default(z.array(z.string().check(z.minLength(1))), [])
})

const fieldSelector = z
  .strictObject({
    Field: z.string().check(z.minLength(1), z.maxLength(1000)),
    Equals: z.optional(stringList),
    StartsWith: z.optional(stringList),
    EndsWith: z.optional(stringList),
    NotEquals: z.optional(stringList),
    NotStartsWith: z.optional(stringList),
    NotEndsWith: z.optional(stringList)
  })
  .check(
    z.refine((f) => OPERATORS.some((op) => f[op] !== undefined), {
      message: 'each field selector needs an operator such as Equals'
    })
  )

const OPERATORS = ['Equals', 'StartsWith', 'EndsWith', 'NotEquals', 'NotStartsWith', 'NotEndsWith'] as const

const advancedSelector = z.strictObject({
  Name: z.optional(z.string().check(z.maxLength(1000))),
  FieldSelectors: z.array(fieldSelector).check(z.minLength(1))
})

const insightSelector = z.strictObject({
  InsightType: z.enum(['ApiCallRateInsight', 'ApiErrorRateInsight']),
  EventCategories: z.optional(z.array(z.enum(['Management', 'Data'])))
})

export type EventSelectorDeclaration = z.infer<typeof eventSelector>
export type AdvancedSelectorDeclaration = z.infer<typeof advancedSelector>
export type InsightSelectorDeclaration = z.infer<typeof insightSelector>

const eventSelectors = z.array(eventSelector).check(
  z.minLength(1),
  z.maxLength(MAX_EVENT_SELECTORS, `at most ${MAX_EVENT_SELECTORS} event selectors per trail`),
  z.refine(
    (list) =>
      list.reduce((n, s) => n + s.DataResources.reduce((m, d) => m + d.Values.length, 0), 0) <= MAX_DATA_RESOURCES,
    {
      message: `at most ${MAX_DATA_RESOURCES} data resource values per trail, across all selectors`
    }
  )
)

const advancedSelectors = z.array(advancedSelector).check(
  z.minLength(1),
  z.refine(
    (list) =>
      list.reduce(
        (n, s) =>
          n + s.FieldSelectors.reduce((m, f) => m + OPERATORS.reduce((k, op) => k + (f[op]?.length ?? 0), 0), 0),
        0
      ) <= MAX_ADVANCED_VALUES,
    { message: `at most ${MAX_ADVANCED_VALUES} values across all conditions of all advanced event selectors` }
  )
)

const insightSelectors = z.array(insightSelector).check(
  z.maxLength(2),
  z.refine((list) => new Set(list.map((s) => s.InsightType)).size === list.length, {
    message: 'each insight type at most once'
  })
)

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] }

function parseDocument<T>(text: string, schema: z.ZodMiniType<T>): Parsed<T> {
  let data: unknown
  try {
    data = parseDocumentText(text)
  } catch (error) {
    if (error instanceof YamlNotLoaded) throw error
    return { ok: false, problems: [`is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`] }
  }
  const result = schema.safeParse(data)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) =>
      issue.path.length > 0 ? `at ${issue.path.join('.')}: ${issue.message}` : issue.message
    )
  }
}

export const parseEventSelectors = (text: string) => parseDocument(text, eventSelectors)
export const parseAdvancedSelectors = (text: string) => parseDocument(text, advancedSelectors)
export const parseInsightSelectors = (text: string) => parseDocument(text, insightSelectors)

// Canonical forms: AWS ignores the order of selectors and of values, so the comparison must too.

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort()

function canonicalList<T>(items: readonly T[], canonical: (item: T) => unknown): string[] {
  return items.map((item) => JSON.stringify(canonical(item))).sort()
}

export function canonicalEventSelectors(list: readonly Partial<EventSelectorDeclaration>[]): string[] {
  return canonicalList(list, (s) => ({
    ReadWriteType: s.ReadWriteType ?? 'All',
    IncludeManagementEvents: s.IncludeManagementEvents ?? true,
    DataResources: canonicalList(s.DataResources ?? [], (d) => ({ Type: d.Type, Values: sorted(d.Values) })),
    ExcludeManagementEventSources: sorted(s.ExcludeManagementEventSources)
  }))
}

export function canonicalAdvancedSelectors(
  list: readonly {
    Name?: string | undefined
    FieldSelectors?: readonly Partial<Record<string, unknown>>[] | undefined
  }[]
): string[] {
  return canonicalList(list, (s) => ({
    Name: s.Name ?? '',
    FieldSelectors: canonicalList(s.FieldSelectors ?? [], (f) => {
      const out: Record<string, unknown> = { Field: f.Field }
      for (const op of OPERATORS)
        if (Array.isArray(f[op]) && (f[op] as string[]).length > 0) out[op] = sorted(f[op] as string[])
      return out
    })
  }))
}

export function canonicalInsightSelectors(
  list: readonly { InsightType?: string | undefined; EventCategories?: readonly string[] | undefined }[]
): string[] {
  return canonicalList(list, (s) => ({
    InsightType: s.InsightType,
    EventCategories: sorted(s.EventCategories ?? ['Management'])
  }))
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i])
}
