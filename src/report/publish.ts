// Publishing the Outcome of a run: its report file, outputs, annotations, job summary, pull-request
// comment, and the step's failure. What is said is rendered elsewhere; this only hands it to the runner.
import * as core from '@actions/core'
import type { Outcome } from '../outcome.js'
import { changeCount } from '../plan/change-count.js'
import type { Settings } from '../settings/types.js'
import { commentMarker, publishComment } from './comment.js'
import { annotationsOf, outputsOf } from './outputs.js'
import { reportOf, type RunContext } from './record.js'
import { redact } from './redact.js'
import { fail, writeReport, writeSummary } from './step.js'
import { renderSummary } from './summary.js'

/**
 * Every line GitHub shows is redacted of the masked values (`secrets`: account ids, when mask-aws-account-id
 * is true); the run report is not (step.ts's writeReport says why).
 */
export async function publish(
  outcome: Outcome,
  settings: Settings,
  secrets: readonly string[],
  run: RunContext
): Promise<void> {
  await writeReport(settings.reportPath, reportOf(outcome, run, new Date()))
  for (const [name, value] of Object.entries(outputsOf(outcome))) core.setOutput(name, value)
  for (const a of annotationsOf(outcome)) {
    const message = redact(a.message, secrets)
    const properties = { title: redact(a.title, secrets) }
    if (a.level === 'error') core.error(message, properties)
    else if (a.level === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
  const markdown = redact(renderSummary(outcome), secrets)
  await writeSummary(markdown)
  const n = changeCount(outcome.changes)
  core.info(`Status: ${outcome.status}; ${n} change${n === 1 ? '' : 's'}`)

  try {
    const comment = await publishComment(
      settings.githubToken,
      commentMarker(settings.trail.name, outcome.homeRegion),
      markdown
    )
    if (comment !== 'skipped') core.info(`Pull-request comment ${comment}`)
  } catch (error) {
    core.warning(`Could not comment on the pull request (${String(error)}): the token needs "pull-requests: write".`, {
      title: 'Pull-request comment'
    })
  }

  if (outcome.failures.length > 0) fail(redact(outcome.failures.join('. '), secrets))
}
