// What the step leaves behind however the run ends: its job summary, its JSON report, its exit code.
import * as core from '@actions/core'
import { redact } from './redact.js'
import type { Report } from './record.js'
import { writeReportFile } from './report-files.js'

/**
 * The job summary, where the runner gives it a file. Local runners (@github/local-action, act) may not:
 * the run then goes on without one rather than failing over it.
 */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary: GITHUB_STEP_SUMMARY is not set (not on a GitHub runner).')
    return
  }
  await core.summary.addRaw(markdown).write()
}

/**
 * Fails the step. The exit code is set here too: core.setFailed sets it on a runner, but
 * @github/local-action's stand-in only records the failure, and a failed run must exit non-zero there.
 */
export function fail(message: string): void {
  core.setFailed(message)
  process.exitCode = 1
}

/**
 * Writes the run's JSON report (account ids masked like every other line) and names it in the report-path
 * output. A report that cannot be written is a warning: the trail's state is not at stake.
 */
export async function writeReport(file: string, report: Report, secrets: readonly string[]): Promise<void> {
  try {
    await writeReportFile(file, redact(JSON.stringify(report, null, 2), secrets))
    core.setOutput('report-path', file)
  } catch (error) {
    core.warning(`Could not write the run's report to ${file}: ${String(error)}`, { title: 'Report not written' })
  }
}
