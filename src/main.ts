import * as core from '@actions/core'
import { ApplyError } from './apply/error.js'
import { ActionError } from './aws/errors.js'
import { explain } from './aws/explain.js'
import type { Session } from './aws/session.js'
import type { Outcome } from './outcome.js'
import type { Change } from './plan/types.js'
import { describeChanges } from './report/changes.js'
import { renderFailure, renderInvalidInputs } from './report/failure.js'
import { redact } from './report/redact.js'
import { failureReport, reportOf, runContextOf, type FailedRun, type Report } from './report/record.js'
import { readReportFiles, writeReportFile } from './report/report-files.js'
import { renderRollup } from './report/rollup.js'
import { invalidInputsReport, readSettings } from './settings/read.js'
import type { SummarizeSettings } from './settings/summarize.js'
import { VERSION } from './aws/user-agent.js'
import type { Auth, Settings } from './settings/types.js'

/** What the bundle's start path (start.ts) did before it loaded this module. */
export interface Started {
  readonly settings: Settings
  /** The OIDC token request it made, or undefined when it made none (then it is made here). */
  readonly token: Promise<string> | undefined
  /** The session it opened with that token, or undefined (then it is opened here). */
  readonly session: Promise<Session> | undefined
}

/**
 * The stages that need the AWS SDK. They are loaded only once the inputs are valid, and while the OIDC
 * token request is in flight (started by start.ts: while STS answers): an invalid input costs no SDK
 * load, and a valid run overlaps the two.
 */
function loadStages() {
  return Promise.all([
    import('./aws/session.js'),
    import('./aws/clients.js'),
    import('./observe/index.js'),
    import('./plan/index.js'),
    import('./apply/index.js'),
    import('./observe/reread.js'),
    import('./outcome.js'),
    import('./report/outputs.js'),
    import('./report/summary.js'),
    import('./report/comment.js')
  ])
}

