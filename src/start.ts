import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { appendFile } from 'node:fs/promises'
import type { ClientRequest } from 'node:http'
import { needsProxy, requestIdToken } from './aws/id-token.js'
import { invalidInputsReport, readSettings } from './settings/read.js'
import type { InputProblem } from './settings/types.js'
import * as runner from './workflow-commands.js'

/**
 * The start of a run of the bundle (dist/index.js), ordered so that the network waits overlap the
 * loading: the inputs are validated with nothing loaded but the settings' own code; the OIDC token is
 * requested; the session's code (the STS client) loads while the token is in flight and asks STS; then
 * main.ts, @actions/core, the rest of the SDK and the stages load while STS answers. An invalid input
 * ends the run before any of them loads.
 *
 * main.ts's run() still works on its own (it is what @github/local-action starts, with its stand-in of
 * @actions/core): it does all of this itself, with the toolkit, for whatever it is not handed.
 */
export async function start(): Promise<void> {
  let parsed
  try {
    parsed = await readSettings((name) => runner.getInput(name))
  } catch {
    // Not an invalid input but a fault: main.ts reads the inputs again and reports it as any other.
    return (await import('./main.js')).run()
  }
  if (!parsed.ok) {
    const report = invalidInputsReport(parsed.problems)
    for (const a of report.annotations) runner.error(a.message, { title: a.title })
    await writeInvalidInputsSummary(parsed.problems)
    runner.setFailed(report.failure)
    return
  }
  // summarize mode makes no AWS request: main.ts does the whole of it.
  if (parsed.settings.mode === 'summarize') return (await import('./main.js')).run()
  const { settings } = parsed
  const { auth } = settings
  const env = process.env
  // The same condition as main.ts's own early request; behind a proxy, main.ts asks the toolkit.
  if (
    auth.kind !== 'oidc' ||
    !env.ACTIONS_ID_TOKEN_REQUEST_URL ||
    !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ||
    needsProxy(env)
  )
    return (await import('./main.js')).run({ settings, token: undefined, session: undefined })

  // Each request is handed to the network before the next load: compiling a chunk holds the event loop,
  // and with it a request that has not been written yet.
  let sent = nextRequestSent()
  const token = requestIdToken(auth.audience, { env, debug: runner.debug, setSecret: runner.setSecret })
  token.catch(() => undefined) // openSession reports a failure of it
  await sent
  const { openSession } = await import('./aws/session.js')
  sent = nextRequestSent()
  const session = openSession(auth, settings.region, { getIDToken: () => token, setSecret: runner.setSecret, env })
  session.catch(() => undefined) // main.ts reports a failure of it
  await Promise.race([sent, session.then(noop, noop)])
  const { run } = await import('./main.js')
  await run({ settings, token, session })
}

const noop = () => undefined

/** The invalid-input summary, as main.ts writes it; its renderer loads only on this path. */
async function writeInvalidInputsSummary(problems: readonly InputProblem[]): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  try {
    const { renderInvalidInputs } = await import('./report/failure.js')
    await appendFile(file, `${renderInvalidInputs(problems)}\n`)
  } catch {
    // The annotations and the failure say it all the same.
  }
}

/** When the next HTTP request of this process has been written out (at most `limitMs` from now). */
function nextRequestSent(limitMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      unsubscribe('http.client.request.start', onStart)
      resolve()
    }
    const onStart = (message: unknown) => {
      const { request } = message as { request: ClientRequest }
      request.once('finish', done).once('error', done)
      unsubscribe('http.client.request.start', onStart)
    }
    const timer = setTimeout(done, limitMs)
    subscribe('http.client.request.start', onStart)
  })
}
