import * as core from '@actions/core'
import { accountOf } from './aws/arn.js'
import { VERSION } from './aws/user-agent.js'
import { declaredDetails } from './observe/details.js'
import type { Applied, Progress } from './outcome.js'
import { publishInvalidInputs } from './report/publish-invalid.js'
import { runContextOf } from './report/run-context.js'
import { readSettings } from './settings/read.js'
import type { Auth } from './settings/types.js'

// What this module imports statically loads on every run, an invalid one included: @actions/core, the
// settings and what reports them, never the AWS SDK (__tests__/unit/bundle-entry.test.ts holds it to that).
// Everything else is imported when needed.

/** The stages that need the AWS SDK: loaded only once the inputs are valid. */
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

/**
 * The OIDC token request, made before the stages load so that GitHub answers while they do. None without
 * role-to-assume, or when the job cannot ask for one (no "id-token: write"): openSession then says so, as
 * it reports a failure of this one.
 */
function requestToken(auth: Auth): Promise<string> | undefined {
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
export async function run(): Promise<void> {
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
    const parsed = await readSettings(core.getInput)
    if (!parsed.ok) return await publishInvalidInputs(parsed.problems)
    for (const d of parsed.deprecations) core.warning(d.message, { title: `Deprecated input: ${d.input}` })
    if (parsed.settings.mode === 'summarize') {
      const { publishRollup } = await import('./report/publish-rollup.js')
      return await publishRollup(parsed.settings.reports)
    }
    const settings = parsed.settings
    progress = { settings, identity: null, planned: null }

    // The role's account is known before any call: mask it before an assume-role failure could print it.
    if (settings.maskAccountId && settings.auth.kind === 'oidc') mask(accountOf(settings.auth.roleArn))
    if (settings.maskAccountId && settings.logArchive) mask(accountOf(settings.logArchive.roleArn))
    const token = requestToken(settings.auth)
    // One turn of the event loop writes the request out: compiling the stages' code holds the loop, and
    // a request still unwritten would wait for all of it.
    await new Promise((resolve) => setImmediate(resolve))
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
    const session = await openSession(settings.auth, settings.region, {
      getIDToken: (audience) => token ?? core.getIDToken(audience),
      setSecret: core.setSecret,
      env: process.env
    })
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
      const final = await reread(clients, result.trailArn, thePlan.homeRegion, declaredDetails(settings))
      applied = { result, final }
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
    // The failure publisher reaches the planner, and through it the S3 client: loaded only when a run fails.
    const { publishFailure } = await import('./report/publish-failure.js')
    await publishFailure(error, progress, secrets, runContextOf(process.env, VERSION, startedAt))
  }
}
