// Publishing a run whose inputs are invalid. Its own module, apart from publish-failure.ts, because
// main.ts loads it before the inputs are known to be valid: what it imports loads on every run, and must
// not reach the AWS SDK.
import * as core from '@actions/core'
import { invalidInputsReport } from '../settings/read.js'
import type { InputProblem } from '../settings/types.js'
import { renderInvalidInputs } from './failure.js'
import { fail, writeSummary } from './step.js'

/** One titled annotation per problem, the summary listing them, and the step's failure: no AWS request. */
export async function publishInvalidInputs(problems: readonly InputProblem[]): Promise<void> {
  const report = invalidInputsReport(problems)
  for (const a of report.annotations) core.error(a.message, { title: a.title })
  await writeSummary(renderInvalidInputs(problems)).catch(() => undefined)
  fail(report.failure)
}
