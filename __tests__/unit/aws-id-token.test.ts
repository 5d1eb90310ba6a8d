// The start path's OIDC token request must behave as @actions/core's getIDToken: the same request, the
// same retries and redirects, the same token or the same error message, the same mask.
import http from 'node:http'
import * as core from '@actions/core'
import { jest } from '@jest/globals'
import { needsProxy, requestIdToken } from '../../src/aws/id-token.js'
import * as runner from '../../src/workflow-commands.js'
import { close, freePort, listen } from '../../tools/util.mjs'

type Reply = { status: number; body?: string; location?: string }

interface Seen {
  readonly method: string | undefined
  readonly url: string | undefined
  readonly authorization: string | undefined
  readonly accept: string | undefined
  readonly userAgent: string | undefined
}

let server: http.Server
let base = ''
let replies: Reply[] = []
let seen: Seen[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({
      method: req.method,
      url: req.url,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent']
    })
    const reply = replies[Math.min(seen.length - 1, replies.length - 1)] ?? { status: 500 }
    res.writeHead(reply.status, reply.location ? { location: reply.location.replace('BASE', base) } : {})
    res.end(reply.body ?? '')
  })
  base = `http://127.0.0.1:${await listen(server)}`
})
afterAll(() => close(server))

const ENV = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ORCHESTRATION_ID'] as const

/** One request by `request` under `env`: its result, what the endpoint saw, and what it printed. */
async function observe(request: () => Promise<string>, env: Partial<Record<(typeof ENV)[number], string>>) {
  const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]))
  for (const k of ENV) delete process.env[k]
  Object.assign(process.env, env)
  seen = []
  const out: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk))
    return true
  })
  try {
    const result = await request().then(
      (token) => ({ token }),
      (error: unknown) => ({ error: String(error) })
    )
    return { result, seen, out: out.join('') }
  } finally {
    spy.mockRestore()
    for (const k of ENV) if (saved[k] === undefined) delete process.env[k]
    Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)))
  }
}

const ours = (audience: string) => () =>
  requestIdToken(audience, { env: process.env, debug: runner.debug, setSecret: runner.setSecret })
const toolkit = (audience: string) => () => core.getIDToken(audience)

const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJyZXBvOm8vcjpyZWY6cmVmcy9oZWFkcy9tYWluIn0.sig'

describe('requestIdToken does what @actions/core getIDToken does', () => {
  it.each<[string, Reply[]]>([
    ['a token', [{ status: 200, body: JSON.stringify({ value: TOKEN }) }]],
    ['401 with a JSON message', [{ status: 401, body: JSON.stringify({ message: 'bad request token' }) }]],
    ['500 with a text body', [{ status: 500, body: 'boom' }]],
    ['500 with no body', [{ status: 500 }]],
    ['403 with JSON but no message', [{ status: 403, body: '{"error":"x"}' }]],
    ['404', [{ status: 404, body: '{"message":"nope"}' }]],
    ['200 that is not JSON', [{ status: 200, body: '<html>' }]],
    ['200 without a value', [{ status: 200, body: '{"other":1}' }]],
    [
      '503 twice, then a token',
      [{ status: 503 }, { status: 503 }, { status: 200, body: JSON.stringify({ value: TOKEN }) }]
    ],
    ['502, then 400', [{ status: 502 }, { status: 400, body: '{"message":"no"}' }]],
    [
      'a redirect, then a token',
      [
        { status: 302, location: 'BASE/elsewhere?x=1' },
        { status: 200, body: JSON.stringify({ value: TOKEN }) }
      ]
    ],
    ['a redirect without a location', [{ status: 307 }]]
  ])('%s', async (_name, script) => {
    replies = script
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt' }
    const theirs = await observe(toolkit('sts.amazonaws.com'), env)
    const mine = await observe(ours('sts.amazonaws.com'), env)
    expect(mine).toEqual(theirs)
    expect(mine.seen.length).toBeGreaterThan(0)
  })

  it('without an audience, and with the orchestration id in the user agent', async () => {
    replies = [{ status: 200, body: JSON.stringify({ value: TOKEN }) }]
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt',
      ACTIONS_ORCHESTRATION_ID: 'run 42/a'
    }
    const theirs = await observe(toolkit(''), env)
    expect(await observe(ours(''), env)).toEqual(theirs)
    expect(theirs.seen[0]?.userAgent).toContain('actions_orchestration_id/run_42_a')
  })

  it('when the endpoint cannot be reached', async () => {
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${await freePort()}/t?a=1`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt'
    }
    const theirs = await observe(toolkit('sts.amazonaws.com'), env)
    expect(await observe(ours('sts.amazonaws.com'), env)).toEqual(theirs)
    expect(theirs.result).toHaveProperty('error')
  })

  it.each([
    ['no URL', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt' }],
    ['no request token', { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/t?a=1' }]
  ])('with %s', async (_name, env) => {
    expect(await observe(ours('aud'), env)).toEqual(await observe(toolkit('aud'), env))
  })
})

describe('needsProxy', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['no proxy', { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/t?x' }, false],
    [
      'https_proxy for an https endpoint',
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t/x', https_proxy: 'http://p:3128' },
      true
    ],
    [
      'HTTPS_PROXY for an https endpoint',
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t/x', HTTPS_PROXY: 'http://p:3128' },
      true
    ],
    [
      'only http_proxy for an https endpoint',
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://t/x', http_proxy: 'http://p' },
      false
    ],
    ['http_proxy for an http endpoint', { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://t/x', http_proxy: 'http://p' }, true]
  ])('%s', (_name, env, expected) => {
    expect(needsProxy(env)).toBe(expected)
  })
})
