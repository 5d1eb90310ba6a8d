import * as core from '@actions/core'
import type { Session } from './aws/session.js'
import { VERSION } from './aws/user-agent.js'
import type { Applied, Progress } from './outcome.js'
import { publishFailure, publishInvalidInputs } from './report/publish-failure.js'
import { publishRollup } from './report/publish-rollup.js'
import { runContextOf } from './report/record.js'
import { readSettings } from './settings/read.js'
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
    import('./report/publish.js')
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

/**
 * The pipeline, in order: settings, session, observe, plan, apply, re-read, outcome, publish. It decides
 * nothing itself; its one catch publishes whatever error ends the run.
 */
export async function run(started?: Started): Promise<void> {
  // When the process started (start.ts may have validated and asked for the token before this module loaded).
  const startedAt = new Date(performance.timeOrigin)
  const secrets: string[] = []
  // Account ids are registered as secrets as soon as they are known, before any line could print them.
  const mask = (accountId: string) => {
    if (accountId === '' || secrets.includes(accountId)) return
    secrets.push(accountId)
    core.setSecret(accountId)
  }
  let progress: Progress | null = null
  try {
    const parsed = started ? { ok: true as const, settings: started.settings } : await readSettings(core.getInput)
    if (!parsed.ok) return await publishInvalidInputs(parsed.problems)
    if (parsed.settings.mode === 'summarize') return await publishRollup(parsed.settings.reports)
    const settings = parsed.settings
    progress = { settings, identity: null, planned: null }

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
      { organizationIdOf, outcomeOf, withLogIntegrity },
      { publish }
    ] = await loadStages()
    const session = await (started?.session ??
      openSession(settings.auth, settings.region, {
        getIDToken: (audience) => token ?? core.getIDToken(audience),
        setSecret: core.setSecret,
        env: process.env
      }))
    if (settings.maskAccountId) mask(session.identity.accountId)
    progress = { ...progress, identity: session.identity }
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
    if (settings.maskAccountId) mask(thePlan.managementAccountId)
    progress = { ...progress, planned: { plan: thePlan, organizationId: organizationIdOf(observed) } }
    if (settings.maskAccountId) for (const account of thePlan.members?.accounts ?? []) mask(account.accountId)

    let applied: Applied | null = null
    if (settings.mode === 'apply' && !thePlan.blocked && thePlan.changes.length > 0) {
      const result = await apply(
        thePlan,
        { allowDestructiveChanges: settings.allowDestructiveChanges },
        { clients, log: core.info, sleep, ...(logArchive ? { logArchive: logArchive.clients } : {}) }
      )
      applied = { result, final: await reread(clients, result.trailArn, thePlan.homeRegion) }
    }
    let outcome = outcomeOf(settings, observed, thePlan, applied)
    if (settings.logIntegrity) {
      // Loaded only when verify-logs is set: the other runs' start stays as fast.
      const { verifyLogs } = await import('./integrity/index.js')
      const logs = await verifyLogs({
        clients,
        s3: (logArchive?.clients ?? clients).s3(),
        settings: settings.logIntegrity,
        trail: outcome.trail,
        organizationId: outcome.organizationId,
        log: core.info
      })
      if (settings.maskAccountId) for (const a of [...logs.problems, ...logs.unreadable]) mask(a.account)
      outcome = withLogIntegrity(outcome, logs, settings.logIntegrity.failOnProblem)
    }
    await publish(outcome, settings, secrets, runContextOf(process.env, VERSION, startedAt))
  } catch (error) {
    await publishFailure(error, progress, secrets, runContextOf(process.env, VERSION, startedAt))
  }
}
