// The kinds of schema the input table (inputs.ts) is written with: each turns the runner's raw string
// (trimmed) into a typed value, and every broken rule into one problem of that input.
import * as z from 'zod/mini'
import './zod.js'
import { hasControlCharacter } from './rules.js'
import type { Parsed } from './selectors.js'

// The values @actions/core's getBooleanInput accepts, and nothing else.
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

export const bool = z.pipe(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!TRUE_VALUES.includes(value) && !FALSE_VALUES.includes(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be "true" or "false"' })
      }
    })
  ),
  z.transform((value: string) => TRUE_VALUES.includes(value))
)

/** A string checked by a rule function that lists every broken rule. */
export function ruled(problems: (value: string) => string[]) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      for (const message of problems(value)) ctx.addIssue({ code: 'custom', message })
    })
  )
}

/** One of a few words, typed as their union: `must be "a" or "b"` otherwise. */
export function oneOf<T extends string>(words: readonly T[]) {
  const list = words.map((w) => `"${w}"`)
  const wording = `must be ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`
  return z.pipe(
    ruled((value) => ((words as readonly string[]).includes(value) ? [] : [wording])),
    z.transform((value: string) => value as T)
  )
}

export const required = (rules: (value: string) => string[]) =>
  ruled((value) => (value === '' ? ['is required'] : rules(value)))

export const optional = (rules: (value: string) => string[]) => ruled((value) => (value === '' ? [] : rules(value)))

export const printable = (value: string) => (hasControlCharacter(value) ? ['must not contain control characters'] : [])

export function wholeNumber(min: number, max: number, of = '') {
  return z.pipe(
    ruled((value) => {
      const n = Number(value)
      return !/^\d+$/.test(value) || n < min || n > max ? [`must be a whole number ${of}from ${min} to ${max}`] : []
    }),
    z.transform(Number)
  )
}

/** A value parsed here once (a YAML or JSON document, a window…): its value, `empty` when not set, or every problem of it. */
export function document<T, E>(parse: (text: string) => Parsed<T>, empty: E) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx): T | E => {
      if (text === '') return empty
      const parsed = parse(text)
      if (parsed.ok) return parsed.value
      for (const message of parsed.problems) ctx.issues.push({ code: 'custom', message, input: text })
      return z.NEVER
    })
  )
}
