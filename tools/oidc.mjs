// Emulates the GitHub Actions OIDC token endpoint that @actions/core's getIDToken(audience) calls.
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { listen, close } from './util.mjs'

/** @param {unknown} value */
const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

/**
 * JWT-shaped, unsigned token (moto does not verify the signature; nothing else reads it).
 * @param {Record<string, unknown>} claims
 */
export function makeJwt(claims) {
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'org-trail-harness' })}.${b64url(claims)}.${randomBytes(32).toString('base64url')}`
}

/**
 * @typedef {object} TokenServer
 * @property {string} requestUrl    value for ACTIONS_ID_TOKEN_REQUEST_URL
 * @property {string} requestToken  value for ACTIONS_ID_TOKEN_REQUEST_TOKEN
 * @property {number} requests      token requests answered or refused so far
 * @property {{ start: number, end: number }[]} log  each request's arrival and answer, on performance.now()
 * @property {string | null} lastToken  the last JWT handed out
 * @property {Record<string, unknown> | null} lastClaims
 * @property {(status: number | null) => void} failWith  answer every request with this HTTP status (null: serve again)
 * @property {() => Promise<void>} stop
 */

/**
 * @param {{ claims?: Record<string, unknown>, requestToken?: string, latencyMs?: number }} [options]
 *   claims override or extend the defaults; a claim set to undefined is removed. latencyMs delays every
 *   answer (GitHub's endpoint is remote).
 * @returns {Promise<TokenServer>}
 */
export async function startTokenServer({
  claims = {},
  requestToken = randomBytes(16).toString('hex'),
  latencyMs = 0
} = {}) {
  /** @type {number | null} */
  let failure = null
  const server = http.createServer((req, res) => {
    state.requests++
    const record = { start: performance.now(), end: NaN }
    state.log.push(record)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const send = (/** @type {number} */ status, /** @type {unknown} */ body) => {
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
        record.end = performance.now()
      }, latencyMs)
    }
    if (req.method !== 'GET' || url.pathname !== '/token') return send(404, { message: 'not found' })
    if (req.headers.authorization !== `Bearer ${requestToken}`) return send(401, { message: 'bad request token' })
    if (failure) return send(failure, { message: `injected HTTP ${failure}` })
    const now = Math.floor(Date.now() / 1000)
    const repository = String(claims.repository ?? 'octo-org/octo-repo')
    const ref = String(claims.ref ?? 'refs/heads/main')
    /** @type {Record<string, unknown>} */
    const payload = {
      iss: 'https://token.actions.githubusercontent.com',
      // GitHub's default audience is the owner's URL when none is asked for.
      aud: url.searchParams.get('audience') ?? `https://github.com/${repository.split('/')[0]}`,
      sub: `repo:${repository}:ref:${ref}`,
      repository,
      repository_owner: repository.split('/')[0],
      ref,
      ref_type: 'branch',
      event_name: 'push',
      job_workflow_ref: `${repository}/.github/workflows/ci.yml@${ref}`,
      jti: randomBytes(8).toString('hex'),
      nbf: now - 5,
      iat: now,
      exp: now + 300,
      ...claims
    }
    for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key]
    state.lastClaims = payload
    state.lastToken = makeJwt(payload)
    send(200, { value: state.lastToken })
  })
  const port = await listen(server)
  /** @type {TokenServer} */
  const state = {
    // getIDToken appends "&audience=…", so the URL must already carry a query, like the real one.
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requestToken,
    requests: 0,
    log: [],
    lastToken: null,
    lastClaims: null,
    failWith: (status) => {
      failure = status
    },
    stop: () => close(server)
  }
  return state
}
