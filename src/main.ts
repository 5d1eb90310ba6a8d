import * as core from '@actions/core'
import { apply, ApplyError } from './apply.js'
import { Clients } from './aws/clients.js'
import { explain } from './aws/explain.js'
import { openSession } from './aws/session.js'
import { observe } from './observe/index.js'
import { failuresOf, statusOf, type Outcome } from './outcome.js'
import { plan } from './plan/index.js'
import { describeChanges } from './report/changes.js'
import { commentMarker, publishComment } from './report/comment.js'
import { redact } from './report/markdown.js'
import { annotationsOf, outputsOf } from './report/outputs.js'
import { renderSummary } from './report/summary.js'
import { readSettings } from './settings/read.js'
import type { Settings } from './settings/types.js'
import { reread } from './verify.js'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The pipeline, in order: settings, session, observe, plan, apply, re-read, report. */
export async function run(): Promise<void> {
  const secrets: string[] = []
  // Account ids are registered as secrets as soon as they are known, before any line could print them.
  const mask = (accountId: string) => {
    if (accountId === '' || secrets.includes(accountId)) return
    secrets.push(accountId)
    core.setSecret(accountId)
  }
  try {
    const parsed = readSettings()
    if (!parsed.ok) {
      for (const problem of parsed.problems) core.error(problem.message, { title: `Invalid input: ${problem.input}` })
      core.setFailed(`${parsed.problems.length} invalid input${parsed.problems.length > 1 ? 's' : ''}; no AWS request was made.`)
      return
    }
    const settings = parsed.settings

    // The role's account is known before any call: mask it before an assume-role failure could print it.
    if (settings.maskAccountId && settings.auth.kind === 'oidc') mask(settings.auth.roleArn.split(':')[4] ?? '')
    const session = await openSession(settings.auth, settings.region, { getIDToken: (aud) => core.getIDToken(aud), setSecret: core.setSecret, env: process.env })
    if (settings.maskAccountId) mask(session.identity.accountId)
    const clients = new Clients({ region: settings.region, ...(session.credentials ? { credentials: session.credentials } : {}) })
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
      const result = await apply(thePlan, { allowDestructiveChanges: settings.allowDestructiveChanges }, { clients, log: core.info, sleep })
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
    await publish(outcome, settings, secrets)
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
    await core.summary.addRaw(`## org-trail · 🔴 failed\n\n**${title}.** ${text}\n`).write().catch(() => undefined)
    // The titled annotation above is the message; setFailed would print it a second time.
    process.exitCode = core.ExitCode.Failure
  }
}

async function publish(outcome: Outcome, settings: Settings, secrets: readonly string[]): Promise<void> {
  for (const [name, value] of Object.entries(outputsOf(outcome))) core.setOutput(name, value)
  for (const a of annotationsOf(outcome)) {
    const message = redact(a.message, secrets)
    const properties = { title: redact(a.title, secrets) }
    if (a.level === 'error') core.error(message, properties)
    else if (a.level === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
  const markdown = redact(renderSummary(outcome), secrets)
  await core.summary.addRaw(markdown).write()
  core.info(`Status: ${outcome.status}; ${outcome.changes.length} change(s)`)

  try {
    const comment = await publishComment(settings.githubToken, commentMarker(settings.trail.name, outcome.homeRegion), markdown)
    if (comment !== 'skipped') core.info(`Pull-request comment ${comment}`)
  } catch (error) {
    core.warning(`Could not comment on the pull request (${String(error)}): the token needs "pull-requests: write".`, { title: 'Pull-request comment' })
  }

  if (outcome.failures.length > 0) core.setFailed(redact(outcome.failures.join('. '), secrets))
}
