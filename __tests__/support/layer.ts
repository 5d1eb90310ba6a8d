// Shared by the tests that speak to the harness's AWS layer (tools/aws/) directly, without the action.
import type { startProxy } from '../../tools/proxy.mjs'

type Proxy = Awaited<ReturnType<typeof startProxy>>

/** A behaviour's settings, to change one for the rest of a test. */
export function behaviourSettings(proxy: Proxy, name: string): Record<string, number> {
  const behaviour = proxy.layer?.behaviours.find((b) => b.name === name) as { settings?: Record<string, number> }
  if (!behaviour?.settings) throw new Error(`no behaviour ${name}`)
  return behaviour.settings
}

/** What a request's rejection says (name, message, HTTP status); null when it succeeded. */
export const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: Error & { $metadata?: { httpStatusCode?: number } }) => ({
      name: e.name,
      message: e.message,
      status: e.$metadata?.httpStatusCode
    })
  )
