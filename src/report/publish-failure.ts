// Publishing a run that ended on an error, at any stage (the session, a read, apply part-way): what
// failed, the fix, and what was and was not done. Invalid inputs are publish-invalid.ts's.
import * as core from '@actions/core'
import { ApplyError } from '../apply/error.js'
import { ActionError } from '../aws/errors.js'
import { explain } from '../aws/explain.js'
import { failedRunOf, writtenBefore, type Progress } from '../outcome.js'
import { describeChanges } from './changes.js'
import { renderFailure } from './failure.js'
import { failureReport, type RunContext } from './record.js'
import { redact } from './redact.js'
import { writeReport, writeSummary } from './step.js'

/**
 * The error a run stopped on, explained: one titled annotation, the JSON report (once the inputs were
 * valid), the failure summary, and exit code 1. `progress` is null while the inputs are not yet known.
 */
export async function publishFailure(
  error: unknown,
  progress: Progress | null,
  secrets: readonly string[],
  run: RunContext
): Promise<void> {
  const cause = error instanceof ApplyError ? error.cause : error
  const { title, message } = explain(cause)
  const trailName = progress?.settings.trail.name ?? ''
  const planned = progress?.planned?.plan.changes ?? null
  const doneInOrder = writtenBefore(error, progress?.planned?.plan ?? null)
  const done =
    doneInOrder.length > 0
      ? ` Done before the failure: ${describeChanges(doneInOrder, trailName)
          .map((c) => c.what)
          .join('; ')}. The next run continues from there.`
      : ''
  core.error(redact(`${message}${done}`, secrets), { title })
  if (progress !== null) {
    const failed = failedRunOf(progress, { title, message: `${message}${done}` }, doneInOrder)
    await writeReport(progress.settings.reportPath, failureReport(failed, run, new Date()))
  }
  const help = cause instanceof ActionError ? cause.help : {}
  const summary = renderFailure({
    trailName,
    title,
    message,
    ...(help.fix ? { fix: help.fix } : {}),
    ...(help.facts ? { facts: help.facts } : {}),
    ...(error instanceof ApplyError && planned ? { partWay: { planned, done: doneInOrder } } : {})
  })
  await writeSummary(redact(summary, secrets)).catch(() => undefined)
  // The titled annotation above is the message; setFailed would print it a second time. 1 is
  // core.ExitCode.Failure, which @github/local-action's stand-in of @actions/core does not export.
  process.exitCode = 1
}
