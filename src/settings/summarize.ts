import type { InputProblem, RawInputs } from './types.js'

/** summarize mode: render the reports of other runs (a matrix over organizations) as one summary. */
export interface SummarizeSettings {
  readonly mode: 'summarize'
  /** Files, or folders searched for *.json files, in the order given. */
  readonly reports: readonly string[]
}

export type SummarizeParseResult = { ok: true; settings: SummarizeSettings } | { ok: false; problems: InputProblem[] }

/** True when the run renders reports instead of managing a trail: no other input is then read. */
export const isSummarizeMode = (raw: RawInputs) => (raw.mode ?? '').trim() === 'summarize'

/** The reports input: one path per line (or comma-separated); pure. */
export function parseSummarizeSettings(raw: RawInputs): SummarizeParseResult {
  const reports = (raw.reports ?? '')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (reports.length === 0) {
    return {
      ok: false,
      problems: [
        {
          input: 'reports',
          message:
            'Input "reports" is required in summarize mode: the report files (or folders of them) of the runs to gather, one per line'
        }
      ]
    }
  }
  return { ok: true, settings: Object.freeze({ mode: 'summarize' as const, reports: Object.freeze(reports) }) }
}
