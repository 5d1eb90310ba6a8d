// summarize mode: the reports of other runs, gathered into one job summary; no AWS request.
import * as core from '@actions/core'
import { readReportFiles } from './report-files.js'
import { renderRollup } from './rollup.js'
import { fail, writeSummary } from './step.js'

/** The roll-up of the reports the paths name; the step fails when any run failed or any report is unusable. */
export async function publishRollup(reports: readonly string[]): Promise<void> {
  const entries = await readReportFiles(reports)
  const rollup = renderRollup(entries)
  await writeSummary(rollup.markdown)
  core.setOutput('status', rollup.failed ? 'failed' : 'passed')
  core.info(`Gathered ${entries.length} report(s); ${rollup.failures.length} need attention`)
  if (rollup.failed) fail(rollup.failures.join('; '))
}
