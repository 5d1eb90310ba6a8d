import * as core from '@actions/core'
import { ApplyError } from './apply-error.js'
import { explain } from './aws/explain.js'
import type { Session } from './aws/session.js'
import type { Outcome } from './outcome.js'
import { describeChanges } from './report/changes.js'
import { redact } from './report/markdown.js'
import { invalidInputsReport, readSettings } from './settings/read.js'
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
    import('./apply.js'),
    import('./verify.js'),
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
  const secrets: string[] = []
  // Account ids are registered as secrets as soon as they are known, before any line could print them.
  const mask = (accountId: string) => {
    if (accountId === '' || secrets.includes(accountId)) return
    secrets.push(accountId)
    core.setSecret(accountId)
  }
  try {
    const parsed = started ? { ok: true as const, settings: started.settings } : await readSettings(core.getInput)
    if (!parsed.ok) {
      const report = invalidInputsReport(parsed.problems)
      for (const a of report.annotations) core.error(a.message, { title: a.title })
      fail(report.failure)
      return
    }
    const settings = parsed.settings

    // The role's account is known before any call: mask it before an assume-role failure could print it.
    if (settings.maskAccountId && settings.auth.kind === 'oidc') mask(settings.auth.roleArn.split(':')[4] ?? '')
    const token = started?.token ?? requestTokenEarly(settings.auth)
    const [
      { openSession },
      { Clients },
      { observe },
      { plan },
      { apply },
      { reread },
      { failuresOf, statusOf },
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
    const clients = new Clients({
      region: settings.region,
      ...(session.credentials ? { credentials: session.credentials } : {})
    })
    core.info(`Running as ${session.identity.arn} in ${settings.region} (mode: ${settings.mode})`)

    const observed = await observe(clients, settings, session.identity)
    const thePlan = plan(settings, observed)
    const { managementAccountId } = thePlan
    if (settings.maskAccountId) mask(managementAccountId)

    let outcome: Outcome
    const base = {
      mode: settings.mode,
      trailName: settings.trail.name,
      findings: thePlan.findings,
      identity: session.identity,
      managementAccountId,
      homeRegion: thePlan.homeRegion
    }
    if (settings.mode === 'apply' && !thePlan.blocked && thePlan.changes.length > 0) {
      const result = await apply(
        thePlan,
        { allowDestructiveChanges: settings.allowDestructiveChanges },
        { clients, log: core.info, sleep }
      )
      const final = await reread(clients, result.trailArn, thePlan.homeRegion)
      const status = statusOf(settings.mode, thePlan, { created: result.created, count: result.applied.length })
      outcome = {
        ...base,
        status,
        trailArn: result.trailArn,
        trail: final.trail,
        trailStatus: final.status,
        changes: result.applied,
        adopted: result.adopted,
        failures: failuresOf(settings, status, thePlan.findings, result.applied)
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
    await publish(outcome, settings, secrets, {
      annotationsOf,
      outputsOf,
      renderSummary,
      commentMarker,
      publishComment
    })
  } catch (error) {
    const cause = error instanceof ApplyError ? error.cause : error
    const { title, message } = explain(cause)
    const done =
      error instanceof ApplyError && error.applied.length > 0
        ? ` Done before the failure: ${describeChanges(error.applied, '')
            .map((c) => c.what)
            .join('; ')}. The next run continues from there.`
        : ''
    const text = redact(`${message}${done}`, secrets)
    core.error(text, { title })
    await writeSummary(`## org-trail · 🔴 failed\n\n**${title}.** ${text}\n`).catch(() => undefined)
    // The titled annotation above is the message; setFailed would print it a second time. 1 is
    // core.ExitCode.Failure, which @github/local-action's stand-in of @actions/core does not export.
    process.exitCode = 1
  }
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
  Pick<typeof import('./report/summary.js'), 'renderSummary'> &
  Pick<typeof import('./report/comment.js'), 'commentMarker' | 'publishComment'>

async function publish(
  outcome: Outcome,
  settings: Settings,
  secrets: readonly string[],
  report: Reporting
): Promise<void> {
  const { annotationsOf, outputsOf, renderSummary, commentMarker, publishComment } = report
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
  core.info(`Status: ${outcome.status}; ${outcome.changes.length} change(s)`)

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
