// summarize: the reports of other runs, gathered into one job summary; no AWS request.
import * as core from '@actions/core'
import { digestFileOf } from './digest.js'
import { redact } from './redact.js'
import { readReportFiles } from './report-files.js'
import { renderRollup, type RollupEntry } from './rollup.js'
import { fail, writeSummary } from './step.js'

/** An AWS account id: twelve digits, not part of a longer number. */
const ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)/g

/**
 * The account ids of the reports whose run masked them (mask-aws-account-id): the roll-up masks them too,
 * since the reports themselves keep them.
 */
function maskedAccountIds(entries: readonly RollupEntry[]): string[] {
  const ids = entries.flatMap((e) =>
    'report' in e && e.report.settings['mask-aws-account-id'] === 'true'
      ? (JSON.stringify(e.report).match(ACCOUNT_ID) ?? [])
      : []
  )
  return [...new Set(ids)]
}

/** The roll-up of the reports the paths name; the step fails when any run failed or any report is unusable. */
export async function publishRollup(reports: readonly string[]): Promise<void> {
  const entries = await readReportFiles(reports)
  const secrets = maskedAccountIds(entries)
  for (const id of secrets) core.setSecret(id)
  const rollup = renderRollup(entries)
  for (const file of rollup.altered) {
    core.error(`${file} does not match its SHA-256: it changed after the run wrote it, and is not used.`, {
      title: 'Report altered'
    })
  }
  for (const file of rollup.unverified) {
    core.error(
      `${file} has no SHA-256 file next to it (${digestFileOf(file)}): it cannot be verified, and is not used.`,
      {
        title: 'Report not verified'
      }
    )
  }
  await writeSummary(redact(rollup.markdown, secrets))
  core.setOutput('status', rollup.failed ? 'failed' : 'passed')
  core.info(`Gathered ${entries.length} report(s); ${rollup.failures.length} need attention`)
  if (rollup.failed) fail(redact(rollup.failures.join('; '), secrets))
}
