// The GitHub OIDC token request, made as @actions/core's getIDToken makes it (the same request, retries,
// redirects, mask and error messages) but on node:http(s): the toolkit's HTTP client brings undici, about
// 1 MB that every run would load before it could ask for the token, and Node's own fetch costs tens of
// milliseconds on its first call. A proxy is the toolkit's job: behind one, the caller uses the toolkit.
// The unit test aws-id-token.test.ts holds this module to the toolkit's results against one token endpoint.
import type { IncomingMessage } from 'node:http'

export interface TokenRequestDeps {
  readonly env: NodeJS.ProcessEnv
  readonly debug: (message: string) => void
  readonly setSecret: (secret: string) => void
}

/** Whether the request would go through a proxy (@actions/http-client's https_proxy/http_proxy rules). */
export function needsProxy(env: NodeJS.ProcessEnv): boolean {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''
  const proxy = url.startsWith('https:') ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY
  // no_proxy may exempt the host; the toolkit, which decides that, is then asked all the same.
  return Boolean(proxy)
}

// @actions/http-client's policy for a GET: follow up to 50 redirects, retry 502/503/504 up to 10 times
// with exponential backoff (10 ms doubling, at most 5.12 s).
const REDIRECTS = [301, 302, 303, 307, 308]
const RETRIED = [502, 503, 504]
const MAX_TRIES = 11
const MAX_REDIRECTS = 50
const backoffMs = (tries: number) => 5 * 2 ** Math.min(10, tries)

interface Response {
  readonly status: number
  readonly location: string | undefined
  readonly body: string
}

/** A token for `audience`; it is registered as a secret before it is returned. */
export async function requestIdToken(audience: string, deps: TokenRequestDeps): Promise<string> {
  try {
    let url = deps.env.ACTIONS_ID_TOKEN_REQUEST_URL
    if (!url) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    if (audience) url = `${url}&audience=${encodeURIComponent(audience)}`
    deps.debug(`ID token url is ${url}`)
    const requestToken = deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    if (!requestToken) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable')
    const headers = {
      accept: 'application/json',
      'user-agent': userAgent(deps.env),
      Authorization: `Bearer ${requestToken}`
    }
    let token: unknown
    try {
      token = valueOf(await fetchWithPolicy(url, headers))
    } catch (error) {
      const { statusCode, message } = error as { statusCode?: number; message?: string }
      throw new Error(
        `Failed to get ID Token. \n \n        Error Code : ${statusCode}\n \n        Error Message: ${message}`
      )
    }
    if (!token) throw new Error('Response json body do not have ID Token field')
    const value = String(token)
    deps.setSecret(value)
    return value
  } catch (error) {
    throw new Error(`Error message: ${(error as Error).message}`)
  }
}

function userAgent(env: NodeJS.ProcessEnv): string {
  const orchestration = env.ACTIONS_ORCHESTRATION_ID
  return orchestration
    ? `actions/oidc-client actions_orchestration_id/${orchestration.replace(/[^a-z0-9_.-]/gi, '_')}`
    : 'actions/oidc-client'
}

async function fetchWithPolicy(url: string, headers: Record<string, string>): Promise<Response> {
  const first = new URL(url)
  // As the toolkit: a retry goes to where the last redirect pointed.
  let target = first
  for (let tries = 1; ; tries++) {
    let response = await get(target, headers)
    for (let left = MAX_REDIRECTS; left > 0 && REDIRECTS.includes(response.status) && response.location; left--) {
      const next = new URL(response.location)
      if (first.protocol === 'https:' && next.protocol !== 'https:')
        throw new Error(
          'Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.'
        )
      target = next
      response = await get(target, headers)
    }
    if (!RETRIED.includes(response.status) || tries >= MAX_TRIES) return response
    await new Promise((resolve) => setTimeout(resolve, backoffMs(tries)))
  }
}

/** The token in a response, or the error @actions/http-client's getJson raises for it. */
function valueOf(response: Response): unknown {
  if (response.status === 404) return undefined
  let body: unknown
  try {
    body = response.body.length > 0 ? JSON.parse(response.body) : undefined
  } catch {
    body = undefined
  }
  if (response.status > 299) {
    const message = (body as { message?: unknown } | null | undefined)?.message
    throw Object.assign(
      new Error(
        message ? String(message) : response.body.length > 0 ? response.body : `Failed request: (${response.status})`
      ),
      { statusCode: response.status }
    )
  }
  return (body as { value?: unknown } | null | undefined)?.value
}

async function get(url: URL, headers: Record<string, string>): Promise<Response> {
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http')
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          body: Buffer.concat(chunks).toString()
        })
      )
    })
    req.on('error', reject)
    req.end()
  })
}
