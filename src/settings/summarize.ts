// The summarize action's inputs (summarize/action.yml, written from this table by `npm run docs`), and the
// deprecated `mode: summarize` of the main action, which reads the same `reports` input.
import * as z from 'zod/mini'
import './zod.js'
import type { InputSpec } from './inputs.js'
import { hasControlCharacter } from './rules.js'
import { ruled } from './schemas.js'
import type { Deprecation, InputProblem, RawInputs } from './types.js'

/** summarize: render the reports of other runs (a matrix over organizations) as one summary. */
export interface SummarizeSettings {
  readonly mode: 'summarize'
  /** Files, or folders searched for *.json files, in the order given. */
  readonly reports: readonly string[]
}

export type SummarizeParseResult =
  | { ok: true; settings: SummarizeSettings; deprecations: readonly Deprecation[] }
  | { ok: false; problems: InputProblem[] }

/** One path per line (or comma-separated). */
const paths = (text: string) =>
  text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')

const reports = z.pipe(
  ruled((value) => {
    const given = paths(value)
    if (given.length === 0)
      return ['is required: the report files (or folders of them) of the runs to gather, one per line']
    return given.some(hasControlCharacter) ? ['must not contain control characters'] : []
  }),
  z.transform(paths)
)

/** Every input of the summarize action, in its action.yml order. */
export const SUMMARIZE_INPUTS = {
  reports: {
    default: '',
    required: true,
    schema: reports,
    description:
      "The report files of org-trail runs, or folders searched (recursively) for `*.json` files, one per line. Each report's SHA-256 is checked against the `.sha256` file written next to it."
  }
} satisfies Record<string, InputSpec<unknown>>

export const SUMMARIZE_INPUT_NAMES = Object.keys(SUMMARIZE_INPUTS) as (keyof typeof SUMMARIZE_INPUTS)[]

/** True when the main action is asked for the roll-up (`mode: summarize`, deprecated): no other input is read. */
export const isSummarizeMode = (raw: RawInputs) => (raw.mode ?? '').trim() === 'summarize'

/**
 * The summarize inputs, checked; pure. `deprecated`: the warning of the main action's `mode: summarize`,
 * which works as the summarize action does.
 */
export function parseSummarizeSettings(raw: RawInputs, deprecated?: Deprecation): SummarizeParseResult {
  const parsed = SUMMARIZE_INPUTS.reports.schema.safeParse((raw.reports ?? '').trim())
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ input: 'reports', message: `Input "reports" ${issue.message}` }))
    }
  }
  return {
    ok: true,
    settings: Object.freeze({ mode: 'summarize' as const, reports: Object.freeze(parsed.data) }),
    deprecations: deprecated ? [deprecated] : []
  }
}
