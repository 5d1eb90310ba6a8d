import { needsProxy, requestIdToken } from './aws/id-token.js'
import { invalidInputsReport, readSettings } from './settings/read.js'
import * as runner from './workflow-commands.js'

/**
 * The start of a run of the bundle (dist/index.js): the inputs are validated and the OIDC token is
 * requested with nothing loaded but the settings' own code, and then main.ts, @actions/core, the AWS SDK
 * and the stages load while the token request is in flight. An invalid input ends the run here, having
 * loaded none of them. main.ts's run() still works on its own (it is what @github/local-action starts,
 * with its stand-in of @actions/core): it does all of this itself when it is not handed a start.
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
    runner.setFailed(report.failure)
    return
  }
  const { settings } = parsed
  const { auth } = settings
  const env = process.env
  // The same condition as main.ts's own early request; behind a proxy, main.ts asks the toolkit.
  const token =
    auth.kind === 'oidc' && env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN && !needsProxy(env)
      ? requestIdToken(auth.audience, { env, debug: runner.debug, setSecret: runner.setSecret })
      : undefined
  token?.catch(() => undefined) // openSession reports a failure of it
  const { run } = await import('./main.js')
  await run({ settings, token })
}