/** Starts the token request now when it can be made; openSession reports any failure of it. */
function requestTokenEarly(auth: Auth): Promise<string> | undefined {
  if (auth.kind !== 'oidc' || !process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    return undefined
  const token = core.getIDToken(auth.audience)
  token.catch(() => undefined)
  return token
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The pipeline, in order: settings, session, observe, plan, apply, re-read, report. */
export async function run(started?: Started): Promise<void> {
  // When the process started (start.ts may have validated and asked for the token before this module loaded).
  const startedAt = new Date(performance.timeOrigin)
  const secrets: string[] = []
  // How far the run got, for the report of a run that stops on an error.
  let known: Omit<FailedRun, 'error' | 'applied'> | null = null
  let reportPath: string | null = null
  // Account ids are registered as secrets as soon as they are known, before any line could print them.
  const mask = (accountId: string) => {
    if (accountId === '' || secrets.includes(accountId)) return
    secrets.push(accountId)
    core.setSecret(accountId)
  }
  // Known as the run gets that far, for the failure summary.
  let trailName = ''
  let planned: readonly Change[] | null = null
  try {
    const parsed = started ? { ok: true as const, settings: started.settings } : await readSettings(core.getInput)
    if (!parsed.ok) {
      const report = invalidInputsReport(parsed.problems)
      for (const a of report.annotations) core.error(a.message, { title: a.title })
      await writeSummary(renderInvalidInputs(parsed.problems)).catch(() => undefined)
      fail(report.failure)
      return
    }
    if (parsed.settings.mode === 'summarize') return await summarize(parsed.settings)
    const settings = parsed.settings
    trailName = settings.trail.name
    reportPath = settings.reportPath
    known = {
      mode: settings.mode,
      trailName: settings.trail.name,
      homeRegion: settings.region,
      identity: null,
      plan: null
    }

    // The role's account is known before any call: mask it before an assume-role failure could print it.
    if (settings.maskAccountId && settings.auth.kind === 'oidc') mask(settings.auth.roleArn.split(':')[4] ?? '')
    if (settings.maskAccountId && settings.logArchive) mask(settings.logArchive.roleArn.split(':')[4] ?? '')
    const token = started?.token ?? requestTokenEarly(settings.auth)
    const [
      { openSession, openLogArchiveSession, logArchiveDuration },
      { Clients },
      { observe },
      { plan },
      { apply },
      { reread },
      { changeCount, failuresOf, inPlanOrder, postureAfterApply, statusOf },
      { annotationsOf, outputsOf },
      { renderSummary },
      { commentMarker, publishComment }
    ] = await loadStages()
    const session = await (started?.session ??
      openSession(settings.auth, settings.region, {
        getIDToken: (audience) => token ?? core.getIDToken(audience),
        setSecret: core.setSecret,
        env: process.env
      }))
    if (settings.maskAccountId) mask(session.identity.accountId)
    known = { ...known, identity: session.identity }
    const clients = new Clients({
      region: settings.region,
      ...(session.credentials ? { credentials: session.credentials } : {})
    })
    core.info(`Running as ${session.identity.arn} in ${settings.region} (mode: ${settings.mode})`)
    // The bucket (and a key of that account) are reached through the Log Archive role, chained from this session.
    const logArchive = settings.logArchive
      ? await openLogArchiveSession(
          clients,
          session.identity,
          { ...settings.logArchive, durationSeconds: logArchiveDuration(settings.auth) },
          core.setSecret
        )
      : undefined
    if (logArchive) core.info(`The bucket is reached as ${logArchive.identity.arn}`)

    const observed = await observe(clients, settings, session.identity, core.info, logArchive)
    const thePlan = plan(settings, observed)
    planned = thePlan.changes
    const { managementAccountId } = thePlan
    if (settings.maskAccountId) mask(managementAccountId)
    const organizationId = observed.organization.ok ? (observed.organization.value?.id ?? null) : null
    known = {
      ...known,
      plan: { trailArn: thePlan.trailArn, managementAccountId, organizationId, findings: thePlan.findings }
    }
    if (settings.maskAccountId) for (const account of thePlan.members?.accounts ?? []) mask(account.accountId)

    let outcome: Outcome
    const base = {
      mode: settings.mode,
      trailName: settings.trail.name,
      findings: thePlan.findings,
      identity: session.identity,
      managementAccountId,
      organizationId,
      homeRegion: thePlan.homeRegion,
      ...(thePlan.members ? { members: thePlan.members } : {})
    }
    if (settings.mode === 'apply' && !thePlan.blocked && thePlan.changes.length > 0) {
      const result = await apply(
        thePlan,
        { allowDestructiveChanges: settings.allowDestructiveChanges },
        { clients, log: core.info, sleep, ...(logArchive ? { logArchive: logArchive.clients } : {}) }
      )
      const final = await reread(clients, result.trailArn, thePlan.homeRegion)
      const applied = inPlanOrder(result.applied, thePlan.changes)
      const status = statusOf(settings.mode, thePlan, { created: result.created, count: applied.length })
      const findings = postureAfterApply(settings, observed, final, applied, thePlan.findings)
      outcome = {
        ...base,
        findings,
        status,
        trailArn: result.trailArn,
        trail: final.trail,
        trailStatus: final.status,
        changes: applied,
        adopted: result.adopted,
        failures: failuresOf(settings, status, findings, applied)
      }
    } else {
      const status = statusOf(settings.mode, thePlan, null)
      outcome = {
        ...base,
        status,
        trailArn: thePlan.trailArn,
        trail: observed.trail?.config ?? null,
        trailStatus: observed.trail?.status.ok ? observed.trail.status.value : null,
        changes: thePlan.changes,
        adopted: false,
        failures: failuresOf(settings, status, thePlan.findings, thePlan.changes)
      }
    }
    await keepReport(
      settings.reportPath,
      reportOf(outcome, runContextOf(process.env, VERSION, startedAt), new Date()),
      secrets
    )
    await publish(outcome, settings, secrets, {
      annotationsOf,
      outputsOf,
      renderSummary,
      commentMarker,
      publishComment,
      changeCount
    })
  } catch (error) {
    const cause = error instanceof ApplyError ? error.cause : error
    const { title, message } = explain(cause)
    // Reported in the plan's order, as the changes output would have been.
    const doneInOrder =
      error instanceof ApplyError
        ? planned
          ? planned.filter((c) => error.applied.includes(c))
          : [...error.applied]
        : []
    const done =
      doneInOrder.length > 0
        ? ` Done before the failure: ${describeChanges(doneInOrder, trailName)
            .map((c) => c.what)
            .join('; ')}. The next run continues from there.`
        : ''
    const text = redact(`${message}${done}`, secrets)
    core.error(text, { title })
    if (known !== null && reportPath !== null) {
      const failed = {
        ...known,
        error: { title, message: `${message}${done}` },
        applied: doneInOrder
      }
      await keepReport(
        reportPath,
        failureReport(failed, runContextOf(process.env, VERSION, startedAt), new Date()),
        secrets
      )
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
}

/**
 * Writes the run's JSON report (account ids masked like every other line) and names it in the report-path
 * output. A report that cannot be written is a warning: the trail's state is not at stake.
 */
async function keepReport(file: string, report: Report, secrets: readonly string[]): Promise<void> {
  try {
    await writeReportFile(file, redact(JSON.stringify(report, null, 2), secrets))
    core.setOutput('report-path', file)
  } catch (error) {
    core.warning(`Could not write the run's report to ${file}: ${String(error)}`, { title: 'Report not written' })
  }
}

/** summarize mode: the reports of other runs, gathered into one job summary; no AWS request. */
async function summarize(settings: SummarizeSettings): Promise<void> {
  const entries = await readReportFiles(settings.reports)
  const rollup = renderRollup(entries)
  await writeSummary(rollup.markdown)
  core.setOutput('status', rollup.failed ? 'failed' : 'passed')
  core.info(`Gathered ${entries.length} report(s); ${rollup.failures.length} need attention`)
  if (rollup.failed) fail(rollup.failures.join('; '))
}

/**
 * Fails the step. The exit code is set here too: core.setFailed sets it on a runner, but
 * @github/local-action's stand-in only records the failure, and a failed run must exit non-zero there.
 */
function fail(message: string): void {
  core.setFailed(message)
  process.exitCode = 1
}

/**
 * The job summary, where the runner gives it a file. Local runners (@github/local-action, act) may not:
 * the run then goes on without one rather than failing over it.
 */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary: GITHUB_STEP_SUMMARY is not set (not on a GitHub runner).')
    return
  }
  await core.summary.addRaw(markdown).write()
}

type Reporting = Pick<typeof import('./report/outputs.js'), 'annotationsOf' | 'outputsOf'> &
  Pick<typeof import('./outcome.js'), 'changeCount'> &
  Pick<typeof import('./report/summary.js'), 'renderSummary'> &
  Pick<typeof import('./report/comment.js'), 'commentMarker' | 'publishComment'>

async function publish(
  outcome: Outcome,
  settings: Settings,
  secrets: readonly string[],
  report: Reporting
): Promise<void> {
  const { annotationsOf, outputsOf, renderSummary, commentMarker, publishComment, changeCount } = report
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
  const n = changeCount(outcome.changes, outcome.trailName)
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
