// What the step leaves behind however the run ends: its job summary, its JSON report, its exit code.
import * as core from '@actions/core'
import { digestFileOf } from './digest.js'
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
 * Writes the run's JSON report and its SHA-256 next to it, names them in the report-path and
 * report-sha256 outputs, and prints the digest in the log, which the run keeps apart from the files.
 * Account ids are not masked in it (mask-aws-account-id masks what GitHub shows): it is the evidence, kept
 * where the workflow puts it. A report that cannot be written is a warning: the trail's state is not at stake.
 */
export async function writeReport(file: string, report: Report): Promise<void> {
  try {
    const digest = await writeReportFile(file, JSON.stringify(report, null, 2))
    core.setOutput('report-path', file)
    core.setOutput('report-sha256', digest)
    core.info(`Run report: ${file} (SHA-256 ${digest}, also in ${digestFileOf(file)})`)
  } catch (error) {
    core.warning(`Could not write the run's report to ${file}: ${String(error)}`, { title: 'Report not written' })
  }
}
